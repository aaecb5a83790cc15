// SPDX-License-Identifier: MIT
// The rule person-unavailable (src/core/check/person_unavailable.cpp), in a small event
// (check_fixture.h), with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("person-unavailable: once per session and person", "[checks]") {
    SECTION("two ranges touching one session make one conflict") {
        const auto c = check_text(std::string(base) +
                                  R"(
  - {id: s1, title: S, room: ballroom, start: 2025-02-10 18:00, duration: 2h,
     speakers: [ada, bruno]}
  - {id: s2, title: S, room: ballroom, start: 2025-02-10 21:00, duration: 1h, speakers: [ada]}
)");
        CHECK(c.conflicts.empty());  // nobody is away yet
        std::string text = c.text;
        const std::string ada = "  - {id: ada, name: Ada Lovelace}\n";
        text.replace(text.find(ada), ada.size(),
                     "  - id: ada\n    name: Ada Lovelace\n    unavailable:\n"
                     "      - {from: 2025-02-10 18:30, to: 2025-02-10 19:00}\n"
                     "      - {from: 2025-02-10 19:30, to: 2025-02-10 21:00}\n");
        const auto c2 = check_text(text);
        const auto found = c2.of("person-unavailable");
        REQUIRE(found.size() == 1);  // s2 starts when the second range ends
        expect(found[0], "person-unavailable", {"s1"}, {"ada"}, {}, c2.line_of("s1"));
        CHECK(found[0].message.find("'ada' is unavailable") == 0);
        CHECK(found[0].message.find("'s1' (18:00\u201320:00)") != std::string::npos);
        CHECK(c2.conflicts.items().size() == 1);
    }
    SECTION("a whole day, and a range ending when the session starts") {
        std::string text(base);
        const std::string people = "  - {id: bruno, name: Bruno Latour}\n";
        text.replace(text.find(people), people.size(),
                     "  - {id: bruno, name: Bruno Latour, unavailable: [{date: 2025-02-11}]}\n");
        const std::string chloe = "  - {id: chloe, name: Chloé Zhao}\n";
        text.replace(text.find(chloe), chloe.size(),
                     "  - {id: chloe, name: Chloé Zhao, unavailable: {from: 2025-02-10 08:00, "
                     "to: 2025-02-10 09:00}}\n");
        text += R"(
  - {id: late, title: L, room: salon, start: 2025-02-10 23:30, duration: 1h, speakers: [bruno]}
  - {id: early, title: E, room: salon, start: 2025-02-10 09:00, duration: 1h, speakers: [chloe]}
  - {id: next-day, title: N, room: ballroom, start: 2025-02-11 10:00, duration: 1h,
     hosts: [bruno, chloe]}
)";
        const auto c = check_text(text);
        const auto found = c.of("person-unavailable");
        REQUIRE(found.size() == 2);
        expect(found[0], "person-unavailable", {"late"}, {"bruno"}, {}, c.line_of("late"));
        expect(found[1], "person-unavailable", {"next-day"}, {"bruno"}, {}, c.line_of("next-day"));
        // The range is shown with its date when it is on another day than the session.
        CHECK(found[0].message ==
              "'bruno' is unavailable 2025-02-11 00:00\u20132025-02-12 00:00 but takes part in "
              "'late' (23:30\u20132025-02-11 00:30)");
    }
}
