// SPDX-License-Identifier: MIT
// The sessions table after edits (issue 15): an edit of one session updates that session's row
// alone (moved, added, removed, its cells set), not the whole table. After every random edit,
// undo and redo, under changing filters, the rows the list holds (ids and every cell, in order)
// are the rows a table filled anew from the whole event would hold.
#include <wx/dataview.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "commands.h"
#include "gui_fixture.h"
#include "sessions_table.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

// One random edit of a session, as the grid, the tray and the inspector make them; "" when
// done, else why not (a refused plan changes nothing).
std::string random_edit(Planner& planner, std::mt19937& rng, int step) {
    const Event& ev = planner.event();
    auto pick = [&](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    };
    const Index s = static_cast<Index>(pick(ev.sessions.size()));
    const std::string id = ev.sessions[static_cast<std::size_t>(s)].id;
    switch (pick(6)) {
        case 0:
        case 1: {  // a move, to any day, time and room, or to the tray
            const std::vector<Date>& days = planner.days();
            const Date day = days[pick(days.size())];
            const LocalTime at = day_start(day) + Minutes{8 * 60 + 5 * static_cast<int>(pick(130))};
            if (pick(8) == 0) {
                planner.select({id});
                return unplace_selected(planner);
            }
            return move_session(planner, s, at, static_cast<Index>(pick(ev.rooms.size())));
        }
        case 2: return resize_session(planner, s, Minutes{5 * static_cast<int>(1 + pick(24))});
        case 3:
            return set_session_value(planner, id, "title", std::string(ev.default_language()),
                                     yaml_string("Edited " + std::to_string(step)));
        case 4: {
            const char* statuses[] = {"confirmed", "tentative", "cancelled"};
            return set_session_value(planner, id, "status", {}, statuses[pick(3)]);
        }
        default: return pick(2) ? undo(planner) : redo(planner);
    }
}

}  // namespace

TEST_CASE("sessions table: rows updated one at a time equal a table filled anew", "[gui][table]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    SessionsTable& table = fx.frame->table();
    REQUIRE(table.shown_rows() == table.rows_anew());
    REQUIRE(table.shown_rows().size() == planner.event().sessions.size());
    std::mt19937 rng(15);
    const std::vector<Date> days = planner.days();
    const std::size_t alone_before = table.rows_updated_alone();
    int done = 0;
    for (int step = 0; step < 200; ++step) {
        // Now and then the filters change: the rows an edit adds to or takes from what is shown.
        if (step % 40 == 20) {
            const int which = step / 40 % 4;
            table.set_filter(which == 1 ? "salon" : "");
            CHECK(table.set_filter_choice(SessionsTable::Column::day,
                                          which == 2 ? format_date(days.front()) : ""));
            CHECK(table.set_filter_choice(SessionsTable::Column::status,
                                          which == 3 ? "tentative" : ""));
        }
        if (random_edit(planner, rng, step).empty()) ++done;
        INFO("step " << step);
        const auto shown = table.shown_rows();
        const auto anew = table.rows_anew();
        REQUIRE(shown.size() == anew.size());
        for (std::size_t r = 0; r < shown.size(); ++r) {
            INFO("row " << r << ": " << shown[r].front() << " / " << anew[r].front());
            REQUIRE(shown[r] == anew[r]);
        }
    }
    // Most were made, and most of those updated their row alone (the rest were loaded whole:
    // the table filled anew).
    CHECK(done > 120);
    CHECK(table.rows_updated_alone() - alone_before > 75);
    while (planner.document().can_undo()) REQUIRE(undo(planner).empty());
    CHECK(!planner.document().modified());
    table.set_filter("");
    CHECK(table.set_filter_choice(SessionsTable::Column::day, ""));
    CHECK(table.set_filter_choice(SessionsTable::Column::status, ""));
    CHECK(table.shown_rows() == table.rows_anew());
}
