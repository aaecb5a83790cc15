// SPDX-License-Identifier: MIT
#pragma once
// The diagnostics of the event — errors of the file and conflicts of the schedule — refreshed
// after every edit. Clicking one selects the sessions it names and shows their day.

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

    Planner& planner_;
    std::vector<Diagnostic> shown_;
};

}  // namespace summitry::gui
