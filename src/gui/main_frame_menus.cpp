// SPDX-License-Identifier: MIT
// The planner's menus and toolbar, and which action each item runs (commands.h).
#include <wx/menu.h>

#include "action_ids.h"
#include "commands.h"
#include "main_frame.h"

namespace summitry::gui {

void MainFrame::build_menus() {
    auto* tools = new wxMenu;
    tools->Append(id_schedule, _("&Schedule Unplaced Sessions\tCtrl+Shift+L"),
                  _("Place every session without a room or a start, keeping the others"));
    tools->Append(id_repair, _("&Repair Conflicts"),
                  _("Also move as few sessions as possible out of conflicts (pinned ones stay)"));

    // After the menus of the registry (actions/menus.cpp).
    wxMenuBar* bar = GetMenuBar();
    bar->Append(tools, _("&Tools"));
}

void MainFrame::bind_actions() {
    auto on = [this](int id, auto action) {
        Bind(wxEVT_MENU, [action](wxCommandEvent&) { action(); }, id);
    };
    on(id_schedule, [this] { schedule_with_dialog(*this, false); });
    on(id_repair, [this] { schedule_with_dialog(*this, true); });
}

}  // namespace summitry::gui
