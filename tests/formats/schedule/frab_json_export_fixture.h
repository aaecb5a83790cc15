// SPDX-License-Identifier: MIT
#pragma once
// What the frab XML and c3voc JSON export tests share: events to export, and both files read back.

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

namespace schedule_export_test {

inline Event load(const std::string& yaml) {
    LoadResult r = load_event_text(yaml, "test.yaml");
    for (const auto& d : r.diagnostics.items()) INFO(d.loc.line << ": " << d.message);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return std::move(r.event);
}

inline std::string frab_text(const Event& ev, const ExportRequest& req = {}) {
    std::ostringstream out;
    export_frab(ev, req, out);
    return out.str();
}

inline Json json_of(const Event& ev, const ExportRequest& req = {}) {
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

inline ByGuid read_frab(const std::string& xml) {
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

inline ByGuid read_json(const Json& doc) {
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
inline ByGuid exported(const Event& ev, const ExportRequest& req = {}) {
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

inline std::string guid_of(const Event& ev, const std::string& session) {
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

}  // namespace schedule_export_test
