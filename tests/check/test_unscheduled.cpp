// SPDX-License-Identifier: MIT
// The rule unscheduled (src/core/check/unscheduled.cpp), in a small event (check_fixture.h),
// with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("unscheduled: a note for a session without start or room", "[checks]") {
    const auto c = check(R"(
  - {id: no-room, title: S, start: 2025-02-10 09:00, duration: 1h, speakers: [ada]}
  - {id: no-start, title: S, room: ballroom, duration: 1h, speakers: [ada]}
  - {id: nothing, title: S, duration: 45min, expected_attendance: 5000}
  - {id: dropped, title: S, duration: 45min, status: cancelled}
  - {id: placed, title: S, room: ballroom, start: 2025-02-10 09:00, duration: 1h, speakers: [ada]}
)");
    const auto found = c.of("unscheduled");
    REQUIRE(found.size() == 3);
    expect(found[0], "unscheduled", {"no-room"}, {}, {}, c.line_of("no-room"));
    CHECK(found[0].message == "'no-room' has no room yet");
    expect(found[1], "unscheduled", {"no-start"}, {}, {}, c.line_of("no-start"));
    CHECK(found[1].message == "'no-start' has no start yet");
    expect(found[2], "unscheduled", {"nothing"}, {}, {}, c.line_of("nothing"));
    CHECK(found[2].message == "'nothing' has no start and no room yet");
    // Unplaced sessions take part in no other conflict.
    CHECK(c.conflicts.items().size() == 3);
    CHECK(c.conflicts.count(Severity::note) == 3);
}
