// SPDX-License-Identifier: MIT
// View menu: the day on screen, the grid's zoom, the keyboard's way round the panels, and which
// panels are shown.
#include <wx/artprov.h>
#include <wx/defs.h>
#include <wx/notebook.h>
#include <wx/translation.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "actions/action.h"
#include "changes_panel.h"
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
    wxWindow* const panels[] = {&frame.tray(),       &frame.grid(),      &frame.inspector(),
                                &frame.lists_book(), &frame.conflicts(), &frame.changes()};
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

// View > Show/Hide a panel: the label says what choosing it does now.
template <int panel>
constexpr const char* panel_name() {
    constexpr const char* names[] = {"tray", "inspector", "lists", "conflicts", "changes"};
    return names[panel];
}

template <int panel>
std::string panel_label(const MainFrame& frame) {
    const bool shown = frame.panel_shown(panel_name<panel>());
    // Each pair: the item while the panel is shown, and while it is hidden.
    static const wxString labels[][2] = {
        {_("Hide the &Unplaced Panel"), _("Show the &Unplaced Panel")},
        {_("Hide the Inspec&tor"), _("Show the Inspec&tor")},
        {_("Hide the &Sessions and Lists"), _("Show the &Sessions and Lists")},
        {_("Hide the &Conflicts"), _("Show the &Conflicts")},
        {_("Hide the C&hanges"), _("Show the C&hanges")}};
    return labels[panel][shown ? 0 : 1].utf8_string();
}

template <int panel>
void toggle_panel(MainFrame& frame) {
    frame.show_panel(panel_name<panel>(), !frame.panel_shown(panel_name<panel>()));
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
         .label = wxTRANSLATE("Previous Pan&el"),
         .accel = "Shift+F6",
         .help = wxTRANSLATE("Go back to the previous panel"),
         .run = focus_panel<-1>},
        {.name = "view/panel-tray",
         .label = wxTRANSLATE("&Unplaced Panel"),
         .accel = "Ctrl+Shift+1",
         .help = wxTRANSLATE("Show or hide the panel of unplaced sessions"),
         .enabled = event_open,
         .run = toggle_panel<0>,
         .label_now = panel_label<0>},
        {.name = "view/panel-inspector",
         .label = wxTRANSLATE("Inspec&tor"),
         .accel = "Ctrl+Shift+2",
         .help = wxTRANSLATE("Show or hide the inspector"),
         .enabled = event_open,
         .run = toggle_panel<1>,
         .label_now = panel_label<1>},
        {.name = "view/panel-lists",
         .label = wxTRANSLATE("&Sessions and Lists"),
         .accel = "Ctrl+Shift+3",
         .help = wxTRANSLATE("Show or hide the sessions table and the lists"),
         .enabled = event_open,
         .run = toggle_panel<2>,
         .label_now = panel_label<2>},
        {.name = "view/panel-conflicts",
         .label = wxTRANSLATE("&Conflicts"),
         .accel = "Ctrl+Shift+4",
         .help = wxTRANSLATE("Show or hide the conflicts"),
         .enabled = event_open,
         .run = toggle_panel<3>,
         .label_now = panel_label<3>},
        {.name = "view/panel-changes",
         .label = wxTRANSLATE("C&hanges"),
         .accel = "Ctrl+Shift+5",
         .help = wxTRANSLATE("Show or hide the changes since the latest release"),
         .enabled = event_open,
         .run = toggle_panel<4>,
         .label_now = panel_label<4>},
    };
}

}  // namespace summitry::gui
