// SPDX-License-Identifier: MIT
// Keyboard, feedback and layout (issue 15, defects 4, 5, 8, 9 and 10): Esc forgets a cancelled
// drag's time; a fast drag from the tray starts a drag; the tray's drag shows a box of the
// session's length; the window fits the screen; Alt+Shift+arrows move from the grid; no menu
// has two items on one letter; panels hidden and shown from the View menu; the bottom panels
// grow with the window; new conflicts stand out; names where ids were; tooltips with whole texts.
#include <wx/aui/framemanager.h>
#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/statusbr.h>
#include <wx/uiaction.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "actions/registry.h"
#include "commands.h"
#include "conflicts_panel.h"
#include "day_grid_canvas.h"
#include "gui_fixture.h"
#include "inspector.h"
#include "unplaced_tray.h"
#include "words.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

wxString status(MainFrame& frame) {
    return frame.GetStatusBar()->GetStatusText(0);
}

void key(wxWindow& window, int code, bool alt = false, bool shift = false) {
    wxKeyEvent e(wxEVT_KEY_DOWN);
    e.m_keyCode = code;
    e.m_altDown = alt;
    e.m_shiftDown = shift;
    e.SetEventObject(&window);
    window.GetEventHandler()->ProcessEvent(e);
}

}  // namespace

TEST_CASE("Esc cancels a drag, and the status bar forgets its time", "[gui][keyboard]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    frame.planner().select({"fireside-chat"});
    pump(100);
    DayGridCanvas& grid = frame.grid();
    const wxRect box = grid.client_rect_of("fireside-chat");
    REQUIRE(!box.IsEmpty());
    const int dy = static_cast<int>(30 * grid.geometry().pixels_per_minute() + 0.5);
    const wxPoint grab(box.x + box.width / 2, box.y + 10);
    mouse(grid, wxEVT_LEFT_DOWN, grab, true);
    mouse(grid, wxEVT_MOTION, grab + wxSize(0, dy), true);
    CHECK(status(frame).StartsWith("18:50"));
    key(grid, WXK_ESCAPE);
    CHECK(status(frame).empty());
    mouse(grid, wxEVT_LEFT_UP, grab + wxSize(0, dy), false);
    CHECK(start_of(frame.planner(), "fireside-chat") == "2025-02-10 18:20");
    CHECK(!frame.planner().document().modified());
}

TEST_CASE("Alt+Shift+arrows move the selected session while the grid has the focus",
          "[gui][keyboard]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    planner.select({"fireside-chat"});
    pump(100);
    frame.grid().SetFocus();
    pump(100);
    // Typed for real (XTest): the grid takes arrow keys, the menu's key must still work.
    wxUIActionSimulator keyboard;
    keyboard.Char(WXK_DOWN, wxMOD_ALT | wxMOD_SHIFT);
    pump(200);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:25");
    keyboard.Char(WXK_UP, wxMOD_ALT | wxMOD_SHIFT);
    pump(200);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:20");
    // And as the grid receives them.
    key(frame.grid(), WXK_DOWN, true, true);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:25");
}

TEST_CASE("A fast drag from the tray drags; the grid shows a box of the session's length",
          "[gui][tray]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    planner.select({"fireside-chat"});
    menu(frame, "edit/unplace");
    pump(100);
    UnplacedTray& tray = frame.tray();
    REQUIRE(!tray.ids().empty());
    std::string dragged;
    tray.on_drag([&](const std::string& id) { dragged = id; });
    wxRect row;
    REQUIRE(tray.list().GetItemRect(0, row));
    // Down on the first row, and at once far away: one motion event, as a fast hand makes.
    const wxPoint down(row.x + 10, row.y + row.height / 2);
    mouse(tray.list(), wxEVT_LEFT_DOWN, down, true);
    mouse(tray.list(), wxEVT_MOTION, down + wxSize(150, 10), true);
    CHECK(std::find(tray.ids().begin(), tray.ids().end(), dragged) != tray.ids().end());
    // Only with the button down past the threshold.
    dragged.clear();
    mouse(tray.list(), wxEVT_LEFT_UP, down, false);
    mouse(tray.list(), wxEVT_MOTION, down + wxSize(150, 10), false);
    CHECK(dragged.empty());

    // Over the grid, the box has the session's length: the fireside chat lasts 40 minutes.
    DayGridCanvas& grid = frame.grid();
    grid.Scroll(0, 0);
    pump(50);
    const GridGeometry& g = grid.geometry();
    const int minute = grid.grid().from + 60;
    const wxPoint at(g.x_of_column(0) + 20 - grid.CalcUnscrolledPosition(wxPoint(0, 0)).x,
                     g.y_of_minute(minute) + 1 - grid.CalcUnscrolledPosition(wxPoint(0, 0)).y);
    REQUIRE(grid.preview_drop("fireside-chat", at));
    CHECK(grid.drop_preview().to - grid.drop_preview().from == 40);
    CHECK(grid.drop_hint("fireside-chat", at).find("\u2013") != std::string::npos);
    grid.clear_drop_preview();
    CHECK(grid.drop_preview().to == grid.drop_preview().from);
    CHECK(!grid.preview_drop("fireside-chat", wxPoint(2, 2)));  // over the time column
}

TEST_CASE("The window opens within the screen", "[gui][layout]") {
    start_wx();
    auto* frame = new MainFrame(FrameOptions{false});
    frame->Show();
    pump(200);
    const wxRect area = wxDisplay(0u).GetClientArea();
    CHECK(frame->GetSize().y <= area.height);
    CHECK(frame->GetSize().x <= area.width);
    frame->Destroy();
    pump(50);
}

TEST_CASE("No menu has two items on one letter", "[gui][actions][keyboard]") {
    FrameFixture fx(paris);
    wxMenuBar& bar = *fx.frame->GetMenuBar();
    std::map<wxChar, wxString> titles;
    for (size_t m = 0; m < bar.GetMenuCount(); ++m) {
        const wxString title = bar.GetMenuLabel(m);
        const int amp = title.Find('&');
        REQUIRE(amp != wxNOT_FOUND);
        const wxChar t = wxTolower(title[static_cast<size_t>(amp) + 1]);
        INFO(title.utf8_string());
        CHECK(titles.emplace(t, title).second);
        std::map<wxChar, wxString> letters;
        for (const wxMenuItem* item : bar.GetMenu(m)->GetMenuItems()) {
            if (item->IsSeparator()) continue;
            const wxString label = item->GetItemLabel().BeforeFirst('\t');
            const int at = label.Find('&');
            INFO(label.utf8_string());
            REQUIRE(at != wxNOT_FOUND);
            const wxChar letter = wxTolower(label[static_cast<size_t>(at) + 1]);
            const auto [it, fresh] = letters.emplace(letter, label);
            INFO("also " << it->second.utf8_string());
            CHECK(fresh);
        }
    }
}

TEST_CASE("Panels are hidden and shown again from the View menu", "[gui][layout]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    wxAuiManager& aui = *wxAuiManager::GetManager(&frame);
    const int id = action_id("view/panel-inspector");
    CHECK(frame.panel_shown("inspector"));
    CHECK(frame.GetMenuBar()->GetLabel(id).StartsWith("Hide"));
    menu(frame, id);
    CHECK(!frame.panel_shown("inspector"));
    CHECK(!aui.GetPane("inspector").IsShown());
    CHECK(frame.GetMenuBar()->GetLabel(id).StartsWith("Show"));
    // Closing and opening a file keeps it hidden; the menu shows it again.
    open_file(frame, fx.file.string());
    CHECK(!aui.GetPane("inspector").IsShown());
    menu(frame, id);
    CHECK(aui.GetPane("inspector").IsShown());
    CHECK(frame.GetMenuBar()->GetLabel(id).StartsWith("Hide"));
}

TEST_CASE("The sessions table grows with the window", "[gui][layout]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    wxWindow& lists = frame.lists_book();
    frame.SetSize(wxSize(1200, 560));
    pump(300);
    const int small = lists.GetSize().y;
    frame.SetSize(wxSize(1200, 880));
    pump(300);
    const int tall = lists.GetSize().y;
    INFO(small << " then " << tall);
    CHECK(tall > small + 40);
}

TEST_CASE("A new conflict stands out and is scrolled to; names where ids were",
          "[gui][conflicts]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    CHECK(frame.conflicts().new_rows().empty());
    // The fireside chat into the room and time of another session: a double booking.
    const Session& fireside = session(planner, "fireside-chat");
    const Index other_room = [&] {
        for (const Session& s : planner.event().sessions)
            if (s.id != fireside.id && s.start && s.room != no_index && s.room != fireside.room)
                return s.room;
        return no_index;
    }();
    REQUIRE(other_room != no_index);
    std::string other;
    for (const Session& s : planner.event().sessions)
        if (s.room == other_room && s.start && s.duration) other = s.id;
    REQUIRE(!other.empty());
    const Session& target = session(planner, other);
    REQUIRE(move_session(planner, planner.event().find_session("fireside-chat"),
                         to_local(planner.event().zone_of(target), *target.start), other_room)
                .empty());
    const std::vector<long> fresh = frame.conflicts().new_rows();
    REQUIRE(!fresh.empty());
    CHECK(frame.conflicts().GetItemText(fresh.front(), 3).Contains("'"));
    // Undone: nothing new.
    CHECK(undo(planner).empty());
    CHECK(frame.conflicts().new_rows().empty());

    // The inspector's room and track show names, and store ids.
    planner.select({"fireside-chat"});
    pump(50);
    Inspector& inspector = frame.inspector();
    const Session& s = session(planner, "fireside-chat");
    const Room& room = planner.event().rooms[static_cast<std::size_t>(s.room)];
    CHECK(inspector.shown_text("room").StartsWith(
        wxString::FromUTF8(std::string(room.name.get(planner.lang())))));
    CHECK(inspector.value_of("room") == wxString::FromUTF8(room.ref));
    CHECK(word_label("fireside-chat") == "fireside chat");
}

TEST_CASE("Grid boxes and conflict rows say their whole text on hover", "[gui][layout]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    frame.planner().select({"fireside-chat"});
    pump(100);
    DayGridCanvas& grid = frame.grid();
    const wxRect box = grid.client_rect_of("fireside-chat");
    REQUIRE(!box.IsEmpty());
    mouse(grid, wxEVT_MOTION, box.GetTopLeft() + wxSize(5, 5), false);
    const Session& s = session(frame.planner(), "fireside-chat");
    CHECK(grid.tooltip_text().Contains(
        wxString::FromUTF8(std::string(s.title.get(frame.planner().lang())))));
    CHECK(grid.tooltip_text().StartsWith("18:20"));
}
