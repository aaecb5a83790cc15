// SPDX-License-Identifier: MIT
#pragma once
// The changes since the latest release (release_changes.h), beside the conflicts and in their
// style: refreshed after every edit, with names; clicking a row selects its session and shows
// its day, or selects the person, room, track... in the inspector. With no release yet it says
// how to make one. A virtual list, as the conflicts are: a big event's first release may be
// followed by thousands of changes.

#include <wx/listctrl.h>
#include <wx/panel.h>

#include <functional>
#include <map>
#include <string>

#include "release_changes.h"

class wxStaticText;

namespace summitry::gui {

class Planner;

class ChangesPanel : public wxPanel {
public:
    ChangesPanel(wxWindow* parent, Planner& planner);

    // Called after each refresh with the sessions to mark on the grid (the grid's tooltips).
    void on_marks(std::function<void(const std::map<std::string, wxString>&)> marks) {
        marks_ = std::move(marks);
    }
    // Reads the releases again (after File > Make a Release) and refreshes.
    void refresh();

    const ReleaseChanges& changes() const { return changes_; }
    long rows() const;
    // Row `row`'s text in column `column` (0: change, 1: what, 2: before, 3: after).
    wxString cell(long row, long column) const;
    // The line above the list: "Since v1 (2026-12-05 23:10 UTC): 3 changes", or the empty state.
    wxString heading() const;
    // Selects what row `row` is about, as a click does.
    void activate(long row);
    wxListCtrl& list() { return *list_; }

private:
    void rebuild();

    Planner& planner_;
    ReleaseChanges changes_;
    wxStaticText* heading_ = nullptr;
    wxListCtrl* list_ = nullptr;  // a virtual list whose rows are cell()'s
    std::function<void(const std::map<std::string, wxString>&)> marks_;
};

}  // namespace summitry::gui
