// SPDX-License-Identifier: MIT
#pragma once
// The automatic scheduler (issue 7): places unscheduled sessions, and with `repair` also moves
// as few placed sessions as it can to remove hard conflicts. A job in the style of design.md
// principle 5: plain options in, plain result out; the CLI and the planner call the same
// function, and write the result with plan/write.h.
//
// Hard constraints, never broken by what it places: rooms and people never double-booked;
// people's and rooms' unavailability; venues' opening windows; travel time between venues;
// capacity; required features; event dates, daily `hours` and `day_change`. Soft goals are
// weighed (see SoftCost). Deterministic for a given seed unless the time limit cuts the search.

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/event.h"

namespace summitry {

namespace plan {
// An index of the event's lists as a position in a std::vector, for the scheduler's files.
inline std::size_t sz(Index i) {
    return static_cast<std::size_t>(i);
}
}  // namespace plan

// Where a release (`--since NAME`) had a session: a room of the current event and a start.
struct ReleasedPlace {
    Index room = no_index;
    Instant start{};
};

struct ScheduleOptions {
    double time_limit_seconds = 30.0;  // a bound on the whole run; the search usually ends first
    std::uint64_t seed = 1;
    bool repair = false;  // also move placed, unpinned sessions out of hard conflicts
    double search_effort =
        2.0;  // scales the improvement phase: 600 steps a session (0: greedy only)
    // Called now and then with the share of the work done (0 to 1), from the thread that runs
    // the scheduler; returning false cancels: the run stops as at its time limit, what is placed
    // so far is kept and the rest is listed as not placed. For the planner's progress dialog.
    std::function<bool(double done)> progress;
    // Where the published schedule had each session (by index of Event::sessions; nullopt: not
    // in the release, or not placed there). Prefers it: in repair a session moved back to its
    // released place costs nothing, and the result counts the sessions away from it.
    std::vector<std::optional<ReleasedPlace>> released;
    std::string released_name;  // for the report: "v1"
};

// The soft goals, in report order.
enum class Goal : std::uint8_t {
    track_overlap,  // pairs of sessions of one track at the same time
    track_rooms,    // sessions of a track outside the room holding most of that track
    room_changes,   // a person's consecutive sessions of a day in another room (venue: x3)
    room_fit,       // empty seats: popular sessions belong in big rooms (0..1 per session)
    idle_holes,     // gaps between consecutive sessions of a room's day (1 + hours of gap)
    exclusive,      // sessions running against an `exclusive: true` one
    moved,          // repair: sessions moved, weighed by how far
    count_
};
inline constexpr std::size_t goal_count = static_cast<std::size_t>(Goal::count_);
std::string_view goal_name(Goal g);

struct SoftCost {
    std::array<double, goal_count> by_goal{};  // raw amounts (pairs, sessions, ...)
    double weighted = 0;                       // what the search minimises
};

struct Placement {
    Index session = no_index;
    Instant start{};
    Index room = no_index;
    bool was_placed = false;  // it had a room and a start before: a move, not a placement
};

// A session the scheduler could not place (or, in repair, could not get out of conflict).
struct Unplaced {
    Index session = no_index;
    std::string reason;  // in an organizer's words
};

struct ScheduleResult {
    std::vector<Placement> placements;  // new places (placed or moved sessions), by session
    std::vector<Unplaced> unplaced;
    std::vector<std::string> explanations;  // why the event cannot be scheduled in full, overall
    SoftCost before, after;                 // after the greedy, after the search
    int hard_before = 0;                    // hard conflicts among placed sessions at the start
    int hard_after = 0;  // hard conflicts in the result (the scheduler's own view)
    int placed = 0, moved = 0, to_place = 0;
    int taken_out = 0;  // repair: sessions taken out of conflicts to be placed again
    long long iterations = 0;
    double seconds = 0, greedy_seconds = 0;
    bool time_limit_hit = false;
    bool cancelled = false;  // options.progress said to stop
    // Against the release (ScheduleOptions::released given): sessions of the release, still
    // active, not at their released place, in the file and in the result; and those this run
    // moved back there.
    bool against_release = false;
    std::string released_name;
    int away_before = 0, away_after = 0, moved_back = 0;
};

ScheduleResult schedule_event(const Event& event, const ScheduleOptions& options);

// Sets the placements on the event itself (benchmarks, tests: check_conflicts on the result).
void apply_placements(Event& event, const ScheduleResult& result);

// The conflict rules that are hard constraints (all but track-overlap and unscheduled).
bool is_hard_rule(std::string_view rule);

// A report for people: counts, soft cost by goal, what could not be placed and why.
std::string format_report(const Event& event, const ScheduleResult& result);

}  // namespace summitry
