// SPDX-License-Identifier: MIT
// View menu: the day on screen, the grid's zoom, and the keyboard's way round the panels.
#include <wx/artprov.h>
#include <wx/defs.h>
#include <wx/notebook.h>
#include <wx/translation.h>

#include <algorithm>
#include <iterator>

#include "actions/action.h"
#include "conflicts_panel.h"
#include "day_grid_canvas.h"
#include "inspector.h"
#include "main_frame.h"
#include "unplaced_tray.h"

namespace summitry::gui {
namespace {

// The day `step` days after the one on screen, among the planner's days; none past the ends.
template <int step>
void step_day(MainFrame& frame) {
    Planner& planner = frame.planner();
    const auto& days = planner.days();
    if (days.empty() || !planner.day()) return;
    const auto at = std::find(days.begin(), days.end(), *planner.day()) - days.begin();
    const auto next = at + step;
    if (next >= 0 && next < static_cast<long>(days.size()))
        planner.set_day(days[static_cast<std::size_t>(next)]);
}

// F6 and Shift+F6: the panels in reading order, round and round.
template <int step>
void focus_panel(MainFrame& frame) {
    wxWindow* const panels[] = {&frame.tray(), &frame.grid(), &frame.inspector(),
                                &frame.lists_book(), &frame.conflicts()};
    const int n = static_cast<int>(std::size(panels));
    int at = -1;
    for (wxWindow* w = wxWindow::FindFocus(); w && at < 0; w = w->GetParent())
        for (int i = 0; i < n; ++i)
            if (panels[i] == w) at = i;
    const int next = at < 0 ? (step > 0 ? 0 : n - 1) : ((at + step) % n + n) % n;
    wxWindow* target = panels[next];
    wxNotebook& book = frame.lists_book();
    if (target == &book && book.GetCurrentPage()) target = book.GetCurrentPage();
    target->SetFocus();
}

}  // namespace

std::vector<Action> view_actions() {
    return {
        {.name = "view/previous-day",
         .id = wxID_BACKWARD,
         .label = wxTRANSLATE("&Previous Day"),
         .accel = "Alt+Left",
         .help = wxTRANSLATE("Show the event's previous day"),
         .enabled = event_open,
         .run = step_day<-1>,
         .tool = {wxART_GO_BACK, wxTRANSLATE("Previous day"), wxTRANSLATE("Previous day")}},
        {.name = "view/next-day",
         .id = wxID_FORWARD,
         .label = wxTRANSLATE("&Next Day"),
         .accel = "Alt+Right",
         .help = wxTRANSLATE("Show the event's next day"),
         .enabled = event_open,
         .run = step_day<1>,
         .tool = {wxART_GO_FORWARD, wxTRANSLATE("Next day"), wxTRANSLATE("Next day")}},
        {.name = "view/zoom-in",
         .id = wxID_ZOOM_IN,
         .label = wxTRANSLATE("Zoom &In"),
         .accel = "Ctrl++",
         .help = wxTRANSLATE("Show the day grid larger"),
         .enabled = event_open,
         .run = [](MainFrame& frame) { frame.grid().zoom_in(); },
         .tool = {wxART_PLUS, wxTRANSLATE("Zoom in"), wxTRANSLATE("Zoom in")}},
        {.name = "view/zoom-out",
         .id = wxID_ZOOM_OUT,
         .label = wxTRANSLATE("Zoom &Out"),
         .accel = "Ctrl+-",
         .help = wxTRANSLATE("Show the day grid smaller"),
         .enabled = event_open,
         .run = [](MainFrame& frame) { frame.grid().zoom_out(); },
         .tool = {wxART_MINUS, wxTRANSLATE("Zoom out"), wxTRANSLATE("Zoom out")}},
        {.name = "view/actual-size",
         .id = wxID_ZOOM_100,
         .label = wxTRANSLATE("&Actual Size"),
         .accel = "Ctrl+0",
         .help = wxTRANSLATE("Show the day grid at its actual size"),
         .run = [](MainFrame& frame) { frame.grid().set_zoom(1.0); }},
        {.name = "view/next-panel",
         .label = wxTRANSLATE("Ne&xt Panel"),
         .accel = "F6",
         .help = wxTRANSLATE("Go to the next panel: unplaced, grid, inspector, lists, conflicts"),
         .run = focus_panel<1>},
        {.name = "view/previous-panel",
         .label = wxTRANSLATE("Previous Pa&nel"),
         .accel = "Shift+F6",
         .help = wxTRANSLATE("Go back to the previous panel"),
         .run = focus_panel<-1>},
    };
}

}  // namespace summitry::gui
