// SPDX-License-Identifier: MIT
#include "formats/schedule/frab_export.h"

#include <cstdio>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "formats/schedule/conference_schedule.h"
#include "util/url.h"

namespace summitry {

namespace {

// Every text goes in through plain_text (pugixml takes C strings: a NUL would cut it short, and
// writes other C0 controls as &#27;, which XML 1.0 refuses) and pugixml escapes & < > " on save.
void child(pugi::xml_node parent, const char* name, std::string_view value) {
    parent.append_child(name).text().set(plain_text(value).c_str());
}

void attribute(pugi::xml_node node, const char* name, std::string_view value) {
    node.append_attribute(name).set_value(plain_text(value).c_str());
}

// frab durations have one or two hour digits (schedule.xml.xsd).
constexpr long long longest_duration = 100 * 3600 - 1;

// "HH:MM", or "HH:MM:SS" when there are seconds.
std::string frab_duration(const ScheduleSession& s) {
    const long long total = s.duration.count();
    char buf[64];
    if (total % 60 == 0)
        std::snprintf(buf, sizeof buf, "%02lld:%02lld", total / 3600, total / 60 % 60);
    else
        std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", total / 3600, total / 60 % 60,
                      total % 60);
    return buf;
}

void write_event(pugi::xml_node room, const ScheduleSession& s) {
    pugi::xml_node e = room.append_child("event");
    e.append_attribute("id").set_value(static_cast<long long>(s.numeric_id));
    attribute(e, "guid", s.guid);
    // The order frab writes; the schema takes any (xs:all).
    if (is_http_url(s.url)) child(e, "url", s.url);
    child(e, "date", s.date);
    child(e, "start", s.start_clock);
    child(e, "duration", frab_duration(s));
    child(e, "room", s.room);
    child(e, "slug", s.slug);
    child(e, "title", s.title);
    child(e, "subtitle", "");
    child(e, "track", s.track);
    child(e, "type", s.type);
    child(e, "language", s.language);
    child(e, "abstract", s.abstract);
    child(e, "description", s.description);
    pugi::xml_node persons = e.append_child("persons");
    for (const auto& p : s.persons) {
        pugi::xml_node person = persons.append_child("person");
        person.append_attribute("id").set_value(static_cast<long long>(p.id));
        attribute(person, "guid", p.guid);
        person.text().set(plain_text(p.name).c_str());
    }
    pugi::xml_node links = e.append_child("links");
    if (!s.link.empty()) {
        pugi::xml_node link = links.append_child("link");
        attribute(link, "href", s.link);
        link.text().set(plain_text(s.link).c_str());  // frab's text for a link without a title
    }
}

}  // namespace

ExportWarnings export_frab(const Event& event, const ExportRequest& request, std::ostream& out) {
    const ConferenceSchedule sc = build_conference_schedule(event, request);
    ExportWarnings warnings = sc.warnings;
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node schedule = doc.append_child("schedule");
    schedule.append_child("generator").append_attribute("name").set_value("Summitry");
    child(schedule, "version", sc.version);

    pugi::xml_node conf = schedule.append_child("conference");
    child(conf, "acronym", sc.acronym);
    child(conf, "title", sc.title);
    child(conf, "start", format_date(sc.start));
    child(conf, "end", format_date(sc.end));
    child(conf, "days", std::to_string(sc.days.size()));
    child(conf, "timeslot_duration", sc.timeslot_duration);
    // No day_change element: frab writes one, but the schema has none. The days' start and end
    // attributes say the same.
    child(conf, "time_zone_name", sc.time_zone_name);
    if (!sc.website.empty()) {
        child(conf, "base_url", sc.website);
        child(conf, "url", sc.website);
    }
    for (const auto& t : sc.tracks) {
        pugi::xml_node track = conf.append_child("track");
        attribute(track, "name", t.name);
        if (is_hex_color(t.color)) attribute(track, "color", t.color);
        if (xml_track_slug_ok(t.id)) attribute(track, "slug", t.id);
        track.text().set(plain_text(t.name).c_str());  // older readers take the text
    }

    for (const auto& d : sc.days) {
        pugi::xml_node day = schedule.append_child("day");
        day.append_attribute("index").set_value(d.index);
        attribute(day, "date", format_date(d.date));
        attribute(day, "start", d.start);
        attribute(day, "end", d.end);
        for (const auto& r : d.rooms) {
            pugi::xml_node room = day.append_child("room");
            attribute(room, "name", r.name);
            attribute(room, "guid", r.guid);
            for (const auto& s : r.sessions) {
                if (s.duration.count() > longest_duration) {
                    warnings.warning("export-left-out", s.loc,
                                     "session '" + s.id + "' lasts " +
                                         std::to_string(s.duration.count() / 3600) +
                                         " hours: it is left out of the frab export",
                                     "frab XML holds durations up to 99:59; c3voc JSON and "
                                     "iCalendar hold it");
                    continue;
                }
                write_event(room, s);
            }
        }
    }
    doc.save(out, "  ", pugi::format_default | pugi::format_skip_control_chars,
             pugi::encoding_utf8);
    return warnings;
}

}  // namespace summitry
