// SPDX-License-Identifier: MIT
// The rule room-unavailable (src/core/check/room_unavailable.cpp), in a small event
// (check_fixture.h), with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("room-unavailable: a room's unavailable ranges and its venue's open windows",
          "[checks]") {
    std::string text(base);
    const std::string ballroom =
        "      - {id: ballroom, capacity: 180, features: [stage, projector, interpretation]}\n";
    text.replace(text.find(ballroom), ballroom.size(),
                 "      - id: ballroom\n        capacity: 180\n"
                 "        unavailable:\n"
                 "          - {from: 2025-02-10 14:00, to: 2025-02-10 16:00}\n"
                 "          - {from: 2025-02-10 15:00, to: 2025-02-10 15:30}\n");
    const std::string residence = "    name: Residence\n";
    text.replace(text.find(residence), residence.size(),
                 residence +
                     "    open:\n"
                     "      - {from: 2025-02-10 16:00, to: 2025-02-10 18:00}\n"
                     "      - {from: 2025-02-10 18:00, to: 2025-02-10 20:00}\n"
                     "      - {from: 2025-02-10 21:00, to: 2025-02-10 23:30}\n");

    SECTION("overlapping an unavailable range, once however many ranges") {
        const auto c = check_text(text + R"(
  - {id: s1, title: S, room: ballroom, start: 2025-02-10 15:00, duration: 1h}
  - {id: s2, title: S, room: ballroom, start: 2025-02-10 13:00, duration: 1h}
  - {id: s3, title: S, room: ballroom, start: 2025-02-10 16:00, duration: 1h}
)");
        const auto found = c.of("room-unavailable");
        REQUIRE(found.size() == 1);  // s2 ends at 14:00, s3 starts at 16:00
        expect(found[0], "room-unavailable", {"s1"}, {}, {"ballroom"}, c.line_of("s1"));
        CHECK(found[0].message ==
              "'s1' (15:00\u201316:00) is in 'ballroom', but 'ballroom' is unavailable "
              "14:00\u201316:00");
        CHECK(c.conflicts.items().size() == 1);
    }
    SECTION("within the union of the open windows is fine; touching windows join") {
        const auto c = check_text(text + R"(
  - {id: s1, title: S, room: garden, start: 2025-02-10 17:00, duration: 2h}
  - {id: s2, title: S, room: garden, start: 2025-02-10 16:00, duration: 1h}
  - {id: s3, title: S, room: garden, start: 2025-02-10 22:30, duration: 1h}
)");
        CHECK(c.conflicts.empty());
    }
    SECTION("outside the open windows, before, across a gap, after") {
        const auto c = check_text(text + R"(
  - {id: early, title: S, room: garden, start: 2025-02-10 15:30, duration: 1h}
  - {id: gap, title: S, room: garden, start: 2025-02-10 19:30, duration: 1h}
  - {id: late, title: S, room: garden, start: 2025-02-10 23:00, duration: 45min}
  - {id: morning, title: S, room: garden, start: 2025-02-11 10:00, duration: 1h}
)");
        const auto found = c.of("room-unavailable");
        REQUIRE(found.size() == 4);
        expect(found[0], "room-unavailable", {"early"}, {}, {"garden"}, c.line_of("early"));
        CHECK(found[0].message ==
              "'early' (15:30\u201316:30) is in 'garden', but 'residence' opens only at 16:00");
        expect(found[1], "room-unavailable", {"gap"}, {}, {"garden"}, c.line_of("gap"));
        CHECK(found[1].message ==
              "'gap' (19:30\u201320:30) is in 'garden', but 'residence' closes at 20:00");
        CHECK(found[2].message ==
              "'late' (23:00\u201323:45) is in 'garden', but 'residence' closes at 23:30");
        CHECK(found[3].message ==
              "'morning' (10:00\u201311:00) is in 'garden', but 'residence' is not open then");
        CHECK(c.conflicts.items().size() == 4);
    }
    SECTION("a venue without open windows is always open") {
        const auto c = check_text(text + R"(
  - {id: s1, title: S, room: salon, start: 2025-02-10 05:00, duration: 1h}
)");
        CHECK(c.conflicts.empty());
    }
}
