// SPDX-License-Identifier: MIT
// The rule track-overlap (src/core/check/track_overlap.cpp), in a small event (check_fixture.h),
// with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("track-overlap: a warning once per pair of one track", "[checks]") {
    const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 09:00, duration: 1h, track: policy}
  - {id: b, title: B, room: salon, start: 2025-02-10 09:30, duration: 1h, track: policy}
  - {id: c, title: C, room: garden, start: 2025-02-10 09:30, duration: 1h, track: research}
  - {id: d, title: D, room: ballroom, start: 2025-02-10 10:15, duration: 1h, track: policy}
  - {id: e, title: E, room: garden, start: 2025-02-10 11:30, duration: 30min}
)");
    const auto found = c.of("track-overlap");
    REQUIRE(found.size() == 2);
    expect(found[0], "track-overlap", {"a", "b"}, {}, {}, c.line_of("b"));
    CHECK(found[0].message ==
          "track 'policy' runs 'a' (09:00\u201310:00) and 'b' (09:30\u201310:30) at the same time");
    expect(found[1], "track-overlap", {"b", "d"}, {}, {}, c.line_of("d"));
    CHECK(c.conflicts.items().size() == 2);
}
