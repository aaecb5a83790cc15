// SPDX-License-Identifier: MIT
#pragma once
// The diagnostics of the event — errors of the file and conflicts of the schedule — refreshed
// after every edit. Clicking one selects the sessions it names and shows their day.
// A virtual list: the 36C3 import has 10,000 diagnostics, and filling a list control with them
// took 1.7 s of the first paint; a virtual list asks only for the rows on screen.

#include <wx/listctrl.h>

#include <vector>

#include "diag/diagnostic.h"

namespace summitry::gui {

class Planner;

class ConflictsPanel : public wxListCtrl {
public:
    ConflictsPanel(wxWindow* parent, Planner& planner);
    // Selects the sessions of row `row`, as a click does.
    void activate(long row);
    // The rows an edit brought: highlighted, the first scrolled into view.
    const std::vector<long>& new_rows() const { return new_rows_; }
    // Row `row`'s message and hint as the panel shows them: the ids of sessions, people, rooms,
    // tracks and venues replaced by their names in the planner's language (check/names.h).
    wxString message(long row) const;
    // What hovering row `row` shows: its whole message, wrapped.
    wxString tooltip(long row) const;

private:
    void rebuild();
    void fit_message_column();
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    Planner& planner_;
    mutable wxItemAttr error_attr_, new_attr_, new_error_attr_;
    std::vector<Diagnostic> shown_;
    std::vector<bool> is_new_;
    std::vector<long> new_rows_;
    int generation_ = -1;
    long tip_row_ = -2;  // the row whose message the tooltip shows
};

}  // namespace summitry::gui
