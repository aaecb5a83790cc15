// SPDX-License-Identifier: MIT
#include "versions/values.h"

#include "io/event_writer.h"
#include "time/time.h"

namespace summitry::versions {

namespace {

// A text as one line of YAML: plain, or {en: ..., fr: ...}.
std::string text_yaml(const Text& t) {
    if (t.empty()) return {};
    if (t.is_plain()) return yaml_scalar(t.values().front().second);
    std::string out = "{";
    for (const auto& [lang, value] : t.values()) {
        if (out.size() > 1) out += ", ";
        out += yaml_scalar(lang) + ": " + yaml_scalar(value);
    }
    return out + "}";
}

std::string list_yaml(const std::vector<std::string>& items) {
    if (items.empty()) return {};
    std::string out = "[";
    for (const auto& i : items) {
        if (out.size() > 1) out += ", ";
        out += yaml_scalar(i);
    }
    return out + "]";
}

template <class List>
std::string ids_yaml(const List& all, const std::vector<Index>& which) {
    std::vector<std::string> ids;
    for (Index i : which) ids.push_back(all[static_cast<std::size_t>(i)].id);
    return list_yaml(ids);
}

std::string ranges_yaml(const std::vector<TimeRange>& ranges, const date::time_zone& zone) {
    if (ranges.empty()) return {};
    std::string out = "[";
    for (const auto& r : ranges) {
        if (out.size() > 1) out += ", ";
        out += "{from: " + format_local(to_local(zone, r.from)) +
               ", to: " + format_local(to_local(zone, r.to)) + "}";
    }
    return out + "]";
}

void put(EntityValues& e, const char* key, std::string value) {
    if (!value.empty()) e.values.emplace(key, std::move(value));
}

std::string index_id(const auto& list, Index i) {
    return i == no_index ? std::string() : list[static_cast<std::size_t>(i)].id;
}

EntityValues session_values(const Event& ev, const Session& s) {
    EntityValues e{EntityKind::session, false, s.id, {}};
    put(e, "title", text_yaml(s.title));
    if (s.kind != SessionKind::talk) put(e, "kind", std::string(to_string(s.kind)));
    put(e, "track", index_id(ev.tracks, s.track));
    if (s.room != no_index) put(e, "room", ev.rooms[static_cast<std::size_t>(s.room)].qualified);
    if (s.start) put(e, "start", format_local(to_local(ev.zone_of(s), *s.start)));
    if (s.duration) put(e, "duration", format_duration(*s.duration));
    put(e, "speakers", ids_yaml(ev.people, s.speakers));
    put(e, "moderators", ids_yaml(ev.people, s.moderators));
    put(e, "hosts", ids_yaml(ev.people, s.hosts));
    put(e, "organizations", ids_yaml(ev.organizations, s.organizations));
    if (s.expected_attendance)
        put(e, "expected_attendance", std::to_string(*s.expected_attendance));
    put(e, "requires", list_yaml(s.requires_features));
    put(e, "language", s.language.empty() ? std::string() : yaml_scalar(s.language));
    put(e, "interpretation", list_yaml(s.interpretation));
    put(e, "description", text_yaml(s.description));
    put(e, "abstract", text_yaml(s.abstract));
    if (!s.is_public) put(e, "public", "false");
    if (s.status != SessionStatus::confirmed) put(e, "status", std::string(to_string(s.status)));
    put(e, "tags", list_yaml(s.tags));
    put(e, "url", s.url.empty() ? std::string() : yaml_scalar(s.url));
    if (s.pinned) put(e, "pinned", "true");
    if (s.exclusive) put(e, "exclusive", "true");
    return e;
}

EntityValues person_values(const Event& ev, const Person& p, Audience audience) {
    EntityValues e{EntityKind::person, false, p.id, {}};
    put(e, "name", p.name.empty() ? std::string() : yaml_scalar(p.name));
    put(e, "affiliation", index_id(ev.organizations, p.affiliation));
    put(e, "role", text_yaml(p.role));
    put(e, "bio", text_yaml(p.bio));
    if (audience == Audience::staff) {
        put(e, "email", p.email.empty() ? std::string() : yaml_scalar(p.email));
        put(e, "phone", p.phone.empty() ? std::string() : yaml_scalar(p.phone));
    }
    put(e, "photo", p.photo.empty() ? std::string() : yaml_scalar(p.photo));
    put(e, "unavailable", ranges_yaml(p.unavailable, ev.zone()));
    put(e, "languages", list_yaml(p.languages));
    return e;
}

EntityValues organization_values(const Organization& o) {
    EntityValues e{EntityKind::organization, false, o.id, {}};
    put(e, "name", text_yaml(o.name));
    put(e, "short_name", o.short_name.empty() ? std::string() : yaml_scalar(o.short_name));
    put(e, "country", o.country.empty() ? std::string() : yaml_scalar(o.country));
    put(e, "kind", o.kind.empty() ? std::string() : yaml_scalar(o.kind));
    put(e, "website", o.website.empty() ? std::string() : yaml_scalar(o.website));
    put(e, "description", text_yaml(o.description));
    return e;
}

EntityValues venue_values(const Event& ev, const Venue& v) {
    EntityValues e{EntityKind::venue, false, v.id, {}};
    put(e, "name", text_yaml(v.name));
    put(e, "address", v.address.empty() ? std::string() : yaml_scalar(v.address));
    put(e, "timezone", v.timezone_name.empty() ? std::string() : yaml_scalar(v.timezone_name));
    put(e, "open", ranges_yaml(v.open, v.zone ? *v.zone : ev.zone()));
    if (!v.travel.empty()) {
        std::string t = "{";
        for (const auto& [to, minutes] : v.travel) {
            if (t.size() > 1) t += ", ";
            t +=
                ev.venues[static_cast<std::size_t>(to)].id + ": " + std::to_string(minutes.count());
        }
        put(e, "travel_minutes", t + "}");
    }
    return e;
}

EntityValues room_values(const Event& ev, const Room& r) {
    EntityValues e{EntityKind::room, false, r.qualified, {}};
    put(e, "name", text_yaml(r.name));
    if (r.capacity) put(e, "capacity", std::to_string(*r.capacity));
    put(e, "features", list_yaml(r.features));
    put(e, "unavailable",
        ranges_yaml(r.unavailable, ev.zone_of_room(static_cast<Index>(&r - ev.rooms.data()))));
    return e;
}

EntityValues track_values(const Track& t) {
    EntityValues e{EntityKind::track, false, t.id, {}};
    put(e, "name", text_yaml(t.name));
    put(e, "color", t.color.empty() ? std::string() : yaml_scalar(t.color));
    put(e, "description", text_yaml(t.description));
    return e;
}

EntityValues info_values(const Event& ev) {
    const EventInfo& i = ev.info;
    EntityValues e{EntityKind::session, true, i.id, {}};
    put(e, "title", text_yaml(i.title));
    put(e, "subtitle", text_yaml(i.subtitle));
    put(e, "description", text_yaml(i.description));
    put(e, "timezone", yaml_scalar(i.timezone_name));
    put(e, "start_date", format_date(i.start_date));
    put(e, "end_date", format_date(i.end_date));
    put(e, "languages", list_yaml(i.languages));
    put(e, "organizers", ids_yaml(ev.organizations, i.organizers));
    put(e, "website", i.website.empty() ? std::string() : yaml_scalar(i.website));
    if (i.hours) {
        const auto clock = [](Minutes m) { return format_clock(LocalTime{m}); };
        put(e, "hours",
            "{from: \"" + clock(i.hours->first) + "\", to: \"" + clock(i.hours->second) + "\"}");
    }
    if (i.day_change != Minutes{4 * 60})
        put(e, "day_change", "\"" + format_clock(LocalTime{i.day_change}) + "\"");
    return e;
}

}  // namespace

std::string_view entity_noun(EntityKind kind) {
    switch (kind) {
        case EntityKind::session: return "session";
        case EntityKind::person: return "person";
        case EntityKind::organization: return "organization";
        case EntityKind::venue: return "venue";
        case EntityKind::room: return "room";
        case EntityKind::track: return "track";
    }
    return "session";
}

std::map<std::string, EntityValues> event_values(const Event& ev, Audience audience) {
    std::map<std::string, EntityValues> out;
    const auto add = [&](EntityValues e) {
        std::string key =
            e.is_event ? std::string("event") : std::string(entity_list_key(e.kind)) + "/" + e.id;
        out.emplace(std::move(key), std::move(e));
    };
    add(info_values(ev));
    for (const auto& o : ev.organizations) add(organization_values(o));
    for (const auto& p : ev.people) add(person_values(ev, p, audience));
    for (const auto& v : ev.venues) add(venue_values(ev, v));
    for (const auto& r : ev.rooms) add(room_values(ev, r));
    for (const auto& t : ev.tracks) add(track_values(t));
    for (const auto& s : ev.sessions)
        if (audience == Audience::staff || s.is_public) add(session_values(ev, s));
    return out;
}

bool raises_revision(std::string_view key) {
    return key == "start" || key == "duration" || key == "room" || key == "status" ||
           key == "title" || key == "speakers" || key == "moderators" || key == "hosts";
}

}  // namespace summitry::versions
