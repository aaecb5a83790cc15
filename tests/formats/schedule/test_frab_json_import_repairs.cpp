// SPDX-License-Identifier: MIT
// Import of frab/pentabarf XML and c3voc schedule.json (issue 3, "Import"): the real schedules of
// ../shared/data keep their session counts and load back, times keep their instants, past-
// midnight sessions stay on their day, duplicates are repaired aloud, and bad input is refused
// with a diagnostic, never a crash.
#include <catch2/catch.hpp>

#include "frab_json_import_fixture.h"

using namespace summitry;
using namespace schedule_import_test;

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
        "  \"days\": [{\"date\": \"2025-01-01\", \"rooms\": {\"A\": [{\"id\": 1, \"title\": "
        "\"x\",\n"
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
    for (const std::string& text : {"{\"schedule\": " + digits + "x}",               // not JSON
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
