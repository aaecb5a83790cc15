// SPDX-License-Identifier: MIT
// The rule room-double-booked (src/core/check/room_double_booked.cpp), in a small event
// (check_fixture.h), with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("room-double-booked: once per overlapping pair, at the later session", "[checks]") {
    SECTION("two sessions in one room") {
        // The later session comes first in the file: the location follows time, not the file.
        const auto c = check(R"(
  - {id: b, title: B, room: ballroom, start: 2025-02-10 18:30, duration: 45min}
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, end: 2025-02-10 19:00}
)");
        const auto found = c.of("room-double-booked");
        REQUIRE(found.size() == 1);
        expect(found[0], "room-double-booked", {"a", "b"}, {}, {"ballroom"}, c.line_of("b"));
        CHECK(found[0].message ==
              "'ballroom' holds 'a' (18:00\u201319:00) and 'b' (18:30\u201319:15)");
        CHECK_FALSE(found[0].hint.empty());
        CHECK(c.conflicts.items().size() == 1);
    }
    SECTION("one ending at 19:00 and one starting at 19:00 do not overlap") {
        const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h}
  - {id: b, title: B, room: ballroom, start: 2025-02-10 19:00, duration: 1h}
)");
        CHECK(c.conflicts.empty());
    }
    SECTION("three at once are three pairs; a long one overlaps all it spans") {
        const auto c = check(R"(
  - {id: long, title: L, room: salon, start: 2025-02-10 09:00, duration: 4h}
  - {id: x, title: X, room: salon, start: 2025-02-10 09:30, duration: 30min}
  - {id: y, title: Y, room: salon, start: 2025-02-10 11:00, duration: 30min}
  - {id: z, title: Z, room: salon, start: 2025-02-10 11:15, duration: 30min}
  - {id: w, title: W, room: salon, start: 2025-02-10 13:00, duration: 30min}
)");
        const auto found = c.of("room-double-booked");
        std::vector<Ids> pairs;
        for (const auto& d : found) pairs.push_back(d.sessions);
        std::sort(pairs.begin(), pairs.end());
        CHECK(pairs == std::vector<Ids>{{"long", "x"}, {"long", "y"}, {"long", "z"}, {"y", "z"}});
        for (const auto& d : found) CHECK(d.rooms == Ids{"salon"});
    }
    SECTION("the same times in two rooms are no conflict") {
        const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h}
  - {id: b, title: B, room: embassy/salon, start: 2025-02-10 18:00, duration: 1h}
)");
        CHECK(c.conflicts.empty());
    }
}
