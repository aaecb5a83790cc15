// SPDX-License-Identifier: MIT
// Editing in the planner window, as an organizer does it: drag a session's box on the grid
// (mouse events sent to the grid itself), undo and redo from the Edit menu, save from the File
// menu, and read the file: moving one session changes its start line and its revision, nothing
// else. Then the inspector and the conflicts panel, through the same history.
#include <wx/menu.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"
#include "conflicts_panel.h"
#include "day_grid_canvas.h"
#include "gui_fixture.h"
#include "inspector.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

TEST_CASE("Dragging a session on the grid moves it; undo, redo and save leave a two-line diff",
          "[gui]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    REQUIRE(planner.has_document());
    const std::string original = read_file(fx.file);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:20");
    CHECK(frame.GetTitle().Find('*') == wxNOT_FOUND);

    // The grid shows the session's box; drag it 30 minutes down, as the mouse would.
    planner.select({"fireside-chat"});
    pump(100);
    DayGridCanvas& grid = frame.grid();
    const wxRect box = grid.client_rect_of("fireside-chat");
    REQUIRE(!box.IsEmpty());
    REQUIRE(grid.GetClientRect().Contains(box.GetTopLeft()));
    drag_down(frame, "fireside-chat", 30);

    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:50");
    CHECK(session(planner, "fireside-chat").revision == 1);
    CHECK(planner.document().modified());
    CHECK(frame.GetTitle().Find('*') != wxNOT_FOUND);
    const wxString undo_label = wxMenuItem::GetLabelText(frame.GetMenuBar()->GetLabel(wxID_UNDO));
    CHECK(undo_label.StartsWith("Undo Move '"));
    CHECK(undo_label.Contains("Fireside chat"));

    menu(frame, wxID_UNDO);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:20");
    CHECK(!planner.document().modified());
    CHECK(frame.GetTitle().Find('*') == wxNOT_FOUND);
    CHECK(wxMenuItem::GetLabelText(frame.GetMenuBar()->GetLabel(wxID_REDO))
              .StartsWith("Redo Move '"));

    menu(frame, wxID_REDO);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:50");

    menu(frame, wxID_SAVE);
    CHECK(!planner.document().modified());
    CHECK(frame.GetTitle().Find('*') == wxNOT_FOUND);

    const auto [removed, added] = line_diff(original, read_file(fx.file));
    CHECK(removed == std::vector<std::string>{"    start: 2025-02-10 18:20"});
    REQUIRE(added.size() == 2);
    CHECK(std::count(added.begin(), added.end(), "    start: 2025-02-10 18:50") == 1);
    CHECK(std::count(added.begin(), added.end(), "    revision: 1") == 1);
}

TEST_CASE("Dragging a box's bottom edge changes the session's length, to 5 minutes", "[gui]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    planner.select({"fireside-chat"});
    pump(100);
    DayGridCanvas& grid = fx.frame->grid();
    const wxRect box = grid.client_rect_of("fireside-chat");
    REQUIRE(!box.IsEmpty());
    // 40 minutes long; pull the edge 22 minutes down: 62, snapped to the end at 19:20 (60 min).
    const int dy = static_cast<int>(22 * grid.geometry().pixels_per_minute());
    const wxPoint edge(box.x + box.width / 2, box.GetBottom() - 2);
    mouse(grid, wxEVT_LEFT_DOWN, edge, true);
    mouse(grid, wxEVT_MOTION, edge + wxSize(0, dy), true);
    mouse(grid, wxEVT_LEFT_UP, edge + wxSize(0, dy), false);
    const Session& s = session(planner, "fireside-chat");
    REQUIRE(s.duration);
    CHECK(*s.duration == std::chrono::minutes(60));
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:20");
    CHECK(undo(planner).empty());
    CHECK(*session(planner, "fireside-chat").duration == std::chrono::minutes(40));
}

TEST_CASE("The inspector edits through the history; a refused value changes nothing", "[gui]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    planner.select({"fireside-chat"});
    pump(50);
    Inspector& inspector = fx.frame->inspector();

    CHECK(inspector.change("title.fr", wxString::FromUTF8("Conversation : l'IA en 2025")).empty());
    CHECK(session(planner, "fireside-chat").title.get("fr") == "Conversation : l'IA en 2025");
    CHECK(session(planner, "fireside-chat").title.get("en") ==
          "Fireside chat: the UK, France and the global AI race");
    CHECK(planner.document().can_undo());

    CHECK(inspector.change("status", "tentative").empty());
    CHECK(session(planner, "fireside-chat").status == SessionStatus::tentative);
    CHECK(inspector.change("public", "false").empty());
    CHECK(!session(planner, "fireside-chat").is_public);

    const std::uint64_t before = planner.document().revision_id();
    const std::string refused = inspector.change("start", "half past six");
    CHECK(!refused.empty());
    CHECK(planner.document().revision_id() == before);

    CHECK(undo(planner).empty());
    CHECK(undo(planner).empty());
    CHECK(undo(planner).empty());
    CHECK(!planner.document().modified());
}

TEST_CASE("A double booking shows in the conflicts panel at once; a click selects its sessions",
          "[gui]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    ConflictsPanel& conflicts = fx.frame->conflicts();
    const int before = conflicts.GetItemCount();

    // The fireside chat onto the ministerial keynote's room and time.
    const Session& keynote = session(planner, "ministerial-keynote");
    const Index room = keynote.room;
    const LocalTime start = to_local(planner.event().zone_of(keynote), *keynote.start);
    CHECK(
        move_session(planner, planner.event().find_session("fireside-chat"), start, room).empty());
    REQUIRE(conflicts.GetItemCount() > before);

    long row = -1;
    for (long i = 0; i < conflicts.GetItemCount(); ++i)
        if (conflicts.GetItemText(i, 1) == "room-double-booked") row = i;
    REQUIRE(row >= 0);
    conflicts.activate(row);
    const auto& selected = planner.selection();
    CHECK(std::find(selected.begin(), selected.end(), "fireside-chat") != selected.end());
    CHECK(std::find(selected.begin(), selected.end(), "ministerial-keynote") != selected.end());

    CHECK(undo(planner).empty());
    CHECK(conflicts.GetItemCount() == before);
}
