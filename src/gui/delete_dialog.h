// SPDX-License-Identifier: MIT
#pragma once
// Deleting something still referenced asks what to do with its references (issue 15): the
// dialog lists where the person, organization, room, venue or track is used, by name, and offers
// to remove those references, to give them to another entity of the same kind (chosen by
// name), or to cancel. Whatever is chosen is one edit (EventDocument::plan_delete with
// OnReferences), undone in one step.

#include <wx/dialog.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "choices.h"
#include "planner.h"

class wxChoice;
class wxListBox;
class wxRadioButton;

namespace summitry::gui {

// What is asked: the entity, its name, where it is used (one line each, by name) and what its
// references could be given to (none for a venue: its rooms go with it).
struct ReferencesQuestion {
    EntityKind kind = EntityKind::person;
    std::string id;
    wxString name;
    std::vector<wxString> uses;
    Choices replacements;
};
ReferencesQuestion references_question(const Planner& planner, EntityKind kind,
                                       const std::string& id);

// What the organizer chose.
struct ReferencesAnswer {
    enum class Action { cancel, remove, reassign } action = Action::cancel;
    std::string replacement;  // an id of replacements, for reassign
};

// Tests answer without the dialog: the hook sees the question and returns the answer, or
// nullopt to show the dialog.
using ReferencesHook = std::function<std::optional<ReferencesAnswer>(const ReferencesQuestion&)>;
void set_references_hook(ReferencesHook hook);

class DeleteDialog : public wxDialog {
public:
    DeleteDialog(wxWindow* parent, ReferencesQuestion question);
    ReferencesAnswer answer() const;
    // As the organizer would: remove, or give them to the replacement at `row` (tests,
    // screenshots).
    void choose_remove();
    void choose_reassign(int row);
    const wxListBox& uses() const { return *uses_; }

private:
    void update();

    ReferencesQuestion question_;
    wxListBox* uses_ = nullptr;
    wxRadioButton* remove_ = nullptr;
    wxRadioButton* reassign_ = nullptr;
    wxChoice* replacement_ = nullptr;
};

// Deletes `id`; when something refers to it, asks (the hook, else the dialog) what to do with
// the references first. "" when done or cancelled, else why not (for the status bar).
std::string delete_asking(wxWindow* parent, Planner& planner, EntityKind kind,
                          const std::string& id);

}  // namespace summitry::gui
