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

private:
    void rebuild();
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    Planner& planner_;
    mutable wxItemAttr error_attr_;
    std::vector<Diagnostic> shown_;
};

}  // namespace summitry::gui
