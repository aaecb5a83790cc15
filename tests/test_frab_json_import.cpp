// SPDX-License-Identifier: MIT
// Import of frab/pentabarf XML and c3voc schedule.json (issue 3, "Import"): the real schedules of
// ../shared/data keep their session counts and load back, times keep their instants, past-
// midnight sessions stay on their day, duplicates are repaired aloud, and bad input is refused
// with a diagnostic, never a crash.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "check/rule.h"
#include "formats/formats.h"
#include "formats/schedule/c3voc_import.h"
#include "formats/schedule/frab_import.h"
#include "formats/schedule/schedule_text.h"
#include "io/event_loader.h"
#include "io/event_writer.h"

using namespace summitry;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string shared(const std::string& name) {
    return read_file(SUMMITRY_SHARED_DIR "/data/" + name);
}

std::size_t count(const Diagnostics& d, std::string_view rule,
                  Severity severity = Severity::warning) {
    std::size_t n = 0;
    for (const auto& x : d.items()) n += (x.rule == rule && x.severity == severity) ? 1 : 0;
    return n;
}

std::string dump(const Diagnostics& d) {
    std::string out;
    for (const auto& x : d.items())
        out += std::to_string(x.loc.line) + ":" + std::to_string(x.loc.column) + " " +
               std::string(to_string(x.severity)) + " [" + x.rule + "] " + x.message + "\n";
    return out;
}

std::string written(const Event& ev) {
    std::ostringstream out;
    write_event_yaml(out, ev);
    return out.str();
}

// What `summitry-cli import` writes must load with no error.
LoadResult load_written(const Event& ev) {
    LoadResult r = load_event_text(written(ev), "imported.yaml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    return r;
}

Instant utc(const char* text) {
    auto w = parse_date_time(text);
    REQUIRE(w);
    return resolve(*date::locate_zone("UTC"), *w).instant;
}

const Session& session(const Event& ev, std::string_view id) {
    const Index i = ev.find_session(id);
    INFO(id);
    REQUIRE(i >= 0);
    return ev.sessions[static_cast<std::size_t>(i)];
}

// The source's events counted without the importers: frab's day/room/event, c3voc's
// conference.days[].rooms.*[].
std::size_t xml_events(const std::string& text) {
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(text.data(), text.size()));
    return doc.select_nodes("/schedule/day/room/event").size();
}
std::size_t json_events(const std::string& text) {
    const auto j = nlohmann::json::parse(text);
    std::size_t n = 0;
    for (const auto& day : j.at("schedule").at("conference").at("days"))
        for (const auto& [room, events] : day.at("rooms").items()) n += events.size();
    return n;
}

// A frab schedule around some <event> elements, all in room "Hall" of one day.
std::string frab(const std::string& events, const std::string& conference_extra = {}) {
    return "<?xml "
           "version=\"1.0\"?>\n<schedule><version>1</version><conference><acronym>demo</acronym>"
           "<title>Demo</title><start>2025-03-01</start><end>2025-03-02</end>"
           "<time_zone_name>Europe/Berlin</time_zone_name>" +
           conference_extra +
           "</conference>\n<day index=\"1\" date=\"2025-03-01\" "
           "start=\"2025-03-01T09:00:00+01:00\" "
           "end=\"2025-03-02T04:00:00+01:00\"><room name=\"Hall\">\n" +
           events + "</room></day></schedule>\n";
}

std::string frab_event(const std::string& id, const std::string& date, const std::string& duration,
                       const std::string& extra = {}) {
    return "<event id=\"" + id + "\" guid=\"00000000-0000-4000-8000-" +
           std::string(12 - id.size(), '0') + id + "\"><date>" + date + "</date><duration>" +
           duration + "</duration><slug>demo-" + id + "-talk</slug><title>Talk " + id +
           "</title><type>lecture</type>" + extra + "</event>\n";
}

}  // namespace

TEST_CASE("every shared schedule imports with its source's session count and loads back",
          "[import][frab][json]") {
    struct Case {
        const char* file;
        bool xml;
        std::size_t sessions, rooms;
    };
    // Counts as the README of ../shared/data gives them, and checked below against the files.
    // 36C3 names 92 rooms, two of them twice in another case ("1Komona headnut", "1komona
    // headnut"): one room each, with a room-case warning.
    const Case cases[] = {
        {"frab/fosdem-2025.xml", true, 943, 40},
        {"frab/36c3-everything.xml", true, 1351, 90},
        {"frab/debconf23.xml", true, 117, 5},
        {"c3voc-json/36c3-everything.json", false, 1351, 90},
        {"c3voc-json/frab-camp2019.json", false, 79, 2},
        {"c3voc-json/pretalx-democon.json", false, 36, 2},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const std::string text = shared(c.file);
        CHECK((c.xml ? xml_events(text) : json_events(text)) == c.sessions);
        const ImportResult r = c.xml ? import_frab(text, c.file) : import_c3voc_json(text, c.file);
        INFO(dump(r.diagnostics));
        REQUIRE(r.diagnostics.errors() == 0);
        CHECK(r.event.sessions.size() == c.sessions);
        CHECK(r.event.rooms.size() == c.rooms);
        CHECK(r.event.venues.size() == 1);
        std::set<std::string> ids;
        for (const Session& s : r.event.sessions) {
            ids.insert(s.id);
            CHECK(s.scheduled());
        }
        CHECK(ids.size() == c.sessions);  // no two sessions merged

        const LoadResult back = load_written(r.event);
        CHECK(back.event.sessions.size() == c.sessions);
        CHECK(back.event.people.size() == r.event.people.size());
        CHECK(written(back.event) == written(r.event));  // the file says all the import found
    }
}

TEST_CASE("the registered formats are the importers", "[import]") {
    const ImportFormat* frab_format = find_import_format("frab");
    const ImportFormat* json_format = find_import_format("json");
    REQUIRE(frab_format != nullptr);
    REQUIRE(json_format != nullptr);
    const std::string text = shared("frab/debconf23.xml");
    CHECK(frab_format->read(text, "debconf23.xml").event.sessions.size() == 117);
    CHECK(json_format->read(shared("c3voc-json/pretalx-democon.json"), "d.json")
              .event.sessions.size() == 36);
}

TEST_CASE("FOSDEM: rooms, tracks, people, links and kinds come across", "[import][frab]") {
    const ImportResult r = import_frab(shared("frab/fosdem-2025.xml"), "fosdem-2025.xml");
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.diagnostics.empty());  // a clean source, nothing to repair
    const Event& ev = r.event;
    CHECK(ev.info.id == "fosdem-2025");
    CHECK(ev.info.timezone_name == "Europe/Brussels");
    CHECK(ev.info.day_change == Minutes{9 * 60});  // <day_change>09:00:00</day_change>
    CHECK(format_date(ev.info.start_date) == "2025-02-01");
    CHECK(format_date(ev.info.end_date) == "2025-02-02");
    CHECK(ev.venues.front().name.get("en") == "ULB (Université Libre de Bruxelles)");
    CHECK(ev.tracks.size() == 74);  // <tracks> declares 74; sessions use 69 of them
    CHECK(ev.people.size() == 992);
    CHECK(ev.info.languages == std::vector<std::string>{"en"});

    // <slug>fosdem-2025-6210-a-new-approach-...</slug>: the acronym and number are left out.
    const Session& s = session(ev, "a-new-approach-to-callee-saved-registers-in-llvm");
    CHECK(s.title.get("en") == "A New Approach to Callee-Saved Registers in LLVM");
    CHECK(*s.start == utc("2025-02-01T09:35Z"));  // 10:35+01:00
    CHECK(*s.duration == Seconds{25 * 60});
    CHECK(s.kind == SessionKind::talk);  // type "devroom"
    CHECK(s.tags == std::vector<std::string>{"devroom"});
    CHECK(s.language == "en");
    REQUIRE(s.speakers.size() == 1);
    CHECK(ev.people[static_cast<std::size_t>(s.speakers[0])].name == "Mikhail Gudim");
    CHECK(ev.rooms[static_cast<std::size_t>(s.room)].name.get("en") == "K.3.201");
    CHECK(s.url.starts_with("https://fosdem.org/2025/schedule/event/"));

    // Links beyond the url are kept as x-links; FOSDEM Junior sessions are of kind other.
    const std::string yaml = written(ev);
    CHECK(yaml.find("x-links: [{title: LLVM, url: https://github.com/llvm/llvm-project/}]") !=
          std::string::npos);
    std::size_t junior = 0;
    for (const Session& x : ev.sessions)
        junior += x.kind == SessionKind::other && x.tags == std::vector<std::string>{"junior"};
    CHECK(junior == 18);
}

TEST_CASE("DebConf23 and pretalx-democon: declared zone and offsets disagree, instants win",
          "[import][time]") {
    {
        const ImportResult r = import_frab(shared("frab/debconf23.xml"), "debconf23.xml");
        INFO(dump(r.diagnostics));
        REQUIRE(r.diagnostics.errors() == 0);
        CHECK(count(r.diagnostics, "timezone-mismatch") == 1);  // said once, not 117 times
        CHECK(r.diagnostics.items().size() == 1);
        const Event& ev = r.event;
        CHECK(ev.info.timezone_name == "Asia/Kolkata");
        // <date>2023-09-10T05:00:00+00:00</date><start>10:30</start>: the instant, shown in
        // Kolkata.
        const Session& s = session(ev, "opening-ceremony");
        CHECK(*s.start == utc("2023-09-10T05:00Z"));
        CHECK(format_local(to_local(ev.zone(), *s.start)) == "2023-09-10 10:30");
        const LoadResult back = load_written(ev);
        CHECK(*session(back.event, "opening-ceremony").start == utc("2023-09-10T05:00Z"));
        // Its days are dated in UTC and start at 03:00 in Kolkata: that is where the day changes.
        CHECK(ev.info.day_change == Minutes{3 * 60});
        CHECK(format_date(ev.info.start_date) == "2023-09-10");
        CHECK(format_date(ev.info.end_date) == "2023-09-18");
    }
    {
        const ImportResult r =
            import_c3voc_json(shared("c3voc-json/pretalx-democon.json"), "democon.json");
        INFO(dump(r.diagnostics));
        REQUIRE(r.diagnostics.errors() == 0);
        CHECK(count(r.diagnostics, "timezone-mismatch") == 1);
        const Event& ev = r.event;
        CHECK(ev.info.timezone_name == "UTC");
        // "2020-12-14T09:00:00+01:00" is 08:00 UTC.
        const Session& s = session(ev, "focused-5thgeneration-hardware");
        CHECK(*s.start == utc("2020-12-14T08:00Z"));
        CHECK(*s.duration == Seconds{30 * 60});
        CHECK(s.kind == SessionKind::talk);
        CHECK(session(ev, "managed-stable-function").kind == SessionKind::workshop);
        REQUIRE(s.speakers.size() == 1);
        const Person& p = ev.people[static_cast<std::size_t>(s.speakers[0])];
        CHECK(p.name == "Brian Robinson");
        CHECK(p.bio.get("en").starts_with("Break through direction."));
        CHECK(ev.rooms.size() == 2);
        load_written(ev);
    }
}

TEST_CASE("a schedule that names no zone keeps its offsets", "[import][time]") {
    const ImportResult r = import_frab(shared("frab/36c3-everything.xml"), "36c3.xml");
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(count(r.diagnostics, "missing-timezone") == 1);
    CHECK(r.event.info.timezone_name == "Etc/GMT-1");  // UTC+01:00, as every date says
    const Session& s = session(r.event, "opening-ceremony");
    CHECK(*s.start == utc("2019-12-27T10:00Z"));
    CHECK(format_local(to_local(r.event.zone(), *s.start)) == "2019-12-27 11:00");
}

TEST_CASE("durations in every notation schedules use", "[import][time]") {
    const std::pair<const char*, long long> durations[] = {
        {"1:00", 3600},    {"01:00:00", 3600}, {"00:30", 1800},   {"0:45", 2700}, {"12:59", 46740},
        {"PT1H30M", 5400}, {"pt20m", 1200},    {"00:05:30", 330}, {"45min", 2700}};
    std::string events;
    int n = 1;
    for (const auto& [d, s] : durations)
        events += frab_event(std::to_string(n++), "2025-03-01T10:00:00+01:00", d);
    const ImportResult r = import_frab(frab(events), "durations.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.event.sessions.size() == std::size(durations));
    for (std::size_t i = 0; i < std::size(durations); ++i) {
        INFO(durations[i].first);
        CHECK(r.event.sessions[i].duration == Seconds{durations[i].second});
    }
    load_written(r.event);

    CHECK(parse_source_duration("1:5") == std::nullopt);
    CHECK(parse_source_duration("1:60") == std::nullopt);
    CHECK(parse_source_duration("") == std::nullopt);
    CHECK(parse_source_duration("45") == std::nullopt);
    CHECK(parse_source_duration("800:00") == std::nullopt);  // a month and more: not a session
    CHECK(parse_source_duration("00:00") == Seconds{0});
}

TEST_CASE("a zero or unreadable duration becomes the time slot, with a warning", "[import][time]") {
    const ImportResult r = import_frab(frab(frab_event("1", "2025-03-01T10:00:00+01:00", "00:00") +
                                            frab_event("2", "2025-03-01T11:00:00+01:00", "soon") +
                                            frab_event("3", "2025-03-01T12:00:00+01:00", "")),
                                       "zero.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(count(r.diagnostics, "zero-duration") == 1);
    CHECK(count(r.diagnostics, "bad-value") == 2);
    for (const Session& s : r.event.sessions)
        CHECK(s.duration == Seconds{15 * 60});  // no time slot given
    const ImportResult slot =
        import_frab(frab(frab_event("1", "2025-03-01T10:00:00+01:00", "00:00"),
                         "<timeslot_duration>00:05</timeslot_duration>"),
                    "slot.xml");
    CHECK(slot.event.sessions.front().duration == Seconds{5 * 60});
    // 36C3's Kerbal Space Program workshop lasts 00:00 in both of its files.
    const ImportResult c3 = import_frab(shared("frab/36c3-everything.xml"), "36c3.xml");
    CHECK(count(c3.diagnostics, "zero-duration") == 1);
    CHECK(session(c3.event, "x9jpvh").duration == Seconds{10 * 60});
}

TEST_CASE("sessions past midnight stay on the day the schedule lists them under",
          "[import][time]") {
    // 36C3 lists 46 sessions after midnight (up to 04:00) under the day before, and others from
    // 09:30 under their own day: the day changes between the two.
    const std::string text = shared("frab/36c3-everything.xml");
    const ImportResult r = import_frab(text, "36c3.xml");
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.event.info.day_change == Minutes{5 * 60});
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(text.data(), text.size()));
    std::size_t i = 0, past_midnight = 0;
    for (const auto& node : doc.select_nodes("/schedule/day/room/event")) {
        const std::string listed = node.node().parent().parent().attribute("date").value();
        const Session& s = r.event.sessions.at(i++);
        INFO(s.id);
        CHECK(format_date(r.event.programme_day(s)) == listed);
        past_midnight +=
            format_date(Date{
                date::floor<date::days>(to_local(r.event.zone(), *s.start)).time_since_epoch()}) !=
            listed;
    }
    CHECK(i == 1351);
    CHECK(past_midnight == 46);
    CHECK(format_date(r.event.info.end_date) == "2019-12-30");  // 02:00 on the 31st is the 30th

    // A session at 01:30 listed under the 1st is on the 1st; the event file keeps it there.
    const ImportResult late =
        import_frab(frab(frab_event("1", "2025-03-01T20:00:00+01:00", "1:00") +
                         frab_event("2", "2025-03-02T01:30:00+01:00", "1:00")),
                    "late.xml");
    INFO(dump(late.diagnostics));
    REQUIRE(late.diagnostics.empty());
    const LoadResult back = load_written(late.event);
    CHECK(format_date(back.event.programme_day(back.event.sessions[1])) == "2025-03-01");
    CHECK(back.event.info.day_change == Minutes{9 * 60});  // the day's start, 09:00
}

TEST_CASE("a schedule's own day_change wins where it fits", "[import][time]") {
    const ImportResult r = import_frab(frab(frab_event("1", "2025-03-02T02:30:00+01:00", "1:00"),
                                            "<day_change>03:00:00</day_change>"),
                                       "dc.xml");
    REQUIRE(r.diagnostics.empty());
    CHECK(r.event.info.day_change == Minutes{3 * 60});
    CHECK(format_date(r.event.programme_day(r.event.sessions.front())) == "2025-03-01");
}

TEST_CASE("sessions outside the conference's dates widen the event, with a warning",
          "[import][time]") {
    const ImportResult r =
        import_frab(frab(frab_event("1", "2025-03-05T10:00:00+01:00", "1:00")), "out.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(count(r.diagnostics, "dates-widened") == 1);
    CHECK(format_date(r.event.info.end_date) == "2025-03-05");
    load_written(r.event);
}

TEST_CASE("duplicate ids and guids are repaired aloud, never merged or dropped",
          "[import][frab][json]") {
    for (const char* file : {"frab/36c3-everything.xml", "c3voc-json/36c3-everything.json"}) {
        INFO(file);
        const std::string text = shared(file);
        const ImportResult r = std::string(file).ends_with(".xml") ? import_frab(text, file)
                                                                   : import_c3voc_json(text, file);
        REQUIRE(r.diagnostics.errors() == 0);
        // 13 events repeat an earlier event's numeric id (3 of them its guid too, and its slug):
        // one warning each, naming both lines.
        CHECK(count(r.diagnostics, "duplicate-id") == 13);
        const Session& a = session(r.event, "srmx8w");
        const Session& b = session(r.event, "srmx8w-2");
        CHECK(a.title.get("en") == b.title.get("en"));
        CHECK(*a.start == utc("2019-12-27T15:10Z"));
        CHECK(*b.start == utc("2019-12-27T16:15Z"));
        // The guid stays with the first only: a guid names one session.
        const std::string yaml = written(r.event);
        CHECK(yaml.find("x-guid: 81f5f0c4-3d35-522c-8f1c-c8825b92f00a") != std::string::npos);
        CHECK(yaml.find("x-guid: 81f5f0c4-3d35-522c-8f1c-c8825b92f00a",
                        yaml.find("x-guid: 81f5f0c4") + 1) == std::string::npos);
    }
    const ImportResult r = import_frab(frab(frab_event("7", "2025-03-01T10:00:00+01:00", "1:00") +
                                            frab_event("7", "2025-03-01T11:00:00+01:00", "1:00")),
                                       "dup.xml");
    REQUIRE(r.event.sessions.size() == 2);
    CHECK(r.event.sessions[0].id == "talk");
    CHECK(r.event.sessions[1].id == "talk-2");
    CHECK(count(r.diagnostics, "duplicate-id") == 1);  // the id and guid (and so the slug)
    for (const auto& d : r.diagnostics.items()) CHECK(d.loc.line == 5);  // the second <event>
    load_written(r.event);
}

TEST_CASE("36C3 as frab XML and as schedule.json import to the same event",
          "[import][frab][json]") {
    const ImportResult x = import_frab(shared("frab/36c3-everything.xml"), "36c3.xml");
    const ImportResult j =
        import_c3voc_json(shared("c3voc-json/36c3-everything.json"), "36c3.json");
    REQUIRE(x.diagnostics.errors() == 0);
    REQUIRE(j.diagnostics.errors() == 0);
    REQUIRE(x.event.sessions.size() == 1351);
    REQUIRE(j.event.sessions.size() == x.event.sessions.size());
    const auto people = [](const Event& ev, const Session& s) {
        std::vector<std::string> out;
        for (Index p : s.speakers)
            out.push_back(ev.people[static_cast<std::size_t>(p)].id + "=" +
                          ev.people[static_cast<std::size_t>(p)].name);
        return out;
    };
    for (std::size_t i = 0; i < x.event.sessions.size(); ++i) {
        const Session& a = x.event.sessions[i];
        const Session& b = j.event.sessions[i];
        INFO(a.id);
        CHECK(a.id == b.id);
        CHECK(a.title.get("en") == b.title.get("en"));
        CHECK(a.start == b.start);
        CHECK(a.duration == b.duration);
        CHECK(x.event.rooms[static_cast<std::size_t>(a.room)].id ==
              j.event.rooms[static_cast<std::size_t>(b.room)].id);
        CHECK(people(x.event, a) == people(j.event, b));
        CHECK(a.kind == b.kind);
        CHECK(a.language == b.language);
        CHECK(a.url == b.url);
    }
    CHECK(x.event.people.size() == 878);  // the README's 878 speakers: merged by name
    CHECK(j.event.people.size() == 878);
    CHECK(x.event.rooms.size() == j.event.rooms.size());
    CHECK(x.event.info.day_change == j.event.info.day_change);
}

TEST_CASE("36C3's same-room overlaps are reported as conflicts", "[import][checks]") {
    const ImportResult r = import_frab(shared("frab/36c3-everything.xml"), "36c3.xml");
    REQUIRE(r.diagnostics.errors() == 0);
    const LoadResult back = load_written(r.event);
    const Diagnostics conflicts = check_conflicts(back.event);
    const std::size_t rooms = count(conflicts, "room-double-booked");
    CHECK(rooms > 100);
    CHECK(count(check_conflicts(r.event), "room-double-booked") == rooms);
    for (const auto& d : conflicts.items()) {
        if (d.rule != "room-double-booked") continue;
        CHECK(d.sessions.size() == 2);
        CHECK(d.rooms.size() == 1);
    }
}

TEST_CASE("the deliberately invalid c3voc example is refused, at its lines", "[import][json]") {
    const ImportResult r =
        import_c3voc_json(shared("c3voc-json/invalid-example.json"), "invalid-example.json");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.has_errors());
    CHECK(r.event.sessions.empty());
    // A schedule.rooms the schema forbids is refused. "id": "2814" is the same id as 2814, as
    // real files write it; "id": "dsadf" is kept as the person's key, with a warning.
    std::set<std::pair<std::string, std::uint32_t>> errors, warnings;
    for (const auto& d : r.diagnostics.items())
        (d.severity == Severity::error ? errors : warnings).insert({d.rule, d.loc.line});
    CHECK(errors == std::set<std::pair<std::string, std::uint32_t>>{{"misplaced-key", 59}});
    CHECK(warnings == std::set<std::pair<std::string, std::uint32_t>>{{"bad-value", 43}});
    for (const auto& d : r.diagnostics.items()) {
        if (d.loc.line != 43) continue;
        CHECK(d.loc.column == 29);  // at the value "dsadf"
        CHECK(d.message.find("\"dsadf\"") != std::string::npos);
    }
}

TEST_CASE("a key given twice in schedule.json is refused, never half read", "[import][json]") {
    // JSON readers disagree on which "days" counts; taking one would hide the other's sessions.
    const std::string text =
        "{\"schedule\": {\"conference\": {\"title\": \"T\", \"start\": \"2025-01-01\",\n"
        "  \"days\": [],\n"
        "  \"days\": [{\"date\": \"2025-01-01\", \"rooms\": {\"A\": [{\"id\": 1, \"title\": \"x\",\n"
        "    \"date\": \"2025-01-01T10:00:00+01:00\", \"duration\": \"00:30\"}]}}]}}}";
    const ImportResult r = import_counted(*find_import_format("json"), text, "dup.json");
    REQUIRE(r.diagnostics.errors() == 1);
    const Diagnostic& d = r.diagnostics.items().front();
    CHECK(d.rule == "duplicate-key");
    CHECK(d.loc.line == 3);
    CHECK(d.loc.column == 3);
    CHECK(r.in_source == 1);
    CHECK(import_summary(r) == "imported 0 of 1 session: the file is refused");
}

TEST_CASE("what is not a schedule gets a diagnostic at its place, never a crash", "[import]") {
    const std::string fosdem = shared("frab/fosdem-2025.xml");
    const std::string json36 = shared("c3voc-json/frab-camp2019.json");
    const std::pair<const char*, std::string> xml_cases[] = {
        {"empty", ""},
        {"not XML", "hello, world"},
        {"binary", std::string("\x00\x01\x02\xff\xfe", 5)},
        {"truncated", fosdem.substr(0, 5000)},
        {"another root", "<?xml version=\"1.0\"?>\n<html><body/></html>"},
        {"JSON", json36},
    };
    for (const auto& [name, text] : xml_cases) {
        INFO(name);
        const ImportResult r = import_frab(text, "bad.xml");
        REQUIRE(r.diagnostics.has_errors());
        CHECK(r.event.sessions.empty());
        CHECK_FALSE(r.diagnostics.items().front().message.empty());
        CHECK(r.diagnostics.items().front().loc.line >= 1);
    }
    // A truncated file is reported where it ends.
    CHECK(import_frab(fosdem.substr(0, 5000), "t.xml").diagnostics.items().front().loc.line > 90);

    const std::pair<const char*, std::string> json_cases[] = {
        {"empty", ""},
        {"not JSON", "schedule: yes"},
        {"truncated", json36.substr(0, 4000)},
        {"a list", "[1, 2, 3]"},
        {"no schedule", "{\"conference\": {}}"},
        {"schedule of the wrong type", "{\"schedule\": 5}"},
        {"days of the wrong type", "{\"schedule\": {\"conference\": {\"days\": \"monday\"}}}"},
        {"an event that is a number",
         "{\"schedule\": {\"conference\": {\"start\": \"2025-01-01\", \"days\": [{\"rooms\": "
         "{\"A\": [7]}}]}}}"},
        {"a title that is a list",
         "{\"schedule\": {\"conference\": {\"start\": \"2025-01-01\", \"days\": [{\"rooms\": "
         "{\"A\": [{\"title\": []}]}}]}}}"},
        {"deep nesting", std::string(100000, '[')},
        {"XML", fosdem.substr(0, 2000)},
        {"invalid UTF-8 in a string", "{\"schedule\": \"\xff\"}"},
    };
    for (const auto& [name, text] : json_cases) {
        INFO(name);
        const ImportResult r = import_c3voc_json(text, "bad.json");
        INFO(dump(r.diagnostics));
        REQUIRE(r.diagnostics.has_errors());
        CHECK(r.event.sessions.empty());
        CHECK(r.diagnostics.items().front().loc.line >= 1);
    }
    const auto where = [](const std::string& text) {
        return import_c3voc_json(text, "x.json").diagnostics.items().front().loc;
    };
    CHECK(where("{\n  \"schedule\": \n   nope}").line == 3);
    CHECK(where("{\n  \"schedule\": \n   nope}").column == 4);
    CHECK(where("{\"schedule\": {\"conference\": {\n\"days\": [\n  3]}}}").line == 3);
}

TEST_CASE("a megabyte number is quoted in a few words, not repeated whole", "[import][json]") {
    // nlohmann's message repeats the token it stopped at: a 1 MB number was a 1 MB message.
    const std::string digits(1'000'000, '7');
    for (const std::string& text : {"{\"schedule\": " + digits + "x}",             // not JSON
                                    "{\"schedule\": 1e" + digits + "}",              // overflow
                                    "{\"schedule\": \"" + digits + "\\u00zz\"}"}) {  // bad escape
        const ImportResult r = import_c3voc_json(text, "big.json");
        REQUIRE(r.diagnostics.has_errors());
        const Diagnostic& d = r.diagnostics.items().front();
        INFO(d.message.substr(0, 300));
        CHECK(d.message.size() < 300);
        CHECK(d.message.find("bytes)") != std::string::npos);
        CHECK(d.message.find("7777777777") != std::string::npos);  // its start is shown
    }
}

TEST_CASE("text past the loader's limit is cut with a warning, not left to fail", "[import]") {
    const std::string huge(100'000, 'a');
    const ImportResult r = import_frab(frab(frab_event("1", "2025-03-01T10:00:00+01:00", "1:00",
                                                       "<description>" + huge + "</description>")),
                                       "long.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(count(r.diagnostics, "text-too-long") == 1);
    const LoadResult back = load_written(r.event);
    const std::string_view d = back.event.sessions.front().description.get("en");
    CHECK(d.size() <= LoadOptions{}.max_text_bytes);
    CHECK(d.size() > 60'000);
    CHECK(d.ends_with("\xE2\x80\xA6"));
}

TEST_CASE("control characters and broken UTF-8 of a source never reach the event file",
          "[import]") {
    const std::string events =
        frab_event("1", "2025-03-01T10:00:00+01:00", "1:00",
                   "<abstract>caf\xE9 &#1;x\rline\r\ny\xC2\x85z</abstract>"
                   "<persons><person id=\"3\">  Ana \t Lee </person></persons>");
    const ImportResult r = import_frab(frab(events), "bytes.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    const LoadResult back = load_written(r.event);
    CHECK(back.event.sessions.front().abstract.get("en") == "caf\xEF\xBF\xBD x\nline\ny\nz");
    CHECK(back.event.people.front().name == "Ana Lee");
}

TEST_CASE("session kinds from the source's type, the type kept as a tag", "[import]") {
    const std::pair<const char*, SessionKind> kinds[] = {
        {"lecture", SessionKind::talk},
        {"Talk", SessionKind::talk},
        {"Lightning Talk", SessionKind::talk},
        {"lightning_talk", SessionKind::talk},
        {"Talk 45 minutes + 10 minutes Q&A", SessionKind::talk},
        {"Long talk (45 minutes)", SessionKind::talk},
        {"Vortrag 60min  (inkl. Q&A)", SessionKind::talk},
        {"devroom", SessionKind::talk},
        {"workshop", SessionKind::workshop},
        {"Workshops", SessionKind::workshop},
        {"Solder Workshop 2h", SessionKind::workshop},
        {"hands-on", SessionKind::workshop},
        {"BoF (45 minutes)", SessionKind::roundtable},
        {"discussion", SessionKind::roundtable},
        {"Podium", SessionKind::talk},  // pentabarf: a talk from the stage
        {"Podium discussion", SessionKind::panel},
        {"Podiumsdiskussion", SessionKind::panel},
        {"Panel discussion", SessionKind::panel},
        {"Keynote", SessionKind::keynote},
        {"Meetup", SessionKind::networking},
        {"djset", SessionKind::other},
        {"concert", SessionKind::other},
        {"", SessionKind::other},
        {"Normale Länge", SessionKind::other},
        {"meeting", SessionKind::other}};
    for (const auto& [type, kind] : kinds) {
        INFO(type);
        CHECK(kind_from_type(type) == kind);
    }
    const ImportResult r =
        import_frab(frab(frab_event("1", "2025-03-01T10:00:00+01:00", "1:00")), "k.xml");
    CHECK(r.event.sessions.front().tags == std::vector<std::string>{"lecture"});
    CHECK(language_code("EN") == "en");
    CHECK(language_code("pt_br") == "pt-BR");
    CHECK(language_code("English") == "en");
    CHECK(language_code("Klingon") == std::nullopt);
}

TEST_CASE("people: by the source's id where it has one, by name where not", "[import]") {
    // Two namesakes with different ids stay two people; a person without an id merges by name.
    const std::string events =
        frab_event("1", "2025-03-01T10:00:00+01:00", "1:00",
                   "<persons><person id=\"1\">Kim Park</person><person>Lee</person></persons>") +
        frab_event("2", "2025-03-01T11:00:00+01:00", "1:00",
                   "<persons><person id=\"2\">Kim Park</person><person>Lee</person></persons>");
    const ImportResult r = import_frab(frab(events), "people.xml");
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.event.people.size() == 3);
    CHECK(r.event.people[0].id == "kim-park");
    CHECK(r.event.people[2].id == "kim-park-2");
    CHECK(r.event.sessions[0].speakers[1] == r.event.sessions[1].speakers[1]);
    load_written(r.event);
}

TEST_CASE("inputs a fuzzer once broke the importers with now import cleanly", "[import][fuzz]") {
    const std::filesystem::path dir = SUMMITRY_TEST_DATA "/fuzz-regressions";
    std::size_t n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string ext = entry.path().extension().string();
        if (ext != ".xml" && ext != ".json") continue;
        INFO(entry.path());
        const std::string text = read_file(entry.path());
        const ImportResult r =
            import_counted(*find_import_format(ext == ".xml" ? "frab" : "json"), text, "f");
        for (const auto& d : r.diagnostics.items()) {
            CHECK_FALSE(d.message.empty());
            CHECK(d.rule != "import-count");  // every event imported or named as skipped
        }
        if (!r.diagnostics.has_errors()) load_written(r.event);
        ++n;
    }
    SUCCEED("imported " << n << " regression inputs");
}

TEST_CASE("36C3 keeps ids, titles, instants, rooms and persons through export and import",
          "[import][export][roundtrip]") {
    const std::pair<const char*, const char*> cases[] = {
        {"frab/36c3-everything.xml", "frab"}, {"c3voc-json/36c3-everything.json", "json"}};
    for (const auto& [file, format] : cases) {
        INFO(format);
        const ImportFormat* in = find_import_format(format);
        const ExportFormat* out = find_export_format(format);
        REQUIRE(in != nullptr);
        REQUIRE(out != nullptr);
        const ImportResult first = in->read(shared(file), file);
        REQUIRE(first.diagnostics.errors() == 0);
        std::ostringstream exported;
        out->write(first.event, ExportRequest{}, exported);
        const ImportResult second = in->read(exported.str(), "exported");
        INFO(dump(second.diagnostics));
        REQUIRE(second.diagnostics.errors() == 0);
        REQUIRE(second.event.sessions.size() == first.event.sessions.size());
        const auto room = [](const Event& ev, const Session& s) {
            return std::string(ev.rooms[static_cast<std::size_t>(s.room)].name.get("en"));
        };
        const auto people = [](const Event& ev, const Session& s) {
            std::vector<std::string> names;
            for (Index p : s.speakers) names.push_back(ev.people[static_cast<std::size_t>(p)].name);
            return names;
        };
        for (const Session& a : first.event.sessions) {
            INFO(a.id);
            const Session& b = session(second.event, a.id);
            CHECK(a.title.get("en") == b.title.get("en"));
            CHECK(a.start == b.start);
            CHECK(a.duration == b.duration);
            CHECK(room(first.event, a) == room(second.event, b));
            CHECK(people(first.event, a) == people(second.event, b));
        }
        CHECK(second.event.people.size() == first.event.people.size());
        load_written(second.event);
    }
}

TEST_CASE("dates far from any conference are refused one by one, not written back",
          "[import][time]") {
    // 0000-01-01T00:30+01:00 is in year -1 in UTC: written back it would not read as a date.
    const ImportResult r = import_frab(frab(frab_event("1", "0000-01-01T00:30:00+01:00", "1:00") +
                                            frab_event("2", "9999-12-31T23:30:00-05:00", "1:00") +
                                            frab_event("3", "2025-03-01T10:00:00+01:00", "1:00")),
                                       "far.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    REQUIRE(r.event.sessions.size() == 3);
    CHECK_FALSE(r.event.sessions[0].start);
    CHECK_FALSE(r.event.sessions[1].start);
    CHECK(r.event.sessions[2].start);
    CHECK(count(r.diagnostics, "bad-value") == 2);
    const LoadResult back = load_written(r.event);
    CHECK(back.event.sessions.size() == 3);
}

TEST_CASE("pentabarf events without <date> take the day's date and their start", "[import][time]") {
    const auto event = [](const char* id, const char* start) {
        return std::string("<event id=\"") + id + "\"><start>" + start +
               "</start><duration>00:45</duration><title>T" + id + "</title></event>\n";
    };
    const ImportResult r = import_frab(frab(event("1", "10:00") + event("2", "01:30")), "old.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    REQUIRE(r.event.sessions.size() == 2);
    CHECK(r.event.sessions[0].id == "t1");                          // no slug: the title
    CHECK(*r.event.sessions[0].start == utc("2025-03-01T09:00Z"));  // 10:00 in Berlin
    CHECK(*r.event.sessions[1].start == utc("2025-03-02T00:30Z"));  // after midnight: the 2nd
    CHECK(format_date(r.event.programme_day(r.event.sessions[1])) == "2025-03-01");
    load_written(r.event);
}

TEST_CASE("positions in a minified file of megabytes are on its one line", "[import]") {
    // schedule.json on one line: every event's line:column is found without rescanning the line
    // (SourcePositions); how long that takes is measured by bench/formats.sh, not asserted here.
    const auto doc = nlohmann::json::parse(shared("c3voc-json/36c3-everything.json"));
    const std::string minified = doc.dump();
    REQUIRE(minified.find('\n') == std::string::npos);
    const ImportResult r = import_c3voc_json(minified, "min.json");
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.event.sessions.size() == 1351);
    for (const auto& d : r.diagnostics.items()) CHECK(d.loc.line == 1);
    const SourcePositions p("a\n\xC3\xA9t\xC3\xA9 x");
    CHECK(p.at(0).column == 1);
    CHECK(p.at(7).line == 2);
    CHECK(p.at(7).column == 4);  // after "été": characters, not bytes
}
