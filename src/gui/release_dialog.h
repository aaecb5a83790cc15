// SPDX-License-Identifier: MIT
#pragma once
// File > Make a Release: a name and a note for what was published, and the changes since the
// latest release shown before confirming. The release itself is the core's (versions/release.h,
// make_release: what `summitry-cli release` does): unsaved edits are saved first, the snapshot
// is written beside the event, and the revisions of the sessions changed since are raised in
// the file, which the planner then reads again. A release is not an edit: it cannot be undone,
// and when it raised revisions the undo history starts anew (its edits were on the old text).

#include <wx/dialog.h>

#include <optional>
#include <string>

#include "release_changes.h"
#include "versions/release.h"

class wxTextCtrl;
class wxStaticText;
class wxListCtrl;

namespace summitry::gui {

class MainFrame;

struct ReleaseOutcome {
    std::string error;  // "" when released
    versions::ReleaseResult result;
};

// Records release `name` of the open event: saves it first when it has unsaved edits (false
// from the save: nothing released), then releases and reads the file again when revisions were
// raised. The tests call it as the dialog's Release button does.
ReleaseOutcome release_event(MainFrame& frame, const std::string& name, const std::string& note);

// A name for the next release: "v1", then "v<releases + 1>", never one taken.
std::string next_release_name(const std::vector<versions::ReleaseInfo>& releases);

class ReleaseDialog : public wxDialog {
public:
    explicit ReleaseDialog(MainFrame& frame);
    std::string name() const;
    std::string note() const;
    // Why the name cannot be taken ("" when it can): refused by the core's rule, or taken.
    wxString name_problem() const;
    // Why nothing can be released now (an event with errors, unreadable releases), or "".
    const wxString& blocked() const { return blocked_; }
    wxTextCtrl& name_field() { return *name_; }
    wxTextCtrl& note_field() { return *note_; }
    wxListCtrl& changes_list() { return *list_; }
    // The message under the name: its problem, or nothing.
    wxString shown_problem() const;

private:
    void check_name();

    MainFrame& frame_;
    ReleaseChanges changes_;
    std::vector<versions::ReleaseInfo> releases_;
    wxString blocked_;
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* note_ = nullptr;
    wxStaticText* problem_ = nullptr;
    wxListCtrl* list_ = nullptr;
};

// The dialog, then the release; the outcome in the status bar, a refusal in a message.
void release_with_dialog(MainFrame& frame);

}  // namespace summitry::gui
