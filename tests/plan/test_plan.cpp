// SPDX-License-Identifier: MIT
// The automatic scheduler (plan/schedule.h), one hard constraint at a time: small events where
// exactly one place is right, or exactly one is wrong. Every result is also run through
// check_conflicts, which must find no hard conflict.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "check/rule.h"
#include "io/event_loader.h"
#include "plan/schedule.h"

using namespace summitry;

namespace {

// Two days, 09:00-12:00 each; two venues 30 minutes apart; rooms with capacities and features.
constexpr std::string_view base = R"(summitry: 1
event:
  id: test
  title: Test
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-11
  hours: {from: "09:00", to: "12:00"}
people:
  - {id: ada, name: Ada Lovelace}
  - {id: bruno, name: Bruno Latour}
venues:
  - id: embassy
    name: Embassy
    travel_minutes: {residence: 30}
    rooms:
      - {id: ballroom, capacity: 200, features: [stage, interpretation]}
      - {id: salon, capacity: 40, features: [projector]}
  - id: residence
    name: Residence
    rooms:
      - {id: garden, capacity: 80}
)";

LoadResult load(std::string_view sessions, std::string_view head = base) {
    LoadResult r =
        load_event_text(std::string(head) + "sessions:\n" + std::string(sessions), "test.yaml");
    const std::string first =
        r.diagnostics.items().empty() ? std::string() : r.diagnostics.items().front().message;
    INFO(first);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return r;
}

ScheduleResult run(Event& ev, bool repair = false, std::uint64_t seed = 1) {
    ScheduleOptions o;
    o.seed = seed;
    o.repair = repair;
    ScheduleResult r = schedule_event(ev, o);
    apply_placements(ev, r);
    return r;
}

int hard(const Event& ev) {
    int n = 0;
    const Diagnostics found = check_conflicts(ev);
    for (const Diagnostic& d : found.items())
        if (is_hard_rule(d.rule)) ++n;
    return n;
}

const Session& session(const Event& ev, std::string_view id) {
    const Index i = ev.find_session(id);
    REQUIRE(i >= 0);
    return ev.sessions[static_cast<std::size_t>(i)];
}

std::string when(const Event& ev, std::string_view id) {
    const Session& s = session(ev, id);
    REQUIRE(s.start);
    return format_local(to_local(ev.zone_of(s), *s.start));
}

std::string room(const Event& ev, std::string_view id) {
    const Session& s = session(ev, id);
    REQUIRE(s.room >= 0);
    return ev.rooms[static_cast<std::size_t>(s.room)].qualified;
}

bool overlap(const Event& ev, std::string_view a, std::string_view b) {
    const Session &x = session(ev, a), &y = session(ev, b);
    return *x.start < y.end() && *y.start < x.end();
}

}  // namespace

TEST_CASE("every unscheduled session is placed, on the grid, within the event's hours", "[plan]") {
    auto r = load(R"(  - {id: a, title: A, duration: 1h}
  - {id: b, title: B, duration: 45min}
  - {id: c, title: C, duration: 2h}
)");
    const ScheduleResult res = run(r.event);
    CHECK(res.placed == 3);
    CHECK(res.unplaced.empty());
    for (const Session& s : r.event.sessions) {
        REQUIRE(s.scheduled());
        const LocalTime local = to_local(r.event.zone_of(s), *s.start);
        const auto clock = local - date::floor<date::days>(local);
        CHECK(clock >= std::chrono::hours{9});
        CHECK(clock + *s.duration <= std::chrono::hours{12});
        CHECK(std::chrono::duration_cast<Minutes>(clock).count() % 5 == 0);
        const Date day = r.event.programme_day(s);
        CHECK((day == r.event.info.start_date || day == r.event.info.end_date));
    }
    CHECK(hard(r.event) == 0);
}

TEST_CASE("a room is never double-booked", "[plan]") {
    // Three hour-long sessions that only the salon can hold (projector): 3 hours a day there.
    auto r = load(R"(  - {id: a, title: A, duration: 1h, requires: [projector]}
  - {id: b, title: B, duration: 1h, requires: [projector]}
  - {id: c, title: C, duration: 1h, requires: [projector]}
  - {id: d, title: D, duration: 1h, requires: [projector]}
)");
    run(r.event);
    for (const char* a : {"a", "b", "c", "d"}) {
        CHECK(room(r.event, a) == "embassy/salon");
        for (const char* b : {"a", "b", "c", "d"})
            if (std::string_view(a) < b) CHECK_FALSE(overlap(r.event, a, b));
    }
    CHECK(hard(r.event) == 0);
}

TEST_CASE("a person is never double-booked", "[plan]") {
    auto r = load(R"(  - {id: a, title: A, duration: 2h, speakers: [ada]}
  - {id: b, title: B, duration: 2h, speakers: [ada]}
  - {id: c, title: C, duration: 2h, speakers: [ada]}
)");
    run(r.event);
    CHECK_FALSE(overlap(r.event, "a", "b"));
    CHECK_FALSE(overlap(r.event, "a", "c"));
    CHECK_FALSE(overlap(r.event, "b", "c"));
    CHECK(hard(r.event) == 0);
}

TEST_CASE("a person's unavailability is respected", "[plan]") {
    auto r =
        load(R"(  - {id: a, title: A, duration: 1h, speakers: [ada]}
)",
             std::string(base).replace(std::string(base).find("  - {id: ada, name: Ada Lovelace}"),
                                       std::string_view("  - {id: ada, name: Ada Lovelace}").size(),
                                       "  - id: ada\n    name: Ada Lovelace\n    unavailable:\n"
                                       "      - {date: 2025-02-10}\n"
                                       "      - {from: 2025-02-11 09:00, to: 2025-02-11 11:00}"));
    run(r.event);
    CHECK(when(r.event, "a") == "2025-02-11 11:00");
    CHECK(hard(r.event) == 0);
}

TEST_CASE("a room's unavailability and its venue's opening windows are respected", "[plan]") {
    std::string head(base);
    head.replace(
        head.find("  - id: residence\n"), std::string_view("  - id: residence\n").size(),
        "  - id: residence\n    open:\n      - {from: 2025-02-11 10:30, to: 2025-02-11 11:30}\n");
    head.replace(
        head.find("      - {id: ballroom, capacity: 200, features: [stage, interpretation]}"),
        std::string_view("      - {id: ballroom, capacity: 200, features: [stage, interpretation]}")
            .size(),
        "      - id: ballroom\n        capacity: 200\n        features: [stage, interpretation]\n"
        "        unavailable: [{date: 2025-02-10}, {from: 2025-02-11 09:00, to: 2025-02-11 "
        "11:00}]");
    // Only the ballroom (stage) and only the garden (80 seats, no features) can hold them.
    auto r = load(R"(  - {id: stage, title: Stage, duration: 1h, requires: [stage]}
  - {id: outdoor, title: Outdoor, duration: 1h, expected_attendance: 60}
  - {id: outdoor2, title: Outdoor 2, duration: 1h, expected_attendance: 70}
)",
                  head);
    // Make the garden the only room for the outdoor sessions: the salon seats 40, the ballroom is
    // taken by 'stage' at the one hour it is open.
    const ScheduleResult res = run(r.event);
    CHECK(when(r.event, "stage") == "2025-02-11 11:00");
    CHECK(room(r.event, "stage") == "embassy/ballroom");
    // One of the outdoor sessions goes to the garden's one open hour; the other cannot fit
    // anywhere (the ballroom is taken at its only open hour) and is explained, not dropped.
    CHECK(res.unplaced.size() == 1);
    const std::string placed = session(r.event, "outdoor").scheduled() ? "outdoor" : "outdoor2";
    CHECK(room(r.event, placed) == "residence/garden");
    CHECK(when(r.event, placed) == "2025-02-11 10:30");
    CHECK(hard(r.event) == 0);
}

TEST_CASE("travel time between venues is left between a person's sessions", "[plan]") {
    // The ballroom is taken 09:00-10:00 by 'fixed' with Ada; 'garden' needs the garden; the
    // only free morning is day 1: Ada needs 30 minutes to get there.
    auto r = load(
        R"(  - {id: fixed, title: Fixed, room: embassy/ballroom, start: 2025-02-10 09:00, duration: 1h, speakers: [ada], pinned: true}
  - {id: fixed2, title: Fixed 2, room: residence/garden, start: 2025-02-11 09:00, duration: 3h}
  - {id: out, title: Out, duration: 2h, speakers: [ada], expected_attendance: 60}
)");
    run(r.event);
    // The salon seats 40: 'out' must go to the ballroom or the garden, both fine if timed right.
    const Session& out = session(r.event, "out");
    REQUIRE(out.scheduled());
    if (room(r.event, "out") == "residence/garden")
        CHECK(when(r.event, "out") >= std::string("2025-02-10 10:30"));
    CHECK(hard(r.event) == 0);
}

TEST_CASE("travel time: the only room left is across town", "[plan]") {
    auto r = load(
        R"(  - {id: fixed, title: Fixed, room: embassy/ballroom, start: 2025-02-10 09:00, duration: 1h, speakers: [ada]}
  - {id: busy1, title: Busy, room: embassy/ballroom, start: 2025-02-10 10:00, duration: 2h}
  - {id: busy2, title: Busy, room: embassy/salon, start: 2025-02-10 09:00, duration: 3h}
  - {id: busy3, title: Busy, room: embassy/ballroom, start: 2025-02-11 09:00, duration: 3h}
  - {id: busy4, title: Busy, room: embassy/salon, start: 2025-02-11 09:00, duration: 3h}
  - {id: busy5, title: Busy, room: residence/garden, start: 2025-02-11 09:00, duration: 3h}
  - {id: out, title: Out, duration: 1h, speakers: [ada]}
)");
    run(r.event);
    CHECK(room(r.event, "out") == "residence/garden");
    CHECK(when(r.event, "out") >= std::string("2025-02-10 10:30"));
    CHECK(hard(r.event) == 0);
}

TEST_CASE("capacity and required features choose the room", "[plan]") {
    auto r = load(R"(  - {id: big, title: Big, duration: 1h, expected_attendance: 150}
  - {id: interp, title: Interpreted, duration: 1h, requires: [interpretation]}
  - {id: proj, title: Projected, duration: 1h, requires: [projector]}
  - {id: mid, title: Mid, duration: 1h, expected_attendance: 70, requires: []}
)");
    run(r.event);
    CHECK(room(r.event, "big") == "embassy/ballroom");
    CHECK(room(r.event, "interp") == "embassy/ballroom");
    CHECK(room(r.event, "proj") == "embassy/salon");
    CHECK(room(r.event, "mid") != "embassy/salon");
    CHECK(hard(r.event) == 0);
}

TEST_CASE("day_change: a start before it belongs to the day before, never before the event",
          "[plan]") {
    std::string head(base);
    head.replace(head.find("  hours: {from: \"09:00\", to: \"12:00\"}"),
                 std::string_view("  hours: {from: \"09:00\", to: \"12:00\"}").size(),
                 "  hours: {from: \"02:00\", to: \"06:00\"}\n  day_change: \"04:00\"");
    // Only the ballroom has a stage. 10 Feb 02:00-04:00 would be on 9 February, outside the
    // event: 2 hours that day, 4 hours on 11 February (02:00-04:00 of it counted on the 10th).
    auto r = load(R"(  - {id: a, title: A, duration: 2h, requires: [stage]}
  - {id: b, title: B, duration: 2h, requires: [stage]}
  - {id: c, title: C, duration: 2h, requires: [stage]}
  - {id: d, title: D, duration: 2h, requires: [stage]}
)",
                  head);
    const ScheduleResult res = run(r.event);
    CHECK(res.unplaced.size() == 1);
    std::vector<std::string> starts;
    for (const Session& s : r.event.sessions) {
        if (!s.scheduled()) continue;
        const Date day = r.event.programme_day(s);
        CHECK(day >= r.event.info.start_date);
        CHECK(day <= r.event.info.end_date);
        starts.push_back(format_local(to_local(r.event.zone_of(s), *s.start)));
    }
    std::sort(starts.begin(), starts.end());
    CHECK(starts ==
          std::vector<std::string>{"2025-02-10 04:00", "2025-02-11 02:00", "2025-02-11 04:00"});
    CHECK(hard(r.event) == 0);
}

TEST_CASE("without event hours, sessions go between 09:00 and 19:00", "[plan]") {
    std::string head(base);
    head.erase(head.find("  hours: {from: \"09:00\", to: \"12:00\"}\n"),
               std::string_view("  hours: {from: \"09:00\", to: \"12:00\"}\n").size());
    auto r = load(
        "  - {id: a, title: A, duration: 10h}\n  - {id: b, title: B, duration: 10h15min}\n", head);
    const ScheduleResult res = run(r.event);
    CHECK(session(r.event, "a").scheduled());
    REQUIRE(res.unplaced.size() == 1);
    CHECK(res.unplaced[0].reason.find("open that long in one stretch") != std::string::npos);
}

TEST_CASE("pinned and placed sessions never move when placing", "[plan]") {
    auto r = load(
        R"(  - {id: fixed, title: Fixed, room: embassy/ballroom, start: 2025-02-10 09:00, duration: 1h, speakers: [ada], pinned: true}
  - {id: placed, title: Placed, room: embassy/salon, start: 2025-02-10 10:00, duration: 1h}
  - {id: new, title: New, duration: 1h, speakers: [ada]}
)");
    const ScheduleResult res = run(r.event);
    CHECK(res.moved == 0);
    CHECK(when(r.event, "fixed") == "2025-02-10 09:00");
    CHECK(when(r.event, "placed") == "2025-02-10 10:00");
    CHECK_FALSE(overlap(r.event, "fixed", "new"));
}

TEST_CASE("an exclusive session runs against nothing else", "[plan]") {
    std::string sessions = "  - {id: keynote, title: Keynote, duration: 1h, exclusive: true}\n";
    for (int i = 0; i < 6; ++i)
        sessions += "  - {id: t" + std::to_string(i) + ", title: T, duration: 1h}\n";
    auto r = load(sessions);
    const ScheduleResult res = run(r.event);
    CHECK(res.after.by_goal[static_cast<std::size_t>(Goal::exclusive)] == 0);
    for (int i = 0; i < 6; ++i) CHECK_FALSE(overlap(r.event, "keynote", "t" + std::to_string(i)));
}

TEST_CASE("the same seed gives the same schedule, and the search never ends above the greedy",
          "[plan]") {
    std::string sessions;
    for (int i = 0; i < 12; ++i)
        sessions += "  - {id: s" + std::to_string(i) +
                    ", title: S, duration: " + (i % 2 ? "30min" : "45min") + ", speakers: [" +
                    (i % 3 ? "ada" : "bruno") + "]}\n";
    auto a = load(sessions), b = load(sessions);
    const ScheduleResult ra = run(a.event, false, 42), rb = run(b.event, false, 42);
    REQUIRE(ra.placements.size() == rb.placements.size());
    for (std::size_t k = 0; k < ra.placements.size(); ++k) {
        CHECK(ra.placements[k].start == rb.placements[k].start);
        CHECK(ra.placements[k].room == rb.placements[k].room);
    }
    CHECK(ra.after.weighted == rb.after.weighted);
    CHECK(hard(a.event) == 0);
    auto c = load(sessions);
    ScheduleOptions greedy_only;
    greedy_only.seed = 42;
    greedy_only.search_effort = 0;
    const ScheduleResult rc = schedule_event(c.event, greedy_only);
    CHECK(rc.iterations == 0);
    CHECK(ra.after.weighted <= rc.after.weighted + 1e-9);
}

TEST_CASE("infeasible: nobody seats it, no room has the feature", "[plan][infeasible]") {
    auto r = load(R"(  - {id: huge, title: Huge, duration: 1h, expected_attendance: 500}
  - {id: vr, title: VR, duration: 1h, requires: [headsets]}
  - {id: ok, title: OK, duration: 1h}
)");
    const ScheduleResult res = run(r.event);
    REQUIRE(res.unplaced.size() == 2);
    CHECK(session(r.event, "ok").scheduled());
    CHECK_FALSE(session(r.event, "huge").scheduled());
    const auto reason = [&](std::string_view id) {
        for (const Unplaced& u : res.unplaced)
            if (r.event.sessions[static_cast<std::size_t>(u.session)].id == id) return u.reason;
        return std::string();
    };
    CHECK(reason("huge").find("expects 500 people; the largest room seats 200") !=
          std::string::npos);
    CHECK(reason("vr").find("needs 'headsets'; no room has it") != std::string::npos);
    const std::string report = format_report(r.event, res);
    CHECK(report.find("huge:") != std::string::npos);
    CHECK(report.find("vr:") != std::string::npos);
}

TEST_CASE("infeasible: a person has more sessions than hours available", "[plan][infeasible]") {
    std::string head(base);
    head.replace(
        head.find("  - {id: ada, name: Ada Lovelace}"),
        std::string_view("  - {id: ada, name: Ada Lovelace}").size(),
        "  - id: ada\n    name: Audrey Herblin-Stoop\n    unavailable: [{date: 2025-02-11}, "
        "{from: 2025-02-10 11:00, to: 2025-02-10 12:00}]");
    auto r = load(R"(  - {id: a, title: A, duration: 1h30, speakers: [ada]}
  - {id: b, title: B, duration: 1h30, speakers: [ada]}
)",
                  head);
    const ScheduleResult res = run(r.event);
    REQUIRE(res.unplaced.size() == 1);
    CHECK(
        res.unplaced[0].reason ==
        "Audrey Herblin-Stoop has 3 hours of sessions but is available 2 hours on 10 February, so "
        "'" +
            r.event.sessions[static_cast<std::size_t>(res.unplaced[0].session)].id + "' (" +
            (res.unplaced[0].session == 0 ? "A" : "B") + ") does not fit");
    CHECK(hard(r.event) == 0);
}

TEST_CASE("infeasible: more interpreted sessions than the one interpreted room holds",
          "[plan][infeasible]") {
    std::string sessions;
    for (int i = 0; i < 3; ++i)
        sessions += "  - {id: i" + std::to_string(i) +
                    ", title: I, duration: 3h, requires: [interpretation]}\n";
    auto r = load(sessions);
    const ScheduleResult res = run(r.event);
    CHECK(res.unplaced.size() == 1);
    REQUIRE_FALSE(res.explanations.empty());
    CHECK(res.explanations[0] ==
          "3 sessions need 'interpretation' (9 hours), 1 room has it (open 6 hours)");
    CHECK(
        res.unplaced[0].reason.find(
            "fits nowhere: the one room that suits it, 'ballroom', has 6 hours of 6 hours taken") !=
        std::string::npos);
}

TEST_CASE("infeasible: speakers never free together", "[plan][infeasible]") {
    std::string head(base);
    head.replace(head.find("  - {id: ada, name: Ada Lovelace}"),
                 std::string_view("  - {id: ada, name: Ada Lovelace}").size(),
                 "  - {id: ada, name: Ada Lovelace, unavailable: [{date: 2025-02-11}]}");
    head.replace(head.find("  - {id: bruno, name: Bruno Latour}"),
                 std::string_view("  - {id: bruno, name: Bruno Latour}").size(),
                 "  - {id: bruno, name: Bruno Latour, unavailable: [{date: 2025-02-10}]}");
    auto r = load("  - {id: duo, title: Duo, duration: 1h, speakers: [ada, bruno]}\n", head);
    const ScheduleResult res = run(r.event);
    REQUIRE(res.unplaced.size() == 1);
    CHECK(res.unplaced[0].reason ==
          "'duo' (Duo) lasts 1 hour, but Ada Lovelace and Bruno Latour are never all available "
          "that long at the same time");
}

TEST_CASE("repair moves the fewest sessions and never a pinned one", "[plan][repair]") {
    auto r = load(
        R"(  - {id: keynote, title: Keynote, room: embassy/ballroom, start: 2025-02-10 09:00, duration: 1h, speakers: [ada], pinned: true}
  - {id: clash, title: Clash, room: embassy/ballroom, start: 2025-02-10 09:30, duration: 1h}
  - {id: ada2, title: Ada again, room: embassy/salon, start: 2025-02-10 09:15, duration: 30min, speakers: [ada]}
  - {id: calm, title: Calm, room: residence/garden, start: 2025-02-10 09:00, duration: 1h}
)");
    REQUIRE(hard(r.event) == 2);
    const ScheduleResult res = run(r.event, true);
    CHECK(res.moved == 2);
    CHECK(res.hard_after == 0);
    CHECK(when(r.event, "keynote") == "2025-02-10 09:00");
    CHECK(when(r.event, "calm") == "2025-02-10 09:00");
    CHECK(hard(r.event) == 0);
    // The small move: the same room, right after the keynote.
    CHECK(room(r.event, "clash") == "embassy/ballroom");
    CHECK(when(r.event, "clash") == "2025-02-10 10:00");
}

TEST_CASE("repair fixes capacity, features and unavailability by moving the session",
          "[plan][repair]") {
    std::string head(base);
    head.replace(head.find("  - {id: bruno, name: Bruno Latour}"),
                 std::string_view("  - {id: bruno, name: Bruno Latour}").size(),
                 "  - {id: bruno, name: Bruno Latour, unavailable: [{from: 2025-02-10 09:00, to: "
                 "2025-02-10 10:00}]}");
    auto r = load(
        R"(  - {id: crowded, title: Crowded, room: embassy/salon, start: 2025-02-10 09:00, duration: 1h, expected_attendance: 100}
  - {id: staged, title: Staged, room: residence/garden, start: 2025-02-10 09:00, duration: 1h, requires: [stage]}
  - {id: away, title: Away, room: residence/garden, start: 2025-02-11 09:00, duration: 1h, speakers: [bruno]}
  - {id: busy, title: Busy, room: embassy/ballroom, start: 2025-02-10 09:30, duration: 30min, speakers: [bruno]}
)",
        head);
    REQUIRE(hard(r.event) == 3);
    const ScheduleResult res = run(r.event, true);
    CHECK(res.moved == 3);
    CHECK(when(r.event, "away") == "2025-02-11 09:00");
    CHECK(hard(r.event) == 0);
}

TEST_CASE("repair: a pinned session in conflict is reported, not moved", "[plan][repair]") {
    auto r = load(
        R"(  - {id: p1, title: P1, room: embassy/salon, start: 2025-02-10 09:00, duration: 1h, expected_attendance: 100, pinned: true}
)");
    const ScheduleResult res = run(r.event, true);
    CHECK(res.moved == 0);
    REQUIRE(res.unplaced.size() == 1);
    CHECK(res.unplaced[0].reason.find("is pinned") != std::string::npos);
}

TEST_CASE("repair: a session that fits nowhere stays, and what clashes with it moves instead",
          "[plan][repair]") {
    // 'huge' seats in no room (the fire marshal will have words); it also shares the ballroom
    // with 'small', which is the one to move.
    auto r = load(
        R"(  - {id: huge, title: Huge, room: embassy/ballroom, start: 2025-02-10 09:00, duration: 1h, expected_attendance: 300}
  - {id: small, title: Small, room: embassy/ballroom, start: 2025-02-10 09:30, duration: 1h}
)");
    const ScheduleResult res = run(r.event, true);
    REQUIRE(res.unplaced.size() == 1);
    CHECK(res.unplaced[0].reason.find("expects 300 people; the largest room seats 200") !=
          std::string::npos);
    CHECK(when(r.event, "huge") == "2025-02-10 09:00");
    CHECK_FALSE(overlap(r.event, "huge", "small"));
    CHECK(res.moved == 1);
    const Diagnostics left = check_conflicts(r.event);
    for (const Diagnostic& d : left.items())
        if (is_hard_rule(d.rule)) CHECK(d.rule == "over-capacity");
}

TEST_CASE("the time limit is honoured, and what it leaves out is listed", "[plan]") {
    std::string sessions;
    for (int i = 0; i < 400; ++i)
        sessions += "  - {id: s" + std::to_string(i) + ", title: S, duration: 5min}\n";
    auto r = load(sessions);
    ScheduleOptions o;
    o.time_limit_seconds = 1e-9;
    const ScheduleResult res = schedule_event(r.event, o);
    CHECK(res.time_limit_hit);
    CHECK(res.seconds < 5);
    CHECK(res.unplaced.size() + static_cast<std::size_t>(res.placed) == 400);
    for (const Unplaced& u : res.unplaced)
        CHECK(u.reason == "the time limit ran out before it was placed");
}

TEST_CASE("progress is reported, and a cancel stops the run keeping what is placed", "[plan]") {
    std::string sessions;
    for (int i = 0; i < 200; ++i)
        sessions += "  - {id: s" + std::to_string(i) + ", title: S, duration: 5min}\n";
    auto r = load(sessions);
    std::vector<double> seen;
    ScheduleOptions o;
    o.progress = [&](double done) {
        seen.push_back(done);
        return true;
    };
    const ScheduleResult full = schedule_event(r.event, o);
    CHECK_FALSE(full.cancelled);
    CHECK(full.placed == 200);
    REQUIRE(seen.size() > 10);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.front() >= 0.0);
    CHECK(seen.back() <= 1.0);
    // Cancelled halfway through the greedy: the first half is placed, the rest listed.
    o.progress = [](double done) { return done < 0.25; };
    const ScheduleResult half = schedule_event(r.event, o);
    CHECK(half.cancelled);
    CHECK_FALSE(half.time_limit_hit);
    CHECK(half.placed > 0);
    CHECK(half.placed < 200);
    CHECK(half.unplaced.size() + static_cast<std::size_t>(half.placed) == 200);
    for (const Unplaced& u : half.unplaced)
        CHECK(u.reason == "the run was cancelled before it was placed");
}

TEST_CASE("repair --since: a session goes back where the release had it, at no cost",
          "[plan][repair][since]") {
    auto r = load(
        R"(  - {id: keynote, title: Keynote, room: embassy/ballroom, start: 2025-02-10 09:00, duration: 1h, pinned: true}
  - {id: clash, title: Clash, room: embassy/ballroom, start: 2025-02-10 09:30, duration: 1h}
  - {id: calm, title: Calm, room: residence/garden, start: 2025-02-10 09:00, duration: 1h}
)");
    REQUIRE(hard(r.event) == 1);
    // The release had 'clash' on the second day in the garden, and 'calm' an hour later.
    const auto at = [&](std::string_view when_text) {
        const auto t = parse_date_time(when_text);
        REQUIRE(t);
        return resolve(r.event.zone(), *t).instant;
    };
    ScheduleOptions o;
    o.repair = true;
    o.released.resize(r.event.sessions.size());
    o.released[static_cast<std::size_t>(r.event.find_session("clash"))] =
        ReleasedPlace{r.event.find_room("residence/garden"), at("2025-02-11 11:00")};
    o.released[static_cast<std::size_t>(r.event.find_session("calm"))] =
        ReleasedPlace{r.event.find_room("residence/garden"), at("2025-02-10 10:00")};
    o.released_name = "v1";
    const ScheduleResult res = schedule_event(r.event, o);
    apply_placements(r.event, res);
    CHECK(hard(r.event) == 0);
    // Not the smallest move (the ballroom at 10:00), but back where attendees were told.
    CHECK(room(r.event, "clash") == "residence/garden");
    CHECK(when(r.event, "clash") == "2025-02-11 11:00");
    CHECK(res.after.by_goal[static_cast<std::size_t>(Goal::moved)] == 0);
    // 'calm' is in no conflict: repair leaves it, and it stays away from its released place.
    CHECK(when(r.event, "calm") == "2025-02-10 09:00");
    CHECK(res.against_release);
    CHECK(res.away_before == 2);
    CHECK(res.away_after == 1);
    CHECK(res.moved_back == 1);
    CHECK(
        format_report(r.event, res)
            .find(
                "against release v1: 1 session away from their released place (2 before this run; "
                "1 moved back)") != std::string::npos);

    // Without the release, the same repair makes the smallest move instead.
    auto plain = load(
        R"(  - {id: keynote, title: Keynote, room: embassy/ballroom, start: 2025-02-10 09:00, duration: 1h, pinned: true}
  - {id: clash, title: Clash, room: embassy/ballroom, start: 2025-02-10 09:30, duration: 1h}
  - {id: calm, title: Calm, room: residence/garden, start: 2025-02-10 09:00, duration: 1h}
)");
    const ScheduleResult res2 = run(plain.event, true);
    CHECK(when(plain.event, "clash") == "2025-02-10 10:00");
    CHECK_FALSE(res2.against_release);
    CHECK(format_report(plain.event, res2).find("against release") == std::string::npos);
}
