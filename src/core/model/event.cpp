// SPDX-License-Identifier: MIT
#include "model/event.h"

#include <algorithm>
#include <array>

#include "syntax/yaml_tree.h"

namespace summitry {

namespace {
constexpr std::array<std::string_view, 14> kind_names = {
    "keynote",      "talk",    "panel",     "roundtable", "fireside-chat", "demo",     "workshop",
    "announcement", "signing", "reception", "networking", "break",         "ceremony", "other"};
constexpr std::array<std::string_view, 3> status_names = {"confirmed", "tentative", "cancelled"};

template <class T>
void index_ids(const std::vector<T>& items, std::unordered_map<std::string_view, Index>& out) {
    out.clear();
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        out.emplace(items[i].id, static_cast<Index>(i));  // the first wins; later ones are errors
}

Index lookup(const std::unordered_map<std::string_view, Index>& map, std::string_view id) {
    auto it = map.find(id);
    return it == map.end() ? no_index : it->second;
}
}  // namespace

std::string_view to_string(SessionKind k) {
    return kind_names.at(static_cast<std::size_t>(k));
}

std::optional<SessionKind> session_kind_from(std::string_view s) {
    for (std::size_t i = 0; i < kind_names.size(); ++i)
        if (kind_names[i] == s) return static_cast<SessionKind>(i);
    return std::nullopt;
}

const std::vector<std::string_view>& session_kind_names() {
    static const std::vector<std::string_view> names(kind_names.begin(), kind_names.end());
    return names;
}

std::string_view to_string(SessionStatus s) {
    return status_names.at(static_cast<std::size_t>(s));
}

std::optional<SessionStatus> session_status_from(std::string_view s) {
    for (std::size_t i = 0; i < status_names.size(); ++i)
        if (status_names[i] == s) return static_cast<SessionStatus>(i);
    return std::nullopt;
}

std::vector<Index> Session::participants() const {
    std::vector<Index> out;
    out.reserve(speakers.size() + moderators.size() + hosts.size());
    for (const auto* list : {&speakers, &moderators, &hosts})
        for (Index p : *list)
            if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    return out;
}

Event::Event() = default;
Event::Event(Event&&) noexcept = default;
Event& Event::operator=(Event&&) noexcept = default;
Event::~Event() = default;

const date::time_zone& Event::zone() const {
    return info.zone != nullptr ? *info.zone : *date::locate_zone("UTC");
}

const date::time_zone& Event::zone_of_room(Index room) const {
    if (room >= 0) {
        const Index v = rooms[static_cast<std::size_t>(room)].venue;
        if (v >= 0 && venues[static_cast<std::size_t>(v)].zone != nullptr)
            return *venues[static_cast<std::size_t>(v)].zone;
    }
    return zone();
}

const date::time_zone& Event::zone_of(const Session& s) const {
    return zone_of_room(s.room);
}

Minutes Event::travel(Index from_venue, Index to_venue) const {
    if (from_venue == to_venue || from_venue < 0 || to_venue < 0) return Minutes{0};
    for (const auto& [v, m] : venues[static_cast<std::size_t>(from_venue)].travel)
        if (v == to_venue) return m;
    for (const auto& [v, m] : venues[static_cast<std::size_t>(to_venue)].travel)
        if (v == from_venue) return m;
    return Minutes{0};
}

Date Event::programme_day(const Session& s) const {
    const date::time_zone& zone = zone_of(s);
    return summitry::programme_day(zone, to_local(zone, *s.start), info.day_change);
}

Index Event::find_session(std::string_view id) const {
    return lookup(session_ids_, id);
}
Index Event::find_person(std::string_view id) const {
    return lookup(person_ids_, id);
}
Index Event::find_room(std::string_view ref) const {
    return lookup(room_refs_, ref);
}
Index Event::find_track(std::string_view id) const {
    return lookup(track_ids_, id);
}
Index Event::find_organization(std::string_view id) const {
    return lookup(organization_ids_, id);
}
Index Event::find_venue(std::string_view id) const {
    return lookup(venue_ids_, id);
}

void Event::reindex() {
    index_ids(sessions, session_ids_);
    index_ids(people, person_ids_);
    index_ids(tracks, track_ids_);
    index_ids(organizations, organization_ids_);
    index_ids(venues, venue_ids_);
    room_refs_.clear();
    for (std::size_t i = 0; i < rooms.size(); ++i) {
        Room& r = rooms[i];
        const std::string_view venue_id =
            r.venue >= 0 ? std::string_view{venues[static_cast<std::size_t>(r.venue)].id} : "";
        r.qualified = std::string(venue_id) + "/" + r.id;
        room_refs_.emplace(r.qualified, static_cast<Index>(i));
    }
    // A bare room id names a room only where no other venue has one of that id.
    std::unordered_map<std::string_view, Index> bare;
    for (std::size_t i = 0; i < rooms.size(); ++i) {
        auto [it, fresh] = bare.emplace(rooms[i].id, static_cast<Index>(i));
        if (!fresh && it->second != ambiguous_room &&
            rooms[static_cast<std::size_t>(it->second)].venue != rooms[i].venue)
            it->second = ambiguous_room;
    }
    for (auto& [id, index] : bare) room_refs_.emplace(id, index);
    for (auto& r : rooms) r.ref = lookup(bare, r.id) == ambiguous_room ? r.qualified : r.id;
}

}  // namespace summitry
