// SPDX-License-Identifier: MIT
// The iCalendar export against RFC 5545 and issue 3: content lines (CRLF, folding at 75 octets
// without splitting UTF-8, escaping), the calendar's header, one VTIMEZONE per TZID, stable UIDs,
// SEQUENCE, STATUS, private data, filters, and the instants calendar programs compute, read back
// with libical's parser from the file's own VTIMEZONEs. Golden files for the seed events.
#include <catch2/catch.hpp>

#include "ics_export_fixture.h"

using namespace summitry;
using namespace std::chrono_literals;
using namespace ics_export_test;

// ---------------------------------------------------------------------------------------------
// Instants

// France and the UK move their clocks on 29 March 2026 (01:00 UTC); a session in each country
// before, across and after the change, in two zones one hour apart.
constexpr std::string_view spring = R"(summitry: 1
event:
  id: spring
  title: Spring forward
  timezone: Europe/Paris
  start_date: 2026-03-27
  end_date: 2026-03-31
venues:
  - id: paris
    name: Paris
    rooms: [{id: hall, name: Hall}]
  - id: london
    name: London
    timezone: Europe/London
    rooms: [{id: studio, name: Studio}]
sessions:
  - {id: paris-before, title: Paris before, room: hall, start: 2026-03-28 10:00, duration: 1h}
  - {id: paris-night, title: Paris across, room: hall,
     start: 2026-03-28 23:00, end: 2026-03-29 04:00}
  - {id: paris-after, title: Paris after, room: hall, start: 2026-03-29 10:00, duration: 1h}
  - {id: london-before, title: London before, room: studio, start: 2026-03-28 09:00, duration: 1h}
  - {id: london-night, title: London across, room: studio,
     start: 2026-03-29 00:30, end: 2026-03-29 02:30}
  - {id: london-after, title: London after, room: studio, start: 2026-03-30 09:00, duration: 1h}
)";

TEST_CASE("across a DST change and in two zones, every DTSTART and DTEND is the model's instant",
          "[ics][instants]") {
    const Event ev = load(std::string(spring));
    const std::string ics = export_text(ev);
    require_model_instants(ev, ics);
    // And the model is right, so the comparison means something.
    const auto got = instants(ics);
    const auto at = [&](const char* id) { return got.at(std::string(id) + "@spring.summitry"); };
    CHECK(at("paris-before").start == utc(2026, 3, 28, 9, 0));
    CHECK(at("paris-night").start == utc(2026, 3, 28, 22, 0));
    CHECK(at("paris-night").end == utc(2026, 3, 29, 2, 0));  // 04:00 CEST: four hours, not five
    CHECK(at("paris-after").start == utc(2026, 3, 29, 8, 0));
    CHECK(at("london-before").start == utc(2026, 3, 28, 9, 0));
    CHECK(at("london-night").start == utc(2026, 3, 29, 0, 30));
    CHECK(at("london-night").end == utc(2026, 3, 29, 1, 30));  // 02:30 BST
    CHECK(at("london-after").start == utc(2026, 3, 30, 8, 0));
    // Written as the venues' wall clocks.
    CHECK(raw_property(ics, "paris-after@spring.summitry", "DTSTART") == "20260329T100000");
    CHECK(ics.find("DTSTART;TZID=Europe/Paris:20260329T100000\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART;TZID=Europe/London:20260330T090000\r\n") != std::string::npos);
}

TEST_CASE("one VTIMEZONE for every TZID used, with the rules of both sides of the change",
          "[ics][instants]") {
    const Event ev = load(std::string(spring));
    const auto tzids = [](const std::string& ics) {
        std::multiset<std::string> defined;
        std::set<std::string> used;
        for (const auto& line : content_lines(ics)) {
            if (line.starts_with("TZID:")) defined.insert(line.substr(5));
            const auto p = line.find(";TZID=");
            if (p != std::string::npos) used.insert(line.substr(p + 6, line.find(':') - p - 6));
        }
        CHECK(std::set<std::string>(defined.begin(), defined.end()).size() == defined.size());
        CHECK(std::set<std::string>(defined.begin(), defined.end()) == used);
        return used;
    };
    const std::string ics = export_text(ev);
    CHECK(tzids(ics) == std::set<std::string>{"Europe/London", "Europe/Paris"});
    const auto lines = content_lines(ics);
    CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE") == 2);
    CHECK(std::count(lines.begin(), lines.end(), "TZOFFSETTO:+0200") >= 1);  // CEST
    CHECK(std::count(lines.begin(), lines.end(), "TZOFFSETTO:+0100") >= 2);  // CET, BST
    // The VTIMEZONEs come before the events that name them.
    const auto first_event = std::find(lines.begin(), lines.end(), "BEGIN:VEVENT");
    CHECK(std::count(lines.begin(), first_event, "BEGIN:VTIMEZONE") == 2);

    ExportRequest london;
    london.room = ev.find_room("studio");
    CHECK(tzids(export_text(ev, london)) == std::set<std::string>{"Europe/London"});
}

TEST_CASE("a wall-clock time that occurs twice is written in UTC, so no reader can guess wrong",
          "[ics][instants]") {
    // 25 October 2026, Paris: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    const Event ev = load(R"(summitry: 1
event: {id: autumn, title: Fall back, timezone: Europe/Paris,
        start_date: 2026-10-24, end_date: 2026-10-26}
venues:
  - {id: v, name: Venue, rooms: [{id: r, name: Room}]}
sessions:
  - {id: first, title: First 02:30, room: r, start: "2026-10-25T02:30+02:00", duration: 15min}
  - {id: second, title: Second 02:30, room: r,
     start: "2026-10-25T02:30+01:00", end: 2026-10-25 03:30}
  - {id: morning, title: Morning, room: r, start: 2026-10-25 10:00, duration: 1h}
)");
    const std::string ics = export_text(ev);
    require_model_instants(ev, ics);
    CHECK(raw_property(ics, "first@autumn.summitry", "DTSTART") == "20261025T003000Z");
    CHECK(raw_property(ics, "second@autumn.summitry", "DTSTART") == "20261025T013000Z");
    CHECK(ics.find("DTEND;TZID=Europe/Paris:20261025T033000\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART;TZID=Europe/Paris:20261025T100000\r\n") != std::string::npos);
    const auto got = instants(ics);
    CHECK(got.at("second@autumn.summitry").end - got.at("second@autumn.summitry").start == 1h);
}

TEST_CASE("times in UTC itself are written in UTC, with no VTIMEZONE", "[ics][instants]") {
    // libical has no rules to give for UTC; a TZID without a VTIMEZONE would break the file.
    const Event ev = load(R"(summitry: 1
event: {id: utc, title: Everywhere, timezone: UTC, start_date: 2026-10-24, end_date: 2026-10-26}
venues:
  - {id: v, name: Venue, rooms: [{id: r, name: Room}]}
  - {id: k, name: Kolkata, timezone: Asia/Kolkata, rooms: [{id: s, name: Studio}]}
sessions:
  - {id: a, title: A, room: r, start: 2026-10-25 10:00, duration: 1h}
  - {id: b, title: B, room: s, start: 2026-10-25 10:00, duration: 1h}
)");
    const std::string ics = export_text(ev);
    require_model_instants(ev, ics);
    CHECK(raw_property(ics, "a@utc.summitry", "DTSTART") == "20261025T100000Z");
    CHECK(ics.find("DTEND;TZID=Asia/Kolkata:20261025T110000\r\n") != std::string::npos);
    const auto lines = content_lines(ics);
    CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE") == 1);
    CHECK(std::count(lines.begin(), lines.end(), "TZID:Asia/Kolkata") == 1);
    CHECK(std::count(lines.begin(), lines.end(), "X-WR-TIMEZONE:UTC") == 1);
}

TEST_CASE("the seed events' instants survive the trip through the calendar", "[ics][instants]") {
    for (const char* name :
         {"ai-for-growth-2025.yaml", "digital-sovereignty-summit-berlin-2025.yaml"}) {
        INFO(name);
        const LoadResult r = load_event(std::string(SUMMITRY_SOURCE_DIR "/schedules/") + name);
        REQUIRE_FALSE(r.diagnostics.has_errors());
        ExportRequest req;
        req.include_private = true;
        require_model_instants(r.event, export_text(r.event, req));
    }
}

// ---------------------------------------------------------------------------------------------
// Golden files: the seed events, public, in their first language, stamped 2025-01-01T00:00:00Z.
// SUMMITRY_UPDATE_GOLDEN=1 rewrites them (docs/testing.md); review the diff before committing.

TEST_CASE("the seed events export byte for byte as their golden files", "[ics][golden]") {
    for (const char* name : {"ai-for-growth-2025", "digital-sovereignty-summit-berlin-2025"}) {
        INFO(name);
        const LoadResult r =
            load_event(std::string(SUMMITRY_SOURCE_DIR "/schedules/") + name + ".yaml");
        REQUIRE_FALSE(r.diagnostics.has_errors());
        const std::string got = export_text(r.event);
        const std::filesystem::path golden =
            std::filesystem::path(SUMMITRY_TEST_DATA) / "golden" / (std::string(name) + ".ics");
        if (std::getenv("SUMMITRY_UPDATE_GOLDEN") != nullptr) {
            std::ofstream(golden, std::ios::binary) << got;
            WARN("rewrote " << golden.string());
        }
        const std::string want = read_file(golden);
        REQUIRE_FALSE(want.empty());
        if (got == want) continue;
        const auto a = physical_lines(want), b = physical_lines(got);
        std::size_t i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
        FAIL(golden.string() << " differs first at line " << i + 1
                             << ":\n  golden: " << (i < a.size() ? a[i] : "(end)")
                             << "\n  export: " << (i < b.size() ? b[i] : "(end)")
                             << "\nIf the change is meant, regenerate: SUMMITRY_UPDATE_GOLDEN=1 "
                                "build/tests/test_ics_export \"[golden]\" (docs/testing.md)");
    }
}
