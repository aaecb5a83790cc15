// SPDX-License-Identifier: MIT
// The menu bar and the toolbar, laid out by action names (Aegisub's default_menu.json, here as
// code), built from the registry, and kept enabled and labelled by the actions' rules.
#include <wx/accel.h>
#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/menu.h>
#include <wx/toolbar.h>
#include <wx/translation.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "actions/registry.h"
#include "commands.h"
#include "day_choice.h"
#include "main_frame.h"

namespace summitry::gui {
namespace {

// In a layout: a separator, the recent files' submenu, the toolbar's day choice.
constexpr std::string_view separator = "-";
constexpr std::string_view recent_files = "@recent";
constexpr std::string_view day_choice = "@day";

struct MenuLayout {
    const char* title;  // msgid
    std::vector<std::string_view> items;
};

std::vector<MenuLayout> make_menu_bar_layout() {
    return {
        {wxTRANSLATE("&File"),
         {"file/new", "file/open", recent_files, separator, "file/save", "file/save-as",
          "file/reload", separator, "file/release", "file/tell-people", separator, "file/export",
          "file/page-setup", "file/print-preview", "file/print", separator, "file/quit"}},
        {wxTRANSLATE("&Edit"),
         {"edit/undo", "edit/redo", separator, "edit/new", "edit/duplicate", "edit/delete",
          "edit/unplace", separator, "edit/earlier", "edit/later", "edit/previous-room",
          "edit/next-room"}},
        {wxTRANSLATE("&View"),
         {"view/previous-day", "view/next-day", separator, "view/zoom-in", "view/zoom-out",
          "view/actual-size", separator, "view/next-panel", "view/previous-panel", separator,
          "view/panel-tray", "view/panel-inspector", "view/panel-lists", "view/panel-conflicts",
          "view/panel-changes"}},
        {wxTRANSLATE("&Tools"), {"tools/schedule", "tools/repair"}},
    };
}

const std::vector<std::string_view> toolbar_layout = {
    "file/new",  "file/open",     "file/save",         separator,  "edit/undo",
    "edit/redo", separator,       "view/previous-day", day_choice, "view/next-day",
    separator,   "view/zoom-out", "view/zoom-in"};

const Action& action_named(std::string_view name) {
    if (const Action* action = find_action(name)) return *action;
    throw std::logic_error("the menus name an unknown action '" + std::string(name) + "'");
}

void append_item(wxMenu& menu, const Action& action, const MainFrame& frame) {
    wxMenuItem* item =
        menu.Append(action.id, menu_text(action, frame), wxGetTranslation(action.help));
    wxAcceleratorEntry key;
    if (*action.extra_accel && key.FromString(action.extra_accel)) item->AddExtraAccel(key);
}

wxMenu* make_menu(MainFrame& frame, const MenuLayout& layout) {
    auto* menu = new wxMenu;
    for (std::string_view name : layout.items) {
        if (name == separator) {
            menu->AppendSeparator();
        } else if (name == recent_files) {
            auto* recent = new wxMenu;
            menu->AppendSubMenu(recent, _("Open &Recent"));
            frame.recent().UseMenu(recent);
            if (frame.remembers_files()) {
                frame.recent().Load(*wxConfig::Get());
                frame.recent().AddFilesToMenu(recent);
            }
        } else {
            append_item(*menu, action_named(name), frame);
        }
    }
    return menu;
}

void make_toolbar(MainFrame& frame) {
    wxToolBar* tools = frame.CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_TEXT);
    const wxSize icon(22, 22);
    for (std::string_view name : toolbar_layout) {
        if (name == separator) {
            tools->AddSeparator();
        } else if (name == day_choice) {
            tools->AddControl(new DayChoice(tools, frame.planner()), _("Day"));
        } else {
            const Action& action = action_named(name);
            tools->AddTool(action.id, wxGetTranslation(action.tool.label),
                           wxArtProvider::GetBitmap(action.tool.art, wxART_TOOLBAR, icon),
                           wxGetTranslation(action.tool.tip));
        }
    }
    tools->Realize();
}

void bind_actions(MainFrame& frame) {
    for (const Action& action : all_actions())
        frame.Bind(
            wxEVT_MENU, [&frame, run = action.run](wxCommandEvent&) { run(frame); }, action.id);
    // The recent files: wxFileHistory gives them the ids wxID_FILE1 to wxID_FILE9.
    frame.Bind(
        wxEVT_MENU,
        [&frame](wxCommandEvent& e) {
            const wxString path =
                frame.recent().GetHistoryFile(static_cast<size_t>(e.GetId() - wxID_FILE1));
            if (!path.empty()) open_file(frame, path.utf8_string());
        },
        wxID_FILE1, wxID_FILE9);
}

}  // namespace

void install_actions(MainFrame& frame) {
    auto* bar = new wxMenuBar;
    for (const MenuLayout& layout : make_menu_bar_layout())
        bar->Append(make_menu(frame, layout), wxGetTranslation(layout.title));
    frame.SetMenuBar(bar);
    make_toolbar(frame);
    bind_actions(frame);
}

void update_actions(MainFrame& frame) {
    wxMenuBar* bar = frame.GetMenuBar();
    wxToolBar* tools = frame.GetToolBar();
    for (const Action& action : all_actions()) {
        const bool enabled = !action.enabled || action.enabled(frame);
        if (wxMenuItem* item = bar ? bar->FindItem(action.id) : nullptr) {
            if (action.label_now) {
                const wxString text = menu_text(action, frame);
                if (item->GetItemLabel() != text) item->SetItemLabel(text);
            }
            if (item->IsEnabled() != enabled) item->Enable(enabled);
        }
        if (tools && tools->FindById(action.id)) {
            tools->EnableTool(action.id, enabled);
            if (action.label_now) {
                const wxString tip = wxStripMenuCodes(wxString::FromUTF8(action.label_now(frame)));
                if (tools->GetToolShortHelp(action.id) != tip)
                    tools->SetToolShortHelp(action.id, tip);
            }
        }
    }
}

}  // namespace summitry::gui
