// SPDX-License-Identifier: MIT
#pragma once
// What changed since the latest release of the open event, as the planner shows it: the
// Changes panel's rows, the grid's marks and the Release dialog's list. The changes are the
// core's (versions/diff.h, diff_events: what `summitry-cli diff FILE@NAME FILE` prints), for
// the staff, between the release's snapshot and the document as it is now, unsaved edits
// included; only the words are the planner's: names and titles in its language, times as
// people read them.

#include <wx/string.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/event.h"
#include "versions/diff.h"
#include "versions/release.h"

namespace summitry::gui {

class Planner;

struct ChangeRow {
    std::string kind, noun, id;  // the diff's: "moved", "session", "fireside-chat"
    wxString what;               // the kind in the interface's language: "Moved"
    wxString label;              // the session's title, the person's name... (removed: as released)
    wxString before, after;      // "10 February 2025 19:00–19:30, Ballroom"; old and new title...
};

// The rows of `changes` (from `released` to `now`), in the diff's order.
std::vector<ChangeRow> describe_changes(const Event& released, const Event& now,
                                        const std::vector<versions::Difference>& changes,
                                        const std::string& lang);

// "moved since v1: 19:00–19:30, Ballroom → 19:30–20:00, Ballroom": a grid box's tooltip line.
wxString mark_text(const ChangeRow& row, const std::string& release);

// The latest release of the open event and the changes since, kept up to date by update():
// the release's snapshot is read again only when the list of releases changed on disk.
class ReleaseChanges {
public:
    // Reads the releases of the document's file if they changed, and compares. Cheap when
    // there is no release (one stat of the index).
    void update(const Planner& planner);
    // Forgets the snapshot read: the next update() reads the releases again.
    void forget() { key_.clear(); }

    const std::optional<versions::ReleaseInfo>& latest() const { return latest_; }
    // Why the releases cannot be read (a damaged index, a snapshot with errors), "" if they can.
    const std::string& error() const { return error_; }
    const std::vector<versions::Difference>& differences() const { return differences_; }
    const std::vector<ChangeRow>& rows() const { return rows_; }
    // The sessions changed since the release (not removed ones), with their tooltip line.
    const std::map<std::string, wxString>& marks() const { return marks_; }

private:
    std::string key_;  // the file, and the index's time and size, when last read
    std::optional<versions::ReleaseInfo> latest_;
    std::optional<LoadResult> released_;
    std::string error_;
    std::vector<versions::Difference> differences_;
    std::vector<ChangeRow> rows_;
    std::map<std::string, wxString> marks_;
};

}  // namespace summitry::gui
