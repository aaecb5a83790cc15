// SPDX-License-Identifier: MIT
#include "export_dialog.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <variant>

#include "background.h"
#include "main_frame.h"

namespace summitry::gui {
namespace {

wxString language_name(const std::string& code) {
    if (code == "en") return _("English");
    if (code == "fr") return _("French");
    if (code == "de") return _("German");
    return wxString::FromUTF8(code);
}

enum FilterKind { all_sessions, one_person, one_track, one_room };

}  // namespace

ExportDialog::ExportDialog(wxWindow* parent, const Event& event, const std::string& lang,
                           const OutputJob& kind)
    : wxDialog(parent, wxID_ANY, _("Export"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      event_(event) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(12, 8)));
    grid->AddGrowableCol(1);
    auto row = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    kind_ = new wxChoice(this, wxID_ANY);
    for (const OutputChoice& c : output_choices()) kind_->Append(wxGetTranslation(c.label));
    row(_("&What:"), kind_);
    lang_ = new wxChoice(this, wxID_ANY);
    for (const std::string& l : event.info.languages) {
        lang_->Append(language_name(l));
        if (l == lang) lang_->SetSelection(static_cast<int>(lang_->GetCount()) - 1);
    }
    if (lang_->GetSelection() == wxNOT_FOUND) lang_->SetSelection(0);
    row(_("&Language:"), lang_);
    paper_ = new wxChoice(this, wxID_ANY);
    paper_->Append(_("A4"));
    paper_->Append(_("US Letter"));
    paper_->SetSelection(0);
    row(_("&Paper:"), paper_);
    audience_ = new wxChoice(this, wxID_ANY);
    audience_->Append(_("Attendees"));
    audience_->Append(_("Staff: the run-sheet, with private sessions and contacts"));
    audience_->SetSelection(0);
    row(_("&For:"), audience_);
    filter_kind_ = new wxChoice(this, wxID_ANY);
    filter_kind_->Append(_("All sessions"));
    filter_kind_->Append(_("The sessions of one person"));
    filter_kind_->Append(_("The sessions of one track"));
    filter_kind_->Append(_("The sessions in one room"));
    filter_kind_->SetSelection(all_sessions);
    row(_("&Sessions:"), filter_kind_);
    filter_value_ = new wxChoice(this, wxID_ANY);
    row(wxString(), filter_value_);
    private_ = new wxCheckBox(this, wxID_ANY, _("Include &private sessions and contact details"));
    row(wxString(), private_);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(12));
    if (wxWindow* ok = FindWindow(wxID_OK)) ok->SetLabel(_("&Export..."));
    SetSizerAndFit(top);
    SetMinSize(GetSize());

    kind_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_enabled(); });
    filter_kind_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_filter_values(); });
    select_kind(kind);
    fill_filter_values();
}

void ExportDialog::select_kind(const OutputJob& kind) {
    const auto& choices = output_choices();
    const auto at = std::find_if(choices.begin(), choices.end(),
                                 [&](const OutputChoice& c) { return same_output(c.job, kind); });
    kind_->SetSelection(at == choices.end() ? 0 : static_cast<int>(at - choices.begin()));
    update_enabled();
}

void ExportDialog::select_filter(EntityKind kind, Index index) {
    filter_kind_->SetSelection(kind == EntityKind::person  ? one_person
                               : kind == EntityKind::track ? one_track
                                                           : one_room);
    fill_filter_values();
    const auto at = std::find(filter_indexes_.begin(), filter_indexes_.end(), index);
    if (at != filter_indexes_.end())
        filter_value_->SetSelection(static_cast<int>(at - filter_indexes_.begin()));
}

void ExportDialog::fill_filter_values() {
    filter_value_->Clear();
    filter_indexes_.clear();
    const std::string lang =
        lang_->GetSelection() >= 0
            ? event_.info.languages[static_cast<std::size_t>(lang_->GetSelection())]
            : event_.default_language();
    std::vector<std::pair<std::string, Index>> items;
    switch (filter_kind_->GetSelection()) {
        case one_person:
            for (std::size_t i = 0; i < event_.people.size(); ++i)
                items.emplace_back(event_.people[i].name, static_cast<Index>(i));
            break;
        case one_track:
            for (std::size_t i = 0; i < event_.tracks.size(); ++i)
                items.emplace_back(event_.tracks[i].name.get(lang), static_cast<Index>(i));
            break;
        case one_room:
            for (std::size_t i = 0; i < event_.rooms.size(); ++i)
                items.emplace_back(event_.rooms[i].name.get(lang), static_cast<Index>(i));
            break;
        default: break;
    }
    std::sort(items.begin(), items.end());
    for (const auto& [name, index] : items) {
        filter_value_->Append(wxString::FromUTF8(name));
        filter_indexes_.push_back(index);
    }
    if (!items.empty()) filter_value_->SetSelection(0);
    update_enabled();
}

void ExportDialog::update_enabled() {
    const int k = kind_->GetSelection();
    const OutputChoice& info = output_choices()[static_cast<std::size_t>(k < 0 ? 0 : k)];
    paper_->Enable(info.paper);
    audience_->Enable(info.audience);
    filter_kind_->Enable(info.filter);
    filter_value_->Enable(info.filter && filter_kind_->GetSelection() != all_sessions);
    private_->Enable(info.include_private);
}

OutputJob ExportDialog::job() const {
    const int k = kind_->GetSelection();
    const OutputChoice& info = output_choices()[static_cast<std::size_t>(k < 0 ? 0 : k)];
    OutputJob job = info.job;
    // Every job names its sessions and language alike (model/selection.h).
    SessionSelection& select =
        std::visit([](auto& j) -> SessionSelection& { return j.select; }, job);
    if (lang_->GetSelection() >= 0)
        select.lang = event_.info.languages[static_cast<std::size_t>(lang_->GetSelection())];
    if (info.paper) {
        const Paper paper = paper_->GetSelection() == 1 ? Paper::letter : Paper::a4;
        if (auto* programme = std::get_if<ProgrammeJob>(&job)) programme->paper = paper;
    }
    // The staff's run-sheet is the programme with private sessions and contacts.
    if (info.audience) select.include_private = audience_->GetSelection() == 1;
    if (info.include_private) select.include_private = private_->GetValue();
    const int v = filter_value_->GetSelection();
    if (info.filter && v >= 0 && static_cast<std::size_t>(v) < filter_indexes_.size()) {
        const Index index = filter_indexes_[static_cast<std::size_t>(v)];
        switch (filter_kind_->GetSelection()) {
            case one_person: select.person = index; break;
            case one_track: select.track = index; break;
            case one_room: select.room = index; break;
            default: break;
        }
    }
    return job;
}

void export_with_dialog(MainFrame& frame) {
    Planner& planner = frame.planner();
    if (!planner.has_document()) return;
    static OutputJob last = ProgrammeJob{};
    ExportDialog options(&frame, planner.event(), planner.lang(), last);
    if (options.ShowModal() != wxID_OK) return;
    const OutputJob job = options.job();
    last = job;
    const Index person = std::visit([](const auto& j) { return j.select.person; }, job);
    const wxFileName event_file(wxString::FromUTF8(planner.document().path()));
    wxString name = event_file.GetName();
    if (person != no_index)
        name +=
            "-" + wxString::FromUTF8(planner.event().people[static_cast<std::size_t>(person)].id);
    const wxString ext = wxString::FromUTF8(std::string(output_extension(job))).Mid(1);
    wxFileDialog where(
        &frame, _("Export to"), event_file.GetPath(), name + "." + ext,
        wxString::Format(_("%s files (*.%s)|*.%s|All files|*"), ext.Upper(), ext, ext),
        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (where.ShowModal() != wxID_OK) return;
    const std::string path = where.GetPath().utf8_string();
    std::string error;
    bool cancelled = false;
    Diagnostics warnings;
    {
        const MainFrame::Busy busy(frame);
        ProgressWindow progress(&frame, _("Export"),
                                wxString::Format(_("Writing %s..."), where.GetFilename()));
        error = export_file(planner, job, path, std::ref(progress), warnings, &cancelled);
    }
    if (!error.empty()) {
        wxMessageBox(wxString::Format(_("Nothing was written to %s:"), where.GetPath()) + "\n\n" +
                         wxString::FromUTF8(error),
                     _("Export"), wxOK | wxICON_ERROR, &frame);
        return;
    }
    if (!cancelled && !warnings.empty()) {
        // What the format could not hold as the event says it: the file is written, and the
        // organizer is told what differs, as summitry-cli tells it.
        wxString list;
        for (const Diagnostic& d : warnings.items())
            list += "\n\u2022 " + wxString::FromUTF8(d.message);
        wxMessageBox(
            wxString::Format(_("%s is written, with these differences:"), where.GetFilename()) +
                "\n" + list,
            _("Export"), wxOK | wxICON_WARNING, &frame);
    }
    frame.set_message((cancelled ? _("Export cancelled: nothing was written")
                                 : wxString::Format(_("Exported %s"), where.GetPath()))
                          .utf8_string());
}

}  // namespace summitry::gui
