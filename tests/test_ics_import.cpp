// SPDX-License-Identifier: MIT
// The iCalendar import (issue 3): every real calendar of ../shared/data/ical imports with one
// session per VEVENT and writes an event file that loads; the instants of the time-zone traps are
// the ones computed by hand; the messy JRES file's French comes through whole; what was repaired
// is said; garbage gets a diagnostic, never a crash; and an export of a seed event imports back.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "formats/formats.h"
#include "formats/ics/ics_import.h"
#include "formats/ics/ics_import_detail.h"
#include "io/event_loader.h"
#include "io/event_writer.h"

using namespace summitry;

namespace {

const std::string ical_dir = SUMMITRY_SHARED_DIR "/data/ical/";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// BEGIN:VEVENT lines, counted on the bytes without the importer's help.
std::size_t count_vevents(std::string_view text) {
    std::size_t n = 0, pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line == "BEGIN:VEVENT") ++n;
        pos = end + 1;
    }
    return n;
}

ImportResult import(std::string_view text, const std::string& name = "test.ics") {
    return import_ics(text, name);
}

std::string messages(const Diagnostics& d) {
    std::string out;
    for (const auto& x : d.items())
        out += std::string(to_string(x.severity)) + " " + x.rule + " line " +
               std::to_string(x.loc.line) + ": " + x.message + "\n";
    return out;
}

bool has(const Diagnostics& d, std::string_view rule, std::uint32_t line = 0) {
    return std::any_of(d.items().begin(), d.items().end(), [&](const Diagnostic& x) {
        return x.rule == rule && (line == 0 || x.loc.line == line);
    });
}

// What `import` writes must load without errors (spec: every imported file loads).
LoadResult written_and_loaded(const Event& ev) {
    std::ostringstream out;
    write_event_yaml(out, ev);
    LoadResult r = load_event_text(out.str(), "imported.yaml");
    INFO(out.str().substr(0, 2000));
    INFO(messages(r.diagnostics));
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return r;
}

const Session& session(const Event& ev, std::string_view id) {
    const Index i = ev.find_session(id);
    INFO("session " << id);
    REQUIRE(i != no_index);
    return ev.sessions[static_cast<std::size_t>(i)];
}

// An instant from its UTC reading, "2014-08-29 12:00:00".
Instant utc(std::string_view text) {
    const auto t = parse_date_time(text);
    REQUIRE(t);
    return Instant{t->local.time_since_epoch()};
}

std::string calendar(std::string_view body) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + std::string(body) +
           "END:VCALENDAR\r\n";
}

}  // namespace

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
        CHECK(session(ev, "0").start == utc("2024-03-02 20:00"));     // 08:00 at +12
        CHECK(session(ev, "1").start == utc("2024-08-02 22:00"));     // 08:00 at +10
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
        CHECK(has(r.diagnostics, "ics-syntax", 49));  // the second DTSTART, left out
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

TEST_CASE("TZIDs that are not IANA names map through prefixes and Windows names",
          "[ics-import]") {
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
    const ImportResult r = import(calendar(
        "BEGIN:VTIMEZONE\r\nTZID:Fast\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
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

TEST_CASE("DURATION counts days on the wall clock across a change of the clocks",
          "[ics-import]") {
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

// ---------------------------------------------------------------------------------------------
// What each property becomes

TEST_CASE("a VEVENT's properties become the session's", "[ics-import]") {
    const ImportResult r = import(calendar(
        "X-WR-CALNAME:Demo Day\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
        "BEGIN:VEVENT\r\nUID:k1@example.org\r\nSUMMARY:Opening\\, with news\r\n"
        "DESCRIPTION:Speakers: Ann Smith\\, Bob Jones\\nWhat is new.\r\n"
        "LOCATION:Hall A\r\nCATEGORIES:Keynote,Open Source\r\nCATEGORIES:AI\r\n"
        "STATUS:TENTATIVE\r\nSEQUENCE:3\r\nURL:https://example.org/k1\r\nCLASS:PRIVATE\r\n"
        "ORGANIZER;CN=Program Office:mailto:program@example.org\r\n"
        "ATTENDEE;CN=Some Guest:mailto:guest@example.org\r\n"
        "DTSTART;TZID=Europe/Berlin:20250301T090000\r\nDTEND;TZID=Europe/Berlin:20250301T093000\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:k2@example.org\r\nSUMMARY:Later\r\nLOCATION:Hall A\r\n"
        "DESCRIPTION:Speaker: Bob Jones\r\nSTATUS:CANCELLED\r\n"
        "DTSTART;TZID=Europe/Berlin:20250302T090000\r\nDURATION:PT45M\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    CHECK(r.diagnostics.empty());
    const Event& ev = r.event;
    CHECK(ev.info.id == "demo-day");
    CHECK(ev.info.title.get("en") == "Demo Day");
    CHECK(ev.info.timezone_name == "Europe/Berlin");
    const Session& s = session(ev, "k1");  // "@example.org" is every UID's
    CHECK(s.title.get("en") == "Opening, with news");
    CHECK(s.description.get("en") == "What is new.");
    CHECK(s.kind == SessionKind::keynote);
    REQUIRE(s.track != no_index);
    CHECK(ev.tracks[static_cast<std::size_t>(s.track)].name.get("en") == "Open Source");
    CHECK(s.tags == std::vector<std::string>{"AI"});
    CHECK(s.status == SessionStatus::tentative);
    CHECK(s.revision == 3);
    CHECK(s.url == "https://example.org/k1");
    CHECK_FALSE(s.is_public);
    REQUIRE(s.speakers.size() == 2);
    CHECK(ev.people[static_cast<std::size_t>(s.speakers[0])].name == "Ann Smith");
    // The organizer and the attendee are not speakers, and not people of the event at all.
    CHECK(ev.people.size() == 2);
    const Session& later = session(ev, "k2");
    CHECK(later.status == SessionStatus::cancelled);
    CHECK(later.speakers == std::vector<Index>{s.speakers[1]});  // Bob Jones, merged by name
    CHECK(later.room == s.room);
    CHECK(later.duration == std::chrono::minutes{45});
    CHECK(ev.venues.size() == 1);
    written_and_loaded(ev);
}

TEST_CASE("duplicate UIDs are repaired, never merged or dropped", "[ics-import]") {
    std::string body;
    for (int i = 0; i < 3; ++i)
        body += "BEGIN:VEVENT\r\nUID:same\r\nSUMMARY:S" + std::to_string(i) +
                "\r\nDTSTART:20250210T100000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n";
    const ImportResult r = import(calendar(body));
    INFO(messages(r.diagnostics));
    REQUIRE(r.event.sessions.size() == 3);
    CHECK(r.event.sessions[0].id == "same");
    CHECK(r.event.sessions[1].id == "same-2");
    CHECK(r.event.sessions[2].id == "same-3");
    CHECK(session(r.event, "same-3").title.get("en") == "S2");
    CHECK(has(r.diagnostics, "duplicate-id", 10));
    CHECK(has(r.diagnostics, "duplicate-id", 16));
    written_and_loaded(r.event);
}

TEST_CASE("a recurring event keeps its first occurrence and says so", "[ics-import]") {
    const ImportResult r = import(calendar(
        "BEGIN:VEVENT\r\nUID:lunch\r\nSUMMARY:Lunch\r\nDTSTART:20250210T120000Z\r\n"
        "DURATION:PT1H\r\nRRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:lunch\r\nSUMMARY:Late lunch\r\nRECURRENCE-ID:20250211T120000Z\r\n"
        "DTSTART:20250211T130000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    REQUIRE(r.event.sessions.size() == 2);
    CHECK(session(r.event, "lunch").start == utc("2025-02-10 12:00"));
    CHECK(session(r.event, "lunch-20250211t120000z").title.get("en") == "Late lunch");
    CHECK(has(r.diagnostics, "ics-recurrence", 4));
    CHECK(has(r.diagnostics, "ics-recurrence", 14));
    CHECK_FALSE(has(r.diagnostics, "duplicate-id"));
}

TEST_CASE("a Latin-1 calendar is read as Windows-1252", "[ics-import]") {
    const ImportResult r = import(calendar(
        "X-WR-CALNAME:Journ\xe9" "es\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Caf\xe9 \x96 d\xe9" "bat\r\n"
        "DTSTART:20250210T100000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    CHECK(r.event.info.title.get("en") == "Journées");
    CHECK(session(r.event, "a").title.get("en") == "Café \u2013 débat");
    CHECK(has(r.diagnostics, "ics-encoding"));
}

TEST_CASE("stray bytes in a UTF-8 calendar become U+FFFD, with their line", "[ics-import]") {
    const ImportResult r = import(calendar(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Caf\xc3\xa9 \xff ok\x01\r\n"
        "DTSTART:20250210T100000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    CHECK(session(r.event, "a").title.get("en") == "Café \uFFFD ok");
    CHECK(has(r.diagnostics, "ics-encoding", 6));
    written_and_loaded(r.event);
}

TEST_CASE("a backslash RFC 5545 does not know stays in the text", "[ics-import]") {
    // libical would drop the backslash and the byte after it: half of the apostrophe (E2 80 99).
    const ImportResult r = import(calendar(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:IP \\\u2019un site\\, C:\\temp\\\\x\\nz\\\r\n"
        "DTSTART:20250210T100000Z\r\nDURATION:PT1H\r\nURL:http://x.org/a\\b\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    CHECK(session(r.event, "a").title.get("en") == "IP \\\u2019un site, C:\\temp\\x\nz\\");
    CHECK(session(r.event, "a").url == "http://x.org/a\\b");
    written_and_loaded(r.event);
}

// ---------------------------------------------------------------------------------------------
// Bad input: a diagnostic with a line, never a crash

TEST_CASE("what is not a calendar is refused with a clear error", "[ics-import]") {
    for (std::string_view text : {std::string_view{}, std::string_view{"hello, world\n"},
                                  std::string_view{"BEGIN:VCARD\r\nFN:Ann\r\nEND:VCARD\r\n"},
                                  std::string_view{"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16}}) {
        const ImportResult r = import(text);
        INFO(messages(r.diagnostics));
        CHECK(r.diagnostics.has_errors());
        CHECK(has(r.diagnostics, "not-icalendar"));
    }
    const ImportResult empty = import(calendar(""));
    CHECK(has(empty.diagnostics, "no-events"));
}

TEST_CASE("random bytes end with diagnostics", "[ics-import]") {
    std::mt19937 rng(42);
    for (int round = 0; round < 200; ++round) {
        std::string text = round % 2 == 0 ? "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" : "";
        const std::size_t n = rng() % 2000;
        for (std::size_t i = 0; i < n; ++i) text += static_cast<char>(rng() % 256);
        const ImportResult r = import(text);
        for (const auto& d : r.diagnostics.items()) CHECK_FALSE(d.message.empty());
        if (!r.diagnostics.has_errors()) written_and_loaded(r.event);
    }
}

TEST_CASE("a truncated calendar keeps what it holds and says where it ends", "[ics-import]") {
    const std::string text = read_file(ical_dir + "linux-conf-au-2020.ics");
    // Cut inside the 100th VEVENT.
    std::size_t pos = 0;
    for (int i = 0; i < 100; ++i) pos = text.find("BEGIN:VEVENT", pos + 1);
    const std::string cut = text.substr(0, text.find("DTEND", pos));
    const ImportResult r = import(cut);
    INFO(messages(r.diagnostics));
    CHECK_FALSE(r.diagnostics.has_errors());
    CHECK(r.event.sessions.size() == 100);
    CHECK(has(r.diagnostics, "ics-syntax"));  // BEGIN:VEVENT with no END, and no END:VCALENDAR
    // The last session has no end: a moment.
    CHECK(r.event.sessions.back().duration == std::chrono::minutes{1});
    written_and_loaded(r.event);
}

TEST_CASE("broken structure is repaired with the lines named", "[ics-import]") {
    const ImportResult r = import(
        "BEGIN:VCALENDAR\r\n"                                       // 1
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\n"                    // 2-4
        "this line is not a content line\r\n"                       // 5
        "DTSTART:20250210T100000Z\r\nDURATION:PT1H\r\n"             // 6-7
        "BEGIN:VALARM\r\nEND:VEVENT\r\n"                            // 8-9: no END:VALARM
        "END:VTODO\r\n"                                             // 10: no BEGIN
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:B\r\nDTSTART:20250210T110000Z\r\n"  // 11-14
        "END:VCALENDAR\r\n");                                       // 15: VEVENT b not ended
    INFO(messages(r.diagnostics));
    CHECK(r.event.sessions.size() == 2);
    CHECK(has(r.diagnostics, "ics-syntax", 5));
    CHECK(has(r.diagnostics, "ics-syntax", 8));
    CHECK(has(r.diagnostics, "ics-syntax", 10));
    CHECK(has(r.diagnostics, "ics-syntax", 11));
}

TEST_CASE("dates no schedule holds leave the session unscheduled, with the line",
          "[ics-import]") {
    const ImportResult r = import(calendar(
        "BEGIN:VEVENT\r\nUID:far\r\nSUMMARY:Far\r\nDTSTART:99991231T230000Z\r\n"
        "DURATION:P366D\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:near\r\nSUMMARY:Near\r\nDTSTART:20250230T100000Z\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:OK\r\nDTSTART:20250210T100000Z\r\n"
        "DTEND:20250210T090000Z\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    REQUIRE(r.event.sessions.size() == 3);
    CHECK_FALSE(session(r.event, "far").start.has_value());
    CHECK_FALSE(session(r.event, "near").start.has_value());  // 30 February
    CHECK(has(r.diagnostics, "bad-value", 7));
    CHECK(has(r.diagnostics, "bad-value", 13));
    CHECK(has(r.diagnostics, "bad-range", 18));  // DTEND before DTSTART: a moment
    CHECK(session(r.event, "ok").duration == std::chrono::minutes{1});
    written_and_loaded(r.event);
}

TEST_CASE("components nested absurdly deep are refused", "[ics-import]") {
    std::string text = "BEGIN:VCALENDAR\r\n";
    for (int i = 0; i < 10000; ++i) text += "BEGIN:VEVENT\r\n";
    const ImportResult r = import(text);
    CHECK(r.diagnostics.has_errors());
    CHECK(has(r.diagnostics, "ics-syntax", 13));
}

TEST_CASE("warnings of one kind are capped, and counted", "[ics-import]") {
    std::string body;
    for (int i = 0; i < 100; ++i)
        body += "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:X\r\nDTSTART:20250210T100000Z\r\n"
                "DURATION:PT1H\r\nEND:VEVENT\r\n";
    const ImportResult r = import(calendar(body));
    REQUIRE(r.event.sessions.size() == 100);
    const auto n = std::count_if(r.diagnostics.items().begin(), r.diagnostics.items().end(),
                                 [](const Diagnostic& d) { return d.rule == "duplicate-id"; });
    CHECK(n == 21);  // 20 warnings and one note: "and 79 more"
}

TEST_CASE("inputs the fuzzer found import without a crash", "[ics-import]") {
    std::size_t count = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(SUMMITRY_TEST_DATA "/fuzz-regressions")) {
        if (entry.path().extension() != ".ics") continue;
        INFO(entry.path());
        const ImportResult r = import_counted(*find_import_format("ics"), read_file(entry.path()),
                                              entry.path().string());
        for (const auto& d : r.diagnostics.items()) {
            CHECK_FALSE(d.message.empty());
            CHECK(d.rule != "import-count");  // every VEVENT imported or named as skipped
        }
        if (!r.diagnostics.has_errors()) written_and_loaded(r.event);
        ++count;
    }
    SUCCEED("imported " << count << " regression inputs");
}

// ---------------------------------------------------------------------------------------------
// Round trip through Summitry's own export

TEST_CASE("a seed event exported to iCalendar imports back", "[ics-import]") {
    const ExportFormat* ics = find_export_format("ics");
    REQUIRE(ics != nullptr);
    const LoadResult seed = load_event(SUMMITRY_SOURCE_DIR "/schedules/ai-for-growth-2025.yaml");
    REQUIRE_FALSE(seed.diagnostics.has_errors());
    ExportRequest req;
    req.include_private = true;  // every scheduled session
    req.now = utc("2025-01-01 00:00");
    std::ostringstream out;
    ics->write(seed.event, req, out);

    const ImportResult r = import(out.str(), "ai-for-growth-2025.ics");
    INFO(messages(r.diagnostics));
    REQUIRE_FALSE(r.diagnostics.has_errors());
    const Event& a = seed.event;
    const Event& b = r.event;
    CHECK(b.info.id == a.info.id);
    CHECK(b.info.timezone_name == a.info.timezone_name);
    CHECK(b.info.start_date == a.info.start_date);
    std::size_t compared = 0;
    for (const Session& s : a.sessions) {
        if (!s.scheduled()) continue;
        INFO(s.id);
        const Session& t = session(b, s.id);
        CHECK(t.title.get(a.default_language()) == s.title.get(a.default_language()));
        CHECK(t.start == s.start);
        CHECK(t.end() == s.end());
        CHECK(t.status == s.status);
        CHECK(t.revision == s.revision);
        CHECK(t.is_public == s.is_public);
        CHECK(t.kind == s.kind);
        const Room& ra = a.rooms[static_cast<std::size_t>(s.room)];
        const Room& rb = b.rooms[static_cast<std::size_t>(t.room)];
        CHECK(rb.name.get("en") == ra.name.get(a.default_language()));
        CHECK(b.venues[static_cast<std::size_t>(rb.venue)].name.get("en") ==
              a.venues[static_cast<std::size_t>(ra.venue)].name.get(a.default_language()));
        std::vector<std::string> people_a, people_b;
        for (Index p : s.speakers) people_a.push_back(a.people[static_cast<std::size_t>(p)].name);
        for (Index p : t.speakers) people_b.push_back(b.people[static_cast<std::size_t>(p)].name);
        CHECK(people_b == people_a);
        ++compared;
    }
    CHECK(compared == b.sessions.size());
    CHECK(compared > 10);
    written_and_loaded(b);
}

TEST_CASE("a line of a megabyte reaches libical with one search for its end", "[ics][linear]") {
    // prepare() unfolds, so a DESCRIPTION folded 300,000 times is one line; libical's own
    // icalparser_parse_string searched for its end again for each 79-byte piece (65 s).
    const std::string text = "BEGIN:VCALENDAR\r\nX-A:" + std::string(1'000'000, 'x') + "\r\nEND:VCALENDAR\r\n";
    ics::LineFeeder feeder(text);
    std::string back;
    char piece[80];
    std::size_t pieces = 0;
    while (char* p = feeder.next(piece, sizeof piece)) {
        const std::string_view got(p);
        REQUIRE(got.size() <= 79);
        REQUIRE((got.back() == '\n' || got.size() == 79));  // a piece never runs past a line's end
        back += got;
        ++pieces;
    }
    CHECK(back == text);
    CHECK(pieces > 1'000'000 / 79);
    CHECK(feeder.bytes_searched() == text.size());
}

TEST_CASE("a description folded 300,000 times imports whole, clipped as any long text",
          "[ics][linear]") {
    std::string text =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
        "DTSTAMP:20250101T000000Z\r\nDTSTART:20250301T100000Z\r\nDTEND:20250301T110000Z\r\n"
        "SUMMARY:Folded\r\nDESCRIPTION:start";
    for (int i = 0; i < 300'000; ++i) text += "\r\n abcdefghij";
    text += "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const ImportResult r = import_ics(text, "folded.ics");
    REQUIRE(r.diagnostics.errors() == 0);
    REQUIRE(r.event.sessions.size() == 1);
    REQUIRE(r.event.sessions[0].description.values().size() == 1);
    const std::string& description = r.event.sessions[0].description.values()[0].second;
    CHECK(description.starts_with("startabcdefghijabcdefghij"));
    CHECK(description.size() == 60'000);  // cut, with a warning, as any text that long
}
