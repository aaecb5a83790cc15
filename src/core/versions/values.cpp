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

}  // namespace

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

namespace {

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

// --- The same values, found without making them ------------------------------------------
// Each test below reads exactly what session_values and person_values read, and holds only
// when every value they would make is the same: keep them in step (a field read there and not
// here would be a change never reported; test_same_entities changes each value in turn).

template <class List>
std::string_view id_at(const List& list, Index i) {
    return i == no_index ? std::string_view()
                         : std::string_view(list[static_cast<std::size_t>(i)].id);
}

template <class List>
bool same_ids(const List& la, const std::vector<Index>& a, const List& lb,
              const std::vector<Index>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (id_at(la, a[i]) != id_at(lb, b[i])) return false;
    return true;
}

bool same_text(const Text& a, const Text& b) {
    return a.values() == b.values();
}

// The same instants, written in the same zone (zones are the one tz database's: one name, one
// pointer).
bool same_ranges(const std::vector<TimeRange>& a, const date::time_zone& za,
                 const std::vector<TimeRange>& b, const date::time_zone& zb) {
    if (a.size() != b.size()) return false;
    if (!a.empty() && &za != &zb) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].from != b[i].from || a[i].to != b[i].to) return false;
    return true;
}

bool same_session(const Event& ea, const Session& a, const Event& eb, const Session& b) {
    const auto room = [](const Event& ev, const Session& s) {
        return s.room == no_index
                   ? std::string_view()
                   : std::string_view(ev.rooms[static_cast<std::size_t>(s.room)].qualified);
    };
    if (a.start.has_value() != b.start.has_value()) return false;
    if (a.start && (*a.start != *b.start || &ea.zone_of(a) != &eb.zone_of(b))) return false;
    return same_text(a.title, b.title) && a.kind == b.kind &&
           id_at(ea.tracks, a.track) == id_at(eb.tracks, b.track) && room(ea, a) == room(eb, b) &&
           a.duration == b.duration && same_ids(ea.people, a.speakers, eb.people, b.speakers) &&
           same_ids(ea.people, a.moderators, eb.people, b.moderators) &&
           same_ids(ea.people, a.hosts, eb.people, b.hosts) &&
           same_ids(ea.organizations, a.organizations, eb.organizations, b.organizations) &&
           a.expected_attendance == b.expected_attendance &&
           a.requires_features == b.requires_features && a.language == b.language &&
           a.interpretation == b.interpretation && same_text(a.description, b.description) &&
           same_text(a.abstract, b.abstract) && a.is_public == b.is_public &&
           a.status == b.status && a.tags == b.tags && a.url == b.url && a.pinned == b.pinned &&
           a.exclusive == b.exclusive;
}

// Private fields too: the same for every audience.
bool same_person(const Event& ea, const Person& a, const Event& eb, const Person& b) {
    return a.name == b.name &&
           id_at(ea.organizations, a.affiliation) == id_at(eb.organizations, b.affiliation) &&
           same_text(a.role, b.role) && same_text(a.bio, b.bio) && a.email == b.email &&
           a.phone == b.phone && a.photo == b.photo &&
           same_ranges(a.unavailable, ea.zone(), b.unavailable, eb.zone()) &&
           a.languages == b.languages;
}

// The entities of `la` (each id once: the first of an id is the one event_values keeps, and
// an id written twice is left to the values) that `lb` has with the same values.
template <class List, class Same>
void same_of(const Event& ea, const List& la, const Event& eb, const List& lb,
             Index (Event::*find)(std::string_view) const, Same same,
             std::unordered_set<std::string_view>& out) {
    out.reserve(la.size());
    for (std::size_t i = 0; i < la.size(); ++i) {
        if ((ea.*find)(la[i].id) != static_cast<Index>(i)) continue;  // not the first of its id
        const Index j = (eb.*find)(la[i].id);
        if (j == no_index) continue;
        if (same(ea, la[i], eb, lb[static_cast<std::size_t>(j)])) out.insert(la[i].id);
    }
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
    return event_values(ev, audience, SameEntities{});
}

std::map<std::string, EntityValues> event_values(const Event& ev, Audience audience,
                                                 const SameEntities& leave_out) {
    std::map<std::string, EntityValues> out;
    const auto add = [&](EntityValues e) {
        std::string key =
            e.is_event ? std::string("event") : std::string(entity_list_key(e.kind)) + "/" + e.id;
        out.emplace(std::move(key), std::move(e));
    };
    add(info_values(ev));
    for (const auto& o : ev.organizations) add(organization_values(o));
    for (const auto& p : ev.people)
        if (!leave_out.people.contains(p.id)) add(person_values(ev, p, audience));
    for (const auto& v : ev.venues) add(venue_values(ev, v));
    for (const auto& r : ev.rooms) add(room_values(ev, r));
    for (const auto& t : ev.tracks) add(track_values(t));
    for (const auto& s : ev.sessions)
        if ((audience == Audience::staff || s.is_public) && !leave_out.sessions.contains(s.id))
            add(session_values(ev, s));
    return out;
}

SameEntities same_entities(const Event& a, const Event& b) {
    SameEntities out;
    same_of(a, a.sessions, b, b.sessions, &Event::find_session, same_session, out.sessions);
    same_of(a, a.people, b, b.people, &Event::find_person, same_person, out.people);
    return out;
}

bool raises_revision(std::string_view key) {
    return key == "start" || key == "duration" || key == "room" || key == "status" ||
           key == "title" || key == "speakers" || key == "moderators" || key == "hosts";
}

}  // namespace summitry::versions
