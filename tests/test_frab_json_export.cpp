// SPDX-License-Identifier: MIT
// frab XML and c3voc JSON export (io/frab_export.h, io/c3voc_export.h): stable guids and ids,
// day_change, what is carried over and what is left out. Schema validation of whole files is in
// tests/cli/test_exports.py (xmllint, python3-jsonschema).
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "formats/schedule/c3voc_export.h"
#include "formats/schedule/conference_schedule.h"
#include "formats/schedule/frab_export.h"
#include "io/event_loader.h"
#include "util/uuid.h"
#include "views/agenda.h"

using namespace summitry;
using Json = nlohmann::json;

namespace {

Event load(const std::string& yaml) {
    LoadResult r = load_event_text(yaml, "test.yaml");
    for (const auto& d : r.diagnostics.items()) INFO(d.loc.line << ": " << d.message);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return std::move(r.event);
}

std::string frab_text(const Event& ev, const ExportRequest& req = {}) {
    std::ostringstream out;
    export_frab(ev, req, out);
    return out.str();
}

Json json_of(const Event& ev, const ExportRequest& req = {}) {
    std::ostringstream out;
    export_c3voc_json(ev, req, out);
    return Json::parse(out.str());
}

// What one exported session says, read back from either format.
struct Exported {
    long long id = 0;
    int day = 0;  // the index of the day it is listed under
    std::string date, start, duration, room, slug, title, track, type, language, url;
    std::vector<std::string> persons;  // "id name"
    std::vector<std::string> links;
    bool operator==(const Exported&) const = default;
};

using ByGuid = std::map<std::string, Exported>;

ByGuid read_frab(const std::string& xml) {
    pugi::xml_document doc;
    REQUIRE(doc.load_string(xml.c_str()));
    ByGuid out;
    for (pugi::xml_node day : doc.child("schedule").children("day")) {
        for (pugi::xml_node room : day.children("room")) {
            for (pugi::xml_node e : room.children("event")) {
                Exported x;
                x.id = e.attribute("id").as_llong();
                x.day = day.attribute("index").as_int();
                x.date = e.child_value("date");
                x.start = e.child_value("start");
                x.duration = e.child_value("duration");
                x.room = e.child_value("room");
                CHECK(x.room == room.attribute("name").value());
                x.slug = e.child_value("slug");
                x.title = e.child_value("title");
                x.track = e.child_value("track");
                x.type = e.child_value("type");
                x.language = e.child_value("language");
                x.url = e.child_value("url");
                for (pugi::xml_node p : e.child("persons").children("person"))
                    x.persons.push_back(p.attribute("id").as_string() + std::string(" ") +
                                        p.text().get());
                for (pugi::xml_node l : e.child("links").children("link"))
                    x.links.push_back(l.attribute("href").value());
                const std::string guid = e.attribute("guid").value();
                CHECK(out.count(guid) == 0);
                out[guid] = x;
            }
        }
    }
    return out;
}

ByGuid read_json(const Json& doc) {
    ByGuid out;
    for (const Json& day : doc["schedule"]["conference"]["days"]) {
        for (const auto& [room, events] : day["rooms"].items()) {
            for (const Json& e : events) {
                Exported x;
                x.id = e["id"].get<long long>();
                x.day = day["index"].get<int>();
                x.date = e["date"].get<std::string>();
                x.start = e["start"].get<std::string>();
                x.duration = e["duration"].get<std::string>();
                x.room = e["room"].get<std::string>();
                CHECK(x.room == room);
                x.slug = e["slug"].get<std::string>();
                x.title = e["title"].get<std::string>();
                x.track = e["track"].is_null() ? "" : e["track"].get<std::string>();
                x.type = e["type"].get<std::string>();
                x.language = e["language"].get<std::string>();
                x.url = e["url"].get<std::string>();
                for (const Json& p : e["persons"])
                    x.persons.push_back(std::to_string(p["id"].get<long long>()) + " " +
                                        p["public_name"].get<std::string>());
                for (const Json& l : e["links"]) x.links.push_back(l["url"].get<std::string>());
                const std::string guid = e["guid"].get<std::string>();
                CHECK(out.count(guid) == 0);
                out[guid] = x;
            }
        }
    }
    return out;
}

// Both formats, checked to agree with each other (the JSON `url` is always set; the XML one
// only for http(s), so that field is compared apart).
ByGuid exported(const Event& ev, const ExportRequest& req = {}) {
    const ByGuid xml = read_frab(frab_text(ev, req));
    ByGuid json = read_json(json_of(ev, req));
    REQUIRE(xml.size() == json.size());
    for (auto& [guid, x] : json) {
        REQUIRE(xml.count(guid) == 1);
        if (!x.url.starts_with("http")) x.url.clear();
        CHECK(xml.at(guid) == x);
    }
    return xml;
}

std::string guid_of(const Event& ev, const std::string& session) {
    return session_guid(ev.info.id, session).str();
}

const std::string two_days = R"(summitry: 1
event:
  id: spring-forum
  title: {en: Spring Forum, fr: Forum de printemps}
  timezone: Europe/Paris
  start_date: 2025-03-14
  end_date: 2025-03-15
  languages: [en, fr]
  website: https://forum.example.org/
people:
  - {id: ada, name: Ada Lovelace}
  - {id: bruno, name: Bruno Latour}
  - {id: chloe, name: Chloé Zhao}
venues:
  - id: hall
    name: Hall
    rooms: [{id: main, name: {en: Main room, fr: Grande salle}}, {id: side, name: Side room}]
tracks:
  - {id: policy, name: {en: Policy, fr: Politique}, color: "#112233"}
sessions:
  - id: opening
    title: {en: Opening, fr: Ouverture}
    kind: keynote
    track: policy
    room: main
    start: 2025-03-14 09:00
    duration: 30min
    speakers: [ada]
    moderators: [bruno]
    language: fr
    url: https://forum.example.org/opening
  - id: panel
    title: Panel
    kind: panel
    room: side
    start: 2025-03-14 10:00
    duration: 1h
    hosts: [chloe]
  - id: late-reception
    title: Late reception
    kind: reception
    room: main
    start: 2025-03-15 00:30
    duration: 1h30
  - id: closing
    title: Closing
    room: main
    start: 2025-03-15 17:00
    duration: 15min
)";

}  // namespace

TEST_CASE("uuid5 gives the RFC 4122 name-based UUIDs", "[uuid]") {
    // The example of RFC 4122's errata and Python's documentation, and two more from Python's
    // uuid module, an implementation of its own.
    CHECK(uuid5(uuid_namespace_dns(), "python.org").str() ==
          "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(uuid5(uuid_namespace_url(), "http://www.python.org/").str() ==
          "c2a8cbf8-d0f1-5ef4-9740-c3faec8ab1a0");
    CHECK(uuid5(uuid_namespace_url(), "https://summitry.invalid/ns/guid") == summitry_namespace());
    CHECK(summitry_namespace().str() == "b76e6b8c-2737-5fff-a505-ce7fede574bb");

    const Uuid u = session_guid("ai-for-growth-2025", "fireside-chat");
    CHECK(u.str() == "26bfb8d1-f13d-5aeb-b1a9-7a15f2604560");
    CHECK(u.str()[14] == '5');                                          // version 5
    CHECK(std::string("89ab").find(u.str()[19]) != std::string::npos);  // RFC 4122 variant
    CHECK(session_guid("ai-for-growth-2025", "fireside-chat") == u);
    CHECK_FALSE(session_guid("ai-for-growth-2026", "fireside-chat") == u);

    CHECK(parse_uuid("886313E1-3B8A-5372-9B90-0C9AEE199E5D")->str() ==
          "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK_FALSE(parse_uuid("886313e1-3b8a-5372-9b90-0c9aee199e5"));
    CHECK_FALSE(parse_uuid("886313e1-3b8a-5372-9b90-0c9aee199e5dx"));
    CHECK_FALSE(parse_uuid("886313e1x3b8a-5372-9b90-0c9aee199e5d"));
}

TEST_CASE("guids and ids stay when a session moves or the file is reordered", "[frab][json]") {
    const Event before = load(two_days);
    // The sessions in the opposite order, the panel moved to another room, day and time, and
    // retitled.
    std::string text = two_days;
    const auto at = text.find("sessions:\n") + 10;
    std::string sessions = text.substr(at);
    text.erase(at);
    std::vector<std::string> items;
    for (std::size_t pos = 0; pos < sessions.size();) {
        std::size_t next = sessions.find("\n  - id:", pos);
        next = next == std::string::npos ? sessions.size() : next + 1;
        items.push_back(sessions.substr(pos, next - pos));
        pos = next;
    }
    REQUIRE(items.size() == 4);
    std::reverse(items.begin(), items.end());
    for (auto& item : items) {
        if (!item.starts_with("  - id: panel")) continue;
        item =
            "  - id: panel\n    title: Panel, moved\n    kind: panel\n    room: main\n"
            "    start: 2025-03-15 11:00\n    duration: 1h\n    hosts: [chloe]\n";
    }
    for (const auto& item : items) text += item;
    const Event after = load(text);
    REQUIRE(after.sessions.front().id == "closing");

    const ByGuid a = exported(before);
    const ByGuid b = exported(after);
    REQUIRE(a.size() == 4);
    REQUIRE(b.size() == 4);
    for (const char* id : {"opening", "panel", "late-reception", "closing"}) {
        INFO(id);
        const std::string guid = guid_of(before, id);
        REQUIRE(a.count(guid) == 1);
        REQUIRE(b.count(guid) == 1);
        CHECK(a.at(guid).id == b.at(guid).id);
        CHECK(a.at(guid).slug == b.at(guid).slug);
        CHECK(a.at(guid).slug.ends_with(std::string("-") + id));
    }
    const std::string panel = guid_of(before, "panel");
    CHECK(a.at(panel).date == "2025-03-14T10:00:00+01:00");
    CHECK(b.at(panel).date == "2025-03-15T11:00:00+01:00");
    CHECK(b.at(panel).room == "Main room");
    CHECK(b.at(panel).title == "Panel, moved");
    CHECK(a.at(panel).day == 1);
    CHECK(b.at(panel).day == 2);
}

TEST_CASE("numeric ids are positive 32-bit, unique, and do not depend on the order", "[frab]") {
    // Enough sessions for the guids' leading bits to collide: the collisions are settled in the
    // order of session ids, not of the file.
    Event ev;
    ev.info.id = "big";
    const int n = 150'000;
    for (int i = 0; i < n; ++i) ev.sessions.emplace_back().id = "s" + std::to_string(i);
    const std::vector<std::int64_t> ids = session_numeric_ids(ev);
    REQUIRE(ids.size() == static_cast<std::size_t>(n));
    std::set<std::int64_t> distinct(ids.begin(), ids.end());
    CHECK(distinct.size() == ids.size());
    CHECK(*distinct.begin() >= 1'000'000);
    CHECK(*distinct.rbegin() <= 2'147'483'646);
    int moved = 0;  // ids that are not the plain fold of their guid
    for (int i = 0; i < n; ++i) {
        const auto plain =
            1'000'000 +
            (session_guid("big", ev.sessions[static_cast<std::size_t>(i)].id).leading_bits() &
             0x7fffffffu) %
                2'146'483'647;
        moved += ids[static_cast<std::size_t>(i)] != plain;
    }
    CHECK(moved > 0);   // the collision path ran
    CHECK(moved < 20);  // and moved only the colliding ids

    std::map<std::string, std::int64_t> first;
    for (int i = 0; i < n; ++i)
        first[ev.sessions[static_cast<std::size_t>(i)].id] = ids[static_cast<std::size_t>(i)];
    std::reverse(ev.sessions.begin(), ev.sessions.end());
    std::rotate(ev.sessions.begin(), ev.sessions.begin() + 777, ev.sessions.end());
    const std::vector<std::int64_t> again = session_numeric_ids(ev);
    int same = 0;
    for (int i = 0; i < n; ++i)
        same += first.at(ev.sessions[static_cast<std::size_t>(i)].id) ==
                again[static_cast<std::size_t>(i)];
    CHECK(same == n);
}

TEST_CASE("day_change decides the day of a session past midnight", "[frab][json]") {
    SECTION("the default 04:00: a reception at 00:30 stays on its evening") {
        const Event ev = load(two_days);
        const ByGuid s = exported(ev);
        const Exported& late = s.at(guid_of(ev, "late-reception"));
        CHECK(late.day == 1);
        CHECK(late.date == "2025-03-15T00:30:00+01:00");
        CHECK(late.start == "00:30");
        CHECK(late.duration == "01:30");
        CHECK(s.at(guid_of(ev, "closing")).day == 2);

        pugi::xml_document doc;
        REQUIRE(doc.load_string(frab_text(ev).c_str()));
        const pugi::xml_node day1 = doc.child("schedule").child("day");
        CHECK(std::string(day1.attribute("date").value()) == "2025-03-14");
        CHECK(std::string(day1.attribute("start").value()) == "2025-03-14T04:00:00+01:00");
        CHECK(std::string(day1.attribute("end").value()) == "2025-03-15T04:00:00+01:00");
        const Json days = json_of(ev)["schedule"]["conference"]["days"];
        CHECK(days[0]["day_start"] == "2025-03-14T04:00:00+01:00");
        CHECK(days[1]["day_end"] == "2025-03-16T04:00:00+01:00");
    }
    SECTION("day_change 00:00: the reception is on the day it starts") {
        std::string text = two_days;
        text.replace(text.find("  website:"), 0, "  day_change: \"00:00\"\n");
        const Event ev = load(text);
        const ByGuid s = exported(ev);
        CHECK(s.at(guid_of(ev, "late-reception")).day == 2);
        CHECK(s.at(guid_of(ev, "late-reception")).date == "2025-03-15T00:30:00+01:00");
        pugi::xml_document doc;
        REQUIRE(doc.load_string(frab_text(ev).c_str()));
        CHECK(std::string(doc.child("schedule").child("day").attribute("start").value()) ==
              "2025-03-14T00:00:00+01:00");
    }
}

TEST_CASE("days across a DST change carry each day's own offset", "[frab][json]") {
    std::string text = two_days;
    for (auto [from, to] :
         {std::pair{"2025-03-14", "2025-03-29"}, std::pair{"2025-03-15", "2025-03-30"}}) {
        for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from))
            text.replace(pos, 10, to);
    }
    const Event ev = load(text);
    const Json days = json_of(ev)["schedule"]["conference"]["days"];
    REQUIRE(days.size() == 2);
    CHECK(days[0]["day_start"] == "2025-03-29T04:00:00+01:00");
    CHECK(days[0]["day_end"] == "2025-03-30T04:00:00+02:00");
    CHECK(days[1]["day_start"] == "2025-03-30T04:00:00+02:00");
    const ByGuid s = exported(ev);
    CHECK(s.at(guid_of(ev, "late-reception")).date == "2025-03-30T00:30:00+01:00");
    CHECK(s.at(guid_of(ev, "closing")).date == "2025-03-30T17:00:00+02:00");
}

TEST_CASE("a date the zone skipped is no day: the day before runs on to the next", "[frab][json]") {
    // Pacific/Apia went from 2011-12-29 24:00 (UTC-10) to 2011-12-31 00:00 (UTC+14). The export
    // listed a day 2011-12-30 of four hours, from 2011-12-31 00:00 to 04:00, that did not exist.
    const Event ev = load(R"(summitry: 1
event:
  id: date-line
  title: Date line
  timezone: Pacific/Apia
  start_date: 2011-12-29
  end_date: 2011-12-31
venues:
  - {id: hall, name: Hall, rooms: [{id: main, name: Main}]}
sessions:
  - {id: before, title: Before, room: main, start: 2011-12-29 10:00, duration: 1h}
  - {id: night, title: Night, room: main, start: 2011-12-31 02:00, duration: 1h}
  - {id: after, title: After, room: main, start: 2011-12-31 10:00, duration: 1h}
)");
    pugi::xml_document doc;
    REQUIRE(doc.load_string(frab_text(ev).c_str()));
    std::vector<std::string> days;
    for (pugi::xml_node day : doc.child("schedule").children("day"))
        days.push_back(std::string(day.attribute("index").value()) + " " +
                       day.attribute("date").value() + " " + day.attribute("start").value() +
                       " " + day.attribute("end").value());
    CHECK(days == std::vector<std::string>{
                      "1 2011-12-29 2011-12-29T04:00:00-10:00 2011-12-31T04:00:00+14:00",
                      "2 2011-12-31 2011-12-31T04:00:00+14:00 2012-01-01T04:00:00+14:00"});
    const Json json_days = json_of(ev)["schedule"]["conference"]["days"];
    REQUIRE(json_days.size() == 2);
    CHECK(json_days[0]["date"] == "2011-12-29");
    CHECK(json_days[0]["day_end"] == "2011-12-31T04:00:00+14:00");
    // The small hours of the 31st belong to the night of the 29th, in both files.
    const ByGuid s = exported(ev);
    CHECK(s.at(guid_of(ev, "before")).day == 1);
    CHECK(s.at(guid_of(ev, "night")).day == 1);
    CHECK(s.at(guid_of(ev, "night")).date == "2011-12-31T02:00:00+14:00");
    CHECK(s.at(guid_of(ev, "after")).day == 2);
}

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
