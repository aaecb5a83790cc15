// SPDX-License-Identifier: MIT
// The conflict rules of event-format.md, one small event each, with their edges: half-open
// intervals, once per pair (and per shared person), consecutive sessions of one programme day,
// opening windows as a union, cancelled sessions, and venues in other time zones.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "check/rule.h"
#include "io/event_loader.h"

using namespace summitry;
using Ids = std::vector<std::string>;

namespace {

// People, two venues 15 minutes apart (embassy lists it; residence does not, so it is
// symmetric), rooms with capacities and features, a track. Tests append their sessions.
constexpr std::string_view base = R"(summitry: 1
event:
  id: test
  title: Test
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-11
people:
  - {id: ada, name: Ada Lovelace}
  - {id: bruno, name: Bruno Latour}
  - {id: chloe, name: Chloé Zhao}
venues:
  - id: embassy
    name: Embassy
    travel_minutes: {residence: 15}
    rooms:
      - {id: ballroom, capacity: 180, features: [stage, projector, interpretation]}
      - {id: salon, capacity: 40, features: [projector]}
  - id: residence
    name: Residence
    rooms:
      - {id: garden, capacity: 300}
tracks:
  - {id: policy, name: Policy}
  - {id: research, name: Research}
sessions:
)";

struct Checked {
    std::string text;
    LoadResult loaded;
    Diagnostics conflicts;

    // The conflicts of one rule, in check_conflicts' order.
    std::vector<Diagnostic> of(std::string_view rule) const {
        std::vector<Diagnostic> out;
        for (const Diagnostic& d : conflicts.items())
            if (d.rule == rule) out.push_back(d);
        return out;
    }
    // The 1-based line where session `id` begins, so tests need not count lines.
    std::uint32_t line_of(std::string_view id) const {
        const std::string key = "id: " + std::string(id);
        auto at = text.find("\nsessions:\n");
        for (; at != std::string::npos; at += key.size()) {
            at = text.find(key, at);
            if (at == std::string::npos) break;
            const char after = text[at + key.size()];
            if (after == ',' || after == '\n') break;  // not a longer id starting the same
        }
        REQUIRE(at != std::string::npos);
        return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + at, '\n') + 1);
    }
};

// Loads `text` (which must load without errors) and checks it.
Checked check_text(std::string text) {
    Checked c;
    c.text = std::move(text);
    c.loaded = load_event_text(c.text, "test.yaml");
    for (const Diagnostic& d : c.loaded.diagnostics.items())
        UNSCOPED_INFO("load: " << d.loc.line << ": " << d.rule << ": " << d.message);
    REQUIRE_FALSE(c.loaded.diagnostics.has_errors());
    c.conflicts = check_conflicts(c.loaded.event);
    return c;
}

Checked check(std::string_view sessions) {
    return check_text(std::string(base) + std::string(sessions));
}

// Checks the whole of a conflict: rule, severity, ids, the line of its session.
void expect(const Diagnostic& d, std::string_view rule, const Ids& sessions, const Ids& people,
            const Ids& rooms, std::uint32_t line) {
    INFO(d.message);
    CHECK(d.rule == rule);
    CHECK(d.severity == (rule == "unscheduled" ? Severity::note : Severity::warning));
    CHECK(d.sessions == sessions);
    CHECK(d.people == people);
    CHECK(d.rooms == rooms);
    CHECK(d.loc.line == line);
    CHECK(d.loc.file == 0);
}

}  // namespace

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
