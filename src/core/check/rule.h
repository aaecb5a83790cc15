// SPDX-License-Identifier: MIT
#pragma once
// The conflict rules of event-format.md. Each rule is a small class in a file of its own
// (check/<rule_id>.cpp); check/rules.cpp holds the one explicit list that runs them.
// A rule reads the event and reports diagnostics; it never changes the event.

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/event.h"
#include "util/i18n.h"

namespace summitry {

// Indexes shared by the rules, built once per check run: the sessions that take part in
// conflicts (scheduled and not cancelled), by room, person and track, each sorted by
// (start, end, id).
class CheckContext {
public:
    explicit CheckContext(const Event& event);

    const Event& event() const { return event_; }
    // Scheduled, non-cancelled sessions, sorted by (start, end, id).
    const std::vector<Index>& active() const { return active_; }
    const std::vector<std::vector<Index>>& by_room() const { return by_room_; }      // per room
    const std::vector<std::vector<Index>>& by_person() const { return by_person_; }  // per person
    const std::vector<std::vector<Index>>& by_track() const { return by_track_; }    // per track
    const Session& session(Index i) const { return event_.sessions[static_cast<std::size_t>(i)]; }

    // Calls f(a, b) once for every pair of overlapping sessions in a list sorted by start
    // (half-open intervals), with a before b in the list. O(n + pairs).
    template <class F>
    void for_each_overlap(const std::vector<Index>& sorted, F&& f) const;

    // For messages, on the wall clock of the session's venue: "19:00–19:30"; one instant,
    // "19:00", with its date when that is not the day the session starts.
    std::string span(const Session& s) const;
    std::string clock(const Session& s, Instant t) const;
    // The room of a session of active().
    const Room& room(const Session& s) const {
        return event_.rooms[static_cast<std::size_t>(s.room)];
    }

private:
    const Event& event_;
    std::vector<Index> active_;
    std::vector<std::vector<Index>> by_room_, by_person_, by_track_;
};

// Which of a set of time ranges overlaps [from, to)? Answered in O(log n), for ranges that may
// overlap each other (an organizer may write both a day and an afternoon of it).
class RangeIndex {
public:
    explicit RangeIndex(std::span<const TimeRange> ranges);
    // One range that overlaps [from, to) (the one ending last among those starting before
    // `to`), or nullptr.
    const TimeRange* overlapping(Instant from, Instant to) const;
    bool empty() const { return by_from_.empty(); }

private:
    std::vector<const TimeRange*> by_from_;   // sorted by `from`
    std::vector<const TimeRange*> last_end_;  // [i]: the range ending last among by_from_[0..i]
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual std::string_view id() const = 0;           // e.g. "room-double-booked"
    virtual std::string_view description() const = 0;  // one sentence, for --list-rules and docs
    virtual void run(const CheckContext& ctx, Diagnostics& out) const = 0;
};

// The ids of a pair of sessions, sorted, as a diagnostic lists them.
std::vector<std::string> sorted_ids(const Session& a, const Session& b);

// Every rule, in the order of event-format.md.
std::span<const std::unique_ptr<Rule>> all_rules();

// Runs every rule on a loaded event and returns the conflicts, sorted.
Diagnostics check_conflicts(const Event& event);

template <class F>
void CheckContext::for_each_overlap(const std::vector<Index>& sorted, F&& f) const {
    // The list is sorted by start, so the sessions overlapping sorted[i] from the right are
    // exactly those that follow it and start before it ends: each step of the inner loop is
    // either a pair or the end of the scan, hence O(n + pairs), and no allocation.
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const Session& a = session(sorted[i]);
        const Instant a_end = a.end();
        for (std::size_t j = i + 1; j < sorted.size(); ++j) {
            const Session& b = session(sorted[j]);
            if (*b.start >= a_end) break;
            if (b.end() > *b.start) f(sorted[i], sorted[j]);  // an empty session overlaps nothing
        }
    }
}

}  // namespace summitry
