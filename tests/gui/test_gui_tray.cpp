// SPDX-License-Identifier: MIT
// The tray of unplaced sessions: a session unplaced from the grid's context action goes to the
// tray; dropped on the grid (through the grid's own drop handler, which the tray's drag reaches)
// it is placed at the drop's time and room; undo puts it back in the tray.
#include <wx/bitmap.h>
#include <wx/icon.h>
#include <wx/image.h>
#include <wx/menu.h>
#include <wx/uiaction.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "actions/registry.h"
#include "commands.h"
#include "day_grid_canvas.h"
#include "gui_fixture.h"
#include "inspector.h"
#include "unplaced_tray.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

bool in_tray(MainFrame& frame, const std::string& id) {
    const auto& ids = frame.tray().ids();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("Unplace sends a session to the tray; a drop on the grid places it; undo",
          "[gui][tray]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    CHECK(session_from_drag_text(session_drag_text("fireside-chat")) == "fireside-chat");
    CHECK(session_from_drag_text("some text").empty());
    CHECK(!in_tray(frame, "fireside-chat"));

    // The context action of the box (Edit > Unplace Session, the same id).
    planner.select({"fireside-chat"});
    menu(frame, "edit/unplace");
    const Index i = planner.event().find_session("fireside-chat");
    CHECK(!planner.event().sessions[static_cast<std::size_t>(i)].start);
    CHECK(planner.event().sessions[static_cast<std::size_t>(i)].room == no_index);
    CHECK(in_tray(frame, "fireside-chat"));
    CHECK(frame.grid().client_rect_of("fireside-chat").IsEmpty());

    // Drop it on the first room's column, an hour after the grid's first hour.
    DayGridCanvas& grid = frame.grid();
    grid.Scroll(0, 0);
    pump(50);
    const GridGeometry& g = grid.geometry();
    const int minute = grid.grid().from + 60;
    const wxPoint drop(g.x_of_column(0) + 20, g.y_of_minute(minute) + 1);
    CHECK(grid.drop_hint("fireside-chat", drop).find(clock_text(minute)) == 0);
    CHECK(grid.drop_session("fireside-chat", drop).empty());
    const Session& placed = planner.event().sessions[static_cast<std::size_t>(i)];
    REQUIRE(placed.start);
    CHECK(format_clock(to_local(planner.event().zone_of(placed), *placed.start)) ==
          clock_text(minute));
    CHECK(placed.room == grid.grid().rooms[0]);
    CHECK(!in_tray(frame, "fireside-chat"));
    CHECK(!grid.client_rect_of("fireside-chat").IsEmpty());
    CHECK(wxMenuItem::GetLabelText(frame.GetMenuBar()->GetLabel(wxID_UNDO))
              .StartsWith("Undo Move '"));

    // Outside the columns nothing happens.
    CHECK(!grid.drop_session("fireside-chat", wxPoint(2, 2)).empty());

    CHECK(undo(planner).empty());
    CHECK(in_tray(frame, "fireside-chat"));
    CHECK(undo(planner).empty());  // and the unplace
    CHECK(!in_tray(frame, "fireside-chat"));
}

TEST_CASE("Keyboard: every edit of the grid has a shortcut; F6 goes round the panels",
          "[gui][keyboard]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    wxMenuBar* bar = frame.GetMenuBar();
    for (int id : {int(wxID_OPEN),
                   int(wxID_SAVE),
                   int(wxID_SAVEAS),
                   int(wxID_EXIT),
                   int(wxID_UNDO),
                   int(wxID_REDO),
                   int(wxID_DUPLICATE),
                   int(wxID_DELETE),
                   action_id("edit/unplace"),
                   action_id("edit/new"),
                   action_id("edit/earlier"),
                   action_id("edit/later"),
                   action_id("edit/previous-room"),
                   action_id("edit/next-room"),
                   action_id("file/reload"),
                   int(wxID_BACKWARD),
                   int(wxID_FORWARD),
                   int(wxID_ZOOM_IN),
                   int(wxID_ZOOM_OUT),
                   action_id("view/next-panel"),
                   action_id("view/previous-panel")}) {
        wxMenuItem* item = bar->FindItem(id);
        REQUIRE(item);
        INFO(item->GetItemLabel());
        CHECK(item->GetItemLabel().Contains("\t"));
    }

    planner.select({"fireside-chat"});
    const Index i = planner.event().find_session("fireside-chat");
    const Index room = planner.event().sessions[static_cast<std::size_t>(i)].room;
    menu(frame, "edit/later");
    const Session& s = planner.event().sessions[static_cast<std::size_t>(i)];
    CHECK(format_local(to_local(planner.event().zone_of(s), *s.start)) == "2025-02-10 18:25");
    menu(frame, "edit/next-room");
    CHECK(planner.event().sessions[static_cast<std::size_t>(i)].room == room + 1);
    CHECK(undo(planner).empty());
    CHECK(undo(planner).empty());
    CHECK(!planner.document().modified());

    // F6 from the grid: the inspector, then the lists.
    frame.grid().SetFocus();
    pump(50);
    menu(frame, "view/next-panel");
    pump(50);
    wxWindow* focus = wxWindow::FindFocus();
    bool in_inspector = false;
    for (wxWindow* w = focus; w; w = w->GetParent())
        if (w == &frame.inspector()) in_inspector = true;
    CHECK(in_inspector);
    menu(frame, "view/previous-panel");
    pump(50);
    CHECK(wxWindow::FindFocus() == &frame.grid());

    // Tab, typed on the keyboard (XTest), leaves the grid for the next control.
    frame.Raise();
    frame.grid().SetFocus();
    pump(100);
    REQUIRE(wxWindow::FindFocus() == &frame.grid());
    wxUIActionSimulator keyboard;
    keyboard.Char(WXK_TAB);
    pump(200);
    CHECK(wxWindow::FindFocus() != &frame.grid());
    CHECK(wxWindow::FindFocus() != nullptr);
}

// Issue 15, defect 10: GTK's grey page beside the pointer while a session is dragged from the
// tray; the box the grid draws where it would land is the cue. The drop source's icon is one
// pixel, masked out: GTK shapes the drag window by the mask, so nothing shows.
TEST_CASE("A drag from the tray shows no icon beside the session's box", "[gui][tray]") {
    const wxIcon icon = tray_drag_icon();
    REQUIRE(icon.IsOk());
    CHECK(icon.GetWidth() == 1);
    CHECK(icon.GetHeight() == 1);
    wxBitmap bitmap;
    bitmap.CopyFromIcon(icon);
    REQUIRE(bitmap.GetMask() != nullptr);
    const wxImage image = bitmap.ConvertToImage();
    CHECK(image.IsTransparent(0, 0));
}
