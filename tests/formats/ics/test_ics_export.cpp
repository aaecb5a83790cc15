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

TEST_CASE("the export is registered as 'ics' in the format table", "[ics]") {
    const ExportFormat* f = find_export_format("ics");
    REQUIRE(f != nullptr);
    CHECK(f->extension == ".ics");
    const Event ev = load(event_text(sessions));
    std::ostringstream out;
    ExportRequest req;
    req.now = fixed_now;
    f->write(ev, req, out);
    CHECK(out.str() == export_text(ev));
}

TEST_CASE("the calendar starts with PRODID, VERSION, CALSCALE, METHOD and its name and zone",
          "[ics]") {
    const Event ev = load(event_text(sessions));
    const auto lines = content_lines(export_text(ev));
    REQUIRE(lines.size() > 8);
    CHECK(lines[0] == "BEGIN:VCALENDAR");
    CHECK(lines[1] == "PRODID:-//Summitry//Summitry 0.1//EN");
    CHECK(lines[2] == "VERSION:2.0");
    CHECK(lines[3] == "CALSCALE:GREGORIAN");
    CHECK(lines[4] == "METHOD:PUBLISH");
    CHECK(lines[5] == "X-WR-CALNAME:Summit");
    CHECK(lines[6] == "X-WR-TIMEZONE:Europe/Paris");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VCALENDAR") == 1);

    ExportRequest fr;
    fr.lang = "fr";
    CHECK(content_lines(export_text(ev, fr))[5] == "X-WR-CALNAME:Sommet");
}

TEST_CASE("a filtered calendar is named after its person, track or room", "[ics]") {
    const Event ev = load(event_text(sessions));
    const auto name = [&](ExportRequest req) { return content_lines(export_text(ev, req))[5]; };
    ExportRequest person;
    person.person = ev.find_person("ada");
    CHECK(name(person) == "X-WR-CALNAME:Summit — Ada Lovelace");
    ExportRequest track;
    track.track = ev.find_track("policy");
    CHECK(name(track) == "X-WR-CALNAME:Summit — Policy\\, law\\; ethics");
    ExportRequest room;
    room.room = ev.find_room("salon");
    room.lang = "fr";
    CHECK(name(room) == "X-WR-CALNAME:Sommet — Petit salon\\, Embassy");
}

TEST_CASE("every line ends in CRLF and holds at most 75 octets of whole UTF-8 characters",
          "[ics]") {
    for (const char* name :
         {"ai-for-growth-2025.yaml", "digital-sovereignty-summit-berlin-2025.yaml"}) {
        INFO(name);
        const LoadResult r = load_event(std::string(SUMMITRY_SOURCE_DIR "/schedules/") + name);
        REQUIRE_FALSE(r.diagnostics.has_errors());
        for (const char* lang : {"", "en", "fr", "de"}) {
            ExportRequest req;
            req.lang = lang;
            req.include_private = true;
            const std::string ics = export_text(r.event, req);
            CHECK(ics.find('\n') != std::string::npos);
            // No bare LF or CR anywhere: every line end is CRLF.
            for (std::size_t i = 0; i < ics.size(); ++i) {
                if (ics[i] == '\n') REQUIRE((i > 0 && ics[i - 1] == '\r'));
                if (ics[i] == '\r') REQUIRE((i + 1 < ics.size() && ics[i + 1] == '\n'));
            }
            require_well_formed_lines(ics);
        }
    }
}

TEST_CASE("long French and German titles fold at 75 octets without splitting a character",
          "[ics]") {
    // Every alignment of two-, three- and four-octet characters against the fold.
    const std::vector<std::string> titles = {
        "Conversation au coin du feu : le Royaume-Uni, la France et la course mondiale à l'IA — "
        "souveraineté, énergie, données, éthique et présence européenne",
        "Podiumsdiskussion: Künstliche Intelligenz für die öffentliche Verwaltung – Chancen, "
        "Risiken, Übergänge und die Größe der Aufgabe für Länder und Kommunen",
        "x" + std::string(40, ' ') + repeat("é", 50),
        "xx" + repeat("€", 70),
        "xxx" + repeat("😀", 40),
        repeat("😀", 40),
    };
    for (int shift = 0; shift < 4; ++shift) {
        std::vector<std::string> parts;
        for (std::size_t i = 0; i < titles.size(); ++i) {
            const std::string title = std::string(static_cast<std::size_t>(shift), 'y') + titles[i];
            parts.push_back("  - id: t" + std::to_string(i) + "\n    title: \"" + title +
                            "\"\n    room: ballroom\n    start: 2025-02-10 1" + std::to_string(i) +
                            ":00\n    duration: 30min\n");
        }
        const Event ev = load(event_text(parts));
        const std::string ics = export_text(ev);
        require_well_formed_lines(ics);
        const auto events = parsed_events(ics);
        for (std::size_t i = 0; i < titles.size(); ++i) {
            INFO("shift " << shift << ", title " << i);
            const auto it = events.find(uid_of("t" + std::to_string(i)));
            REQUIRE(it != events.end());
            CHECK(it->second.summary ==
                  std::string(static_cast<std::size_t>(shift), 'y') + titles[i]);
        }
        // The long lines are folded, not left long.
        CHECK(physical_lines(ics).size() > content_lines(ics).size() + titles.size());
    }
}

TEST_CASE("backslash, semicolon, comma and newline are escaped in every text", "[ics]") {
    const Event ev = load(event_text(sessions));
    const std::string ics = export_text(ev);
    CHECK(raw_property(ics, uid_of("panel"), "SUMMARY") == "Data\\; trust\\, and \\\\ backslashes");
    CHECK(raw_property(ics, uid_of("panel"), "DESCRIPTION") ==
          "Speakers: Bruno Latour\\n\\nline one\\nline two");
    CHECK(raw_property(ics, uid_of("panel"), "CATEGORIES") == "panel,Policy\\, law\\; ethics");
    CHECK(raw_property(ics, uid_of("keynote"), "LOCATION") ==
          "Ballroom\\, Embassy\\, 35 rue du Faubourg Saint-Honoré\\, 75008 Paris");
    // And a parser gets the texts back as written.
    const auto events = parsed_events(ics);
    const ParsedEvent& panel = events.at(uid_of("panel"));
    CHECK(panel.summary == "Data; trust, and \\ backslashes");
    CHECK(panel.description == "Speakers: Bruno Latour\n\nline one\nline two");
    CHECK(panel.categories == std::vector<std::string>{"panel", "Policy, law; ethics"});
}

TEST_CASE("a VEVENT carries the session's texts, place, kind, track, status and URL", "[ics]") {
    const Event ev = load(event_text(sessions));
    const auto events = parsed_events(export_text(ev));
    const ParsedEvent& k = events.at(uid_of("keynote"));
    CHECK(k.summary == "Opening keynote");
    CHECK(k.description ==
          "Speakers: Ada Lovelace (Mathematician, Acme Research)\n"
          "Moderators: Bruno Latour\n"
          "With: Acme Research\n\n"
          "Why engines compute.\n\n"
          "The long form.");
    CHECK(k.location == "Ballroom, Embassy, 35 rue du Faubourg Saint-Honoré, 75008 Paris");
    CHECK(k.categories == std::vector<std::string>{"keynote", "Research"});
    CHECK(k.status == "CONFIRMED");
    CHECK(k.url == "https://example.org/keynote");
    CHECK(k.klass.empty());
    CHECK(events.at(uid_of("panel")).status == "TENTATIVE");
    CHECK(events.at(uid_of("panel")).url.empty());

    ExportRequest fr;
    fr.lang = "fr";
    const auto french = parsed_events(export_text(ev, fr));
    CHECK(french.at(uid_of("keynote")).summary == "Discours d'ouverture");
    CHECK(french.at(uid_of("keynote")).categories ==
          std::vector<std::string>{"keynote", "Recherche"});
    CHECK(french.at(uid_of("keynote")).location.starts_with("Ballroom, Embassy"));
    // Not written in French: the event's first language.
    CHECK(french.at(uid_of("dropped")).summary == "Dropped talk");
    CHECK(french.at(uid_of("keynote"))
              .description.starts_with("Intervenants\u00a0: Ada Lovelace (Mathematician, Acme "
                                       "Research)\nModération\u00a0: "));
}

TEST_CASE("cancelled sessions are exported as CANCELLED, unscheduled ones not at all", "[ics]") {
    const Event ev = load(event_text(sessions));
    const auto events = parsed_events(export_text(ev));
    REQUIRE(events.count(uid_of("dropped")) == 1);
    CHECK(events.at(uid_of("dropped")).status == "CANCELLED");
    CHECK(events.count(uid_of("later")) == 0);
    CHECK(uids(export_text(ev)) ==
          std::set<std::string>{uid_of("keynote"), uid_of("panel"), uid_of("dropped")});
}

TEST_CASE("SEQUENCE is the session's revision", "[ics]") {
    const Event ev = load(event_text(sessions));
    const std::string ics = export_text(ev);
    const auto events = parsed_events(ics);
    CHECK(events.at(uid_of("keynote")).sequence == 3);
    CHECK(events.at(uid_of("panel")).sequence == 0);
    CHECK(raw_property(ics, uid_of("keynote"), "SEQUENCE") == "3");
}

TEST_CASE("DTSTAMP is in UTC: the request's clock, else the current time", "[ics]") {
    const Event ev = load(event_text(sessions));
    CHECK(raw_property(export_text(ev), uid_of("keynote"), "DTSTAMP") == "20250101T000000Z");
    ExportRequest live;
    std::ostringstream out;
    const auto before = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    export_ics(ev, live, out);
    const auto after = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const std::string stamp = raw_property(out.str(), uid_of("keynote"), "DTSTAMP");
    REQUIRE(stamp.size() == 16);
    CHECK(stamp.back() == 'Z');
    const Instant t{std::chrono::seconds{icaltime_as_timet(icaltime_from_string(stamp.c_str()))}};
    CHECK(t >= before);
    CHECK(t <= after);
}

TEST_CASE("UIDs come from the ids: they stay when sessions move or the file is reordered",
          "[ics]") {
    const Event ev = load(event_text(sessions));
    const std::string first = export_text(ev);
    CHECK(raw_property(first, uid_of("keynote"), "UID") == "keynote@summit.summitry");

    // The keynote moves to the next afternoon and another room; the list is reversed.
    std::vector<std::string> moved = sessions;
    const std::string_view was = "room: ballroom\n    start: 2025-02-10 09:00";
    const auto at = moved[0].find(was);
    REQUIRE(at != std::string::npos);
    moved[0].replace(at, was.size(), "room: salon\n    start: 2025-02-11 15:00");
    std::reverse(moved.begin(), moved.end());
    const Event changed = load(event_text(moved));
    const std::string second = export_text(changed);
    CHECK(raw_property(second, uid_of("keynote"), "DTSTART") !=
          raw_property(first, uid_of("keynote"), "DTSTART"));

    const auto by_summary = [](const std::string& ics) {
        std::map<std::string, std::string> out;
        for (const auto& [uid, e] : parsed_events(ics)) out[e.summary] = uid;
        return out;
    };
    CHECK(by_summary(first) == by_summary(second));
    CHECK(by_summary(first).size() == 3);
}

TEST_CASE("private sessions and contact details appear only when asked for", "[ics]") {
    const Event ev = load(event_text(sessions));
    const std::string pub = export_text(ev);
    CHECK(uids(pub).count(uid_of("closed-door")) == 0);
    CHECK(pub.find("Closed-door") == std::string::npos);
    for (const char* secret : {"ada@example.org", "bruno@example.org", "+33 1 23"})
        CHECK(pub.find(secret) == std::string::npos);

    ExportRequest req;
    req.include_private = true;
    const std::string all = export_text(ev, req);
    const auto events = parsed_events(all);
    REQUIRE(events.count(uid_of("closed-door")) == 1);
    CHECK(events.at(uid_of("closed-door")).klass == "PRIVATE");
    CHECK(events.at(uid_of("closed-door")).description ==
          "Hosts: Ada Lovelace (Mathematician, Acme Research; ada@example.org, +33 1 23 45 67 89)");
    CHECK(events.at(uid_of("keynote"))
              .description.find("Moderators: Bruno Latour (bruno@example.org)") !=
          std::string::npos);
}

TEST_CASE("filters: a person's, a track's or a room's sessions", "[ics]") {
    const Event ev = load(event_text(sessions));
    ExportRequest person;
    person.person = ev.find_person("ada");
    CHECK(uids(export_text(ev, person)) == std::set<std::string>{uid_of("keynote")});
    person.include_private = true;
    CHECK(uids(export_text(ev, person)) ==
          std::set<std::string>{uid_of("keynote"), uid_of("closed-door")});
    ExportRequest moderator;
    moderator.person = ev.find_person("bruno");  // moderates one session, speaks at another
    CHECK(uids(export_text(ev, moderator)) ==
          std::set<std::string>{uid_of("keynote"), uid_of("panel")});
    ExportRequest track;
    track.track = ev.find_track("policy");
    CHECK(uids(export_text(ev, track)) ==
          std::set<std::string>{uid_of("panel"), uid_of("dropped")});
    ExportRequest room;
    room.room = ev.find_room("ballroom");
    CHECK(uids(export_text(ev, room)) == std::set<std::string>{uid_of("keynote")});
}
