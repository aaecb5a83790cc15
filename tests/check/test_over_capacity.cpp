// SPDX-License-Identifier: MIT
// The rule over-capacity (src/core/check/over_capacity.cpp) (and missing-feature where a session
// has both), in a small event (check_fixture.h), with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("over-capacity and missing-feature: once per session, naming the room", "[checks]") {
    const auto c = check(R"(
  - {id: s1, title: S, room: ballroom, start: 2025-02-10 09:00, duration: 1h,
     expected_attendance: 250}
  - {id: s2, title: S, room: ballroom, start: 2025-02-10 10:00, duration: 1h,
     expected_attendance: 180, requires: [stage, interpretation]}
  - {id: s3, title: S, room: salon, start: 2025-02-10 09:00, duration: 1h,
     requires: [interpretation]}
  - {id: s4, title: S, room: salon, start: 2025-02-10 10:00, duration: 1h,
     requires: [stage, projector, streaming]}
  - {id: s5, title: S, room: salon, start: 2025-02-10 11:00, duration: 1h, expected_attendance: 41,
     requires: [projector]}
)");
    const auto over = c.of("over-capacity");
    REQUIRE(over.size() == 2);  // 180 fits 180
    expect(over[0], "over-capacity", {"s1"}, {}, {"ballroom"}, c.line_of("s1"));
    CHECK(over[0].message == "'s1' expects 250 people; 'ballroom' seats 180");
    expect(over[1], "over-capacity", {"s5"}, {}, {"salon"}, c.line_of("s5"));
    const auto missing = c.of("missing-feature");
    REQUIRE(missing.size() == 2);
    expect(missing[0], "missing-feature", {"s3"}, {}, {"salon"}, c.line_of("s3"));
    CHECK(missing[0].message == "'s3' needs 'interpretation'; 'salon' lacks it");
    expect(missing[1], "missing-feature", {"s4"}, {}, {"salon"}, c.line_of("s4"));
    CHECK(missing[1].message == "'s4' needs 'stage' and 'streaming'; 'salon' lacks them");
    CHECK(c.conflicts.items().size() == 4);
}

TEST_CASE("over-capacity needs both numbers", "[checks]") {
    const auto c = check(R"(
  - {id: s1, title: S, room: embassy/ballroom, start: 2025-02-10 09:00, duration: 1h}
  - {id: s2, title: S, room: salon, start: 2025-02-10 09:00, duration: 1h, expected_attendance: 10}
)");
    CHECK(c.conflicts.empty());
}
