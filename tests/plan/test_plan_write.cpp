// SPDX-License-Identifier: MIT
// The scheduler's result in the file: `exclusive: true` (the format extension it reads), and a
// schedule written as one undoable edit that touches only the placed sessions' lines.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "edit/document.h"
#include "io/event_loader.h"
#include "io/event_writer.h"
#include "plan/schedule.h"
#include "plan/write.h"

using namespace summitry;

namespace {

constexpr std::string_view text = R"(summitry: 1
# The organizer's comment stays.
event:
  id: test
  title: Test
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
  hours: {from: "09:00", to: "12:00"}
people:
  - {id: ada, name: Ada Lovelace}
venues:
  - id: embassy
    name: Embassy
    rooms:
      - {id: ballroom, capacity: 200}
sessions:
  - id: keynote
    title: Keynote   # opening
    duration: 1h
    exclusive: true
  - id: fixed
    title: Fixed
    room: ballroom
    start: 2025-02-10 09:00
    end: 2025-02-10 09:30
    speakers: [ada]
    revision: 4
  - {id: flow, title: Flow, duration: 30min, speakers: [ada]}
)";

}  // namespace

TEST_CASE("'exclusive: true' loads, is no unknown key, and round-trips", "[plan][loader]") {
    const LoadResult r = load_event_text(text, "test.yaml");
    CHECK(r.diagnostics.items().empty());
    REQUIRE(r.event.sessions.size() == 3);
    CHECK(r.event.sessions[0].exclusive);
    CHECK_FALSE(r.event.sessions[1].exclusive);
    std::ostringstream out;
    write_event_yaml(out, r.event);
    CHECK(out.str().find("    exclusive: true\n") != std::string::npos);
    const LoadResult again = load_event_text(out.str(), "again.yaml");
    CHECK_FALSE(again.diagnostics.has_errors());
    CHECK(again.event.sessions[0].exclusive);
}

TEST_CASE("a schedule is written as one edit that only adds the placed sessions' keys",
          "[plan][write]") {
    EventDocument doc = EventDocument::from_text(std::string(text), "test.yaml");
    REQUIRE_FALSE(doc.diagnostics().has_errors());
    const ScheduleResult res = schedule_event(doc.event(), {});
    REQUIRE(res.placements.size() == 2);
    const WriteStats stats = write_schedule(doc, res);
    CHECK(stats.fast_path);
    const std::string& after = doc.text();
    CHECK(after.find("# The organizer's comment stays.") != std::string::npos);
    CHECK(after.find("    title: Keynote   # opening\n") != std::string::npos);
    // The block session gets its keys at the end of its mapping; the flow one inside its braces.
    CHECK(after.find("    exclusive: true\n    room: ballroom\n    start: 2025-02-10 ") !=
          std::string::npos);
    CHECK(after.find("  - {id: flow, title: Flow, duration: 30min, speakers: [ada], room: "
                     "ballroom, start: ") != std::string::npos);
    CHECK(after.find("revision: 1") != std::string::npos);
    // The fixed session is as it was.
    CHECK(after.find("    end: 2025-02-10 09:30\n    speakers: [ada]\n    revision: 4\n") !=
          std::string::npos);
    for (const Placement& p : res.placements) {
        const Session& s = doc.event().sessions[static_cast<std::size_t>(p.session)];
        CHECK(s.start == p.start);
        CHECK(s.room == p.room);
        CHECK(s.revision == 1);
    }
    REQUIRE(doc.can_undo());
    doc.undo();
    CHECK(doc.text() == text);
}

TEST_CASE("a moved session with an 'end' gets a new end, and a raised revision", "[plan][write]") {
    std::string t(text);
    t.replace(t.find("    start: 2025-02-10 09:00\n"), 28, "    start: 2025-02-10 08:00\n");
    t.replace(t.find("    end: 2025-02-10 09:30\n"), 26, "    end: 2025-02-10 08:30\n");
    // 08:00 is outside the hours given: repair moves it in.
    EventDocument doc = EventDocument::from_text(t, "test.yaml");
    ScheduleOptions o;
    o.repair = true;
    const ScheduleResult res = schedule_event(doc.event(), o);
    CHECK(res.moved == 1);
    write_schedule(doc, res);
    const Session& fixed = doc.event().sessions[1];
    CHECK(fixed.revision == 5);
    CHECK(*fixed.duration == Minutes{30});
    CHECK(doc.text().find("    end: 2025-02-10 08:30\n") == std::string::npos);
}

TEST_CASE("a start in an autumn night's repeated hour is written with its offset",
          "[plan][write]") {
    const LoadResult r = load_event_text(text, "test.yaml");
    const Index room = 0;
    // 2025-10-26 02:30 happens twice in Paris: at 00:30 UTC (+02:00) and at 01:30 UTC (+01:00).
    const Instant first = date::sys_days{date::year{2025} / 10 / 26} + std::chrono::minutes{30};
    CHECK(start_text(r.event, room, first) == "2025-10-26T02:30+02:00");
    CHECK(start_text(r.event, room, first + std::chrono::hours{1}) == "2025-10-26T02:30+01:00");
    CHECK(start_text(r.event, room, first + std::chrono::hours{10}) == "2025-10-26 11:30");
}

TEST_CASE("the general path (one planned edit per session) gives the same schedule",
          "[plan][write]") {
    EventDocument fast = EventDocument::from_text(std::string(text), "test.yaml");
    EventDocument general = EventDocument::from_text(std::string(text), "test.yaml");
    const ScheduleResult res = schedule_event(fast.event(), {});
    CHECK(write_schedule(fast, res).fast_path);
    CHECK_FALSE(write_schedule(general, res, true).fast_path);
    for (const Placement& p : res.placements) {
        const Session& a = fast.event().sessions[static_cast<std::size_t>(p.session)];
        const Session& b = general.event().sessions[static_cast<std::size_t>(p.session)];
        CHECK(a.start == b.start);
        CHECK(a.room == b.room);
        CHECK(a.revision == b.revision);
    }
    CHECK_FALSE(general.diagnostics().has_errors());
    // One undo takes the whole schedule back, on both paths.
    CHECK(general.undo_name() == fast.undo_name());
    general.undo();
    CHECK(general.text() == text);
    CHECK_FALSE(general.can_undo());
}
