// SPDX-License-Identifier: MIT
// The conflict rules of event-format.md, one small event each, with their edges: half-open
// intervals, once per pair (and per shared person), consecutive sessions of one programme day,
// opening windows as a union, cancelled sessions, and venues in other time zones.
// This file: the list of rules, and what holds for all of them; each rule has a file of its own.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("the rules are listed once, in the order of the format's table", "[checks]") {
    std::vector<std::string_view> ids;
    for (const auto& rule : all_rules()) {
        ids.push_back(rule->id());
        CHECK_FALSE(rule->description().empty());
    }
    CHECK(ids == std::vector<std::string_view>{"room-double-booked", "person-double-booked",
                                               "person-unavailable", "travel-time",
                                               "room-unavailable", "over-capacity",
                                               "missing-feature", "track-overlap", "unscheduled"});
}

TEST_CASE("a clean programme has no conflicts", "[checks]") {
    const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h, speakers: [ada],
     track: policy}
  - {id: b, title: B, room: ballroom, start: 2025-02-10 19:00, duration: 1h, speakers: [ada],
     track: policy}
  - {id: c, title: C, room: salon, start: 2025-02-10 18:00, duration: 2h, speakers: [bruno],
     track: research}
)");
    CHECK(c.conflicts.empty());
}

TEST_CASE("cancelled sessions take part in no conflict", "[checks]") {
    std::string text(base);
    const std::string ada = "  - {id: ada, name: Ada Lovelace}\n";
    text.replace(text.find(ada), ada.size(),
                 "  - {id: ada, name: Ada Lovelace, unavailable: [{date: 2025-02-10}]}\n");
    const auto c = check_text(text + R"(
  - {id: live, title: L, room: salon, start: 2025-02-11 09:00, duration: 1h, speakers: [bruno],
     track: policy}
  - id: off
    title: Off
    status: cancelled
    room: salon
    start: 2025-02-11 09:00
    duration: 2h
    speakers: [ada, bruno]
    track: policy
    expected_attendance: 900
    requires: [stage]
  - {id: off-too, title: O, room: garden, start: 2025-02-11 10:05, duration: 1h, speakers: [bruno],
     status: cancelled}
  - {id: off-today, title: O, room: garden, start: 2025-02-10 11:05, duration: 1h, speakers: [ada],
     status: cancelled}
)");
    CHECK(c.conflicts.empty());
}

TEST_CASE("venues in two time zones: instants compared, local times shown", "[checks]") {
    // A room id in both venues is named venue/room; London's sessions are on London's clock.
    const std::string text = R"(summitry: 1
event:
  id: two-cities
  title: Two cities
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
people:
  - {id: ada, name: Ada Lovelace}
  - {id: bruno, name: Bruno Latour}
venues:
  - id: paris
    name: Paris
    travel_minutes: {london: 150}
    rooms:
      - {id: hall, capacity: 100}
  - id: london
    name: London
    timezone: Europe/London
    open:
      - {from: 2025-02-10 09:00, to: 2025-02-10 18:00}
    rooms:
      - {id: hall, capacity: 100}
sessions:
  - {id: paris-talk, title: P, room: paris/hall, start: 2025-02-10 18:00, duration: 1h,
     speakers: [ada, bruno]}
  - {id: london-talk, title: L, room: london/hall, start: 2025-02-10 17:30, duration: 30min,
     speakers: [ada]}
  - {id: london-late, title: L, room: london/hall, start: 2025-02-10 18:00, duration: 1h,
     speakers: [bruno]}
)";
    const auto c = check_text(text);
    // 17:30 in London is 18:30 in Paris: ada is in both. Bruno's 18:00 London is 19:00 Paris,
    // right when paris-talk ends: no overlap, but no time for the trip either.
    const auto twice = c.of("person-double-booked");
    REQUIRE(twice.size() == 1);
    expect(twice[0], "person-double-booked", {"london-talk", "paris-talk"}, {"ada"}, {},
           c.line_of("london-talk"));
    CHECK(twice[0].message ==
          "'ada' takes part in 'paris-talk' (18:00\u201319:00) and 'london-talk' "
          "(17:30\u201318:00)");
    const auto trip = c.of("travel-time");
    REQUIRE(trip.size() == 1);
    expect(trip[0], "travel-time", {"london-late", "paris-talk"}, {"bruno"}, {},
           c.line_of("london-late"));
    CHECK(trip[0].message ==
          "'bruno' has no time between 'paris-talk' (ends 19:00, paris) and 'london-late' "
          "(18:00, london); the trip takes 150 minutes");
    // London's opening hours are London's clock: london-late starts when it closes.
    const auto closed = c.of("room-unavailable");
    REQUIRE(closed.size() == 1);
    expect(closed[0], "room-unavailable", {"london-late"}, {}, {"london/hall"},
           c.line_of("london-late"));
    CHECK(closed[0].message ==
          "'london-late' (18:00\u201319:00) is in 'london/hall', but 'london' is not open then");
    CHECK(c.conflicts.items().size() == 3);
}

TEST_CASE("conflicts come sorted by their place in the file", "[checks]") {
    const auto c = check(R"(
  - {id: a, title: A, room: salon, start: 2025-02-10 09:00, duration: 1h, expected_attendance: 50}
  - {id: b, title: B, room: salon, start: 2025-02-10 08:30, duration: 1h, requires: [stage]}
)");
    const auto& items = c.conflicts.items();
    REQUIRE(items.size() == 3);
    CHECK(items[0].rule == "over-capacity");
    CHECK(items[0].loc.line == c.line_of("a"));  // a is the later of the pair
    CHECK(items[1].rule == "room-double-booked");
    CHECK(items[1].loc.line == c.line_of("a"));
    CHECK(items[2].rule == "missing-feature");
    CHECK(items[2].loc.line == c.line_of("b"));
}
