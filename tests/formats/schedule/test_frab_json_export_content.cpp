// SPDX-License-Identifier: MIT
// frab XML and c3voc JSON export (io/frab_export.h, io/c3voc_export.h): stable guids and ids,
// day_change, what is carried over and what is left out. Schema validation of whole files is in
// tests/cli/test_exports.py (xmllint, python3-jsonschema).
#include <catch2/catch.hpp>

#include "frab_json_export_fixture.h"

using namespace summitry;
using Json = nlohmann::json;
using namespace schedule_export_test;

TEST_CASE("persons, tracks, languages and links are carried over", "[frab][json]") {
    const Event ev = load(two_days);
    const std::vector<std::int64_t> pid = person_numeric_ids(ev);
    const auto person = [&](const char* id, const char* name) {
        return std::to_string(pid[static_cast<std::size_t>(ev.find_person(id))]) + " " + name;
    };
    const ByGuid s = exported(ev);
    const Exported& opening = s.at(guid_of(ev, "opening"));
    CHECK(opening.persons ==
          std::vector<std::string>{person("ada", "Ada Lovelace"), person("bruno", "Bruno Latour")});
    CHECK(s.at(guid_of(ev, "panel")).persons ==
          std::vector<std::string>{person("chloe", "Chloé Zhao")});
    CHECK(opening.track == "Policy");
    CHECK(opening.type == "keynote");
    CHECK(opening.language == "fr");
    CHECK(s.at(guid_of(ev, "panel")).language == "en");  // none given: the event's first
    CHECK(opening.url == "https://forum.example.org/opening");
    CHECK(opening.links == std::vector<std::string>{"https://forum.example.org/opening"});
    CHECK(s.at(guid_of(ev, "panel")).links.empty());
    CHECK(s.at(guid_of(ev, "panel")).url == "https://forum.example.org/");  // the event's site

    // The person's guid and id are the same in every session and both formats.
    const Json doc = json_of(ev);
    const Json& p = doc["schedule"]["conference"]["days"][0]["rooms"]["Main room"][0]["persons"][0];
    CHECK(p["guid"] ==
          uuid5(summitry_namespace(), "spring-forum/people/ada").str());  // and Python:
    CHECK(p["guid"] == "bb5d562c-9ae9-5919-84f0-1c626eb7e8cd");
    CHECK(p.count("name") == 0);  // the schema's oneOf: public_name or name, not both

    const Json& conf = doc["schedule"]["conference"];
    REQUIRE(conf["tracks"].size() == 1);
    CHECK(conf["tracks"][0] == Json{{"name", "Policy"}, {"slug", "policy"}, {"color", "#112233"}});
    CHECK(conf["url"] == "https://forum.example.org/");
    CHECK(conf["time_zone_name"] == "Europe/Paris");
    CHECK(conf["acronym"] == "spring_forum");

    SECTION("in another language") {
        ExportRequest fr;
        fr.lang = "fr";
        const ByGuid f = exported(ev, fr);
        CHECK(f.at(guid_of(ev, "opening")).title == "Ouverture");
        CHECK(f.at(guid_of(ev, "opening")).track == "Politique");
        CHECK(f.at(guid_of(ev, "opening")).room == "Grande salle");
        CHECK(f.at(guid_of(ev, "panel")).title == "Panel");  // written once, for every language
        CHECK(json_of(ev, fr)["schedule"]["conference"]["title"] == "Forum de printemps");
    }
}

TEST_CASE("private, cancelled and unscheduled sessions are left out", "[frab][json]") {
    std::string text = two_days;
    text += R"(  - id: vip-dinner
    title: VIP dinner
    room: side
    start: 2025-03-14 20:00
    duration: 2h
    public: false
    hosts: [ada]
  - id: withdrawn
    title: Withdrawn talk
    room: side
    start: 2025-03-14 11:00
    duration: 30min
    status: cancelled
  - id: maybe
    title: Maybe talk
    room: side
    start: 2025-03-14 12:00
    duration: 30min
    status: tentative
  - id: floating
    title: Not yet placed
    duration: 30min
)";
    const Event ev = load(text);
    const ByGuid pub = exported(ev);
    CHECK(pub.size() == 5);
    CHECK(pub.count(guid_of(ev, "vip-dinner")) == 0);
    CHECK(pub.count(guid_of(ev, "withdrawn")) == 0);
    CHECK(pub.count(guid_of(ev, "maybe")) == 1);
    CHECK(frab_text(ev).find("VIP") == std::string::npos);
    CHECK(json_of(ev).dump().find("VIP") == std::string::npos);

    ExportRequest all;
    all.include_private = true;
    const ByGuid with_private = exported(ev, all);
    CHECK(with_private.size() == 6);
    CHECK(with_private.count(guid_of(ev, "vip-dinner")) == 1);
    CHECK(with_private.count(guid_of(ev, "withdrawn")) == 0);
    // Leaving sessions out changes no other session's id.
    for (const auto& [guid, x] : pub) CHECK(with_private.at(guid).id == x.id);
}

TEST_CASE("filters by person, track and room", "[frab][json]") {
    const Event ev = load(two_days);
    ExportRequest by_person;
    by_person.person = ev.find_person("chloe");
    CHECK(exported(ev, by_person).size() == 1);
    CHECK(exported(ev, by_person).count(guid_of(ev, "panel")) == 1);
    ExportRequest by_track;
    by_track.track = ev.find_track("policy");
    CHECK(exported(ev, by_track).size() == 1);
    ExportRequest by_room;
    by_room.room = ev.find_room("main");
    const ByGuid main = exported(ev, by_room);
    CHECK(main.size() == 3);
    CHECK(main.count(guid_of(ev, "panel")) == 0);
    // Only what the exported sessions use is listed.
    CHECK(json_of(ev, by_room)["schedule"]["conference"]["rooms"].size() == 1);
    CHECK(json_of(ev, by_person)["schedule"]["conference"]["tracks"].empty());
    // Every day is still there, empty or not.
    CHECK(json_of(ev, by_person)["schedule"]["conference"]["daysCount"] == 2);
}

TEST_CASE("names, slugs and acronyms fit the schemas' patterns", "[frab][json]") {
    const Event ev = load(R"(summitry: 1
event: {id: ev, title: E, timezone: America/Argentina/Buenos_Aires,
        start_date: 2025-06-02, end_date: 2025-06-02}
venues:
  - {id: north, name: North wing, rooms: [{id: r1, name: Room 1}]}
  - {id: south, name: South wing, rooms: [{id: r1, name: Room 1}, {id: r2, name: Room 1}]}
tracks: [{id: x, name: X}, {id: data-, name: Data}]
sessions:
  - {id: a, title: A, room: north/r1, track: x, start: 2025-06-02 10:00, duration: 45min}
  - {id: b-, title: B, room: south/r1, track: data-, start: 2025-06-02 10:00, duration: 45min}
  - {id: c, title: C, room: south/r2, start: 2025-06-02 10:00, duration: 101h}
)");
    // XML durations stop at 99:59: the session is left out of the XML, with a warning at its
    // place; JSON has no such bound.
    std::ostringstream sink;
    const ExportWarnings warnings = export_frab(ev, {}, sink);
    REQUIRE(warnings.items().size() == 1);
    CHECK(warnings.items()[0].rule == "export-left-out");
    CHECK(warnings.items()[0].loc.line == 11);
    CHECK(warnings.items()[0].message.find("session 'c' lasts 101 hours") != std::string::npos);
    CHECK(sink.str().find("<title>C</title>") == std::string::npos);
    CHECK(sink.str().find("<title>B</title>") != std::string::npos);

    const Json doc = json_of(ev);
    const Json& conf = doc["schedule"]["conference"];
    CHECK(conf["acronym"] == "ev__");
    CHECK(std::regex_match(conf["acronym"].get<std::string>(),
                           std::regex("[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?")));
    CHECK(conf["time_zone_name"] == "America/Argentina/Buenos_Aires");
    const Json& rooms = conf["days"][0]["rooms"];
    std::set<std::string> names;
    for (const auto& [name, events] : rooms.items()) {
        names.insert(name);
        for (const Json& e : events) {
            const std::string slug = e["slug"];
            CHECK(std::regex_match(slug, std::regex("[a-z0-9_]{4,}-[a-z0-9\\-_]{4,}")));  // XSD
            CHECK(std::regex_match(slug, std::regex("[a-z0-9_-]+[a-z0-9]")));             // JSON
        }
    }
    CHECK(names == std::set<std::string>{"Room 1 (North wing)", "Room 1 (South wing) [south/r1]",
                                         "Room 1 (South wing) [south/r2]"});
    CHECK(rooms["Room 1 (South wing) [south/r2]"][0]["duration"] == "101:00");
    // Track slugs only where the pattern allows them; the name always.
    CHECK(conf["tracks"][0] == Json{{"name", "X"}});
    CHECK(conf["tracks"][1] == Json{{"name", "Data"}});
    CHECK(json_time_zone_name_ok("UTC"));
    CHECK(json_time_zone_name_ok("Etc/UTC"));
    CHECK_FALSE(json_time_zone_name_ok("US/Eastern"));
    CHECK_FALSE(json_time_zone_name_ok("EST5EDT"));
}

TEST_CASE("the version changes with the content, not with the order of the file", "[frab][json]") {
    const auto version = [](const Event& ev) {
        return json_of(ev)["schedule"]["version"].get<std::string>();
    };
    const Event ev = load(two_days);
    pugi::xml_document doc;
    REQUIRE(doc.load_string(frab_text(ev).c_str()));
    CHECK(version(ev) == doc.child("schedule").child_value("version"));
    CHECK(version(ev) == version(load(two_days)));
    std::string retitled = two_days;
    retitled.replace(retitled.find("title: Closing"), 14, "title: Farewell");
    CHECK(version(ev) != version(load(retitled)));
    std::string moved = two_days;
    moved.replace(moved.find("2025-03-15 17:00"), 16, "2025-03-15 17:05");
    CHECK(version(ev) != version(load(moved)));
}

TEST_CASE("the seed events export, every scheduled public session once", "[frab][json][seed]") {
    for (const char* name :
         {"ai-for-growth-2025.yaml", "digital-sovereignty-summit-berlin-2025.yaml"}) {
        INFO(name);
        LoadResult r = load_event(std::string(SUMMITRY_SOURCE_DIR "/schedules/") + name);
        REQUIRE_FALSE(r.diagnostics.has_errors());
        const Event& ev = r.event;
        AgendaQuery q;
        q.include_unscheduled = false;
        std::map<std::string, std::string> want;  // guid -> start, as the agenda shows it
        for (const auto& day : build_agenda(ev, q).days)
            for (const auto& e : day.entries)
                if (e.status != "cancelled") want[guid_of(ev, e.id)] = e.start;
        REQUIRE(want.size() >= 10);
        const ByGuid got = exported(ev);
        CHECK(got.size() == want.size());
        for (const auto& [guid, start] : want) {
            REQUIRE(got.count(guid) == 1);
            CHECK(got.at(guid).start == start);
        }
        std::set<long long> ids;
        for (const auto& [guid, x] : got) ids.insert(x.id);
        CHECK(ids.size() == got.size());
    }
}
