// SPDX-License-Identifier: MIT
#pragma once
// A schedule being built: where each session is, indexed by room, person and track (each list
// sorted by start), the hard-constraint test for a candidate place, and the soft cost of a
// session at a place as its exact marginal contribution, so that a move's delta is the
// difference of two local costs.

#include <array>
#include <vector>

#include "plan/problem.h"
#include "plan/schedule.h"

namespace summitry::plan {

struct Slot {
    Min start = 0, end = 0;
    Index session = no_index;
};

struct Busy {
    Min start = 0, end = 0;
    Index venue = no_index;    // no_index: unavailability (no travel)
    Index session = no_index;  // no_index: unavailability
};

struct Weights {
    double track_overlap = 10, track_rooms = 1, room_change = 1, venue_change = 3, room_fit = 2,
           idle_hole = 1, exclusive = 100, moved = 20, moved_per_30min = 1, moved_room = 2,
           preference = 0.5;
};

class State {
public:
    State(const Problem& problem, bool repair);

    const Problem& pb;
    bool repair;
    Weights w;
    std::vector<Index> room_of;  // per session; no_index when not placed
    std::vector<Min> start_of;

    bool is_placed(Index s) const { return room_of[static_cast<std::size_t>(s)] != no_index; }
    const PSession& ps(Index s) const { return pb.sessions[static_cast<std::size_t>(s)]; }
    void place(Index s, Index room, Min start);
    void unplace(Index s);

    // Whether s (not placed) may go to `room` at `start`: windows, room free, people free and
    // able to travel. Rooms not in s's list are refused.
    bool fits(Index s, Index room, Min start) const;
    bool room_free(Index room, Min start, Min end) const;
    bool people_free(Index s, Index venue, Min start, Min end) const;
    // A placed session's own problems (its room unsuitable, outside windows, someone unavailable).
    bool unary_ok(Index s) const;
    // Placed sessions in hard conflict with placed s (room, person, travel), each once.
    std::vector<Index> pair_conflicts(Index s) const;

    // The soft cost s (not placed) would add at (room, start); `parts` gets the raw amounts.
    double local_cost(Index s, Index room, Min start,
                      std::array<double, goal_count>* parts = nullptr) const;
    SoftCost total_cost() const;
    int hard_conflicts() const;

    const std::vector<Slot>& in_room(Index r) const {
        return by_room_[static_cast<std::size_t>(r)];
    }

private:
    std::vector<std::vector<Slot>> by_room_, by_track_;
    std::vector<std::vector<Busy>> by_person_;
    std::vector<Slot> exclusive_;
    std::vector<std::vector<int>> track_room_;  // track x room: placed sessions
    std::vector<int> track_max_;

    double change_cost(Index room_a, Min end_a, Index room_b, Min start_b) const;
    double hole_cost(Min end_a, Min start_b) const;
    double moved_cost(Index s, Index room, Min start, double* amount) const;
};

}  // namespace summitry::plan
