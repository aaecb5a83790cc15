// SPDX-License-Identifier: MIT
// The planner's menus and toolbar, and which action each item runs (commands.h).
#include <wx/artprov.h>
#include <wx/choice.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/toolbar.h>

#include <algorithm>

#include "action_ids.h"
#include "commands.h"
#include "conflicts_panel.h"
#include "day_grid_canvas.h"
#include "entity_list.h"
#include "inspector.h"
#include "main_frame.h"
#include "sessions_table.h"
#include "unplaced_tray.h"

namespace summitry::gui {

void MainFrame::build_menus() {
    view_menu_ = new wxMenu;
    view_menu_->Append(wxID_BACKWARD, _("&Previous Day\tAlt+Left"));
    view_menu_->Append(wxID_FORWARD, _("&Next Day\tAlt+Right"));
    view_menu_->AppendSeparator();
    view_menu_->Append(wxID_ZOOM_IN, _("Zoom &In\tCtrl++"));
    view_menu_->Append(wxID_ZOOM_OUT, _("Zoom &Out\tCtrl+-"));
    view_menu_->Append(wxID_ZOOM_100, _("&Actual Size\tCtrl+0"));
    view_menu_->AppendSeparator();
    view_menu_->Append(id_next_panel, _("Ne&xt Panel\tF6"));
    view_menu_->Append(id_previous_panel, _("Previous Pa&nel\tShift+F6"));

    auto* tools = new wxMenu;
    tools->Append(id_schedule, _("&Schedule Unplaced Sessions\tCtrl+Shift+L"),
                  _("Place every session without a room or a start, keeping the others"));
    tools->Append(id_repair, _("&Repair Conflicts"),
                  _("Also move as few sessions as possible out of conflicts (pinned ones stay)"));

    // After the menus of the registry (actions/menus.cpp).
    wxMenuBar* bar = GetMenuBar();
    bar->Append(view_menu_, _("&View"));
    bar->Append(tools, _("&Tools"));
}

void MainFrame::build_toolbar() {
    wxToolBar* tools = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_TEXT);
    const wxSize icon(22, 22);
    auto art = [&](const wxArtID& id) { return wxArtProvider::GetBitmap(id, wxART_TOOLBAR, icon); };
    tools->AddTool(wxID_OPEN, _("Open"), art(wxART_FILE_OPEN), _("Open an event file"));
    tools->AddTool(wxID_SAVE, _("Save"), art(wxART_FILE_SAVE), _("Save the event"));
    tools->AddSeparator();
    tools->AddTool(wxID_UNDO, _("Undo"), art(wxART_UNDO), _("Undo"));
    tools->AddTool(wxID_REDO, _("Redo"), art(wxART_REDO), _("Redo"));
    tools->AddSeparator();
    tools->AddTool(wxID_BACKWARD, _("Previous day"), art(wxART_GO_BACK), _("Previous day"));
    day_choice_ = new wxChoice(tools, wxID_ANY, wxDefaultPosition, wxSize(140, -1));
    tools->AddControl(day_choice_, _("Day"));
    tools->AddTool(wxID_FORWARD, _("Next day"), art(wxART_GO_FORWARD), _("Next day"));
    tools->AddSeparator();
    tools->AddTool(wxID_ZOOM_OUT, _("Zoom out"), art(wxART_MINUS), _("Zoom out"));
    tools->AddTool(wxID_ZOOM_IN, _("Zoom in"), art(wxART_PLUS), _("Zoom in"));
    tools->Realize();
}

void MainFrame::bind_actions() {
    auto on = [this](int id, auto action) {
        Bind(wxEVT_MENU, [action](wxCommandEvent&) { action(); }, id);
    };
    on(id_schedule, [this] { schedule_with_dialog(*this, false); });
    on(id_repair, [this] { schedule_with_dialog(*this, true); });
    on(id_next_panel, [this] { focus_panel(1); });
    on(id_previous_panel, [this] { focus_panel(-1); });
    on(wxID_ZOOM_IN, [this] { grid_->zoom_in(); });
    on(wxID_ZOOM_OUT, [this] { grid_->zoom_out(); });
    on(wxID_ZOOM_100, [this] { grid_->set_zoom(1.0); });
    auto step_day = [this](int step) {
        const auto& days = planner_.days();
        if (days.empty() || !planner_.day()) return;
        const auto at = std::find(days.begin(), days.end(), *planner_.day()) - days.begin();
        const auto next = at + step;
        if (next >= 0 && next < static_cast<long>(days.size()))
            planner_.set_day(days[static_cast<std::size_t>(next)]);
    };
    on(wxID_BACKWARD, [step_day] { step_day(-1); });
    on(wxID_FORWARD, [step_day] { step_day(1); });
    day_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
        const int i = e.GetSelection();
        if (i >= 0 && static_cast<std::size_t>(i) < planner_.days().size())
            planner_.set_day(planner_.days()[static_cast<std::size_t>(i)]);
    });
}

}  // namespace summitry::gui

namespace summitry::gui {

void MainFrame::focus_panel(int step) {
    // The panels in reading order; F6 and Shift+F6 go round them.
    wxWindow* const panels[] = {tray_, grid_, inspector_, book_, conflicts_};
    const int n = static_cast<int>(std::size(panels));
    int at = -1;
    for (wxWindow* w = wxWindow::FindFocus(); w && at < 0; w = w->GetParent())
        for (int i = 0; i < n; ++i)
            if (panels[i] == w) at = i;
    const int next = at < 0 ? (step > 0 ? 0 : n - 1) : ((at + step) % n + n) % n;
    wxWindow* target = panels[next];
    if (target == book_ && book_->GetCurrentPage()) target = book_->GetCurrentPage();
    target->SetFocus();
}

}  // namespace summitry::gui
