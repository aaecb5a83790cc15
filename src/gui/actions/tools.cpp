// SPDX-License-Identifier: MIT
// Tools menu: the scheduler (commands_schedule.cpp).
#include <wx/translation.h>

#include "actions/action.h"
#include "commands.h"

namespace summitry::gui {

std::vector<Action> tools_actions() {
    return {
        {.name = "tools/schedule",
         .label = wxTRANSLATE("&Schedule Unplaced Sessions"),
         .accel = "Ctrl+Shift+L",
         .help = wxTRANSLATE("Place every session without a room or a start, keeping the others"),
         .run = [](MainFrame& frame) { schedule_with_dialog(frame, false); }},
        {.name = "tools/repair",
         .label = wxTRANSLATE("&Repair Conflicts"),
         .help = wxTRANSLATE(
             "Also move as few sessions as possible out of conflicts (pinned ones stay)"),
         .run = [](MainFrame& frame) { schedule_with_dialog(frame, true); }},
    };
}

}  // namespace summitry::gui
