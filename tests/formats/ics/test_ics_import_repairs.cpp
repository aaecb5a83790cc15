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
    const ImportResult r =
        import(calendar("X-WR-CALNAME:Journ\xe9"
                        "es\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Caf\xe9 \x96 d\xe9"
                        "bat\r\n"
                        "DTSTART:20250210T100000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"));
    INFO(messages(r.diagnostics));
    CHECK(r.event.info.title.get("en") == "Journées");
    CHECK(session(r.event, "a").title.get("en") == "Café \u2013 débat");
    CHECK(has(r.diagnostics, "ics-encoding"));
}

TEST_CASE("stray bytes in a UTF-8 calendar become U+FFFD, with their line", "[ics-import]") {
    const ImportResult r =
        import(calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Caf\xc3\xa9 \xff ok\x01\r\n"
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
        "BEGIN:VCALENDAR\r\n"                                                 // 1
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\n"                              // 2-4
        "this line is not a content line\r\n"                                 // 5
        "DTSTART:20250210T100000Z\r\nDURATION:PT1H\r\n"                       // 6-7
        "BEGIN:VALARM\r\nEND:VEVENT\r\n"                                      // 8-9: no END:VALARM
        "END:VTODO\r\n"                                                       // 10: no BEGIN
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:B\r\nDTSTART:20250210T110000Z\r\n"  // 11-14
        "END:VCALENDAR\r\n");  // 15: VEVENT b not ended
    INFO(messages(r.diagnostics));
    CHECK(r.event.sessions.size() == 2);
    CHECK(has(r.diagnostics, "ics-syntax", 5));
    CHECK(has(r.diagnostics, "ics-syntax", 8));
    CHECK(has(r.diagnostics, "ics-syntax", 10));
    CHECK(has(r.diagnostics, "ics-syntax", 11));
}

TEST_CASE("dates no schedule holds leave the session unscheduled, with the line", "[ics-import]") {
    const ImportResult r =
        import(calendar("BEGIN:VEVENT\r\nUID:far\r\nSUMMARY:Far\r\nDTSTART:99991231T230000Z\r\n"
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
        body +=
            "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:X\r\nDTSTART:20250210T100000Z\r\n"
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
    const std::string text =
        "BEGIN:VCALENDAR\r\nX-A:" + std::string(1'000'000, 'x') + "\r\nEND:VCALENDAR\r\n";
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
