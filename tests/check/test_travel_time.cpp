// SPDX-License-Identifier: MIT
// The rule travel-time (src/core/check/travel_time.cpp), in a small event (check_fixture.h),
// with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("travel-time: consecutive sessions of one day in venues too far apart", "[checks]") {
    SECTION("ten minutes for a fifteen-minute trip") {
        const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h, speakers: [ada]}
  - {id: b, title: B, room: garden, start: 2025-02-10 19:10, duration: 1h, speakers: [ada]}
)");
        const auto found = c.of("travel-time");
        REQUIRE(found.size() == 1);
        expect(found[0], "travel-time", {"a", "b"}, {"ada"}, {}, c.line_of("b"));
        CHECK(found[0].message ==
              "'ada' has 10 minutes between 'a' (ends 19:00, embassy) and 'b' (19:10, "
              "residence); the trip takes 15 minutes");
        CHECK(c.conflicts.items().size() == 1);
    }
    SECTION("the trip time is symmetric when one direction is given") {
        const auto c = check(R"(
  - {id: a, title: A, room: garden, start: 2025-02-10 18:00, duration: 1h, speakers: [ada]}
  - {id: b, title: B, room: ballroom, start: 2025-02-10 19:10, duration: 1h, speakers: [ada]}
)");
        REQUIRE(c.of("travel-time").size() == 1);
    }
    SECTION("both directions given: each is its own") {
        std::string text(base);
        const std::string residence = "    name: Residence\n";
        text.replace(text.find(residence), residence.size(),
                     residence + "    travel_minutes: {embassy: 5}\n");
        text += R"(
  - {id: a, title: A, room: garden, start: 2025-02-10 18:00, duration: 1h, speakers: [ada]}
  - {id: b, title: B, room: ballroom, start: 2025-02-10 19:10, duration: 1h, speakers: [ada]}
  - {id: c, title: C, room: garden, start: 2025-02-10 20:20, duration: 1h, speakers: [ada]}
)";
        const auto c = check_text(text);
        const auto found = c.of("travel-time");
        REQUIRE(found.size() == 1);  // residence -> embassy takes 5, embassy -> residence 15
        expect(found[0], "travel-time", {"b", "c"}, {"ada"}, {}, c.line_of("c"));
    }
    SECTION("exactly the trip time is enough; the same venue needs none") {
        const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h, speakers: [ada]}
  - {id: b, title: B, room: garden, start: 2025-02-10 19:15, duration: 1h, speakers: [ada]}
  - {id: c, title: C, room: ballroom, start: 2025-02-10 10:00, duration: 1h, speakers: [bruno]}
  - {id: d, title: D, room: salon, start: 2025-02-10 11:00, duration: 1h, speakers: [bruno]}
)");
        CHECK(c.conflicts.empty());
    }
    SECTION("only sessions that follow each other count") {
        // a (embassy) -> m (embassy, same venue) -> b (residence): the trip is from m, not a.
        const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h, speakers: [ada]}
  - {id: m, title: M, room: salon, start: 2025-02-10 19:00, duration: 5min, speakers: [ada]}
  - {id: b, title: B, room: garden, start: 2025-02-10 19:10, duration: 1h, speakers: [ada]}
)");
        const auto found = c.of("travel-time");
        REQUIRE(found.size() == 1);
        expect(found[0], "travel-time", {"b", "m"}, {"ada"}, {}, c.line_of("b"));
        CHECK(found[0].message.find("has 5 minutes between 'm' (ends 19:05") != std::string::npos);
    }
    SECTION("overlapping sessions are a double booking, not a trip") {
        const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h, speakers: [ada]}
  - {id: b, title: B, room: garden, start: 2025-02-10 18:30, duration: 1h, speakers: [ada]}
)");
        CHECK(c.of("travel-time").empty());
        CHECK(c.of("person-double-booked").size() == 1);
    }
    SECTION("after midnight is the same programme day until day_change") {
        const std::string sessions =
            R"(
  - {id: late, title: L, room: garden, start: 2025-02-10 23:00, duration: 55min, speakers: [ada]}
  - {id: later, title: L, room: ballroom, start: 2025-02-11 00:05, duration: 30min, speakers: [ada]}
)";
        const auto c = check(sessions);
        const auto found = c.of("travel-time");
        REQUIRE(found.size() == 1);
        CHECK(found[0].message ==
              "'ada' has 10 minutes between 'late' (ends 23:55, residence) and 'later' (00:05, "
              "embassy); the trip takes 15 minutes");
        std::string text(base);
        const std::string end = "  end_date: 2025-02-11\n";
        text.replace(text.find(end), end.size(), end + "  day_change: \"00:00\"\n");
        const auto split = check_text(text + sessions);
        CHECK(split.of("travel-time").empty());  // a night between: two programme days
    }
}
