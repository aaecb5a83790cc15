// SPDX-License-Identifier: MIT
// A schedule being built: indexes, the hard test, and soft costs as marginal contributions.
#include "plan/state.h"

#include <algorithm>
#include <cmath>

namespace summitry::plan {

namespace {

template <class T>
void insert_sorted(std::vector<T>& v, const T& x) {
    auto it = std::upper_bound(v.begin(), v.end(), x, [](const T& a, const T& b) {
        return a.start != b.start ? a.start < b.start : a.session < b.session;
    });
    v.insert(it, x);
}

template <class T>
void erase_session(std::vector<T>& v, Index s) {
    auto it = std::find_if(v.begin(), v.end(), [&](const T& x) { return x.session == s; });
    if (it != v.end()) v.erase(it);
}

template <class T>
std::size_t first_at_or_after(const std::vector<T>& v, Min t) {
    return static_cast<std::size_t>(
        std::lower_bound(v.begin(), v.end(), t, [](const T& a, Min x) { return a.start < x; }) -
        v.begin());
}

}  // namespace

State::State(const Problem& problem, bool repair_mode) : pb(problem), repair(repair_mode) {
    const std::size_t n = pb.sessions.size();
    room_of.assign(n, no_index);
    start_of.assign(n, 0);
    by_room_.resize(pb.rooms.size());
    by_track_.resize(pb.event.tracks.size());
    by_person_.resize(pb.unavailable.size());
    for (std::size_t p = 0; p < pb.unavailable.size(); ++p)
        for (const Span& u : pb.unavailable[p])
            by_person_[p].push_back({u.from, u.to, no_index, no_index});
    track_room_.assign(pb.event.tracks.size(), std::vector<int>(pb.rooms.size(), 0));
    track_max_.assign(pb.event.tracks.size(), 0);
}

void State::place(Index s, Index room, Min start) {
    const PSession& p = ps(s);
    room_of[sz(s)] = room;
    start_of[sz(s)] = start;
    const Min end = start + p.duration;
    insert_sorted(by_room_[sz(room)], Slot{start, end, s});
    const Index venue = pb.rooms[sz(room)].venue;
    for (Index person : p.people) insert_sorted(by_person_[sz(person)], Busy{start, end, venue, s});
    if (p.track >= 0) {
        insert_sorted(by_track_[sz(p.track)], Slot{start, end, s});
        int& c = track_room_[sz(p.track)][sz(room)];
        ++c;
        track_max_[sz(p.track)] = std::max(track_max_[sz(p.track)], c);
    }
    if (p.exclusive) insert_sorted(exclusive_, Slot{start, end, s});
}

void State::unplace(Index s) {
    const Index room = room_of[sz(s)];
    if (room == no_index) return;
    const PSession& p = ps(s);
    erase_session(by_room_[sz(room)], s);
    for (Index person : p.people) erase_session(by_person_[sz(person)], s);
    if (p.track >= 0) {
        erase_session(by_track_[sz(p.track)], s);
        auto& counts = track_room_[sz(p.track)];
        if (counts[sz(room)]-- == track_max_[sz(p.track)])
            track_max_[sz(p.track)] = *std::max_element(counts.begin(), counts.end());
    }
    if (p.exclusive) erase_session(exclusive_, s);
    room_of[sz(s)] = no_index;
}

bool State::room_free(Index room, Min start, Min end) const {
    for (const Slot& x : by_room_[sz(room)]) {
        if (x.start >= end) break;
        if (x.end > start) return false;
    }
    return true;
}

bool State::people_free(Index s, Index venue, Min start, Min end) const {
    for (Index person : ps(s).people) {
        for (const Busy& b : by_person_[sz(person)]) {
            if (b.session == s) continue;
            if (b.start < end && start < b.end) return false;
            if (b.venue == no_index || b.venue == venue) continue;
            const Min travel = pb.travel_minutes(b.venue, venue);
            if (b.end <= start && start - b.end < travel) return false;
            if (end <= b.start && b.start - end < travel) return false;
        }
    }
    return true;
}

bool State::fits(Index s, Index room, Min start) const {
    const PSession& p = ps(s);
    if (!std::binary_search(p.rooms.begin(), p.rooms.end(), room)) return false;
    const Min end = start + p.duration;
    if (!within(pb.rooms[sz(room)].windows, start, end)) return false;
    return room_free(room, start, end) && people_free(s, pb.rooms[sz(room)].venue, start, end);
}

bool State::unary_ok(Index s) const {
    const PSession& p = ps(s);
    const Index room = room_of[sz(s)];
    if (room == no_index) return true;
    if (!std::binary_search(p.rooms.begin(), p.rooms.end(), room)) return false;
    const Min start = start_of[sz(s)], end = start + p.duration;
    const PRoom& r = pb.rooms[sz(room)];
    if (!within(r.windows, start, end) && (pb.explicit_hours || !within(r.lenient, start, end)))
        return false;
    for (Index person : p.people)
        for (const Span& u : pb.unavailable[sz(person)])
            if (u.from < end && start < u.to) return false;
    return true;
}

std::vector<Index> State::pair_conflicts(Index s) const {
    std::vector<Index> out;
    const Index room = room_of[sz(s)];
    if (room == no_index) return out;
    const Min start = start_of[sz(s)], end = start + ps(s).duration;
    for (const Slot& x : by_room_[sz(room)]) {
        if (x.start >= end) break;
        if (x.session != s && x.end > start && x.end > x.start && end > start)
            out.push_back(x.session);
    }
    const Index venue = pb.rooms[sz(room)].venue;
    for (Index person : ps(s).people) {
        for (const Busy& b : by_person_[sz(person)]) {
            if (b.session == s || b.session == no_index) continue;
            bool clash = b.start < end && start < b.end;
            if (!clash && b.venue != venue && pb.day_of(b.start) == pb.day_of(start)) {
                const Min travel = pb.travel_minutes(b.venue, venue);
                clash = (b.end <= start && start - b.end < travel) ||
                        (end <= b.start && b.start - end < travel);
            }
            if (clash) out.push_back(b.session);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double State::change_cost(Index room_a, Min end_a, Index room_b, Min start_b) const {
    if (room_a == room_b || pb.day_of(end_a - 1) != pb.day_of(start_b)) return 0;
    return pb.rooms[sz(room_a)].venue == pb.rooms[sz(room_b)].venue ? w.room_change
                                                                    : w.venue_change;
}

double State::hole_cost(Min end_a, Min start_b) const {
    if (start_b <= end_a || pb.day_of(end_a - 1) != pb.day_of(start_b)) return 0;
    return w.idle_hole * (1.0 + static_cast<double>(start_b - end_a) / 60.0);
}

double State::moved_cost(Index s, Index room, Min start, double* amount) const {
    const PSession& p = ps(s);
    *amount = 0;
    // Back where the published schedule had it (`--since`): what attendees saw, no move.
    if (p.has_released && room == p.room_rel && start == p.start_rel) return 0;
    if (p.placed && repair) {
        if (room == p.room0 && start == p.start0) return 0;
        *amount = 1;
        double c =
            w.moved + w.moved_per_30min * static_cast<double>(std::llabs(start - p.start0)) / 30.0;
        if (room != p.room0) {
            c += w.moved_room;
            if (p.room0 >= 0 && pb.rooms[sz(room)].venue != pb.rooms[sz(p.room0)].venue)
                c += w.venue_change;
        }
        return c;
    }
    if (!p.placed) {  // an unscheduled session may name its room or its start already
        double c = 0;
        if (p.has_released) return w.preference;  // it had a place once: that one, if it can
        if (p.room0 != no_index && room != p.room0) c += w.preference;
        if (p.has_start0 && start != p.start0) c += w.preference;
        return c;
    }
    return 0;
}

double State::local_cost(Index s, Index room, Min start,
                         std::array<double, goal_count>* parts) const {
    const PSession& p = ps(s);
    const Min end = start + p.duration;
    std::array<double, goal_count> a{};
    double cost = 0;
    if (p.track >= 0) {
        int overlaps = 0;
        for (const Slot& x : by_track_[sz(p.track)]) {
            if (x.start >= end) break;
            if (x.end > start && x.session != s) ++overlaps;
        }
        a[static_cast<std::size_t>(Goal::track_overlap)] = overlaps;
        cost += w.track_overlap * overlaps;
        const bool home = track_room_[sz(p.track)][sz(room)] == track_max_[sz(p.track)];
        a[static_cast<std::size_t>(Goal::track_rooms)] = home ? 0 : 1;
        cost += home ? 0 : w.track_rooms;
    }
    {
        double changes = 0;
        for (Index person : p.people) {
            const auto& list = by_person_[sz(person)];
            const std::size_t i = first_at_or_after(list, start);
            const Busy* prev = nullptr;
            for (std::size_t k = i; k-- > 0;)
                if (list[k].session != no_index && list[k].session != s) {
                    prev = &list[k];
                    break;
                }
            const Busy* next = nullptr;
            for (std::size_t k = i; k < list.size(); ++k)
                if (list[k].session != no_index && list[k].session != s) {
                    next = &list[k];
                    break;
                }
            const auto room_of_busy = [&](const Busy* b) { return room_of[sz(b->session)]; };
            if (prev) changes += change_cost(room_of_busy(prev), prev->end, room, start);
            if (next) changes += change_cost(room, end, room_of_busy(next), next->start);
            if (prev && next)
                changes -=
                    change_cost(room_of_busy(prev), prev->end, room_of_busy(next), next->start);
        }
        a[static_cast<std::size_t>(Goal::room_changes)] = changes;
        cost += changes;
    }
    const int cap = pb.rooms[sz(room)].capacity;
    if (p.attendance > 0 && cap > 0) {
        const double empty = std::max(0.0, static_cast<double>(cap - p.attendance) / cap);
        a[static_cast<std::size_t>(Goal::room_fit)] = empty;
        cost += w.room_fit * empty;
    }
    {
        const auto& list = by_room_[sz(room)];
        const std::size_t i = first_at_or_after(list, start);
        const Slot* prev = nullptr;
        for (std::size_t k = i; k-- > 0;)
            if (list[k].session != s) {
                prev = &list[k];
                break;
            }
        const Slot* next = nullptr;
        for (std::size_t k = i; k < list.size(); ++k)
            if (list[k].session != s) {
                next = &list[k];
                break;
            }
        double holes = 0;
        if (prev) holes += hole_cost(prev->end, start);
        if (next) holes += hole_cost(end, next->start);
        if (prev && next) holes -= hole_cost(prev->end, next->start);
        a[static_cast<std::size_t>(Goal::idle_holes)] = holes;
        cost += holes;
    }
    {
        int against = 0;
        if (p.exclusive) {
            for (std::size_t r = 0; r < by_room_.size(); ++r)
                for (const Slot& x : by_room_[r]) {
                    if (x.start >= end) break;
                    if (x.end > start && x.session != s) ++against;
                }
        } else {
            for (const Slot& x : exclusive_) {
                if (x.start >= end) break;
                if (x.end > start && x.session != s) ++against;
            }
        }
        a[static_cast<std::size_t>(Goal::exclusive)] = against;
        cost += w.exclusive * against;
    }
    double amount = 0;
    cost += moved_cost(s, room, start, &amount);
    a[static_cast<std::size_t>(Goal::moved)] = amount;
    if (parts) *parts = a;
    return cost;
}

SoftCost State::total_cost() const {
    // The sum of marginal costs in any order is the total; rebuild in session order.
    State scratch(pb, repair);
    scratch.w = w;
    SoftCost out;
    for (std::size_t s = 0; s < room_of.size(); ++s) {
        if (room_of[s] == no_index || !ps(static_cast<Index>(s)).active) continue;
        std::array<double, goal_count> parts{};
        out.weighted += scratch.local_cost(static_cast<Index>(s), room_of[s], start_of[s], &parts);
        for (std::size_t g = 0; g < goal_count; ++g) out.by_goal[g] += parts[g];
        scratch.place(static_cast<Index>(s), room_of[s], start_of[s]);
    }
    return out;
}

int State::hard_conflicts() const {
    int pairs = 0, unary = 0;
    for (std::size_t s = 0; s < room_of.size(); ++s) {
        if (room_of[s] == no_index || !ps(static_cast<Index>(s)).active) continue;
        if (!unary_ok(static_cast<Index>(s))) ++unary;
        for (Index o : pair_conflicts(static_cast<Index>(s)))
            if (static_cast<std::size_t>(o) > s) ++pairs;
    }
    return pairs + unary;
}

}  // namespace summitry::plan
