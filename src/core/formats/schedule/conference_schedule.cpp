// SPDX-License-Identifier: MIT
#include "formats/schedule/conference_schedule.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "model/selection.h"
#include "syntax/yaml_tree.h"
#include "util/controls.h"
#include "util/uuid.h"

namespace summitry {

namespace {

constexpr std::int64_t first_id = 1'000'000;
constexpr std::int64_t last_id = 2'147'483'646;  // INT32_MAX - 1
constexpr std::int64_t id_range = last_id - first_id + 1;

std::size_t at(Index i) {
    return static_cast<std::size_t>(i);
}

bool is_lower_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Folds guids into numeric ids; `order` is the order in which collisions are settled.
std::vector<std::int64_t> numeric_ids(const std::vector<Uuid>& guids,
                                      const std::vector<std::size_t>& order) {
    std::vector<std::int64_t> ids(guids.size());
    std::unordered_set<std::int64_t> taken;
    taken.reserve(guids.size());
    for (std::size_t i : order) {
        std::int64_t id = first_id + std::int64_t{guids[i].leading_bits() & 0x7fffffffu} % id_range;
        while (!taken.insert(id).second) id = id == last_id ? first_id : id + 1;
        ids[i] = id;
    }
    return ids;
}

// Positions of `items` sorted by id (then by position, for the duplicate ids of a forced export).
template <class T>
std::vector<std::size_t> by_id(const std::vector<T>& items) {
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return items[a].id < items[b].id; });
    return order;
}

// The guid an import kept from its source (x-guid), so that the apps and tools that know a talk
// by its guid (EventFahrplan, Giggity's favourites, the c3voc tracker) still know it.
std::optional<Uuid> kept_guid(const Session& s) {
    for (const ExtraKey& x : s.extra)
        if (x.key == "x-guid" && x.value != nullptr && x.value->is_scalar())
            return parse_uuid(x.value->text);
    return std::nullopt;
}

// A session id given twice (only in an export forced past errors) must not repeat a guid: the
// schemas require them unique. The first keeps the plain guid, as references resolve to it.
std::vector<Uuid> session_guids(const Event& ev) {
    std::vector<Uuid> out;
    out.reserve(ev.sessions.size());
    std::unordered_map<std::string_view, int> seen;
    std::unordered_set<std::string> kept;
    for (const Session& s : ev.sessions) {
        const int n = seen[s.id]++;
        if (auto guid = kept_guid(s); guid && n == 0 && kept.insert(guid->str()).second) {
            out.push_back(*guid);
            continue;
        }
        out.push_back(session_guid(ev.info.id, n == 0 ? s.id : s.id + "#" + std::to_string(n + 1)));
    }
    return out;
}

Uuid person_guid(const Event& ev, const Person& p) {
    return uuid5(summitry_namespace(), ev.info.id + "/people/" + p.id);
}

Uuid room_guid(const Event& ev, const Room& r) {
    return uuid5(summitry_namespace(), ev.info.id + "/rooms/" + r.qualified);
}

std::string iso_seconds(const date::time_zone& zone, Instant t) {
    const auto info = zone.get_info(t);
    return date::format("%FT%T", zone.to_local(t)) + format_offset(info.offset);
}

// The instant a programme day starts: its date at day_change, in the event's zone. In a
// spring-forward gap, the instant the clock jumps to.
Instant day_boundary(const Event& ev, Date day) {
    const LocalTime local = day_start(day) + ev.info.day_change;
    return resolve(ev.zone(), local).instant;
}

// Room names as the schedule shows them. frab and c3voc name a room by its name alone (c3voc
// even keys a day's rooms by it), so two rooms that share a name in different venues get the
// venue's name added, and the room reference when even that is not enough.
std::vector<std::string> room_names(const Event& ev, std::string_view lang) {
    const std::string_view fallback = ev.default_language();
    std::vector<std::string> names;
    names.reserve(ev.rooms.size());
    for (const Room& r : ev.rooms) {
        std::string name(r.name.get(lang, fallback));
        names.push_back(name.empty() ? r.id : plain_text(name));
    }
    const auto duplicated = [&] {
        std::unordered_map<std::string, int> count;
        for (const auto& n : names) ++count[n];
        std::vector<bool> dup;
        for (const auto& n : names) dup.push_back(count[n] > 1);
        return dup;
    };
    std::vector<bool> dup = duplicated();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!dup[i] || ev.rooms[i].venue < 0) continue;
        const Venue& v = ev.venues[at(ev.rooms[i].venue)];
        std::string venue(v.name.get(lang, fallback));
        names[i] += " (" + (venue.empty() ? v.id : venue) + ")";
    }
    dup = duplicated();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (dup[i]) names[i] += " [" + ev.rooms[i].qualified + "]";
    return names;
}

std::string clock_of(LocalTime t) {
    const auto secs = (t - date::floor<Minutes>(t)).count();
    return secs == 0 ? format_clock(t) : date::format("%T", t);
}

// Everything exported, in order, so that any change gives another version.
std::string digest(const ConferenceSchedule& s) {
    std::string text;
    const auto add = [&](std::string_view field) {
        text.append(field);
        text.push_back('\x1f');
    };
    add(s.acronym);
    add(s.title);
    add(s.description);
    add(format_date(s.start));
    add(format_date(s.end));
    add(s.time_zone_name);
    add(s.website);
    add(s.timeslot_duration);
    for (const auto& t : s.tracks) {
        add(t.id);
        add(t.name);
        add(t.color);
    }
    for (const auto& r : s.rooms) add(r.name);
    for (const auto& d : s.days) {
        add(d.start);
        add(d.end);
        for (const auto& r : d.rooms) {
            add(r.name);
            for (const auto& e : r.sessions) {
                for (std::string_view f : {e.guid, e.slug, e.date, e.end, e.title, e.track, e.type,
                                           e.language, e.abstract, e.description, e.url})
                    add(f);
                for (const auto& p : e.persons) add(p.name);
                text.push_back('\x1e');
            }
        }
    }
    return uuid5(summitry_namespace(), "version/" + text).str().substr(0, 8);
}

}  // namespace

std::string make_acronym(std::string_view event_id) {
    std::string out(event_id);
    std::replace(out.begin(), out.end(), '-', '_');
    if (out.size() < 4) out.resize(4, '_');
    return out;
}

std::vector<std::int64_t> session_numeric_ids(const Event& event) {
    return numeric_ids(session_guids(event), by_id(event.sessions));
}

std::vector<std::int64_t> person_numeric_ids(const Event& event) {
    std::vector<Uuid> guids;
    guids.reserve(event.people.size());
    for (const Person& p : event.people) guids.push_back(person_guid(event, p));
    return numeric_ids(guids, by_id(event.people));
}

bool json_time_zone_name_ok(std::string_view name) {
    // The schema's "^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$", as a JSON Schema validator reads it: a
    // search, so either "Area/Location" at the start or "UTC" at the end.
    if (name.size() >= 3 && name.substr(name.size() - 3) == "UTC") return true;
    std::size_t i = 0;
    const auto word = [&] {
        if (i >= name.size() || name[i] < 'A' || name[i] > 'Z') return false;
        const std::size_t from = ++i;
        while (i < name.size() && name[i] >= 'a' && name[i] <= 'z') ++i;
        return i > from;
    };
    if (!word() || i >= name.size() || name[i] != '/') return false;
    ++i;
    return word();
}

bool xml_track_slug_ok(std::string_view slug) {
    if (slug.size() < 2 || slug[0] < 'a' || slug[0] > 'z') return false;
    return std::all_of(slug.begin(), slug.end(),
                       [](char c) { return is_lower_alnum(c) || c == '-'; });
}

bool json_slug_ok(std::string_view slug) {
    if (slug.size() < 2 || !is_lower_alnum(slug.back())) return false;
    return std::all_of(slug.begin(), slug.end(),
                       [](char c) { return is_lower_alnum(c) || c == '-' || c == '_'; });
}

std::string plain_text(std::string_view raw) {
    const std::string s = drop_controls(raw);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not characters either.
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
            i += 2;
            continue;
        }
        out.push_back(s[i]);
    }
    return out;
}

bool is_hex_color(std::string_view color) {
    return color.size() == 7 && color[0] == '#' &&
           std::all_of(color.begin() + 1, color.end(),
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

namespace {

// What every exported session needs of the event, made once.
struct Exporting {
    const Event& ev;
    std::string lang;
    std::string_view fallback;
    std::string acronym, website;
    std::vector<Uuid> guids;
    std::vector<std::int64_t> ids, person_ids;
    std::vector<std::string> rooms;  // as the schedule names them
};

// A scheduled session as the schedule shows it; what its url could not be is a warning.
ScheduleSession schedule_session(const Exporting& c, Index session, Diagnostics& warnings) {
    const Event& ev = c.ev;
    const Session& s = ev.sessions[at(session)];
    const date::time_zone& zone = ev.zone_of(s);
    const LocalTime local = to_local(zone, *s.start);
    ScheduleSession x;
    x.id = s.id;
    x.loc = s.loc;
    x.guid = c.guids[at(session)].str();
    x.numeric_id = c.ids[at(session)];
    std::string tail = s.id;
    while (tail.size() > 1 && tail.back() == '-') tail.pop_back();  // JSON: ends alnum
    x.slug = c.acronym + "-" + std::to_string(x.numeric_id) + "-" + tail;
    x.duration = *s.duration;
    x.date = iso_seconds(zone, *s.start);
    x.end = iso_seconds(zone, s.end());
    x.start_clock = clock_of(local);
    x.room = c.rooms[at(s.room)];
    x.title = plain_text(s.title.get(c.lang, c.fallback));
    if (s.track >= 0) {
        const Track& track = ev.tracks[at(s.track)];
        const std::string_view name = track.name.get(c.lang, c.fallback);
        x.track = plain_text(name.empty() ? std::string_view(track.id) : name);
    }
    x.type = to_string(s.kind);
    x.language = s.language.empty() ? std::string(c.fallback) : s.language;
    x.abstract = plain_text(s.abstract.get(c.lang, c.fallback));
    x.description = plain_text(s.description.get(c.lang, c.fallback));
    x.link = export_url(s.url, s.loc, "the url of session '" + s.id + "'", warnings);
    // schedule.schema.json wants a URI here, always.
    x.url = !x.link.empty() ? x.link : !c.website.empty() ? c.website : "urn:uuid:" + x.guid;
    for (Index p : s.participants()) {
        const Person& person = ev.people[at(p)];
        x.persons.push_back(
            {plain_text(person.name), c.person_ids[at(p)], person_guid(ev, person).str()});
    }
    return x;
}

// The schedule's days, from its first to its last, each with its rooms' sessions. A date the
// zone skipped whole (Pacific/Apia, 2011-12-30) is no day of the schedule: the day before runs
// on to the next that exists (Event::programme_day agrees).
void add_days(ConferenceSchedule& out, const Exporting& c,
              std::map<Date, std::vector<std::vector<ScheduleSession>>>& by_day) {
    const Event& ev = c.ev;
    const auto listed = [&](Date day) {
        return day_exists(ev.zone(), day) || by_day.contains(day);
    };
    int index = 1;
    for (Date day = out.start; day <= out.end; day += date::days{1}) {
        if (!listed(day)) continue;
        Date next = day + date::days{1};
        for (int i = 0; i < 7 && !listed(next); ++i) next += date::days{1};
        ScheduleDay d;
        d.index = index++;
        d.date = day;
        d.start = iso_seconds(ev.zone(), day_boundary(ev, day));
        d.end = iso_seconds(ev.zone(), day_boundary(ev, next));
        auto it = by_day.find(day);
        if (it != by_day.end()) {
            for (std::size_t r = 0; r < ev.rooms.size(); ++r) {
                if (it->second[r].empty()) continue;
                d.rooms.push_back(
                    {c.rooms[r], room_guid(ev, ev.rooms[r]).str(), std::move(it->second[r])});
            }
        }
        out.days.push_back(std::move(d));
    }
}

}  // namespace

ConferenceSchedule build_conference_schedule(const Event& ev, const ExportRequest& req) {
    // The agenda's sessions; not the unscheduled ones: a session without a start, a duration
    // or a room has no place in a frab day.
    const SelectedSessions selected = select_sessions(ev, req, false);
    const std::string lang(selected_language(ev, req));
    const std::string_view fallback = ev.default_language();

    ConferenceSchedule out;
    out.acronym = make_acronym(ev.info.id);
    out.title = plain_text(ev.info.title.get(lang, fallback));
    out.description = plain_text(ev.info.description.get(lang, fallback));
    out.time_zone_name = ev.zone().name();
    out.website = export_url(ev.info.website, ev.info.loc, "the event's website", out.warnings);

    Exporting c{ev, lang, fallback, out.acronym, out.website, session_guids(ev), {}, {}, {}};
    c.ids = numeric_ids(c.guids, by_id(ev.sessions));
    c.person_ids = person_numeric_ids(ev);
    c.rooms = room_names(ev, lang);

    out.start = ev.info.start_date;
    out.end = ev.info.end_date;
    std::vector<bool> room_used(ev.rooms.size()), track_used(ev.tracks.size());
    std::map<Date, std::vector<std::vector<ScheduleSession>>> by_day;  // day -> room -> sessions
    long long slot = 60;  // minutes; the gcd of starts and durations, at most an hour
    for (const SelectedDay& d : selected.days) {
        for (const Index session : d.sessions) {
            const Session& s = ev.sessions[at(session)];
            // frab publishes only accepted events (its `accepted` scope: accepting, unconfirmed,
            // confirmed, scheduled), pretalx only confirmed slots: a cancelled session leaves the
            // schedule, and the apps that diff schedules report it as cancelled.
            if (s.cancelled()) continue;
            ScheduleSession x = schedule_session(c, session, out.warnings);
            const LocalTime local = to_local(ev.zone_of(s), *s.start);
            const long long minute_of_day = (local - date::floor<date::days>(local)) / Minutes{1};
            const long long minutes = std::chrono::duration_cast<Minutes>(*s.duration).count();
            slot = std::gcd(slot, std::gcd(minute_of_day, minutes));
            // A forced export may place a session outside the event's dates: widen the days.
            out.start = std::min(out.start, d.day);
            out.end = std::max(out.end, d.day);
            room_used[at(s.room)] = true;
            if (s.track >= 0) track_used[at(s.track)] = true;
            auto& day_rooms = by_day[d.day];
            day_rooms.resize(ev.rooms.size());
            day_rooms[at(s.room)].push_back(std::move(x));
        }
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld", slot / 60, slot % 60);
    out.timeslot_duration = buf;

    for (std::size_t t = 0; t < ev.tracks.size(); ++t) {
        if (!track_used[t]) continue;
        const Track& track = ev.tracks[t];
        std::string name(track.name.get(lang, fallback));
        out.tracks.push_back({name.empty() ? track.id : plain_text(name), track.id, track.color});
    }
    for (std::size_t r = 0; r < ev.rooms.size(); ++r)
        if (room_used[r]) out.rooms.push_back({c.rooms[r], room_guid(ev, ev.rooms[r]).str(), {}});

    add_days(out, c, by_day);
    // A release names the version; edits since it make another one, built on it.
    out.version = req.release.empty()          ? digest(out)
                  : req.release.ends_with('+') ? req.release + digest(out)
                                               : req.release;
    return out;
}

}  // namespace summitry
