// SPDX-License-Identifier: MIT
#pragma once
// Menu ids of the planner's own actions (the stock ones use wxID_*). Views that pop up menus use
// them too: the menu event rises to the frame, which runs the action (main_frame_menus.cpp).

#include <wx/defs.h>

namespace summitry::gui {

enum ActionId : int {
    id_schedule = wxID_HIGHEST + 100,
    id_repair,
};

}  // namespace summitry::gui
