// SPDX-License-Identifier: MIT
// The rule person-double-booked (src/core/check/person_double_booked.cpp), in a small event
// (check_fixture.h), with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("person-double-booked: once per pair and per person they share", "[checks]") {
    SECTION("the example of cli.md") {
        const auto c = check(R"(
  - id: fireside-chat
    title: Fireside chat
    kind: fireside-chat
    room: ballroom
    start: 2025-02-10 19:00
    duration: 30min
    speakers: [ada]
  - id: panel-finance
    title: Finance panel
    kind: panel
    room: garden
    start: 2025-02-10 19:15
    end: 2025-02-10 20:00
    moderators: [ada]
    speakers: [bruno]
)");
        const auto found = c.of("person-double-booked");
        REQUIRE(found.size() == 1);
        expect(found[0], "person-double-booked", {"fireside-chat", "panel-finance"}, {"ada"}, {},
               c.line_of("panel-finance"));
        CHECK(found[0].message ==
              "'ada' takes part in 'fireside-chat' (19:00\u201319:30) and 'panel-finance' "
              "(19:15\u201320:00)");
        CHECK(c.conflicts.items().size() == 1);  // different rooms, no track, no travel
    }
    SECTION("two people shared: two conflicts; speakers, moderators and hosts all count") {
        const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h, speakers: [ada],
     hosts: [chloe]}
  - {id: b, title: B, room: salon, start: 2025-02-10 18:30, duration: 1h, moderators: [chloe],
     speakers: [ada, bruno]}
)");
        const auto found = c.of("person-double-booked");
        REQUIRE(found.size() == 2);
        expect(found[0], "person-double-booked", {"a", "b"}, {"ada"}, {}, c.line_of("b"));
        expect(found[1], "person-double-booked", {"a", "b"}, {"chloe"}, {}, c.line_of("b"));
    }
    SECTION("a person named twice in one session is one person") {
        const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h, speakers: [ada],
     moderators: [ada], hosts: [ada]}
  - {id: b, title: B, room: salon, start: 2025-02-10 18:30, duration: 1h, speakers: [ada]}
)");
        const auto found = c.of("person-double-booked");
        REQUIRE(found.size() == 1);
        CHECK(found[0].people == Ids{"ada"});
        CHECK(c.conflicts.items().size() == 1);
    }
    SECTION("back to back in one venue is fine") {
        const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 18:00, duration: 1h, speakers: [ada]}
  - {id: b, title: B, room: salon, start: 2025-02-10 19:00, duration: 1h, speakers: [ada]}
)");
        CHECK(c.conflicts.empty());
    }
}
