// SPDX-License-Identifier: MIT
#include "release_dialog.h"

#include <wx/button.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <cctype>
#include <chrono>

#include "changes_panel.h"
#include "commands.h"
#include "gui_text.h"
#include "main_frame.h"
#include "planner.h"

namespace summitry::gui {
namespace {

bool taken(const std::vector<versions::ReleaseInfo>& releases, const std::string& name) {
    return std::any_of(releases.begin(), releases.end(), [&](const versions::ReleaseInfo& r) {
        return ascii_lower(r.name) == ascii_lower(name);
    });
}

}  // namespace

std::string next_release_name(const std::vector<versions::ReleaseInfo>& releases) {
    for (std::size_t n = releases.size() + 1;; ++n) {
        const std::string name = "v" + std::to_string(n);
        if (!taken(releases, name)) return name;
    }
}

ReleaseOutcome release_event(MainFrame& frame, const std::string& name, const std::string& note) {
    Planner& planner = frame.planner();
    ReleaseOutcome out;
    if (!planner.has_document()) {
        out.error = _("No event is open").utf8_string();
        return out;
    }
    if (const auto errors = planner.document().diagnostics().errors()) {
        out.error = wxString::Format(wxPLURAL("The event has %lu error: fix it before releasing",
                                              "The event has %lu errors: fix them before releasing",
                                              static_cast<unsigned long>(errors)),
                                     static_cast<unsigned long>(errors))
                        .utf8_string();
        return out;
    }
    // The release is of the file: what is on screen must be in it first.
    if (planner.document().modified() && !save(frame)) {
        out.error = _("The event was not saved, so nothing was released").utf8_string();
        return out;
    }
    const std::string path = planner.document().path();
    try {
        const auto now = date::floor<Seconds>(std::chrono::system_clock::now());
        out.result = versions::make_release(path, name, note, now);
    } catch (const std::exception& e) {
        out.error = e.what();
        return out;
    }
    if (!out.result.raised.empty()) {
        // The release changed the file (the revisions): read it again, on the same day and
        // with the same selection. The history's edits were on the old text.
        const std::optional<Date> day = planner.day();
        const std::vector<std::string> selection = planner.selection();
        try {
            planner.open(path);
        } catch (const std::exception& e) {
            out.error =
                _("Released, but the event cannot be read again:").utf8_string() + " " + e.what();
            return out;
        }
        if (day && std::binary_search(planner.days().begin(), planner.days().end(), *day))
            planner.set_day(*day);
        planner.select(selection);
    }
    frame.changes().refresh();
    frame.refresh_chrome();
    return out;
}

ReleaseDialog::ReleaseDialog(MainFrame& frame)
    : wxDialog(&frame, wxID_ANY, _("Make a Release"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      frame_(frame) {
    Planner& planner = frame.planner();
    changes_.update(planner);
    if (planner.has_document()) {
        try {
            releases_ = versions::list_releases(planner.document().path());
        } catch (const std::exception& e) {
            blocked_ = _("The releases cannot be read:") + " " + wxString::FromUTF8(e.what());
        }
        if (const auto errors = planner.document().diagnostics().errors())
            blocked_ = wxString::Format(
                wxPLURAL("The event has %lu error: fix it before releasing (see Conflicts).",
                         "The event has %lu errors: fix them before releasing (see Conflicts).",
                         static_cast<unsigned long>(errors)),
                static_cast<unsigned long>(errors));
    } else {
        blocked_ = _("No event is open");
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(8);
    const int wrap = FromDIP(620);
    const wxString file =
        planner.has_document()
            ? wxFileName(wxString::FromUTF8(planner.document().path())).GetFullName()
            : wxString();
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("Record what you published: a copy of %s is kept beside it (in "
                           "%s.releases), and each session changed since the last release gets "
                           "a new revision, so that calendars update it. A release cannot be "
                           "undone."),
                         file, file));
    intro->Wrap(wrap);
    sizer->Add(intro, 0, wxALL, gap);
    if (planner.has_document() && planner.document().modified()) {
        auto* save_note =
            new wxStaticText(this, wxID_ANY, _("Your unsaved changes will be saved first."));
        save_note->SetFont(save_note->GetFont().Bold());
        sizer->Add(save_note, 0, wxLEFT | wxRIGHT | wxBOTTOM, gap);
    }
    auto* fields = new wxFlexGridSizer(2, gap / 2, gap);
    fields->AddGrowableCol(1, 1);
    // TRANSLATORS: the release's name in File > Make a Release ("v1", "2025-02-final").
    fields->Add(new wxStaticText(this, wxID_ANY, _("Name:")), 0, wxALIGN_CENTER_VERTICAL);
    name_ = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(next_release_name(releases_)));
    name_->SetToolTip(_("Letters, digits, '.', '_' and '-', up to 64: v1, 2025-02-final"));
    fields->Add(name_, 1, wxEXPAND);
    fields->Add(new wxStaticText(this, wxID_ANY, _("Note:")), 0, wxALIGN_TOP | wxTOP, gap / 2);
    note_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, FromDIP(48)),
                           wxTE_MULTILINE);
    note_->SetHint(_("What this release is: programme sent to speakers"));
    fields->Add(note_, 1, wxEXPAND);
    sizer->Add(fields, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    problem_ = new wxStaticText(this, wxID_ANY, blocked_);
    problem_->SetForegroundColour(wxColour(0xc0, 0x1c, 0x28));
    sizer->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    wxString since;
    if (changes_.latest()) {
        const auto n = static_cast<unsigned long>(changes_.rows().size());
        since = n ? wxString::Format(wxPLURAL("%lu change since %s:", "%lu changes since %s:", n),
                                     n, wxString::FromUTF8(changes_.latest()->name))
                  : wxString::Format(_("No change since %s."),
                                     wxString::FromUTF8(changes_.latest()->name));
    } else {
        since = _("The first release: nothing was published before, so no revision is raised.");
    }
    auto* since_label = new wxStaticText(this, wxID_ANY, since);
    since_label->Wrap(wrap);
    sizer->Add(since_label, 0, wxALL, gap);
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(680), FromDIP(200)),
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    list_->AppendColumn(_("Change"), wxLIST_FORMAT_LEFT, FromDIP(90));
    list_->AppendColumn(_("What"), wxLIST_FORMAT_LEFT, FromDIP(200));
    list_->AppendColumn(_("Before"), wxLIST_FORMAT_LEFT, FromDIP(190));
    list_->AppendColumn(_("After"), wxLIST_FORMAT_LEFT, FromDIP(190));
    // A dialog shows what a person reads before confirming: a few thousand rows at most.
    constexpr std::size_t shown = 2000;
    for (std::size_t i = 0; i < changes_.rows().size() && i < shown; ++i) {
        const ChangeRow& r = changes_.rows()[i];
        const long row = list_->InsertItem(static_cast<long>(i), r.what);
        list_->SetItem(row, 1, r.label);
        list_->SetItem(row, 2, r.before);
        list_->SetItem(row, 3, r.after);
    }
    list_->Enable(changes_.latest().has_value());
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);

    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(this, wxID_OK, _("&Release"));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);
    CentreOnParent();

    name_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check_name(); });
    // The name is checked again on Release: the dialog stays open and says why.
    ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) {
        check_name();
        if (blocked_.empty() && name_problem().empty()) e.Skip();
    });
    check_name();
    name_->SetFocus();
    name_->SelectAll();
}

std::string ReleaseDialog::name() const {
    return name_->GetValue().Strip(wxString::both).utf8_string();
}

std::string ReleaseDialog::note() const {
    return note_->GetValue().Strip(wxString::both).utf8_string();
}

wxString ReleaseDialog::name_problem() const {
    const std::string n = name();
    std::string why;
    if (!versions::valid_release_name(n, &why)) return wxString::FromUTF8(why);
    for (const auto& r : releases_)
        if (ascii_lower(r.name) == ascii_lower(n))
            return wxString::Format(_("There is a release '%s' already (%s): give another name."),
                                    wxString::FromUTF8(r.name), wxString::FromUTF8(r.date));
    return {};
}

wxString ReleaseDialog::shown_problem() const {
    return problem_->GetLabel();
}

void ReleaseDialog::check_name() {
    const wxString problem = blocked_.empty() ? name_problem() : blocked_;
    if (problem_->GetLabel() != problem) {
        problem_->SetLabel(problem);
        problem_->Wrap(FromDIP(620));
        Layout();
    }
    if (wxWindow* ok = FindWindow(wxID_OK)) ok->Enable(blocked_.empty() && problem.empty());
}

void release_with_dialog(MainFrame& frame) {
    if (!frame.planner().has_document()) return;
    ReleaseDialog dialog(frame);
    if (dialog.ShowModal() != wxID_OK) return;
    const ReleaseOutcome outcome = release_event(frame, dialog.name(), dialog.note());
    if (!outcome.error.empty()) {
        wxMessageBox(_("Nothing was released.") + "\n\n" + wxString::FromUTF8(outcome.error),
                     "Summitry", wxOK | wxICON_ERROR, &frame);
        return;
    }
    const auto raised = static_cast<unsigned long>(outcome.result.raised.size());
    wxString message =
        wxString::Format(_("Released %s"), wxString::FromUTF8(outcome.result.info.name));
    if (outcome.result.previous)
        message +=
            ": " + wxString::Format(wxPLURAL("%lu session's revision raised; the undo history "
                                             "starts anew",
                                             "%lu sessions' revisions raised; the undo history "
                                             "starts anew",
                                             raised),
                                    raised);
    if (raised == 0 && outcome.result.previous)
        message = wxString::Format(_("Released %s: no session's revision needed raising"),
                                   wxString::FromUTF8(outcome.result.info.name));
    frame.set_message(message.utf8_string());
}

}  // namespace summitry::gui
