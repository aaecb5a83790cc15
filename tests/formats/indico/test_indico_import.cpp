// SPDX-License-Identifier: MIT
// Import of Indico's event export (issue 12): every contribution of the export becomes a session
// at the instant its own {date, time, tz} names, in its room, in a room named after its location,
// or in none; speakers and authors become people merged by name; what is not an Indico event
// export is refused at its line and column; the count of contributions always adds up.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "formats/formats.h"
#include "formats/indico/indico_import.h"
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

std::string fixture(const std::string& name) {
    return read_file(SUMMITRY_TEST_DATA "/import/" + name);
}

std::string dump(const Diagnostics& d) {
    std::string out;
    for (const auto& x : d.items())
        out += std::to_string(x.loc.line) + ":" + std::to_string(x.loc.column) + " " +
               std::string(to_string(x.severity)) + " [" + x.rule + "] " + x.message + "\n";
    return out;
}

std::size_t count(const Diagnostics& d, std::string_view rule,
                  Severity severity = Severity::warning) {
    std::size_t n = 0;
    for (const auto& x : d.items()) n += (x.rule == rule && x.severity == severity) ? 1 : 0;
    return n;
}

const Diagnostic* first(const Diagnostics& d, std::string_view rule) {
    for (const auto& x : d.items())
        if (x.rule == rule) return &x;
    return nullptr;
}

ImportResult import(const std::string& text) {
    const ImportFormat* format = find_import_format("indico");
    REQUIRE(format != nullptr);
    return import_counted(*format, text, "indico.json");
}

std::string written(const Event& ev) {
    std::ostringstream out;
    write_event_yaml(out, ev);
    return out.str();
}

// What `summitry-cli import` writes loads with no error and writes back the same.
void load_written(const Event& ev) {
    const std::string text = written(ev);
    const LoadResult r = load_event_text(text, "imported.yaml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.event.sessions.size() == ev.sessions.size());
    CHECK(written(r.event) == text);
}

Instant utc(const char* text) {
    auto w = parse_date_time(text);
    REQUIRE(w);
    return resolve(*date::locate_zone("UTC"), *w).instant;
}

const Session& titled(const Event& ev, std::string_view title) {
    for (const Session& s : ev.sessions)
        if (s.title.get("en") == title) return s;
    FAIL("no session titled " << title);
    return ev.sessions.front();
}

std::string room_of(const Event& ev, const Session& s) {
    if (s.room == no_index) return "(none)";
    return std::string(ev.rooms[static_cast<std::size_t>(s.room)].name.get("en"));
}

std::string track_of(const Event& ev, const Session& s) {
    if (s.track == no_index) return "(none)";
    return std::string(ev.tracks[static_cast<std::size_t>(s.track)].name.get("en"));
}

std::vector<std::string> speakers(const Event& ev, const Session& s) {
    std::vector<std::string> names;
    for (Index p : s.speakers) names.push_back(ev.people[static_cast<std::size_t>(p)].name);
    return names;
}

const Person& person(const Event& ev, std::string_view name) {
    std::size_t n = 0;
    const Person* found = nullptr;
    for (const Person& p : ev.people)
        if (p.name == name) found = &p, ++n;
    INFO(name);
    REQUIRE(n == 1);  // merged by name: never two people of one name
    return *found;
}

std::string affiliation(const Event& ev, const Person& p) {
    if (p.affiliation == no_index) return "(none)";
    return std::string(ev.organizations[static_cast<std::size_t>(p.affiliation)].name.get("en"));
}

}  // namespace

TEST_CASE("detail=contributions: each contribution at the instant its own tz names",
          "[import][indico]") {
    const ImportResult r = import(fixture("indico-contributions.json"));
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.in_source == 5);
    REQUIRE(r.event.sessions.size() == 5);
    CHECK(import_summary(r) == "imported 5 of 5 sessions");
    const Event& ev = r.event;
    CHECK(ev.info.timezone_name == "Europe/Zurich");
    CHECK(ev.info.title.get("en") == "Workshop on Detector Physics 2025");
    CHECK(ev.info.website == "https://indico.example.org/event/1234/");
    CHECK(format_date(ev.info.start_date) == "2025-03-10");
    CHECK(format_date(ev.info.end_date) == "2025-03-12");

    const Session& welcome = titled(ev, "Welcome and introduction");
    CHECK(welcome.start == utc("2025-03-10 08:00"));  // 09:00 in Zurich (CET)
    CHECK(welcome.duration == Seconds{20 * 60});
    CHECK(room_of(ev, welcome) == "500/1-001 - Main Auditorium");  // roomFullname first
    CHECK(welcome.url == "https://indico.example.org/event/1234/contributions/9001/");
    CHECK(welcome.tags == std::vector<std::string>{"Plenary", "opening"});

    // Written in UTC by its own tz: 08:30 UTC, 09:30 in the event's zone.
    const Session& tracker = titled(ev, "Silicon tracker upgrade");
    CHECK(tracker.start == utc("2025-03-10 08:30"));
    CHECK(tracker.duration == Seconds{30 * 60});
    CHECK(tracker.id == "trk-01");  // Indico's programme code
    CHECK(track_of(ev, tracker) == "Tracking detectors");
    CHECK(speakers(ev, tracker) == std::vector<std::string>{"Ana Silva"});
    CHECK(tracker.kind == SessionKind::talk);

    // No room: a room named after the location; neither: no room at all.
    CHECK(room_of(ev, titled(ev, "Poster walk")) == "CERN");
    const Session& remote = titled(ev, "Remote summary from the satellite meeting");
    CHECK(remote.room == no_index);
    CHECK(remote.start == utc("2025-03-12 10:00"));
    CHECK(count(r.diagnostics, "no-room") == 2);
    const Diagnostic* placed = first(r.diagnostics, "no-room");
    REQUIRE(placed != nullptr);
    CHECK(placed->message.find("'Poster walk'") != std::string::npos);

    // Unscheduled: no startDate; its duration is Indico's minutes.
    const Session& late = titled(ev, "Late-breaking result");
    CHECK_FALSE(late.start);
    CHECK(late.duration == Seconds{20 * 60});

    // People: merged by name, each with an affiliation; a name without first/last stays as
    // Indico wrote it.
    CHECK(affiliation(ev, person(ev, "Kim Park")) == "CERN");
    CHECK(affiliation(ev, person(ev, "Ana Silva")) == "LIP Lisbon");
    CHECK(affiliation(ev, person(ev, "Lee Wong")) == "KEK");
    CHECK(affiliation(ev, person(ev, "Okafor, Chidi")) == "(none)");
    CHECK(speakers(ev, late) == std::vector<std::string>{"Ana Silva"});
    CHECK(ev.people.size() == 4);

    // Authors who are not speakers stay people of the event, listed under x-authors.
    const std::string yaml = written(ev);
    CHECK(yaml.find("x-authors: [ana-silva, kim-park]") != std::string::npos);
    CHECK(yaml.find("x-coauthors: [lee-wong]") != std::string::npos);
    CHECK(yaml.find("x-authors: [lee-wong]") != std::string::npos);
    CHECK(titled(ev, "Poster walk").speakers.empty());
    load_written(ev);
}

TEST_CASE("detail=sessions: the blocks' contributions, sessions as coloured tracks",
          "[import][indico]") {
    const ImportResult r = import(fixture("indico-sessions.json"));
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.in_source == 5);
    REQUIRE(r.event.sessions.size() == 5);
    const Event& ev = r.event;
    CHECK(ev.info.timezone_name == "Europe/Berlin");

    // Exported with ?tz=UTC: read as UTC, kept as instants, across the night clocks change.
    CHECK(titled(ev, "Registration and coffee").start == utc("2025-03-29 07:00"));
    CHECK(titled(ev, "Amplitudes").start == utc("2025-03-30 09:00"));
    CHECK(to_local(*ev.info.zone, *titled(ev, "Amplitudes").start) ==
          LocalTime{date::local_days{date::year{2025} / 3 / 30}} + std::chrono::hours{11});

    CHECK(track_of(ev, titled(ev, "Registration and coffee")) == "(none)");
    CHECK(track_of(ev, titled(ev, "Effective field theories")) == "Plenary");
    CHECK(track_of(ev, titled(ev, "Amplitudes")) == "Theory");  // its own track wins
    const Session& hands_on = titled(ev, "Calorimetry hands-on");
    CHECK(track_of(ev, hands_on) == "Parallel: Detectors");
    CHECK(room_of(ev, hands_on) == "DESY Campus");
    CHECK(hands_on.kind == SessionKind::workshop);
    for (const Track& t : ev.tracks) {
        if (t.name.get("en") == "Plenary") CHECK(t.color == "#92b6db");
        if (t.name.get("en") == "Parallel: Detectors") CHECK(t.color == "#e0c68f");
    }
    CHECK(room_of(ev, titled(ev, "Effective field theories")) == "Hörsaal 1");

    // A subcontribution's speaker speaks in its contribution.
    CHECK(speakers(ev, titled(ev, "Lightning talks")) == std::vector<std::string>{"Sofia Rossi"});
    CHECK(affiliation(ev, person(ev, "Jürgen Müller")) == "Universität Hamburg");
    CHECK(affiliation(ev, person(ev, "Sofia Rossi")) == "INFN");
    load_written(ev);
}

TEST_CASE("Indico before 2.0: fossils, fullName only, slots as sessions", "[import][indico]") {
    const ImportResult r = import(fixture("indico-legacy-sessions.json"));
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    REQUIRE(r.event.sessions.size() == 2);
    const Event& ev = r.event;
    CHECK(titled(ev, "d1c1").start == utc("2011-06-23 06:00"));  // CEST
    CHECK(room_of(ev, titled(ev, "d1c1")) == "503-1-001 - Council Chamber");
    CHECK(room_of(ev, titled(ev, "d2s1c1")) == "CERN");
    CHECK(track_of(ev, titled(ev, "d2s1c1")) == "d2s1");
    CHECK(ev.tracks.front().color == "#EEE0EF");
    const Person& dupont = person(ev, "DUPONT, Marie");  // two participations, one person
    CHECK(affiliation(ev, dupont) == "CNRS");
    CHECK(speakers(ev, titled(ev, "d2s1c1")) == std::vector<std::string>{"DUPONT, Marie"});
    load_written(ev);
}

TEST_CASE("what is repaired is said at its place, and imported", "[import][indico]") {
    const ImportResult r = import(fixture("indico-repairs.json"));
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.in_source == 6);
    REQUIRE(r.event.sessions.size() == 6);
    const Event& ev = r.event;

    // A start written as text is not Indico's shape: left out, the session unscheduled.
    const Diagnostic* text_start = first(r.diagnostics, "wrong-type");
    REQUIRE(text_start != nullptr);
    CHECK(text_start->loc.line == 14);
    CHECK_FALSE(titled(ev, "Start written as text").start);

    // An unknown tz is read in the event's zone, said once.
    CHECK(count(r.diagnostics, "unknown-timezone") == 1);
    CHECK(titled(ev, "Zone from elsewhere").start == utc("2025-03-29 10:00"));

    // An end before the start: Indico's duration in minutes instead.
    CHECK(count(r.diagnostics, "bad-range") == 1);
    CHECK(titled(ev, "Ends before it starts").duration == Seconds{45 * 60});
    CHECK(titled(ev, "Ends before it starts").tags == std::vector<std::string>{"one", "two"});

    // 02:30 does not exist in Zurich on 2025-03-30: said, imported at 03:00 CEST.
    const Diagnostic* gap = first(r.diagnostics, "nonexistent-time");
    REQUIRE(gap != nullptr);
    CHECK(gap->loc.line == 23);
    CHECK(titled(ev, "In the spring gap").start == utc("2025-03-30 01:00"));

    // A person that is not an object is left out; null is Indico's lost person, silently.
    CHECK(speakers(ev, titled(ev, "In the spring gap")) == std::vector<std::string>{"Kim Park"});
    CHECK(count(r.diagnostics, "affiliation-differs") == 1);
    CHECK(affiliation(ev, person(ev, "Kim Park")) == "CERN");

    // A contribution where the export never puts one is found, said and imported.
    CHECK(count(r.diagnostics, "misplaced-contribution") == 1);
    CHECK(room_of(ev, titled(ev, "Hidden in an unknown key")) == "B");
    load_written(ev);
}

TEST_CASE("what is not an Indico event export is refused at its line and column",
          "[import][indico]") {
    struct Case {
        const char* file;
        const char* rule;
        std::uint32_t line, column;
        std::size_t held;  // the count, taken apart from the reader
    };
    const Case cases[] = {
        {"indico-broken-truncated.json", "json-syntax", 9, 60, 0},
        {"indico-broken-detail-events.json", "missing-key", 7, 5, 0},
        {"indico-broken-two-events.json", "several-events", 2, 13, 2},
        {"indico-broken-timetable.json", "wrong-type", 8, 14, 0},
        {"indico-broken-duplicate-key.json", "duplicate-key", 7, 4, 2},
        {"indico-broken-not-indico.json", "missing-key", 1, 1, 0},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const ImportResult r = import(fixture(c.file));
        INFO(dump(r.diagnostics));
        REQUIRE(r.diagnostics.has_errors());
        const Diagnostic* d = first(r.diagnostics, c.rule);
        REQUIRE(d != nullptr);
        CHECK(d->severity == Severity::error);
        CHECK(d->loc.line == c.line);
        CHECK(d->loc.column == c.column);
        CHECK(r.in_source == c.held);
        CHECK(import_summary(r).find("imported 0 of") == 0);
    }
}

TEST_CASE("the event alone, as jq .results[0] saves it, imports too", "[import][indico]") {
    const std::string text = R"({"_type": "Conference", "title": "Bare", "timezone": "Asia/Tokyo",
        "contributions": [{"title": "Only", "room": "R",
            "startDate": {"date": "2025-07-01", "time": "10:00:00", "tz": "Asia/Tokyo"},
            "endDate": {"date": "2025-07-01", "time": "10:45:00", "tz": "Asia/Tokyo"}}]})";
    const ImportResult r = import(text);
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    REQUIRE(r.event.sessions.size() == 1);
    CHECK(r.event.sessions[0].start == utc("2025-07-01 01:00"));
    CHECK(r.event.sessions[0].duration == Seconds{45 * 60});
}

TEST_CASE("no time zone on the event: the one its dates are written in", "[import][indico]") {
    const std::string text = R"({"results": [{"_type": "Conference", "title": "Zoneless",
        "contributions": [{"title": "Talk", "room": "R",
            "startDate": {"date": "2025-07-01", "time": "10:00:00", "tz": "America/New_York"},
            "endDate": {"date": "2025-07-01", "time": "11:00:00", "tz": "America/New_York"}}]}]})";
    const ImportResult r = import(text);
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.event.info.timezone_name == "America/New_York");
    CHECK(count(r.diagnostics, "missing-timezone") == 1);
    CHECK(r.event.sessions[0].start == utc("2025-07-01 14:00"));
}

TEST_CASE("the count is the file's, whatever the reader makes of it", "[import][indico]") {
    // Each item of each list Indico writes, and any object below the event that says it is a
    // contribution; nothing outside the events, nothing when the text is not JSON.
    CHECK(count_indico_contributions(fixture("indico-contributions.json")) == 5);
    CHECK(count_indico_contributions(fixture("indico-sessions.json")) == 5);
    CHECK(count_indico_contributions(fixture("indico-legacy-sessions.json")) == 2);
    CHECK(count_indico_contributions(fixture("indico-repairs.json")) == 6);
    CHECK(count_indico_contributions(fixture("indico-broken-two-events.json")) == 2);
    CHECK(count_indico_contributions(fixture("indico-broken-duplicate-key.json")) == 2);
    CHECK(count_indico_contributions(R"({"results": [{"contributions": [1, {}, "x"],
        "sessions": [{"contributions": [{}]}, 3, {"contributions": null}],
        "deep": [[{"_type": "Contribution", "x": {"_type": "Contribution"}}]]}],
        "elsewhere": {"_type": "Contribution"}})") == 6);
    CHECK(count_indico_contributions(R"({"_type": "Conference", "contributions": [{}, {}]})") == 2);
    CHECK(count_indico_contributions(R"({"schedule": {}})") == 0);
    CHECK(count_indico_contributions("[1, 2]") == std::nullopt);
    CHECK(count_indico_contributions("{\"results\": [") == std::nullopt);
}

TEST_CASE("inputs a fuzzer once broke the Indico importer with now import cleanly",
          "[import][indico][fuzz]") {
    const std::filesystem::path dir = SUMMITRY_TEST_DATA "/fuzz-regressions";
    std::size_t n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with("indico-")) continue;
        INFO(entry.path());
        const ImportResult r = import(read_file(entry.path()));
        CHECK(count(r.diagnostics, "import-count", Severity::error) == 0);
        for (const auto& d : r.diagnostics.items()) {
            CHECK_FALSE(d.message.empty());
            CHECK(d.loc.line > 0);
        }
        if (!r.diagnostics.has_errors()) load_written(r.event);
        ++n;
    }
    SUCCEED("imported " << n << " regression inputs");
}
