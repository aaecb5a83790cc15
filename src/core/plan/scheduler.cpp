// SPDX-License-Identifier: MIT
// The scheduler: a greedy placement of the most constrained sessions first, then simulated
// annealing on the soft goals that never breaks a hard constraint. With `repair`, it first takes
// out of the schedule the fewest sessions that leave no hard conflict among the rest, then puts
// them back as close to where they were as it can.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <random>

#include "plan/explain.h"
#include "plan/state.h"

namespace summitry {

using namespace plan;

std::string_view goal_name(Goal g) {
    switch (g) {
        case Goal::track_overlap: return "track overlaps";
        case Goal::track_rooms: return "track outside its room";
        case Goal::room_changes: return "room changes";
        case Goal::room_fit: return "empty seats";
        case Goal::idle_holes: return "idle holes";
        case Goal::exclusive: return "against exclusive";
        case Goal::moved: return "moved";
        case Goal::count_: break;
    }
    return "?";
}

bool is_hard_rule(std::string_view rule) {
    return rule == "room-double-booked" || rule == "person-double-booked" ||
           rule == "person-unavailable" || rule == "travel-time" || rule == "room-unavailable" ||
           rule == "over-capacity" || rule == "missing-feature";
}

namespace {

using Clock = std::chrono::steady_clock;
struct Candidate {
    Index room = no_index;
    Min start = 0;
    double cost = 0;
};

class Scheduler {
public:
    Scheduler(const Event& ev, const ScheduleOptions& o)
        : pb_(ev, o.released), st_(pb_, o.repair), opt_(o), rng_(o.seed), begin_(Clock::now()) {}

    ScheduleResult run();

private:
    Problem pb_;
    State st_;
    ScheduleOptions opt_;
    std::mt19937_64 rng_;
    Clock::time_point begin_;
    ScheduleResult res_;
    std::vector<Index> mobile_;  // sessions the search may move

    double elapsed() const { return std::chrono::duration<double>(Clock::now() - begin_).count(); }
    bool out_of_time() const { return elapsed() > opt_.time_limit_seconds; }
    // Whether to stop: the time limit, or the caller's cancel (told `done`, 0 to 1).
    bool stop(double done) {
        if (opt_.progress && !res_.cancelled && !opt_.progress(done)) res_.cancelled = true;
        return res_.cancelled || out_of_time();
    }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng_); }
    std::size_t pick(std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
    }

    std::vector<Index> repair_set();
    std::vector<char> stuck_;  // repair: sessions that went back where they were (reported)
    std::vector<Index> order(std::vector<Index> todo);
    std::optional<Candidate> best_place(Index s);
    void greedy(const std::vector<Index>& todo);
    void anneal();
    bool try_move(Index s, double temperature);
    bool try_swap(Index a, Index b, double temperature);
    double current_ = 0;  // the weighted soft cost, less a constant, as the search changes it
};

// The sessions to take out so that none of the rest is in a hard conflict: every session with a
// problem of its own, then, pair by pair, the one in most conflicts (never a pinned one).
std::vector<Index> Scheduler::repair_set() {
    std::vector<Index> out;
    std::vector<char> out_flag(pb_.sessions.size(), 0);
    for (const PSession& p : pb_.sessions) {
        if (!st_.is_placed(p.id) || st_.unary_ok(p.id) || stuck_[sz(p.id)]) continue;
        if (p.pinned) {
            res_.unplaced.push_back({p.id, explain_pinned(pb_, p.id)});
            continue;
        }
        out.push_back(p.id);
        out_flag[sz(p.id)] = 1;
    }
    for (Index s : out) st_.unplace(s);
    std::map<Index, std::vector<Index>> edges;
    for (const PSession& p : pb_.sessions)
        if (st_.is_placed(p.id))
            if (auto c = st_.pair_conflicts(p.id); !c.empty()) edges[p.id] = std::move(c);
    // A tie goes to the session easiest to move: fewer people, shorter, then the seed's order.
    std::vector<std::uint64_t> tie(pb_.sessions.size());
    for (auto& t : tie) t = rng_();
    while (!edges.empty()) {
        Index best = no_index;
        // Where the published schedule had it (`--since`): moved last; a session away from its
        // released place goes first, since moving it back costs nothing.
        auto released_there = [&](Index s) {
            const PSession& p = pb_.sessions[sz(s)];
            return p.has_released && st_.room_of[sz(s)] == p.room_rel &&
                   st_.start_of[sz(s)] == p.start_rel;
        };
        auto better = [&](Index a, Index b) {
            if (released_there(a) != released_there(b)) return !released_there(a);
            const auto da = edges[a].size(), db = edges[b].size();
            if (da != db) return da > db;
            const PSession &pa = pb_.sessions[sz(a)], &pb = pb_.sessions[sz(b)];
            if (pa.people.size() != pb.people.size()) return pa.people.size() < pb.people.size();
            if (pa.duration != pb.duration) return pa.duration < pb.duration;
            return tie[sz(a)] < tie[sz(b)];
        };
        for (const auto& [s, list] : edges)
            if (!pb_.sessions[sz(s)].pinned && !stuck_[sz(s)] &&
                (best == no_index || better(s, best)))
                best = s;
        if (best ==
            no_index) {  // only pinned (or stuck, already reported) sessions left in conflict
            for (const auto& [s, list] : edges)
                if (!stuck_[sz(s)]) res_.unplaced.push_back({s, explain_pinned(pb_, s)});
            break;
        }
        for (Index o : edges[best]) {
            auto it = edges.find(o);
            if (it == edges.end()) continue;
            std::erase(it->second, best);
            if (it->second.empty()) edges.erase(it);
        }
        edges.erase(best);
        st_.unplace(best);
        out.push_back(best);
    }
    return out;
}

// Most constrained first: exclusive sessions, few suitable rooms, busy people, long, crowded.
std::vector<Index> Scheduler::order(std::vector<Index> todo) {
    std::vector<double> need(pb_.event.people.size(), 0.0);
    for (Index s : todo)
        for (Index p : pb_.sessions[sz(s)].people)
            need[sz(p)] += static_cast<double>(pb_.sessions[sz(s)].duration);
    Min event_minutes = 0;
    for (const auto& d : pb_.days) event_minutes += total(d);
    std::vector<double> load(need.size(), 0.0);
    for (std::size_t p = 0; p < need.size(); ++p) {
        Min unavailable = 0;
        for (const auto& d : pb_.days) unavailable += total(intersect_spans(d, pb_.unavailable[p]));
        load[p] = need[p] / static_cast<double>(std::max<Min>(1, event_minutes - unavailable));
    }
    std::vector<double> score(pb_.sessions.size(), 0.0);
    const double rooms = static_cast<double>(std::max<std::size_t>(1, pb_.rooms.size()));
    for (Index s : todo) {
        const PSession& p = pb_.sessions[sz(s)];
        double people = 0;
        for (Index q : p.people) people = std::max(people, load[sz(q)]);
        score[sz(s)] = (p.exclusive ? 1000.0 : 0.0) +
                       100.0 * (1.0 - static_cast<double>(p.rooms.size()) / rooms) +
                       100.0 * people + static_cast<double>(p.duration) / 10.0 +
                       static_cast<double>(p.people.size());
    }
    std::shuffle(todo.begin(), todo.end(), rng_);
    std::stable_sort(todo.begin(), todo.end(),
                     [&](Index a, Index b) { return score[sz(a)] > score[sz(b)]; });
    return todo;
}

// The cheapest feasible place for s: in every suitable room, in every free stretch of its
// windows, the earliest and the latest start its people allow; in repair, also its old start
// in every room.
std::optional<Candidate> Scheduler::best_place(Index s) {
    const PSession& p = pb_.sessions[sz(s)];
    const Min d = p.duration;
    std::optional<Candidate> best;
    const auto consider = [&](Index room, Min t) {
        const double c = st_.local_cost(s, room, t) + 1e-3 * uniform();
        if (!best || c < best->cost) best = Candidate{room, t, c};
    };
    for (Index room : p.rooms) {
        const PRoom& r = pb_.rooms[sz(room)];
        const Index venue = r.venue;
        const auto& slots = st_.in_room(room);
        const auto scan_gap = [&](Min g0, Min g1) {
            if (g1 - g0 < d) return;
            Min first = -1;
            for (Min t = align_up(g0); t + d <= g1; t += grid)
                if (st_.people_free(s, venue, t, t + d)) {
                    first = t;
                    break;
                }
            if (first < 0) return;
            consider(room, first);
            for (Min t = align_down(g1 - d); t > first; t -= grid)
                if (st_.people_free(s, venue, t, t + d)) {
                    consider(room, t);
                    break;
                }
        };
        std::size_t k = 0;
        for (const Span& w : r.windows) {
            Min cursor = w.from;
            while (k < slots.size() && slots[k].end <= w.from) ++k;
            std::size_t j = k;
            for (; j < slots.size() && slots[j].start < w.to; ++j) {
                scan_gap(cursor, std::min(slots[j].start, w.to));
                cursor = std::max(cursor, slots[j].end);
            }
            scan_gap(cursor, w.to);
        }
        const bool old_start = (p.placed && opt_.repair) || p.has_start0;
        if (old_start && st_.fits(s, room, p.start0)) consider(room, p.start0);
        if (p.has_released && room == p.room_rel && st_.fits(s, room, p.start_rel))
            consider(room, p.start_rel);
    }
    return best;
}

void Scheduler::greedy(const std::vector<Index>& todo) {
    const std::vector<Index> ordered = order(todo);
    for (std::size_t k = 0; k < ordered.size(); ++k) {
        const Index s = ordered[k];
        // The greedy is the first half of the work, the search the second.
        if (stop(0.5 * static_cast<double>(k) / static_cast<double>(ordered.size()))) {
            res_.time_limit_hit = !res_.cancelled;
            res_.unplaced.push_back({s, res_.cancelled
                                            ? "the run was cancelled before it was placed"
                                            : "the time limit ran out before it was placed"});
            continue;
        }
        if (auto c = best_place(s)) {
            st_.place(s, c->room, c->start);
            mobile_.push_back(s);
        } else {
            res_.unplaced.push_back({s, explain_unplaced(pb_, st_, s)});
        }
    }
}

bool Scheduler::try_move(Index s, double temperature) {
    const PSession& p = pb_.sessions[sz(s)];
    const Index old_room = st_.room_of[sz(s)];
    const Min old_start = st_.start_of[sz(s)];
    Index room = uniform() < 0.5 ? old_room : p.rooms[pick(p.rooms.size())];
    const PRoom& r = pb_.rooms[sz(room)];
    if (r.windows.empty()) return false;
    Min t = old_start;
    const auto& slots = st_.in_room(room);
    const double u = uniform();
    if (u < 0.3 && !slots.empty()) {
        t = align_up(slots[pick(slots.size())].end);
    } else if (u < 0.6 && !slots.empty()) {
        t = align_down(slots[pick(slots.size())].start - p.duration);
    } else if (u < 0.8) {
        t = old_start + grid * (static_cast<Min>(pick(13)) - 6);
    } else {
        const Span& w = r.windows[pick(r.windows.size())];
        const Min span = (w.to - w.from - p.duration) / grid;
        if (span < 0) return false;
        t = align_up(w.from) + grid * static_cast<Min>(pick(static_cast<std::size_t>(span) + 1));
    }
    if (room == old_room && t == old_start) return false;
    st_.unplace(s);
    if (!st_.fits(s, room, t)) {
        st_.place(s, old_room, old_start);
        return false;
    }
    const double before = st_.local_cost(s, old_room, old_start);
    const double after = st_.local_cost(s, room, t);
    const double delta = after - before;
    if (delta <= 0 || uniform() < std::exp(-delta / temperature)) {
        st_.place(s, room, t);
        current_ += delta;
        return true;
    }
    st_.place(s, old_room, old_start);
    return false;
}

bool Scheduler::try_swap(Index a, Index b, double temperature) {
    const Index ra = st_.room_of[sz(a)], rb = st_.room_of[sz(b)];
    const Min ta = st_.start_of[sz(a)], tb = st_.start_of[sz(b)];
    if (ra == rb && ta == tb) return false;
    st_.unplace(a);
    const double ca = st_.local_cost(a, ra, ta);
    st_.unplace(b);
    const double cb = st_.local_cost(b, rb, tb);
    const auto undo = [&] {
        st_.place(b, rb, tb);
        st_.place(a, ra, ta);
    };
    if (!st_.fits(a, rb, tb)) return undo(), false;
    const double da = st_.local_cost(a, rb, tb);
    st_.place(a, rb, tb);
    if (!st_.fits(b, ra, ta)) {
        st_.unplace(a);
        return undo(), false;
    }
    const double db = st_.local_cost(b, ra, ta);
    const double delta = da + db - ca - cb;
    if (delta <= 0 || uniform() < std::exp(-delta / temperature)) {
        st_.place(b, ra, ta);
        current_ += delta;
        return true;
    }
    st_.unplace(a);
    undo();
    return false;
}

void Scheduler::anneal() {
    if (mobile_.empty() || opt_.search_effort <= 0) return;
    const long long budget =
        static_cast<long long>(opt_.search_effort * 300.0 * static_cast<double>(mobile_.size()));
    // Sessions of one length can trade places.
    std::map<Min, std::vector<Index>> by_length;
    for (Index s : mobile_) by_length[pb_.sessions[sz(s)].duration].push_back(s);
    const double t0 = 0.5, t1 = 0.01;
    // The best schedule seen is kept: annealing may end above it.
    const auto snapshot = [&](std::vector<std::pair<Index, Min>>& into) {
        into.clear();
        for (Index s : mobile_) into.emplace_back(st_.room_of[sz(s)], st_.start_of[sz(s)]);
    };
    std::vector<std::pair<Index, Min>> best;
    snapshot(best);
    double best_cost = current_ = 0;
    long long i = 0;
    for (; i < budget; ++i) {
        if (current_ < best_cost - 1e-6) {
            best_cost = current_;
            snapshot(best);
        }
        if ((i & 255) == 0 &&
            stop(0.5 + 0.5 * static_cast<double>(i) / static_cast<double>(budget))) {
            res_.time_limit_hit = !res_.cancelled;
            break;
        }
        const double temperature =
            t0 * std::pow(t1 / t0, static_cast<double>(i) / static_cast<double>(budget));
        const Index s = mobile_[pick(mobile_.size())];
        if (uniform() < 0.3) {
            const auto& same = by_length[pb_.sessions[sz(s)].duration];
            if (same.size() > 1) {
                const Index o = same[pick(same.size())];
                if (o != s) try_swap(s, o, temperature);
                continue;
            }
        }
        try_move(s, temperature);
    }
    res_.iterations = i;
    if (current_ > best_cost + 1e-6) {
        for (Index s : mobile_) st_.unplace(s);
        for (std::size_t k = 0; k < mobile_.size(); ++k)
            st_.place(mobile_[k], best[k].first, best[k].second);
    }
}

ScheduleResult Scheduler::run() {
    const Event& ev = pb_.event;
    std::vector<Index> todo;
    for (const PSession& p : pb_.sessions) {
        if (!p.active) continue;
        if (p.placed) st_.place(p.id, p.room0, p.start0);
    }
    res_.hard_before = st_.hard_conflicts();
    res_.before = st_.total_cost();
    std::vector<char> was_placed(pb_.sessions.size(), 0);
    for (const PSession& p : pb_.sessions) was_placed[sz(p.id)] = st_.is_placed(p.id);
    stuck_.assign(pb_.sessions.size(), 0);
    std::vector<Index> taken_out;
    if (opt_.repair) taken_out = repair_set();
    for (const PSession& p : pb_.sessions) {
        if (!p.active || st_.is_placed(p.id)) continue;
        if (!p.has_duration) {
            res_.unplaced.push_back({p.id, explain_unplaced(pb_, st_, p.id)});
            continue;
        }
        todo.push_back(p.id);
    }
    for (Index s : todo) res_.to_place += was_placed[sz(s)] ? 0 : 1;
    res_.taken_out = static_cast<int>(taken_out.size());
    greedy(todo);
    // A session taken out that fits nowhere goes back where it was: never dropped. Whatever it
    // is in conflict with there is moved instead, in a few more rounds.
    for (int round = 0; round < 4; ++round) {
        bool back = false;
        for (const Unplaced& u : res_.unplaced) {
            const PSession& p = pb_.sessions[sz(u.session)];
            if (was_placed[sz(u.session)] && !st_.is_placed(u.session) && p.active) {
                st_.place(u.session, p.room0, p.start0);
                stuck_[sz(u.session)] = 1;
                back = true;
            }
        }
        if (!opt_.repair || !back) break;
        std::vector<Index> again = repair_set();
        if (again.empty()) break;
        std::erase_if(mobile_, [&](Index m) { return !st_.is_placed(m); });
        res_.taken_out += static_cast<int>(again.size());
        greedy(again);
    }
    res_.greedy_seconds = elapsed();
    anneal();
    res_.after = st_.total_cost();
    res_.hard_after = st_.hard_conflicts();
    for (const PSession& p : pb_.sessions) {
        if (!st_.is_placed(p.id)) continue;
        const bool same =
            p.placed && st_.room_of[sz(p.id)] == p.room0 && st_.start_of[sz(p.id)] == p.start0;
        if (same) continue;
        res_.placements.push_back(
            {p.id, to_instant(st_.start_of[sz(p.id)]), st_.room_of[sz(p.id)], p.placed});
        if (p.placed)
            ++res_.moved;
        else
            ++res_.placed;
    }
    if (!opt_.released.empty()) {
        // Against the release: who is away from the place attendees were told, before and after.
        res_.against_release = true;
        res_.released_name = opt_.released_name;
        for (const PSession& p : pb_.sessions) {
            if (!p.has_released || !p.active) continue;
            const bool was_there = p.placed && p.room0 == p.room_rel && p.start0 == p.start_rel;
            const bool is_there = st_.is_placed(p.id) && st_.room_of[sz(p.id)] == p.room_rel &&
                                  st_.start_of[sz(p.id)] == p.start_rel;
            res_.away_before += was_there ? 0 : 1;
            res_.away_after += is_there ? 0 : 1;
            res_.moved_back += is_there && !was_there ? 1 : 0;
        }
    }
    res_.explanations = explain_overall(pb_, res_.unplaced);
    std::sort(res_.unplaced.begin(), res_.unplaced.end(),
              [&](const Unplaced& a, const Unplaced& b) {
                  return ev.sessions[sz(a.session)].id < ev.sessions[sz(b.session)].id;
              });
    res_.seconds = elapsed();
    return res_;
}

}  // namespace

ScheduleResult schedule_event(const Event& event, const ScheduleOptions& options) {
    Scheduler s(event, options);
    return s.run();
}

void apply_placements(Event& event, const ScheduleResult& result) {
    for (const Placement& p : result.placements) {
        Session& s = event.sessions[sz(p.session)];
        s.start = p.start;
        s.room = p.room;
    }
}

}  // namespace summitry
