// SPDX-License-Identifier: MIT
#pragma once
// The scheduler's view of an event: whole minutes since the epoch (UTC), the windows in which
// each room may hold a session, people's unavailable spans, travel times, and which rooms suit
// which session. Built once; plain data for plan/state.h.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/event.h"
#include "plan/schedule.h"

namespace summitry::plan {

using Min = std::int64_t;       // minutes since the epoch, UTC
inline constexpr Min grid = 5;  // start times fall on a 5-minute grid

struct Span {
    Min from = 0, to = 0;  // [from, to)
};

// Sorted, disjoint spans. Helpers on them.
std::vector<Span> merge_spans(std::vector<Span> spans);
std::vector<Span> subtract_spans(const std::vector<Span>& a, const std::vector<Span>& b);
std::vector<Span> intersect_spans(const std::vector<Span>& a, const std::vector<Span>& b);
// Whether [from, to) lies within one span.
bool within(const std::vector<Span>& spans, Min from, Min to);
Min total(const std::vector<Span>& spans);

inline Min to_min_floor(Instant t) {
    const auto s = unix_seconds(t);
    return s >= 0 ? s / 60 : -((-s + 59) / 60);
}
inline Min to_min_ceil(Instant t) {
    return -to_min_floor(Instant{} - (t - Instant{}));
}
inline Instant to_instant(Min m) {
    return Instant{Seconds{m * 60}};
}
inline Min align_up(Min m) {
    return m >= 0 ? (m + grid - 1) / grid * grid : -((-m) / grid * grid);
}
inline Min align_down(Min m) {
    return -align_up(-m);
}

struct PSession {
    Index id = no_index;  // index in Event::sessions
    Min duration = 0;     // whole minutes, rounded up
    bool has_duration = false;
    bool active = false;  // not cancelled: takes part in constraints
    bool placed = false;  // has a room and a start in the file
    bool pinned = false;
    bool exclusive = false;
    Index room0 = no_index;     // as in the file
    Min start0 = 0;             // as in the file (floor); valid when `placed`
    bool has_start0 = false;    // a start without a room (an unscheduled session may keep it)
    bool has_released = false;  // the release (`--since`) placed it: room_rel, start_rel
    Index room_rel = no_index;
    Min start_rel = 0;
    std::vector<Index> people;  // participants
    std::vector<Index> rooms;   // rooms that seat it and have its features
    Index track = no_index;
    int attendance = 0;
};

struct PRoom {
    Index venue = no_index;
    int capacity = -1;          // -1: not given
    std::vector<Span> windows;  // where new sessions may go: dates x hours x open - unavailable
    std::vector<Span> lenient;  // what a placed session may keep (no default hours)
};

class Problem {
public:
    // `released`: where a release had each session (ScheduleOptions::released), or empty.
    explicit Problem(const Event& event,
                     const std::vector<std::optional<ReleasedPlace>>& released = {});

    const Event& event;
    std::vector<PSession> sessions;
    std::vector<PRoom> rooms;
    std::vector<std::vector<Span>> unavailable;  // per person, merged
    std::vector<std::vector<int>> travel;        // venue x venue, minutes
    std::vector<std::vector<Span>> days;         // per event day: the hours it may hold sessions
    std::vector<Date> day_dates;
    std::vector<Min> day_starts;  // where each programme day begins (event zone), one past the last
    bool explicit_hours = false;

    int travel_minutes(Index a, Index b) const {
        if (a < 0 || b < 0 || a == b) return 0;
        return travel[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
    }
    // The day number of a minute for soft goals (programme days, approximately: local date less
    // day_change in the event's zone).
    long day_of(Min t) const;
    std::string person_name(Index p) const;
    std::string session_name(Index s) const;
    std::string day_name(Date d) const;  // "10 February"

private:
    void build_rooms();
    void build_sessions(const std::vector<std::optional<ReleasedPlace>>& released);
};

}  // namespace summitry::plan
