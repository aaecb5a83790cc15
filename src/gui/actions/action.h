// SPDX-License-Identifier: MIT
#pragma once
// One planner action as one record, after Aegisub's cmd::Command: its name, label, key, help,
// when it can run and what it does. The menu bar, the toolbar, the keys and the greying of items
// all come from the registry of these records (registry.h); nothing else spells an action's
// label or key. The records live by area: file.cpp, edit.cpp, view.cpp, tools.cpp.

#include <string>
#include <vector>

namespace summitry::gui {

class MainFrame;

// An action's button on the toolbar (menus.cpp says which actions have one, and where).
struct ToolSpec {
    const char* art = nullptr;    // a wxArtProvider id (wxART_UNDO); nullptr: no button
    const char* label = nullptr;  // msgid (wxTRANSLATE): the text under the picture
    const char* tip = nullptr;    // msgid: the tooltip
};

struct Action {
    // "edit/undo": unique and stable. Views and tests find an action by its name.
    const char* name = "";
    // The menu id: the stock wxID_* where wx has one (GTK and the text controls know them), else
    // 0 and the registry gives one.
    int id = 0;
    const char* label = "";  // msgid (wxTRANSLATE), with its mnemonic: "&Undo"
    // The key, as wxAcceleratorEntry::FromString reads it ("Ctrl+Shift+Z"), shown in the menu;
    // "" for none. Keys are not translated.
    const char* accel = "";
    // A second key for the same action, not shown in the menu ("Ctrl+Y" for redo); "" for none.
    const char* extra_accel = "";
    const char* help = "";  // msgid: what the status bar says while the item is highlighted
    // Whether the action makes sense now (Aegisub's Validate): false greys its menu item and its
    // button out. It runs after every change of the planner, so it must be fast. nullptr: always.
    // Like Aegisub's commands, run() may still be called when this is false (a context menu, a
    // test) and then says why it does nothing.
    bool (*enabled)(const MainFrame& frame) = nullptr;
    void (*run)(MainFrame& frame) = nullptr;
    // The label as it is now, translated, when it names what the action would do ("&Undo Move
    // 'Fireside chat'"); nullptr: `label`. The toolbar's tooltip follows it, without mnemonic.
    std::string (*label_now)(const MainFrame& frame) = nullptr;
    ToolSpec tool = {};  // "= {}": else GCC 12 warns when a record leaves it out
};

// The records of each area, in menu order; the registry lists the areas (registry.cpp).
std::vector<Action> file_actions();
std::vector<Action> edit_actions();
std::vector<Action> view_actions();
std::vector<Action> tools_actions();

// Enable rules shared by several areas.
bool event_open(const MainFrame& frame);
bool session_selected(const MainFrame& frame);
// The selected session has a start or a room: it can be moved or unplaced.
bool session_placed(const MainFrame& frame);

}  // namespace summitry::gui
