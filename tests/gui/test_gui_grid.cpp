// SPDX-License-Identifier: MIT
// The grid's day (issue 15, defect 7): the planner's grid spans what the core's render::day_span
// says (the event's hours, the venues' opening windows, the sessions; 08:00-20:00 when the event
// says nothing), so a new event takes a session dropped in the evening.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "commands.h"
#include "day_grid_canvas.h"
#include "edit/new_event.h"
#include "gui_fixture.h"
#include "render/day_grid.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

// A new event as File > New Event makes it: one venue with two rooms, no hours, no sessions.
NewEvent new_event_spec() {
    NewEvent spec;
    spec.languages = {"en"};
    spec.titles = {{"en", "Evening summit"}};
    spec.start_date = parse_date("2026-05-04").value();
    spec.end_date = spec.start_date;
    spec.timezone = "Europe/Paris";
    spec.venue = "Hub";
    spec.rooms = {"Hall", "Lab"};
    return spec;
}

// Client coordinates of the content pixel at `minute` in `column`, a little inside the column.
wxPoint client_at(DayGridCanvas& grid, int minute, std::size_t column) {
    const GridGeometry& g = grid.geometry();
    return grid.CalcScrolledPosition(
        wxPoint(g.x_of_column(column) + 20, g.y_of_minute(minute) + 1));
}

}  // namespace

TEST_CASE("A new event's grid runs 08:00-20:00 and takes a drop at 19:00", "[gui][grid]") {
    start_wx();
    auto* frame = new MainFrame(FrameOptions{false});
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1400, 900));
    frame->Show();
    const std::filesystem::path file = scratch("grid-day") / "evening.yaml";
    REQUIRE(create_event(*frame, new_event_spec(), file.string()).empty());
    pump(200);
    Planner& planner = frame->planner();
    DayGridCanvas& grid = frame->grid();
    REQUIRE(planner.day());
    CHECK(grid.grid().from == 8 * 60);
    CHECK(grid.grid().to == 20 * 60);
    CHECK(grid.grid().rooms.size() == 2);
    // The core's own answer, which the printed day grid uses too.
    const std::pair<int, int> span = render::day_span(planner.event(), *planner.day());
    CHECK(span.first == 8 * 60);
    CHECK(span.second == 20 * 60);
    // The grid is tall enough for the evening: 20:00 is its last line.
    CHECK(grid.geometry().total_height() == grid.geometry().y_of_minute(20 * 60) + 1);

    REQUIRE(create_entity(planner, EntityKind::session, "closing-drinks").empty());
    const Index s = planner.event().find_session("closing-drinks");
    REQUIRE(s != no_index);
    // Scrolled to the evening, as the organizer would, and dropped on the second room at 19:00.
    grid.Scroll(0, grid.geometry().y_of_minute(19 * 60) / 12);
    pump(50);
    const wxPoint at = client_at(grid, 19 * 60, 1);
    CHECK(grid.drop_hint("closing-drinks", at).rfind("19:00", 0) == 0);
    REQUIRE(grid.drop_session("closing-drinks", at).empty());
    const Session& placed = planner.event().sessions[static_cast<std::size_t>(s)];
    REQUIRE(placed.start);
    CHECK(format_local(to_local(planner.event().zone_of(placed), *placed.start)) ==
          "2026-05-04 19:00");
    CHECK(placed.room == grid.grid().rooms[1]);
    CHECK(!grid.client_rect_of("closing-drinks").IsEmpty());
    // The grid stays 08:00-20:00 with the session in it (it ends by 20:00).
    CHECK(grid.grid().to == 20 * 60);
    // Most of the day and its evening, for docs/planner-new-grid.png (looked at by eye).
    grid.set_zoom(0.4);
    grid.Scroll(0, grid.GetVirtualSize().y / 12);
    pump(300);
    screenshot("planner-new-grid.png");
    grid.set_zoom(1.0);
    REQUIRE(save(*frame));
    frame->Destroy();
    pump(50);
}

TEST_CASE("The grid's day follows the event's hours and its sessions", "[gui][grid]") {
    FrameFixture fx("ai-for-growth-2025.yaml");
    DayGridCanvas& grid = fx.frame->grid();
    Planner& planner = fx.frame->planner();
    // hours: 13:30-21:30, in whole hours: the core's span, not 09:00-18:00 nor an hour around
    // the sessions.
    REQUIRE(planner.day());
    CHECK(grid.grid().from == 13 * 60);
    CHECK(grid.grid().to == 22 * 60);
    REQUIRE(!grid.grid().boxes.empty());
    for (const render::GridBox& box : grid.grid().boxes) {
        CHECK(box.from >= grid.grid().from);
        CHECK(box.to <= grid.grid().to);
    }
}

namespace {

std::string describe(const Diagnostic& d) {
    std::string s = std::to_string(static_cast<int>(d.severity)) + " " + d.rule + " " +
                    std::to_string(d.loc.file) + ":" + std::to_string(d.loc.line) + ":" +
                    std::to_string(d.loc.column) + " " + d.message + " | " + d.hint + " |";
    for (const auto* ids : {&d.sessions, &d.people, &d.rooms})
        for (const std::string& id : *ids) s += " " + id;
    return s;
}

std::vector<std::string> describe(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.items()) out.push_back(describe(d));
    return out;
}

}  // namespace

TEST_CASE("After drops, the conflicts shown are those of a whole check of the text",
          "[gui][grid][conflicts]") {
    FrameFixture fx("ai-for-growth-2025.yaml");
    Planner& planner = fx.frame->planner();
    DayGridCanvas& grid = fx.frame->grid();
    const auto whole_check = [&] {
        // The text as it is now, loaded and checked from nothing, as `summitry-cli check` does.
        return describe(
            EventDocument::from_text(planner.document().text(), planner.document().path())
                .diagnostics());
    };
    REQUIRE(describe(planner.document().diagnostics()) == whole_check());
    // The fireside chat onto the keynote's time and room, then elsewhere: conflicts come and go.
    const Index chat = planner.event().find_session("fireside-chat");
    REQUIRE(chat != no_index);
    const std::size_t before = planner.document().diagnostics().items().size();
    bool changed = false;
    std::vector<std::string> others;  // the grid is built again by every edit: ids first
    for (const render::GridBox& box : grid.grid().boxes)
        if (box.session != chat)
            others.push_back(planner.event().sessions[static_cast<std::size_t>(box.session)].id);
    REQUIRE(!others.empty());
    for (const std::string& other : others) {
        grid.show_session(other);
        pump(20);
        const wxRect target = grid.client_rect_of(other);
        REQUIRE(!target.IsEmpty());
        // Dropped where the other session starts, in its room.
        if (!grid.drop_session("fireside-chat", target.GetTopLeft() + wxPoint(4, 2)).empty())
            continue;
        INFO("dropped on " << other);
        CHECK(describe(planner.document().diagnostics()) == whole_check());
        changed = changed || planner.document().diagnostics().items().size() != before;
        REQUIRE(undo(planner).empty());
        CHECK(describe(planner.document().diagnostics()) == whole_check());
    }
    CHECK(changed);  // some drop made a conflict: the comparison saw conflicts change
}

// Issue 15: a new event's two rooms filled a third of the grid, at the zoom's width. The rooms
// share the window's width; each keeps the zoom's width as its least, beyond which the grid
// scrolls sideways (36C3's 90 rooms).
TEST_CASE("The rooms share the grid's width, each at least the zoom's width", "[gui][grid]") {
    start_wx();
    auto* frame = new MainFrame(FrameOptions{false});
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1400, 900));
    frame->Show();
    const std::filesystem::path folder = scratch("grid-width");
    REQUIRE(create_event(*frame, new_event_spec(), (folder / "two.yaml").string()).empty());
    pump(200);
    DayGridCanvas& grid = frame->grid();
    const auto fills = [&] {
        const GridGeometry& g = grid.geometry();
        const int client = grid.GetClientSize().x;
        INFO("client " << client << ", columns " << grid.grid().rooms.size() << " of "
                       << g.column_width() << " px");
        CHECK(g.column_width() > g.min_column_width());
        CHECK(g.total_width() <= client);
        CHECK(client - g.total_width() < static_cast<int>(grid.grid().rooms.size()));
        CHECK(grid.GetVirtualSize().x <= client);  // no sideways scrolling
    };
    REQUIRE(grid.grid().rooms.size() == 2);
    fills();
    frame->SetSize(wxSize(1100, 900));
    pump(200);
    fills();
    frame->SetSize(wxSize(1400, 900));
    pump(200);
    fills();
    screenshot("planner-new-columns.png");
    frame->Destroy();
    pump(50);

    // Fourteen rooms do not fit: each at the zoom's width, and the grid scrolls sideways.
    frame = new MainFrame(FrameOptions{false});
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1400, 900));
    frame->Show();
    NewEvent many = new_event_spec();
    many.rooms.clear();
    for (int i = 1; i <= 14; ++i) many.rooms.push_back("Room " + std::to_string(i));
    REQUIRE(create_event(*frame, many, (folder / "many.yaml").string()).empty());
    pump(200);
    const GridGeometry& g = frame->grid().geometry();
    CHECK(frame->grid().grid().rooms.size() == 14);
    CHECK(g.column_width() == g.min_column_width());
    CHECK(frame->grid().GetVirtualSize().x == g.total_width());
    CHECK(g.total_width() > frame->grid().GetClientSize().x);
    frame->Destroy();
    pump(50);
}
