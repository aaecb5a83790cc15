// SPDX-License-Identifier: MIT
// The registry of the planner's actions (src/gui/actions): every action is one complete record,
// the menu bar and the toolbar are made of them and of nothing else, and each item is enabled by
// its action's rule.
#include <wx/accel.h>
#include <wx/menu.h>
#include <wx/toolbar.h>
#include <wx/translation.h>
#include <wx/uiaction.h>

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "actions/registry.h"
#include "commands.h"
#include "day_grid_canvas.h"
#include "gui_fixture.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

using Names = std::set<std::string>;

// A key as wx reads it, so that "Shift+Ctrl+Z" and "Ctrl+Shift+Z" are the same key.
std::pair<int, int> key_of(const std::string& text) {
    wxAcceleratorEntry entry;
    INFO("the key '" << text << "'");
    REQUIRE(entry.FromString(text));
    return {entry.GetFlags(), entry.GetKeyCode()};
}

// Every item of `menu` and of its submenus, but the separators.
void items_of(wxMenu& menu, std::vector<wxMenuItem*>& out) {
    for (wxMenuItem* item : menu.GetMenuItems()) {
        if (item->IsSeparator()) continue;
        out.push_back(item);
        if (item->GetSubMenu()) items_of(*item->GetSubMenu(), out);
    }
}

std::vector<wxMenuItem*> menu_bar_items(MainFrame& frame) {
    std::vector<wxMenuItem*> items;
    wxMenuBar* bar = frame.GetMenuBar();
    for (std::size_t i = 0; i < bar->GetMenuCount(); ++i) items_of(*bar->GetMenu(i), items);
    return items;
}

// The names of the actions whose menu item is enabled, and of those whose button is.
Names enabled_items(MainFrame& frame) {
    Names names;
    for (const Action& action : all_actions())
        if (frame.GetMenuBar()->IsEnabled(action.id)) names.insert(action.name);
    return names;
}

Names enabled_buttons(MainFrame& frame) {
    Names names;
    wxToolBar* tools = frame.GetToolBar();
    for (const Action& action : all_actions())
        if (tools->FindById(action.id) && tools->GetToolEnabled(action.id))
            names.insert(action.name);
    return names;
}

Names with_buttons(const Names& names) {
    Names out;
    for (const std::string& name : names)
        if (find_action(name)->tool.art) out.insert(name);
    return out;
}

Names operator+(Names a, const Names& b) {
    a.insert(b.begin(), b.end());
    return a;
}

}  // namespace

TEST_CASE("Every action has a name, a label, a help text and a key of its own", "[gui][actions]") {
    start_wx();
    const std::regex name_form("[a-z]+/[a-z]+(-[a-z]+)*");
    std::set<std::string> names;
    std::map<int, std::string> ids;
    std::map<std::pair<int, int>, std::string> keys;
    // Issue 15: File > New Event, four panels; issue 16: Make a Release, the Changes panel;
    // issue 17: File > Tell People.
    REQUIRE(all_actions().size() == 36);
    for (const Action& action : all_actions()) {
        INFO(action.name);
        CHECK(std::regex_match(action.name, name_form));
        CHECK(names.insert(action.name).second);
        CHECK(ids.emplace(action.id, action.name).second);
        CHECK(find_action(action.name) == &action);
        CHECK(find_action(action.id) == &action);
        CHECK(action_id(action.name) == action.id);
        // A label with its mnemonic and without its key (the key is a field of its own), and a
        // help text: both are msgids.
        CHECK(std::string(action.label).find('&') != std::string::npos);
        CHECK(std::string(action.label).find('\t') == std::string::npos);
        CHECK(std::string(action.help).size() > 10);
        CHECK(action.run);
        for (const char* key : {action.accel, action.extra_accel}) {
            if (!*key) continue;
            const auto [other, fresh] = keys.emplace(key_of(key), action.name);
            INFO("the key " << key << " is also " << other->second << "'s");
            CHECK(fresh);
        }
        if (*action.extra_accel) CHECK(*action.accel);  // the second key of a shown one
        // A button has its picture, its text and its tooltip.
        if (action.tool.art) {
            CHECK(action.tool.label);
            CHECK(action.tool.tip);
        }
    }
    CHECK_THROWS_AS(action_id("edit/no-such-action"), std::logic_error);
    CHECK(find_action("edit/no-such-action") == nullptr);
}

TEST_CASE("The menu bar and the toolbar are the registry's actions, each once", "[gui][actions]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    std::map<std::string, int> in_menus;
    for (wxMenuItem* item : menu_bar_items(frame)) {
        INFO(item->GetItemLabel().utf8_string());
        // The one submenu is the recent files', whose items wxFileHistory makes.
        if (item->GetSubMenu()) {
            CHECK(item->GetItemLabel() == _("Open &Recent"));
            continue;
        }
        if (item->GetId() >= wxID_FILE1 && item->GetId() <= wxID_FILE9) continue;
        const Action* action = find_action(item->GetId());
        REQUIRE(action);
        INFO(action->name);
        ++in_menus[action->name];
        CHECK(item->GetItemLabel() == menu_text(*action, frame));
        CHECK(item->GetHelp() == wxGetTranslation(action->help));
        // The key wx read in the label is the record's.
        std::unique_ptr<wxAcceleratorEntry> key(item->GetAccel());
        CHECK(bool(key) == bool(*action->accel));
        if (key) CHECK(std::make_pair(key->GetFlags(), key->GetKeyCode()) == key_of(action->accel));
        const auto& extra = item->GetExtraAccels();
        CHECK(extra.size() == (*action->extra_accel ? 1u : 0u));
        if (!extra.empty())
            CHECK(std::make_pair(extra[0].GetFlags(), extra[0].GetKeyCode()) ==
                  key_of(action->extra_accel));
    }
    for (const Action& action : all_actions()) {
        INFO(action.name);
        CHECK(in_menus[action.name] == 1);
    }

    // Every button is an action's, with the text and the picture of its record.
    wxToolBar* tools = frame.GetToolBar();
    Names buttons;
    for (std::size_t i = 0; i < tools->GetToolsCount(); ++i) {
        const wxToolBarToolBase* tool = tools->GetToolByPos(static_cast<int>(i));
        if (tool->IsSeparator() || tool->IsControl()) continue;
        const Action* action = find_action(tool->GetId());
        REQUIRE(action);
        INFO(action->name);
        buttons.insert(action->name);
        REQUIRE(action->tool.art);
        CHECK(tool->GetLabel() == wxGetTranslation(action->tool.label));
        CHECK(tool->GetNormalBitmap().IsOk());
    }
    CHECK(buttons == Names{"file/new", "file/open", "file/save", "edit/undo", "edit/redo",
                           "view/previous-day", "view/next-day", "view/zoom-out", "view/zoom-in"});
}

TEST_CASE("Menu items and buttons are enabled by their actions' rules", "[gui][actions]") {
    const Names always = {
        "file/new",           "file/open",           "file/export",    "file/page-setup",
        "file/print-preview", "file/print",          "file/quit",      "view/actual-size",
        "view/next-panel",    "view/previous-panel", "tools/schedule", "tools/repair"};
    const Names with_event = {
        "file/save",          "file/save-as",         "file/reload",      "edit/new",
        "view/previous-day",  "view/next-day",        "view/zoom-in",     "view/zoom-out",
        "view/panel-tray",    "view/panel-inspector", "view/panel-lists", "view/panel-conflicts",
        "view/panel-changes", "file/release",         "file/tell-people"};
    const Names with_session = {"edit/duplicate", "edit/delete"};
    const Names with_placed = {"edit/unplace", "edit/earlier", "edit/later", "edit/previous-room",
                               "edit/next-room"};
    start_wx();
    {
        auto* empty = new MainFrame(FrameOptions{false});
        empty->Show();
        pump(100);
        CHECK(enabled_items(*empty) == always);
        CHECK(enabled_buttons(*empty) == with_buttons(always));
        empty->Destroy();
        pump(50);
    }
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    CHECK(enabled_items(frame) == always + with_event);
    CHECK(enabled_buttons(frame) == with_buttons(always + with_event));
    planner.select({"fireside-chat"});
    CHECK(enabled_items(frame) == always + with_event + with_session + with_placed);
    planner.select({"demo-synthesia-avatars"});  // unplaced: it can be copied, not moved
    CHECK(enabled_items(frame) == always + with_event + with_session);
    planner.select({});
    CHECK(enabled_items(frame) == always + with_event);

    // Undo and redo say what they would do, in the menu and in the buttons' tooltips (without
    // the menu's mnemonic).
    planner.select({"fireside-chat"});
    menu(frame, "edit/later");
    const Names with_undo = always + with_event + with_session + with_placed + Names{"edit/undo"};
    CHECK(enabled_items(frame) == with_undo);
    CHECK(enabled_buttons(frame) == with_buttons(with_undo));
    wxMenuBar* bar = frame.GetMenuBar();
    wxToolBar* tools = frame.GetToolBar();
    CHECK(bar->GetLabel(wxID_UNDO).StartsWith("&Undo Move 'Fireside chat"));
    CHECK(bar->GetLabel(wxID_UNDO).EndsWith("'\tCtrl+Z"));
    CHECK(bar->GetLabel(wxID_REDO) == "&Redo\tCtrl+Shift+Z");
    CHECK(tools->GetToolShortHelp(wxID_UNDO).StartsWith("Undo Move 'Fireside chat"));
    CHECK(tools->GetToolShortHelp(wxID_REDO) == "Redo");
    menu(frame, "edit/undo");
    CHECK(!planner.document().modified());
    const Names with_redo = always + with_event + with_session + with_placed + Names{"edit/redo"};
    CHECK(enabled_items(frame) == with_redo);
    CHECK(enabled_buttons(frame) == with_buttons(with_redo));
    CHECK(bar->GetLabel(wxID_UNDO) == "&Undo\tCtrl+Z");
    CHECK(bar->GetLabel(wxID_REDO).StartsWith("&Redo Move 'Fireside chat"));
    CHECK(tools->GetToolShortHelp(wxID_UNDO) == "Undo");
    CHECK(tools->GetToolShortHelp(wxID_REDO).StartsWith("Redo Move 'Fireside chat"));
}

TEST_CASE("Ctrl+Y redoes, as Ctrl+Shift+Z does", "[gui][actions][keyboard]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    const std::string original = planner.document().text();
    planner.select({"fireside-chat"});
    menu(frame, "edit/later");
    const std::string moved = planner.document().text();
    REQUIRE(moved != original);
    menu(frame, "edit/undo");
    REQUIRE(planner.document().text() == original);

    // Typed on the keyboard (XTest) into the grid: the keys as GTK takes them from the menu bar,
    // after the redo item was relabelled "Redo Move ...".
    frame.Raise();
    frame.grid().SetFocus();
    pump(100);
    wxUIActionSimulator keyboard;
    keyboard.Char('y', wxMOD_CONTROL);
    pump(200);
    CHECK(planner.document().text() == moved);
    keyboard.Char('z', wxMOD_CONTROL);
    pump(200);
    CHECK(planner.document().text() == original);
    keyboard.Char('z', wxMOD_CONTROL | wxMOD_SHIFT);
    pump(200);
    CHECK(planner.document().text() == moved);
    keyboard.Char('z', wxMOD_CONTROL);
    pump(200);
    CHECK(planner.document().text() == original);
    // Twice: the item, relabelled again by the redo and the undo, still takes Ctrl+Y.
    keyboard.Char('y', wxMOD_CONTROL);
    pump(200);
    CHECK(planner.document().text() == moved);
}
