// SPDX-License-Identifier: MIT
// Readers of the event, organizations, venues with their rooms, people and tracks.
#include <algorithm>
#include <cctype>

#include "diag/quote.h"
#include "io/readers.h"
#include "util/suggest.h"

namespace summitry::io {

namespace {

bool is_colour(std::string_view s) {
    return s.size() == 7 && s[0] == '#' && std::all_of(s.begin() + 1, s.end(), [](char c) {
               return std::isxdigit(static_cast<unsigned char>(c));
           });
}

}  // namespace

std::string begin_entity(Reader& r, const Item& it, Entity& e, std::string_view kind) {
    r.file = it.file;
    e.loc = r.at(*it.node);
    const Node* id = it.node->is_map() ? it.node->find("id") : nullptr;
    if (id != nullptr) e.id = r.id(*id, "id").value_or("");
    return e.id.empty() ? std::string("a ") + std::string(kind)
                        : std::string(kind) + " '" + e.id + "'";
}

void read_organizations(Reader& r, const std::vector<Item>& items) {
    auto& list = r.event.organizations;
    list.reserve(items.size());
    for (const Item& it : items) {
        Organization o;
        const std::string what = begin_entity(r, it, o, "organization");
        const bool ok =
            r.fields(*it.node, what,
                     {"id", "name", "short_name", "country", "kind", "website", "description"},
                     {"id", "name"}, &o.extra, [&](std::string_view k, const Node& v) {
                         if (k == "name")
                             o.name = r.text(v, k);
                         else if (k == "short_name")
                             o.short_name = r.string(v, k).value_or("");
                         else if (k == "kind")
                             o.kind = r.string(v, k).value_or("");
                         else if (k == "website")
                             o.website = r.url(v, k);
                         else if (k == "description")
                             o.description = r.text(v, k);
                         else if (k == "country") {
                             auto c = r.string(v, k);
                             if (c && (c->size() != 2 ||
                                       !std::isupper(static_cast<unsigned char>((*c)[0])) ||
                                       !std::isupper(static_cast<unsigned char>((*c)[1])))) {
                                 r.diags.error("bad-value", r.at(v),
                                               quote(*c) + " is not an ISO 3166 country code",
                                               "use two capital letters, e.g. FR, GB, DE");
                             } else if (c) {
                                 o.country = *c;
                             }
                         }
                     });
        if (ok) list.push_back(std::move(o));
    }
    r.event.reindex();
    check_unique_ids(r, list, "organization", &Event::find_organization);
}

namespace {

// The event's dates: the end on or after the start, the start alone a one-day event.
void read_event_dates(Reader& r, const Node* start, const Node* end, EventInfo& info) {
    const auto read_date = [&](const Node* n, std::string_view key) -> std::optional<Date> {
        if (n == nullptr) return std::nullopt;
        auto s = r.string(*n, key);
        auto d = s ? parse_date(*s) : std::nullopt;
        if (s && !d)
            r.diags.error("bad-value", r.at(*n), quote(key) + " " + quote(*s) + " is not a date",
                          "write it as YYYY-MM-DD, e.g. 2025-02-10");
        return d;
    };
    auto sd = read_date(start, "start_date");
    auto ed = read_date(end, "end_date");
    if (sd) info.start_date = *sd;
    if (ed) info.end_date = *ed;
    if (sd && ed && *ed < *sd) {
        r.diags.error("bad-range", r.at(*end), "the event ends before it starts",
                      "'end_date' must be on or after 'start_date'");
        info.end_date = *sd;
    } else if (sd && !ed) {
        info.end_date = *sd;
    }
}

// The event's daily opening hours, from and to.
void read_event_hours(Reader& r, const Node& hours, EventInfo& info) {
    const Node* from = nullptr;
    const Node* to = nullptr;
    r.fields(hours, "'hours'", {"from", "to"}, {"from", "to"}, nullptr,
             [&](std::string_view k, const Node& v) { (k == "from" ? from : to) = &v; });
    std::optional<Minutes> f, t;
    for (auto [n, out] : {std::pair{from, &f}, std::pair{to, &t}}) {
        if (n == nullptr) continue;
        auto s = r.string(*n, "hours");
        *out = s ? parse_clock(*s) : std::nullopt;
        if (s && !*out)
            r.diags.error("bad-value", r.at(*n), quote(*s) + " is not a time of day",
                          "write it as HH:MM");
    }
    if (f && t) {
        if (*t <= *f)
            r.diags.error("bad-range", r.at(*to), "the daily hours end before they start");
        else
            info.hours = std::pair{*f, *t};
    }
}

}  // namespace

void read_event_info(Reader& r, const Item* item, SourceLoc top) {
    EventInfo& info = r.event.info;
    if (item == nullptr) {
        r.diags.error("missing-key", top, "the file has no 'event'",
                      "add an 'event:' mapping with id, title, timezone, start_date and end_date");
        return;
    }
    r.file = item->file;
    const Node& map = *item->node;
    info.loc = r.at(map);
    std::vector<Ref> organizers;
    const Node* hours = nullptr;
    const Node* start = nullptr;
    const Node* end = nullptr;
    r.fields(map, "'event'",
             {"id", "title", "subtitle", "description", "timezone", "start_date", "end_date",
              "languages", "organizers", "website", "hours", "day_change"},
             {"id", "title", "timezone", "start_date", "end_date"}, &info.extra,
             [&](std::string_view k, const Node& v) {
                 if (k == "id")
                     info.id = r.id(v, k).value_or("");
                 else if (k == "title")
                     info.title = r.text(v, k);
                 else if (k == "subtitle")
                     info.subtitle = r.text(v, k);
                 else if (k == "description")
                     info.description = r.text(v, k);
                 else if (k == "website")
                     info.website = r.url(v, k);
                 else if (k == "organizers")
                     organizers = r.refs(v, k);
                 else if (k == "hours")
                     hours = &v;
                 else if (k == "start_date")
                     start = &v;
                 else if (k == "end_date")
                     end = &v;
                 else if (k == "languages") {
                     auto langs = r.languages(v, k);
                     if (!langs.empty()) info.languages = std::move(langs);
                 } else if (k == "timezone") {
                     auto name = r.string(v, k);
                     if (!name) return;
                     info.timezone_name = *name;
                     info.zone = find_zone(*name);
                     if (info.zone == nullptr) {
                         r.diags.error("unknown-timezone", r.at(v),
                                       "unknown time zone " + quote(*name) +
                                           did_you_mean(*name, zone_names(),
                                                        [](const std::string& s) { return s; }),
                                       "use an IANA name such as Europe/Paris");
                     }
                 } else if (k == "day_change") {
                     auto s = r.string(v, k);
                     auto m = s ? parse_clock(*s) : std::nullopt;
                     if (m && *m < Minutes{24 * 60})
                         info.day_change = *m;
                     else if (s)
                         r.diags.error("bad-value", r.at(v),
                                       "'day_change' " + quote(*s) + " is not a time of day",
                                       "write it as HH:MM, e.g. 04:00");
                 }
             });
    read_event_dates(r, start, end, info);
    if (hours != nullptr) read_event_hours(r, *hours, info);
    info.organizers = r.resolve(
        organizers, "organization",
        [&](std::string_view id) { return r.event.find_organization(id); }, r.event.organizations);
}

namespace {

// The rooms of venue `v` (number `vi`, `what` in messages), their unavailability read in the
// venue's zone. Rooms of one venue must differ; across venues they may share ids.
void read_rooms(Reader& r, Venue& v, Index vi, const Node& rooms, std::uint32_t file,
                const std::string& what, const date::time_zone& zone) {
    Event& ev = r.event;
    for (const Node* rn : rooms.items()) {
        Room room;
        room.venue = vi;
        const std::string rwhat = begin_entity(r, {rn, file}, room, "room");
        const Node* unavailable = nullptr;
        const bool ok = r.fields(*rn, rwhat, {"id", "name", "capacity", "features", "unavailable"},
                                 {"id"}, &room.extra, [&](std::string_view k, const Node& n) {
                                     if (k == "name")
                                         room.name = r.text(n, k);
                                     else if (k == "capacity")
                                         room.capacity = r.integer(n, k, 0, 10'000'000);
                                     else if (k == "features")
                                         room.features = r.words(n, k);
                                     else if (k == "unavailable")
                                         unavailable = &n;
                                 });
        if (!ok) continue;
        if (unavailable != nullptr) room.unavailable = r.ranges(*unavailable, "unavailable", zone);
        for (Index other : v.rooms) {
            if (ev.rooms[static_cast<std::size_t>(other)].id == room.id && !room.id.empty()) {
                r.diags.error("duplicate-id", room.loc,
                              what + " already has a room with the id '" + room.id + "'",
                              "give this room another id");
            }
        }
        v.rooms.push_back(static_cast<Index>(ev.rooms.size()));
        ev.rooms.push_back(std::move(room));
    }
}

}  // namespace

void read_venues(Reader& r, const std::vector<Item>& items) {
    Event& ev = r.event;
    struct PendingTravel {
        Index from;
        Ref to;
        Minutes minutes;
    };
    std::vector<PendingTravel> travel;
    for (const Item& it : items) {
        Venue v;
        const std::string what = begin_entity(r, it, v, "venue");
        const Index vi = static_cast<Index>(ev.venues.size());
        const Node* open = nullptr;
        const Node* rooms = nullptr;
        const bool ok = r.fields(
            *it.node, what,
            {"id", "name", "address", "timezone", "open", "travel_minutes", "rooms"},
            {"id", "name"}, &v.extra, [&](std::string_view k, const Node& n) {
                if (k == "name")
                    v.name = r.text(n, k);
                else if (k == "address")
                    v.address = r.string(n, k).value_or("");
                else if (k == "open")
                    open = &n;
                else if (k == "rooms")
                    rooms = &n;
                else if (k == "timezone") {
                    auto name = r.string(n, k);
                    if (!name) return;
                    v.timezone_name = *name;
                    v.zone = find_zone(*name);
                    if (v.zone == nullptr)
                        r.diags.error("unknown-timezone", r.at(n),
                                      "unknown time zone " + quote(*name) +
                                          did_you_mean(*name, zone_names(),
                                                       [](const std::string& s) { return s; }),
                                      "use an IANA name such as Europe/Berlin");
                } else if (k == "travel_minutes") {
                    if (!r.expect_map(n, "'travel_minutes'")) return;
                    for (std::size_t i = 0; i < n.map_size(); ++i) {
                        auto to = r.ref(n.key(i), "travel_minutes");
                        auto m = r.integer(n.value(i), "travel_minutes", 0, 24 * 60);
                        if (to && m) travel.push_back({vi, *to, Minutes{*m}});
                    }
                }
            });
        if (!ok) continue;
        if (v.zone == nullptr) v.zone = ev.info.zone;
        const date::time_zone& zone = v.zone != nullptr ? *v.zone : ev.zone();
        if (open != nullptr) v.open = r.ranges(*open, "open", zone);
        if (rooms != nullptr && r.expect_list(*rooms, "'rooms' of " + what))
            read_rooms(r, v, vi, *rooms, it.file, what, zone);
        ev.venues.push_back(std::move(v));
    }
    ev.reindex();
    check_unique_ids(r, ev.venues, "venue", &Event::find_venue);
    for (const auto& t : travel) {
        const Index to = r.resolve_one(
            t.to, "venue", [&](std::string_view id) { return ev.find_venue(id); }, ev.venues);
        if (to >= 0) ev.venues[static_cast<std::size_t>(t.from)].travel.emplace_back(to, t.minutes);
    }
}

void read_people(Reader& r, const std::vector<Item>& items) {
    Event& ev = r.event;
    ev.people.reserve(items.size());
    for (const Item& it : items) {
        Person p;
        const std::string what = begin_entity(r, it, p, "person");
        const Node* unavailable = nullptr;
        const bool ok =
            r.fields(*it.node, what,
                     {"id", "name", "affiliation", "role", "bio", "email", "phone", "photo",
                      "unavailable", "languages"},
                     {"id", "name"}, &p.extra, [&](std::string_view k, const Node& v) {
                         if (k == "name")
                             p.name = r.string(v, k).value_or("");
                         else if (k == "role")
                             p.role = r.text(v, k);
                         else if (k == "bio")
                             p.bio = r.text(v, k);
                         else if (k == "email")
                             p.email = r.string(v, k).value_or("");
                         else if (k == "phone")
                             p.phone = r.string(v, k).value_or("");
                         else if (k == "photo")
                             p.photo = r.string(v, k).value_or("");
                         else if (k == "unavailable")
                             unavailable = &v;
                         else if (k == "languages")
                             p.languages = r.languages(v, k);
                         else if (k == "affiliation") {
                             if (auto ref = r.ref(v, k))
                                 p.affiliation = r.resolve_one(
                                     *ref, "organization",
                                     [&](std::string_view id) { return ev.find_organization(id); },
                                     ev.organizations);
                         }
                     });
        if (!ok) continue;
        if (unavailable != nullptr)
            p.unavailable = r.ranges(*unavailable, "unavailable", ev.zone());
        ev.people.push_back(std::move(p));
    }
    ev.reindex();
    check_unique_ids(r, ev.people, "person", &Event::find_person);
}

void read_tracks(Reader& r, const std::vector<Item>& items) {
    Event& ev = r.event;
    for (const Item& it : items) {
        Track t;
        const bool ok = r.fields(
            *it.node, begin_entity(r, it, t, "track"),
            {"id", "name", "color", "description", "parallel"}, {"id", "name"}, &t.extra,
            [&](std::string_view k, const Node& v) {
                if (k == "name")
                    t.name = r.text(v, k);
                else if (k == "description")
                    t.description = r.text(v, k);
                else if (k == "parallel")
                    t.parallel = r.boolean(v, k).value_or(false);
                else if (k == "color") {
                    auto c = r.string(v, k);
                    if (c && !is_colour(*c))
                        r.diags.error(
                            "bad-value", r.at(v), quote(*c) + " is not a colour",
                            "write it as #rrggbb, e.g. #1f6feb (quote it: '#' starts a comment)");
                    else if (c)
                        t.color = *c;
                }
            });
        if (ok) ev.tracks.push_back(std::move(t));
    }
    ev.reindex();
    check_unique_ids(r, ev.tracks, "track", &Event::find_track);
}

}  // namespace summitry::io
