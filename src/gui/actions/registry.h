// SPDX-License-Identifier: MIT
#pragma once
// The registry of the planner's actions (action.h): one explicit list, and what is made of it —
// the menu bar, the toolbar, the keys, the bindings of the menu ids, and the enabling and
// relabelling after every change (menus.cpp).

#include <string_view>
#include <vector>

#include "actions/action.h"

class wxString;

namespace summitry::gui {

class MainFrame;

// Every action, area by area in menu order, each with its id. Built once.
const std::vector<Action>& all_actions();
// The action named `name` or with menu id `id`; nullptr when there is none.
const Action* find_action(std::string_view name);
const Action* find_action(int id);
// The menu id of the action named `name`, for a view's context menu or a test. An unknown
// name is a programming error: it throws std::logic_error.
int action_id(std::string_view name);

// The text of an action's menu item: its label (translated, or as it is now) and its key.
wxString menu_text(const Action& action, const MainFrame& frame);

// Gives `frame` its menu bar and toolbar, made from the registry, and binds every action's id to
// its run(). Called once, by the frame's constructor.
void install_actions(MainFrame& frame);
// Enables, greys out and relabels the menu items and buttons by their actions' rules.
void update_actions(MainFrame& frame);

}  // namespace summitry::gui
