// SPDX-License-Identifier: MIT
#include "disk_merge.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "commands.h"
#include "io/event_loader.h"
#include "main_frame.h"
#include "planner.h"
#include "questions.h"
#include "release_changes.h"
#include "versions/diff.h"

namespace summitry::gui {
namespace {

DiskChoiceHook& choice_hook() {
    static DiskChoiceHook h;
    return h;
}

ConflictChoiceHook& conflict_hook() {
    static ConflictChoiceHook h;
    return h;
}

std::optional<std::string> read_whole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(s).str();
}

// "sessions/fireside-chat" as people read it: the session's title, the person's name...
wxString entity_label(const Event& ours, const Event& theirs, const std::string& entity,
                      const std::string& lang) {
    if (entity == "event") return _("the event");
    const auto slash = entity.find('/');
    const std::string kind = entity.substr(0, slash), id = entity.substr(slash + 1);
    for (const Event* ev : {&ours, &theirs}) {
        if (kind == "sessions")
            if (const Index i = ev->find_session(id); i != no_index) {
                const std::string t(ev->sessions[static_cast<std::size_t>(i)].title.get(
                    lang, ev->default_language()));
                if (!t.empty()) return wxString::FromUTF8(t);
            }
        if (kind == "people")
            if (const Index i = ev->find_person(id); i != no_index)
                return wxString::FromUTF8(ev->people[static_cast<std::size_t>(i)].name);
        if (kind == "rooms")
            if (const Index i = ev->find_room(id); i != no_index) {
                const std::string n(
                    ev->rooms[static_cast<std::size_t>(i)].name.get(lang, ev->default_language()));
                if (!n.empty()) return wxString::FromUTF8(n);
            }
    }
    return wxString::FromUTF8(id);
}

wxString shown_value(const std::string& v, bool removed) {
    if (removed) return _("removed");
    if (v == "(changed)") return _("changed");
    if (v.empty()) return _("(none)");
    return wxString::FromUTF8(v);
}

// The conflict dialog: each conflict with both values and a choice; Merge or Cancel.
std::optional<std::vector<versions::Keep>> ask_conflicts(
    wxWindow* parent, const std::vector<MergeConflictRow>& rows) {
    if (conflict_hook()) return conflict_hook()(rows);
    wxDialog dialog(parent, wxID_ANY, _("Merge changes from disk"), wxDefaultPosition,
                    wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    const int gap = dialog.FromDIP(8);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        &dialog, wxID_ANY,
        _("Another program and you changed the same values. Choose which to keep for each; the "
          "other changes of both are merged. Cancel changes nothing."));
    intro->Wrap(dialog.FromDIP(600));
    sizer->Add(intro, 0, wxALL, gap);
    auto* scroll = new wxScrolledWindow(&dialog, wxID_ANY);
    auto* grid = new wxFlexGridSizer(4, gap / 2, gap);
    grid->AddGrowableCol(0, 1);
    for (const wxString& heading : {_("What"), _("Yours"), _("On disk"), _("Keep")}) {
        auto* h = new wxStaticText(scroll, wxID_ANY, heading);
        h->SetFont(h->GetFont().Bold());
        grid->Add(h);
    }
    std::vector<wxChoice*> choices;
    for (const MergeConflictRow& row : rows) {
        grid->Add(new wxStaticText(scroll, wxID_ANY, row.what), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(new wxStaticText(scroll, wxID_ANY, row.ours), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(new wxStaticText(scroll, wxID_ANY, row.theirs), 0, wxALIGN_CENTER_VERTICAL);
        const wxString options[] = {_("Yours"), _("On disk")};
        auto* choice = new wxChoice(scroll, wxID_ANY, wxDefaultPosition, wxDefaultSize, 2, options);
        choice->SetSelection(0);
        choices.push_back(choice);
        grid->Add(choice);
    }
    scroll->SetSizer(grid);
    scroll->FitInside();
    scroll->SetScrollRate(0, 10);
    scroll->SetMinSize(wxSize(std::min(grid->GetMinSize().x + gap, dialog.FromDIP(900)),
                              std::min(grid->GetMinSize().y + gap, dialog.FromDIP(400))));
    sizer->Add(scroll, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);
    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(&dialog, wxID_OK, _("&Merge"));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(&dialog, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    dialog.SetSizerAndFit(sizer);
    dialog.CentreOnParent();
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    std::vector<versions::Keep> keep;
    for (wxChoice* c : choices)
        keep.push_back(c->GetSelection() == 1 ? versions::Keep::theirs : versions::Keep::ours);
    return keep;
}

}  // namespace

void set_disk_choice_hook(DiskChoiceHook hook) {
    choice_hook() = std::move(hook);
}

void set_conflict_choice_hook(ConflictChoiceHook hook) {
    conflict_hook() = std::move(hook);
}

DiskChoice ask_disk_choice(wxWindow* parent, const wxString& message, bool* asked) {
    if (asked) *asked = false;
    if (choice_hook())
        if (const auto answer = choice_hook()(message)) return *answer;
    if (const char* value = std::getenv("SUMMITRY_RELOAD"); value && std::string(value) == "merge")
        return DiskChoice::merge;
    if (const auto answer = preset_answer(Question::reload, message))
        return *answer ? DiskChoice::reload : DiskChoice::keep;
    if (asked) *asked = true;
    wxMessageDialog dialog(parent, message, "Summitry", wxYES_NO | wxCANCEL | wxICON_QUESTION);
    dialog.SetYesNoCancelLabels(_("&Merge"), _("&Reload"), _("&Keep Mine"));
    switch (dialog.ShowModal()) {
        case wxID_YES: return DiskChoice::merge;
        case wxID_NO: return DiskChoice::reload;
        default: return DiskChoice::keep;
    }
}

DiskMergeOutcome merge_from_disk(MainFrame& frame) {
    Planner& planner = frame.planner();
    DiskMergeOutcome out;
    if (!planner.has_document()) {
        out.error = _("No event is open").utf8_string();
        return out;
    }
    EventDocument& doc = planner.document();
    if (doc.event().files.size() != 1) {
        out.error = _("This event includes other files: merge each file with summitry-cli merge, "
                      "or reload or keep yours")
                        .utf8_string();
        return out;
    }
    const std::string path = doc.path();
    const std::optional<std::string> disk = read_whole(path);
    if (!disk) {
        out.error = wxString::Format(_("Cannot read %s"), wxString::FromUTF8(path)).utf8_string();
        return out;
    }
    const LoadResult base = load_event_text(doc.saved_text(0), path);
    const LoadResult theirs = load_event_text(*disk, path);
    if (base.diagnostics.has_errors() || theirs.diagnostics.has_errors() ||
        doc.diagnostics().has_errors()) {
        out.error = _("One of the versions has errors, so it cannot be merged: reload the file, "
                      "or keep yours and save it")
                        .utf8_string();
        return out;
    }
    const std::string lang = planner.lang();
    // THEIRS' changes are made on a copy of OURS' text: the document changes once, at the end.
    EventDocument merged = EventDocument::from_text(doc.text(0), path);
    versions::MergeResult result = versions::merge_events(base.event, merged, theirs.event);
    if (!result.error.empty()) {
        out.error = result.error;
        return out;
    }
    if (!result.conflicts.empty()) {
        for (const versions::MergeConflict& c : result.conflicts) {
            MergeConflictRow row{
                c, entity_label(doc.event(), theirs.event, c.entity, lang), {}, {}};
            if (!c.key.empty()) row.what += ": " + wxString::FromUTF8(c.key);
            const bool entity = c.key.empty();
            row.ours = shown_value(c.ours, entity && c.ours.empty());
            row.theirs = shown_value(c.theirs, entity && c.theirs.empty());
            out.conflicts.push_back(std::move(row));
        }
        const auto keep = ask_conflicts(&frame, out.conflicts);
        if (!keep || keep->size() != out.conflicts.size()) {
            out.cancelled = true;
            return out;
        }
        std::vector<versions::ConflictChoice> choices;
        for (std::size_t i = 0; i < keep->size(); ++i)
            choices.push_back({out.conflicts[i].conflict, (*keep)[i]});
        merged = EventDocument::from_text(doc.text(0), path);
        result = versions::merge_events(base.event, merged, theirs.event, choices);
        if (!result.error.empty() || !result.conflicts.empty()) {
            out.error = result.error.empty()
                            ? _("The choices did not settle every conflict: nothing was merged")
                                  .utf8_string()
                            : result.error;
            return out;
        }
    }
    // What came in: the merge's changes to OURS, as the Changes panel says them.
    const auto came =
        versions::diff_events(doc.event(), merged.event(), versions::Audience::staff, lang);
    for (const ChangeRow& r : describe_changes(doc.event(), merged.event(), came, lang)) {
        wxString line = r.what + ": " + r.label;
        if (!r.before.empty() && !r.after.empty())
            line += " (" + r.before + wxString::FromUTF8(" \u2192 ") + r.after + ")";
        else if (!r.after.empty() || !r.before.empty())
            line += " (" + (r.after.empty() ? r.before : r.after) + ")";
        out.came_in.push_back(line);
    }
    const std::string text = merged.text(0);
    if (text != doc.text(0)) {
        Plan plan;
        plan.change = Change{_("Merge changes from disk").utf8_string(),
                             {TextPatch{0, 0, doc.text(0), text}}};
        if (const std::string error = submit_plan(planner, std::move(plan)); !error.empty()) {
            out.error = error;
            return out;
        }
    }
    // The edits are on the disk's version now: it is no longer a change to offer.
    planner.document().take_disk_version({*disk});
    planner.document_changed();
    out.merged = true;
    return out;
}

}  // namespace summitry::gui
