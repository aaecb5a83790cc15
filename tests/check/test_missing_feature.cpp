// SPDX-License-Identifier: MIT
// The rule missing-feature (src/core/check/missing_feature.cpp), in a small event
// (check_fixture.h), with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("missing-feature: once per session, naming only what its room lacks", "[checks]") {
    // The salon has a projector and no stage; the ballroom has a stage and interpretation.
    const auto c = check(R"(
  - {id: has, title: S, room: salon, start: 2025-02-10 09:00, duration: 1h, requires: [projector]}
  - {id: lacks, title: S, room: salon, start: 2025-02-10 10:00, duration: 1h,
     requires: [projector, stage]}
  - {id: equipped, title: S, room: ballroom, start: 2025-02-10 10:00, duration: 1h,
     requires: [stage, interpretation]}
  - {id: unplaced, title: S, duration: 1h, requires: [stage]}
)");
    const auto found = c.of("missing-feature");
    REQUIRE(found.size() == 1);
    expect(found[0], "missing-feature", {"lacks"}, {}, {"salon"}, c.line_of("lacks"));
    CHECK(found[0].message == "'lacks' needs 'stage'; 'salon' lacks it");
    // The unplaced session is only unscheduled: it has no room to lack anything.
    CHECK(c.conflicts.items().size() == 2);
    CHECK(c.of("unscheduled").size() == 1);
}
