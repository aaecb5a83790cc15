// SPDX-License-Identifier: MIT
#pragma once
// Menu ids of the planner's own actions (the stock ones use wxID_*). Views that pop up menus use
// them too: the menu event rises to the frame, which runs the action (main_frame_menus.cpp).

#include <wx/defs.h>

namespace summitry::gui {

enum ActionId : int {
    id_unplace = wxID_HIGHEST + 100,
    id_new_entity,
    id_duplicate_entity,
    id_delete_entity,
    id_new,
    id_earlier,
    id_later,
    id_previous_room,
    id_next_room,
    id_next_panel,
    id_previous_panel,
    id_schedule,
    id_repair,
};

}  // namespace summitry::gui
