// SPDX-License-Identifier: MIT
// The one list of the planner's actions, their ids, and the enable rules several areas share.
#include "actions/registry.h"

#include <wx/defs.h>
#include <wx/string.h>
#include <wx/translation.h>

#include <stdexcept>
#include <string>

#include "main_frame.h"

namespace summitry::gui {
namespace {

std::vector<Action> make_registry() {
    std::vector<Action> all;
    // The areas, in the order of the menu bar: an explicit list, not self-registering statics
    // (design.md, principle 4).
    for (auto area : {file_actions, edit_actions, view_actions, tools_actions})
        for (Action& action : area()) all.push_back(action);
    // An action without a stock id gets one of the planner's own, above wx's, in list order.
    int next = wxID_HIGHEST + 1;
    for (Action& action : all)
        if (action.id == 0) action.id = next++;
    return all;
}

}  // namespace

const std::vector<Action>& all_actions() {
    static const std::vector<Action> all = make_registry();
    return all;
}

const Action* find_action(std::string_view name) {
    for (const Action& action : all_actions())
        if (name == action.name) return &action;
    return nullptr;
}

const Action* find_action(int id) {
    for (const Action& action : all_actions())
        if (action.id == id) return &action;
    return nullptr;
}

int action_id(std::string_view name) {
    if (const Action* action = find_action(name)) return action->id;
    throw std::logic_error("no planner action named '" + std::string(name) + "'");
}

wxString menu_text(const Action& action, const MainFrame& frame) {
    wxString text = action.label_now ? wxString::FromUTF8(action.label_now(frame))
                                     : wxGetTranslation(action.label);
    if (*action.accel) text << '\t' << action.accel;
    return text;
}

bool event_open(const MainFrame& frame) {
    return frame.planner().has_document();
}

bool session_selected(const MainFrame& frame) {
    return frame.planner().selected_session() != no_index;
}

bool session_placed(const MainFrame& frame) {
    const Planner& planner = frame.planner();
    const Index i = planner.selected_session();
    if (i == no_index) return false;
    const Session& s = planner.event().sessions[static_cast<std::size_t>(i)];
    return s.start || s.room != no_index;
}

}  // namespace summitry::gui
