// SPDX-License-Identifier: MIT
#include "formats/schedule/c3voc_export.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "formats/schedule/conference_schedule.h"
#include "util/json_out.h"

namespace summitry {

namespace {

using Json = nlohmann::ordered_json;  // keys in the order a reader expects them, as frab does

// "HH:MM", any number of hours. Seconds cannot be written (the pattern is ^[0-9]+:[0-9]{2}$);
// `end` carries the exact instant.
std::string json_duration(Seconds d) {
    const long long minutes = d.count() / 60;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld", minutes / 60, minutes % 60);
    return buf;
}

Json event_json(const ScheduleSession& s) {
    Json e;
    e["guid"] = s.guid;
    e["id"] = s.numeric_id;
    e["date"] = s.date;
    e["start"] = s.start_clock.substr(0, 5);  // the pattern has no seconds; `date` has them
    e["end"] = s.end;
    e["duration"] = json_duration(s.duration);
    e["room"] = s.room;
    e["slug"] = s.slug;
    e["url"] = s.url;
    e["title"] = s.title;
    e["subtitle"] = "";
    e["track"] = s.track.empty() ? Json(nullptr) : Json(s.track);
    e["type"] = s.type;
    e["language"] = s.language;
    e["abstract"] = s.abstract;
    e["description"] = s.description;
    // frab's person, {id, public_name}, with our guid. The schema's Person is oneOf a frab person
    // and a pretalx person ({name}): writing `name` as well would match both and fail.
    Json persons = Json::array();
    for (const auto& p : s.persons)
        persons.push_back(Json{{"guid", p.guid}, {"id", p.id}, {"public_name", p.name}});
    e["persons"] = std::move(persons);
    Json links = Json::array();
    if (!s.link.empty()) links.push_back(Json{{"url", s.link}, {"title", s.link}});
    e["links"] = std::move(links);
    return e;
}

}  // namespace

ExportWarnings export_c3voc_json(const Event& event, const ExportRequest& request,
                                 std::ostream& out) {
    const ConferenceSchedule sc = build_conference_schedule(event, request);
    Json conf;
    conf["acronym"] = sc.acronym;
    conf["title"] = sc.title;
    if (!sc.description.empty()) conf["description"] = sc.description;
    conf["start"] = format_date(sc.start);
    conf["end"] = format_date(sc.end);
    conf["daysCount"] = sc.days.size();
    conf["timeslot_duration"] = sc.timeslot_duration;
    // The schema admits only "Area/Location" names and UTC; the offsets in every date say the
    // rest. (Conference has no day_change either: the days' day_start and day_end say it.)
    if (json_time_zone_name_ok(sc.time_zone_name)) conf["time_zone_name"] = sc.time_zone_name;
    if (!sc.website.empty()) conf["url"] = sc.website;

    Json tracks = Json::array();
    for (const auto& t : sc.tracks) {
        Json track{{"name", t.name}};
        if (json_slug_ok(t.id)) track["slug"] = t.id;
        if (is_hex_color(t.color)) track["color"] = t.color;
        tracks.push_back(std::move(track));
    }
    conf["tracks"] = std::move(tracks);
    Json rooms = Json::array();
    for (const auto& r : sc.rooms) rooms.push_back(Json{{"name", r.name}, {"guid", r.guid}});
    conf["rooms"] = std::move(rooms);

    Json days = Json::array();
    for (const auto& d : sc.days) {
        Json day;
        day["index"] = d.index;
        day["date"] = format_date(d.date);
        day["day_start"] = d.start;
        day["day_end"] = d.end;
        Json day_rooms = Json::object();
        for (const auto& r : d.rooms) {
            Json events = Json::array();
            for (const auto& s : r.sessions) events.push_back(event_json(s));
            day_rooms[r.name] = std::move(events);
        }
        day["rooms"] = std::move(day_rooms);
        days.push_back(std::move(day));
    }
    conf["days"] = std::move(days);

    Json schedule;
    schedule["version"] = sc.version;
    if (!sc.website.empty()) schedule["base_url"] = sc.website;
    schedule["conference"] = std::move(conf);
    Json doc;
    doc["$schema"] = "https://c3voc.de/schedule/schema.json";
    doc["generator"] = Json{{"name", "Summitry"}};
    doc["schedule"] = std::move(schedule);
    write_json(out, doc, JsonText::drop_controls);
    return sc.warnings;
}

}  // namespace summitry
