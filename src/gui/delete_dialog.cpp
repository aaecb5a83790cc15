// SPDX-License-Identifier: MIT
#include "delete_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include "commands.h"

namespace summitry::gui {
namespace {

ReferencesHook& hook() {
    static ReferencesHook h;
    return h;
}

// The key that refers, as the inspector labels it.
wxString key_label(const std::string& key) {
    if (key == "speakers") return _("Speakers");
    if (key == "moderators") return _("Moderators");
    if (key == "hosts") return _("Hosts");
    if (key == "organizations") return _("Organizations");
    if (key == "organizers") return _("Organizers");
    if (key == "track") return _("Track");
    if (key == "room") return _("Room");
    if (key == "affiliation") return _("Affiliation");
    if (key == "travel_minutes") return _("Travel minutes");
    return wxString::FromUTF8(key);
}

wxString kind_label(const std::string& list_key) {
    if (list_key == "sessions") return _("Session");
    if (list_key == "people") return _("Person");
    if (list_key == "venues") return _("Venue");
    if (list_key == "event") return _("Event");
    return wxString::FromUTF8(list_key);
}

}  // namespace

void set_references_hook(ReferencesHook h) {
    hook() = std::move(h);
}

ReferencesQuestion references_question(const Planner& planner, EntityKind kind,
                                       const std::string& id) {
    ReferencesQuestion q{kind, id, entity_name(planner, kind, id), {}, {}};
    if (q.name.empty()) q.name = wxString::FromUTF8(id);
    if (!planner.has_document()) return q;
    for (const Reference& ref : planner.document().references_to(kind, id))
        // TRANSLATORS: where an entity being deleted is used: "Session 'Fireside chat'
        // (Speakers)".
        q.uses.push_back(wxString::Format(_("%s '%s' (%s)"), kind_label(ref.where.kind),
                                          wxString::FromUTF8(ref.label), key_label(ref.where.key)));
    // A venue's references are its rooms': they cannot all go to another venue (the core
    // refuses), so only removing them is offered.
    if (kind == EntityKind::venue) return q;
    const Index self = kind == EntityKind::room ? planner.event().find_room(id) : no_index;
    for (auto& choice : entity_choices(planner, kind)) {
        if (choice.first == id) continue;
        if (self >= 0 && planner.event().find_room(choice.first) == self) continue;
        q.replacements.push_back(std::move(choice));
    }
    return q;
}

DeleteDialog::DeleteDialog(wxWindow* parent, ReferencesQuestion question)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Delete '%s'"), question.name),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      question_(std::move(question)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int n = static_cast<int>(question_.uses.size());
    sizer->Add(new wxStaticText(this, wxID_ANY,
                                wxString::Format(wxPLURAL("'%s' is still used in %d place:",
                                                          "'%s' is still used in %d places:", n),
                                                 question_.name, n)),
               0, wxALL, 10);
    wxArrayString uses;
    for (const wxString& use : question_.uses) uses.push_back(use);
    uses_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(520, 160), uses);
    sizer->Add(uses_, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);

    remove_ = new wxRadioButton(this, wxID_ANY, _("&Remove these references"), wxDefaultPosition,
                                wxDefaultSize, wxRB_GROUP);
    sizer->Add(remove_, 0, wxLEFT | wxRIGHT | wxTOP, 10);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    reassign_ = new wxRadioButton(this, wxID_ANY, _("&Give them to:"));
    wxArrayString names;
    for (const auto& [id, shown] : question_.replacements) names.push_back(shown);
    replacement_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, names);
    if (!names.empty()) replacement_->SetSelection(0);
    row->Add(reassign_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    row->Add(replacement_, 1, wxALIGN_CENTER_VERTICAL);
    sizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);
    if (question_.kind == EntityKind::venue)
        sizer->Add(new wxStaticText(this, wxID_ANY,
                                    _("Its rooms are deleted with it; the sessions in them "
                                      "become unplaced.")),
                   0, wxLEFT | wxRIGHT | wxTOP, 10);
    if (question_.replacements.empty()) {
        reassign_->Disable();
        replacement_->Disable();
    }
    remove_->SetValue(true);

    wxStdDialogButtonSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (wxButton* ok = buttons->GetAffirmativeButton()) ok->SetLabel(_("&Delete"));
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(sizer);
    remove_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { update(); });
    reassign_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { update(); });
    // Choosing a replacement means giving them to it.
    replacement_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        reassign_->SetValue(true);
        update();
    });
    update();
}

void DeleteDialog::update() {
    replacement_->Enable(!question_.replacements.empty());
}

void DeleteDialog::choose_remove() {
    remove_->SetValue(true);
    update();
}

void DeleteDialog::choose_reassign(int row) {
    if (row < 0 || static_cast<std::size_t>(row) >= question_.replacements.size()) return;
    reassign_->SetValue(true);
    replacement_->SetSelection(row);
    update();
}

ReferencesAnswer DeleteDialog::answer() const {
    const int row = replacement_->GetSelection();
    if (reassign_->GetValue() && row >= 0 &&
        static_cast<std::size_t>(row) < question_.replacements.size())
        return {ReferencesAnswer::Action::reassign,
                question_.replacements[static_cast<std::size_t>(row)].first};
    return {ReferencesAnswer::Action::remove, {}};
}

std::string delete_asking(wxWindow* parent, Planner& planner, EntityKind kind,
                          const std::string& id) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    if (kind == EntityKind::session || planner.document().references_to(kind, id).empty())
        return delete_entity(planner, kind, id);
    const ReferencesQuestion question = references_question(planner, kind, id);
    ReferencesAnswer answer;
    if (std::optional<ReferencesAnswer> given = hook() ? hook()(question) : std::nullopt) {
        answer = *given;
    } else {
        DeleteDialog dialog(parent, question);
        if (dialog.ShowModal() != wxID_OK) return {};
        answer = dialog.answer();
    }
    switch (answer.action) {
        case ReferencesAnswer::Action::cancel: return {};
        case ReferencesAnswer::Action::remove:
            return delete_entity(planner, kind, id, OnReferences::remove);
        case ReferencesAnswer::Action::reassign:
            return delete_entity(planner, kind, id, OnReferences::reassign, answer.replacement);
    }
    return {};
}

}  // namespace summitry::gui
