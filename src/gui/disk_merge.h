// SPDX-License-Identifier: MIT
#pragma once
// Merge on a change on disk: when another program changed the event's file while the planner
// has unsaved edits, the planner offers to merge instead of only reloading or keeping its
// version. The merge is the core's three-way merge by entity and key (versions/merge.h, what
// `summitry-cli merge` does): BASE is the text the planner opened or last saved, OURS its
// edits, THEIRS the file on disk. A clean merge becomes the document's text as one undoable
// edit ("Merge changes from disk") and what came in is listed; a conflict (one value changed
// both ways, or removed on one side and changed on the other) is listed by name, and the
// organizer keeps theirs or ours for each, or cancels and nothing changes. No edit is lost: a
// merge never writes the file, and undoing it gives back exactly the edits before it.

#include <wx/string.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "versions/merge.h"

class wxWindow;

namespace summitry::gui {

class MainFrame;

// What to do with a change on disk while there are unsaved edits.
enum class DiskChoice { merge, reload, keep };

// The answer to give instead of asking (tests, scripts), or nullopt to ask. The environment
// answers too (SUMMITRY_RELOAD=merge|reload|keep), and so does the hook of questions.h (yes:
// reload, no: keep), so that what answered the two-way question answers this one the same.
using DiskChoiceHook = std::function<std::optional<DiskChoice>(const wxString& message)>;
void set_disk_choice_hook(DiskChoiceHook hook);
// `asked`: set to whether a person answered (a dialog was shown), not a hook.
DiskChoice ask_disk_choice(wxWindow* parent, const wxString& message, bool* asked = nullptr);

// A conflict as the organizer reads it: the session's title or person's name, the key, and
// both values.
struct MergeConflictRow {
    versions::MergeConflict conflict;
    wxString what;          // "Fireside chat: start", "Coffee break (removed by them)"
    wxString ours, theirs;  // the values, or "removed" / "changed"
};

// The choices for the conflicts (one a row, in order), or nullopt to cancel the merge. The
// tests' hook answers instead of the dialog.
using ConflictChoiceHook = std::function<std::optional<std::vector<versions::Keep>>(
    const std::vector<MergeConflictRow>& rows)>;
void set_conflict_choice_hook(ConflictChoiceHook hook);

struct DiskMergeOutcome {
    bool merged = false;            // the document's text is the merge now
    bool cancelled = false;         // conflicts, and the organizer cancelled: nothing changed
    std::string error;              // why it could not merge (nothing changed)
    std::vector<wxString> came_in;  // THEIRS' changes made, as people read them ("Moved: ...")
    std::vector<MergeConflictRow> conflicts;  // as they were settled
};

// Merges the file on disk into the open document (see above). Events with included files are
// not merged here (each file would need its own merge): the error says so.
DiskMergeOutcome merge_from_disk(MainFrame& frame);

}  // namespace summitry::gui
