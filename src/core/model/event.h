// SPDX-License-Identifier: MIT
#pragma once
// The event model: what an event file says, with references resolved to indices and local times
// resolved to instants. It is plain data; the loader fills it, the checks and views read it.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "model/text.h"
#include "time/time.h"

namespace summitry {

namespace yaml {
struct Node;
class Document;
}  // namespace yaml

using Index = std::int32_t;  // a position in one of Event's lists
inline constexpr Index no_index = -1;

// Keys the loader does not know (kept to be saved back), and `x-` keys.
struct ExtraKey {
    std::string key;
    const yaml::Node* value = nullptr;  // lives in Event::documents
};

// What every entity has: its id, where it was written, and the keys kept as they were.
struct Entity {
    std::string id;
    SourceLoc loc;  // the entity's mapping
    std::vector<ExtraKey> extra;
};

// [from, to) in UTC, as written in a zone.
struct TimeRange {
    Instant from{};
    Instant to{};
    SourceLoc loc;
    bool overlaps(Instant a, Instant b) const { return from < b && a < to; }
};

struct Organization : Entity {
    Text name;
    std::string short_name;
    std::string country;  // ISO 3166 alpha-2
    std::string kind;
    std::string website;
    Text description;
};

struct Person : Entity {
    std::string name;
    Index affiliation = no_index;  // organization
    Text role;
    Text bio;
    std::string email;  // private
    std::string phone;  // private
    std::string photo;
    std::vector<TimeRange> unavailable;
    std::vector<std::string> languages;
};

struct Room : Entity {
    Index venue = no_index;
    Text name;
    std::optional<int> capacity;
    std::vector<std::string> features;
    std::vector<TimeRange> unavailable;
    std::string qualified;  // "venue/room"
    std::string ref;        // how to name it: "room" when unique in the event, else "venue/room"
};

struct Venue : Entity {
    Text name;
    std::string address;
    std::string timezone_name;              // empty: the event's
    const date::time_zone* zone = nullptr;  // resolved; the event's zone when none is named
    std::vector<TimeRange> open;
    std::vector<std::pair<Index, Minutes>> travel;  // as written: to venue, minutes
    std::vector<Index> rooms;
};

struct Track : Entity {
    Text name;
    std::string color;  // #rrggbb or empty
    Text description;
    // Extension (docs/event-format-notes.md): the track runs in several rooms at once by design
    // (FOSDEM's main track), so its overlapping sessions are no `track-overlap`.
    bool parallel = false;
};

enum class SessionKind : std::uint8_t {
    keynote,
    talk,
    panel,
    roundtable,
    fireside_chat,
    demo,
    workshop,
    announcement,
    signing,
    reception,
    networking,
    break_,
    ceremony,
    other
};
std::string_view to_string(SessionKind k);
std::optional<SessionKind> session_kind_from(std::string_view s);
const std::vector<std::string_view>& session_kind_names();

enum class SessionStatus : std::uint8_t { confirmed, tentative, cancelled };
std::string_view to_string(SessionStatus s);
std::optional<SessionStatus> session_status_from(std::string_view s);

struct Session : Entity {
    Text title;
    SessionKind kind = SessionKind::talk;
    Index track = no_index;
    Index room = no_index;
    std::optional<Instant> start;
    std::optional<Seconds> duration;                 // from `duration`, or `end - start`
    std::vector<Index> speakers, moderators, hosts;  // people
    std::vector<Index> organizations;
    std::optional<int> expected_attendance;
    std::vector<std::string> requires_features;
    std::string language;
    std::vector<std::string> interpretation;
    Text description;
    Text abstract;
    bool is_public = true;
    SessionStatus status = SessionStatus::confirmed;
    std::vector<std::string> tags;
    int revision = 0;
    std::string url;
    bool pinned = false;
    // Extension (docs/event-format-notes.md): nothing else at the event may run at the same time
    // (a keynote, a plenary). The automatic scheduler keeps other sessions clear of it.
    bool exclusive = false;

    bool scheduled() const { return start.has_value() && room != no_index && duration.has_value(); }
    bool cancelled() const { return status == SessionStatus::cancelled; }
    Instant end() const { return *start + duration.value_or(Seconds{0}); }
    // Everyone taking part, each once, in the order speakers, moderators, hosts.
    std::vector<Index> participants() const;
};

struct EventInfo {
    std::string id;
    SourceLoc loc;
    Text title, subtitle, description;
    std::string timezone_name;
    const date::time_zone* zone = nullptr;
    Date start_date{}, end_date{};
    std::vector<std::string> languages{"en"};
    std::vector<Index> organizers;
    std::string website;
    std::optional<std::pair<Minutes, Minutes>> hours;  // daily opening hours, from/to
    Minutes day_change{4 * 60};
    std::vector<ExtraKey> extra;
};

class Event {
public:
    Event();
    Event(Event&&) noexcept;
    Event& operator=(Event&&) noexcept;
    ~Event();

    EventInfo info;
    std::vector<Organization> organizations;
    std::vector<Person> people;
    std::vector<Venue> venues;
    std::vector<Room> rooms;  // all rooms of all venues
    std::vector<Track> tracks;
    std::vector<Session> sessions;
    std::vector<ExtraKey> extra;  // unknown and x- keys at the top level of the file
    SourceFiles files;
    std::vector<std::unique_ptr<yaml::Document>> documents;  // keep ExtraKey values alive

    const std::string& default_language() const { return info.languages.front(); }
    // The zone a session's times are written in: its venue's, else the event's.
    const date::time_zone& zone_of(const Session& s) const;
    const date::time_zone& zone_of_room(Index room) const;
    const date::time_zone& zone() const;
    // Travel time between two venues (0 for the same venue, or when none is given).
    Minutes travel(Index from_venue, Index to_venue) const;
    Date programme_day(const Session& s) const;  // requires s.start

    Index find_session(std::string_view id) const;
    Index find_person(std::string_view id) const;
    // "venue/room", or "room" when no other venue has a room of that id; `ambiguous_room`
    // when several do.
    Index find_room(std::string_view ref) const;
    static constexpr Index ambiguous_room = -2;
    Index find_track(std::string_view id) const;
    Index find_organization(std::string_view id) const;
    Index find_venue(std::string_view id) const;

    // Rebuilds the id lookups after the lists changed.
    void reindex();

private:
    template <class T>
    using Lookup = std::unordered_map<std::string_view, Index>;
    Lookup<Session> session_ids_;
    Lookup<Person> person_ids_;
    Lookup<Room> room_refs_;
    Lookup<Track> track_ids_;
    Lookup<Organization> organization_ids_;
    Lookup<Venue> venue_ids_;
};

}  // namespace summitry
