// SPDX-License-Identifier: MIT
// The iCalendar import (issue 3): every real calendar of ../shared/data/ical imports with one
// session per VEVENT and writes an event file that loads; the instants of the time-zone traps are
// the ones computed by hand; the messy JRES file's French comes through whole; what was repaired
// is said; garbage gets a diagnostic, never a crash; and an export of a seed event imports back.
#include <catch2/catch.hpp>

#include "ics_import_fixture.h"

using namespace summitry;
using namespace ics_import_test;

// ---------------------------------------------------------------------------------------------
// The shared calendars

TEST_CASE("every shared calendar imports one session per VEVENT and loads back", "[ics-import]") {
    const std::map<std::string, std::size_t> expected = {
        {"icalendar-america_new_york.ics", 1},
        {"icalendar-issue_722_timezone_transition_ambiguity.ics", 4},
        {"icalendar-multiple_timezones.ics", 3},
        {"icalendar-pacific_fiji.ics", 1},
        {"icalendar-timezoned.ics", 1},
        {"jres-2022.ics", 120},
        {"linux-conf-au-2020.ics", 262},
    };
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(ical_dir)) {
        if (entry.path().extension() != ".ics") continue;
        const std::string name = entry.path().filename().string();
        INFO(name);
        const std::string text = read_file(entry.path());
        const ImportResult r = import(text, entry.path().string());
        INFO(messages(r.diagnostics));
        REQUIRE_FALSE(r.diagnostics.has_errors());
        CHECK(r.event.sessions.size() == count_vevents(text));
        REQUIRE(expected.count(name) == 1);
        CHECK(r.event.sessions.size() == expected.at(name));
        const LoadResult loaded = written_and_loaded(r.event);
        CHECK(loaded.event.sessions.size() == r.event.sessions.size());
        for (std::size_t i = 0; i < r.event.sessions.size(); ++i) {
            const Session& a = r.event.sessions[i];
            const Session& b = loaded.event.sessions[i];
            CHECK(a.id == b.id);
            CHECK(a.start == b.start);
            CHECK(a.duration == b.duration);
        }
        ++files;
    }
    CHECK(files == expected.size());
}

TEST_CASE("linux.conf.au: TZID=Australia/Brisbane without VTIMEZONE is the IANA zone",
          "[ics-import]") {
    const ImportResult r = import(read_file(ical_dir + "linux-conf-au-2020.ics"));
    INFO(messages(r.diagnostics));
    const Event& ev = r.event;
    CHECK(ev.info.timezone_name == "Australia/Brisbane");
    CHECK(ev.info.title.get("en") == "linux.conf.au 2020");  // its X-WR-CALDESC: no CALNAME
    // Every UID ends "@lca2020.linux.org.au": the ids are what comes before.
    const Session& plenary = session(ev, "201");
    // Queensland keeps no DST: 07:00 is UTC+10 all year, so 2020-01-14 07:00 is 21:00 UTC the
    // day before, and the end, 09:00, is 23:00 UTC.
    CHECK(plenary.start == utc("2020-01-13 21:00"));
    CHECK(plenary.duration == std::chrono::hours{2});
    CHECK(plenary.title.get("en") == "Main Conference: plenary");
    REQUIRE(plenary.room != no_index);
    CHECK(ev.rooms[static_cast<std::size_t>(plenary.room)].name.get("en") == "Room 5");
    // "Speaker: Joel Addison\nOpening Remarks and Housekeeping": a speaker, and the rest.
    const Session& welcome = session(ev, "94");
    REQUIRE(welcome.speakers.size() == 1);
    CHECK(ev.people[static_cast<std::size_t>(welcome.speakers[0])].name == "Joel Addison");
    CHECK(welcome.description.get("en") == "Opening Remarks and Housekeeping");
    // One person for the many sessions of one name.
    CHECK(std::count_if(ev.people.begin(), ev.people.end(),
                        [](const Person& p) { return p.name == "Joel Addison"; }) == 1);
    CHECK(format_date(ev.info.start_date) == "2020-01-12");  // early registration, a Sunday
    CHECK(format_date(ev.info.end_date) == "2020-01-17");
    CHECK_FALSE(has(r.diagnostics, "unknown-timezone"));
}

TEST_CASE("JRES: CHARSET, stray CRs and a UTF-8 character split by folding come through",
          "[ics-import]") {
    const ImportResult r = import(read_file(ical_dir + "jres-2022.ics"));
    INFO(messages(r.diagnostics));
    const Event& ev = r.event;
    CHECK(ev.info.title.get("en") == "JRES 2021/22");
    CHECK(ev.info.timezone_name == "Europe/Paris");  // no X-WR-TIMEZONE: every TZID says so

    const Session& numerique = session(ev, "presentation-129");
    CHECK(numerique.title.get("en") ==
          "182 - Numérique : Enjeux géopolitiques, externalités environnementales et chaînes "
          "de dépendance");
    REQUIRE(numerique.room != no_index);
    CHECK(ev.rooms[static_cast<std::size_t>(numerique.room)].name.get("en") == "Amphithéâtre 1600");
    // 14:00 on 17 May 2022 in Paris is summer time, UTC+2.
    CHECK(numerique.start == utc("2022-05-17 12:00"));
    CHECK(numerique.duration == std::chrono::hours{2});
    // The file writes "histoire… \r\r\n \\n\r\n Et": the stray CR is gone, the \n stays one
    // line break.
    CHECK(numerique.description.get("en").find("leur histoire… \nEt, aujourd'hui") !=
          std::string_view::npos);

    // Line 1600 of the file starts with " \x80\x99exploitation": the fold cut the apostrophe
    // (E2 80 99) after its first byte.
    bool found = false;
    for (const Session& s : ev.sessions)
        if (s.description.get("en").find("systèmes d\u2019exploitation.") != std::string_view::npos)
            found = true;
    CHECK(found);
    for (const Session& s : ev.sessions) {
        INFO(s.id);
        for (std::string_view t : {s.title.get("en"), s.description.get("en")}) {
            CHECK(t.find("\uFFFD") == std::string_view::npos);
            CHECK(t.find('\r') == std::string_view::npos);
        }
    }
    // 919 lines end "\r\r\n"; said once, at the first of them (line 28).
    CHECK(has(r.diagnostics, "ics-encoding", 28));
    CHECK(format_date(ev.info.start_date) == "2022-05-17");
    CHECK(format_date(ev.info.end_date) == "2022-05-20");
}

TEST_CASE("the time-zone traps give the instants computed by hand", "[ics-import]") {
    SECTION("a custom TZID with its VTIMEZONE (America/New_York's rules)") {
        const ImportResult r = import(read_file(ical_dir + "icalendar-america_new_york.ics"));
        INFO(messages(r.diagnostics));
        // Its VTIMEZONE: since 2007, EDT (UTC-4) from the second Sunday of March to the first
        // of November, so 2014-08-29 08:00-10:00 is 12:00-14:00 UTC.
        const Session& s = session(r.event, "noend123");
        CHECK(s.start == utc("2014-08-29 12:00"));
        CHECK(s.duration == std::chrono::hours{2});
        CHECK(r.event.info.timezone_name == "America/New_York");  // "custom_" + an IANA name
    }
    SECTION("an ambiguous transition in a zone of the file's own") {
        const ImportResult r =
            import(read_file(ical_dir + "icalendar-issue_722_timezone_transition_ambiguity.ics"));
        INFO(messages(r.diagnostics));
        const Event& ev = r.event;
        // MyTimezone: UTC+12 from 2024-01-01; at 08:00 local on 2024-05-05 (20:00 UTC on the
        // 4th) the clocks go back to 06:00, UTC+10.
        CHECK(session(ev, "0").start == utc("2024-03-02 20:00"));  // 08:00 at +12
        CHECK(session(ev, "1").start == utc("2024-08-02 22:00"));  // 08:00 at +10
        // 08:00:01 exists once, after the change: +10.
        CHECK(session(ev, "2").start == utc("2024-05-04 22:00:01"));
        // 07:00:01 happens at +12 (19:00:01 UTC) and again at +10 (21:00:01 UTC); RFC 5545
        // §3.3.5 takes the first.
        CHECK(session(ev, "3").start == utc("2024-05-04 19:00:01"));
        CHECK(has(r.diagnostics, "ambiguous-time", 42));
        CHECK_FALSE(has(r.diagnostics, "ambiguous-time", 35));
        // No DTEND: a moment, said so.
        CHECK(session(ev, "0").duration == std::chrono::minutes{1});
        CHECK(has(r.diagnostics, "missing-key", 22));
        // Its title comes from the multi-line SUMMARY, unfolded.
        CHECK(session(ev, "3").title.get("en") ==
              "Transition is from 8am -> 6am, so 7:00:01 is winter RFC5545 does not allow us to "
              "be at the later TZ.");
    }
    SECTION("several zones: a TZID, UTC and a floating time") {
        const ImportResult r = import(read_file(ical_dir + "icalendar-multiple_timezones.ics"));
        INFO(messages(r.diagnostics));
        const Event& ev = r.event;
        CHECK(ev.info.timezone_name == "America/New_York");
        // 2021-03-02 is winter in New York, UTC-5.
        CHECK(session(ev, "test-vtime-named-timezone").start == utc("2021-03-02 05:00"));
        CHECK(session(ev, "test-vtime-utc").start == utc("2021-03-02 00:00"));
        // Floating: the event's zone.
        CHECK(session(ev, "test-vtime-floating").start == utc("2021-03-02 05:00"));
        CHECK(has(r.diagnostics, "floating-time", 32));
        // libical drops RDATE;VALUE=TIME (not a valid RDATE), said at its VEVENT.
        CHECK(has(r.diagnostics, "ics-syntax", 20));
        CHECK(has(r.diagnostics, "missing-key", 20));  // no SUMMARY
        CHECK(session(ev, "test-vtime-utc").title.get("en") == "Untitled");
    }
    SECTION("Pacific/Fiji under a custom TZID, and a VEVENT with two DTSTARTs") {
        const ImportResult r = import(read_file(ical_dir + "icalendar-pacific_fiji.ics"));
        INFO(messages(r.diagnostics));
        // Its VTIMEZONE: standard time (UTC+12) from 2014-01-19 until the Sunday between 21 and
        // 27 October; 2014-08-29 08:00 is 2014-08-28 20:00 UTC.
        CHECK(session(r.event, "noend123").start == utc("2014-08-28 20:00"));
        CHECK(r.event.info.timezone_name == "Pacific/Fiji");  // its X-LIC-LOCATION
        CHECK(has(r.diagnostics, "ics-syntax", 49));          // the second DTSTART, left out
    }
    SECTION("Europe/Vienna with its VTIMEZONE, across several days") {
        const ImportResult r = import(read_file(ical_dir + "icalendar-timezoned.ics"));
        INFO(messages(r.diagnostics));
        const Event& ev = r.event;
        CHECK(ev.info.title.get("en") == "test create calendar");
        CHECK(ev.info.timezone_name == "Europe/Vienna");
        // February: CET, UTC+1. 13th 10:00 to 17th 18:00 is 09:00 to 17:00 UTC, 4 days 8 hours.
        const Session& s = session(ev, "123456");
        CHECK(s.start == utc("2012-02-13 09:00"));
        CHECK(s.duration == std::chrono::hours{104});
        CHECK(s.description.get("en") == "sprinting at the artsprint");
        CHECK(format_date(ev.info.start_date) == "2012-02-13");
        CHECK(format_date(ev.info.end_date) == "2012-02-17");
        CHECK(r.diagnostics.empty());
    }
}

// ---------------------------------------------------------------------------------------------
// Zones and times, one trap at a time

TEST_CASE("IANA zones follow RFC 5545 in a DST gap and overlap", "[ics-import]") {
    const ImportResult r = import(calendar(
        "BEGIN:VEVENT\r\nUID:gap\r\nSUMMARY:Gap\r\n"
        "DTSTART;TZID=America/New_York:20070311T023000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:overlap\r\nSUMMARY:Overlap\r\n"
        "DTSTART;TZID=America/New_York:20071104T013000\r\nDURATION:PT30M\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    // RFC 5545 §3.3.5's own examples: 02:30 on 2007-03-11 does not exist and is read with the
    // offset before the gap (EST, -5): 07:30 UTC, shown 03:30 EDT. 01:30 on 2007-11-04 is the
    // first, EDT (-4): 05:30 UTC.
    CHECK(session(r.event, "gap").start == utc("2007-03-11 07:30"));
    CHECK(session(r.event, "overlap").start == utc("2007-11-04 05:30"));
    CHECK(has(r.diagnostics, "nonexistent-time", 7));
    CHECK(has(r.diagnostics, "ambiguous-time", 13));
    written_and_loaded(r.event);
}

TEST_CASE("TZIDs that are not IANA names map through prefixes and Windows names", "[ics-import]") {
    const ImportResult r = import(calendar(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\n"
        "DTSTART;TZID=/citadel.org/20190101_1/Europe/Paris:20250210T180000\r\n"
        "DTEND;TZID=/citadel.org/20190101_1/Europe/Paris:20250210T190000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:B\r\n"
        "DTSTART;TZID=\"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\":"
        "20250710T180000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:C\r\n"
        "DTSTART;TZID=Eastern Standard Time:20250710T180000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:D\r\n"
        "DTSTART;TZID=Somewhere/Nowhere:20250710T180000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    const Event& ev = r.event;
    CHECK(session(ev, "a").start == utc("2025-02-10 17:00"));  // Paris in February: +1
    CHECK(session(ev, "b").start == utc("2025-07-10 16:00"));  // Berlin in July: +2
    CHECK(session(ev, "c").start == utc("2025-07-10 22:00"));  // New York in July: -4
    CHECK(session(ev, "d").start == utc("2025-07-10 18:00"));  // unknown: UTC, said
    CHECK(has(r.diagnostics, "unknown-timezone", 25));
    CHECK(ev.info.timezone_name == "Europe/Paris");  // of the most used, the first in the file
    written_and_loaded(ev);
}

TEST_CASE("a VTIMEZONE whose rules libical would expand for hours is not followed",
          "[ics-import]") {
    const ImportResult r = import(
        calendar("BEGIN:VTIMEZONE\r\nTZID:Fast\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                 "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=SECONDLY\r\nEND:STANDARD\r\n"
                 "END:VTIMEZONE\r\n"
                 "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART;TZID=Fast:20250210T180000\r\n"
                 "DURATION:PT1H\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    CHECK(has(r.diagnostics, "unknown-timezone", 4));
    CHECK(session(r.event, "a").start == utc("2025-02-10 18:00"));
}

TEST_CASE("an IANA TZID follows the tz database when the file's VTIMEZONE is stale",
          "[ics-import]") {
    // The VTIMEZONE of icalendar-multiple_timezones.ics: New York before 2007, DST from the first
    // Sunday of April. On 2021-03-20 the tz database (since 2007: second Sunday of March) says
    // EDT, -4: 10:00 is 14:00 UTC, where the stale rules would say 15:00.
    const ImportResult r = import(calendar(
        "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\n"
        "TZOFFSETTO:-0500\r\nDTSTART:19671029T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
        "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
        "DTSTART:19870405T020000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\r\nEND:DAYLIGHT\r\n"
        "END:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART;TZID=America/New_York:20210320T100000\r\n"
        "DURATION:PT1H\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    CHECK(session(r.event, "a").start == utc("2021-03-20 14:00"));
    CHECK(has(r.diagnostics, "unknown-timezone", 22));
}

TEST_CASE("whole-day events are whole-day sessions on their own date", "[ics-import]") {
    const ImportResult r = import(calendar(
        "X-WR-TIMEZONE:Europe/Paris\r\n"
        "BEGIN:VEVENT\r\nUID:desk\r\nSUMMARY:Registration desk\r\nDTSTART;VALUE=DATE:20250210\r\n"
        "DTEND;VALUE=DATE:20250212\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:day\r\nSUMMARY:Day\r\nDTSTART;VALUE=DATE:20250213\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:talk\r\nSUMMARY:Talk\r\nDTSTART;TZID=Europe/Paris:20250211T100000\r\n"
        "DTEND;TZID=Europe/Paris:20250211T110000\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    const Event& ev = r.event;
    // Midnight in Paris (UTC+1 in February), for two days; a DTSTART alone is one day.
    CHECK(session(ev, "desk").start == utc("2025-02-09 23:00"));
    CHECK(session(ev, "desk").duration == std::chrono::hours{48});
    CHECK(session(ev, "day").duration == std::chrono::hours{24});
    CHECK(ev.info.day_change == Minutes{0});
    CHECK(format_date(ev.info.start_date) == "2025-02-10");
    CHECK(format_date(ev.info.end_date) == "2025-02-13");
    const LoadResult loaded = written_and_loaded(ev);
    CHECK(loaded.event.programme_day(session(loaded.event, "desk")) == ev.info.start_date);
}

TEST_CASE("DURATION counts days on the wall clock across a change of the clocks", "[ics-import]") {
    const ImportResult r = import(calendar(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART;TZID=Europe/Paris:20250329T100000\r\n"
        "DURATION:P1DT2H\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    // Saturday 10:00 CET (09:00 UTC) plus one day is Sunday 10:00 CEST (08:00 UTC), plus two
    // hours: 10:00 UTC; 25 hours in all, not 26.
    const Session& s = session(r.event, "a");
    CHECK(s.start == utc("2025-03-29 09:00"));
    CHECK(s.duration == std::chrono::hours{25});
}
