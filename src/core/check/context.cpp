// SPDX-License-Identifier: MIT
// The indexes the rules share, and the small helpers their messages use.
#include <algorithm>
#include <tuple>

#include "check/rule.h"

namespace summitry {

namespace {

// Calls f(p) once for each person taking part in `s` (speakers, moderators, hosts), like
// Session::participants() but without building a vector for every session.
template <class F>
void for_each_participant(const Session& s, F&& f) {
    const std::vector<Index>* lists[] = {&s.speakers, &s.moderators, &s.hosts};
    for (std::size_t l = 0; l < 3; ++l) {
        const auto& list = *lists[l];
        for (std::size_t k = 0; k < list.size(); ++k) {
            const Index p = list[k];
            // Named before, in this list or an earlier one? A handful of names: scan them.
            bool seen = std::find(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(k), p) !=
                        list.begin() + static_cast<std::ptrdiff_t>(k);
            for (std::size_t e = 0; e < l && !seen; ++e)
                seen = std::find(lists[e]->begin(), lists[e]->end(), p) != lists[e]->end();
            if (!seen) f(p);
        }
    }
}

// Lists of sessions per room, person or track, filled in two passes (count, then fill) so that
// each list is allocated once. A dangling reference (reported by the loader) has no list.
class Filing {
public:
    explicit Filing(std::size_t n) : counts_(n, 0) {}
    void count(Index at) {
        if (valid(at)) ++counts_[static_cast<std::size_t>(at)];
    }
    void reserve(std::vector<std::vector<Index>>& lists) const {
        lists.resize(counts_.size());
        for (std::size_t i = 0; i < counts_.size(); ++i) lists[i].reserve(counts_[i]);
    }
    void file(std::vector<std::vector<Index>>& lists, Index at, Index s) const {
        if (valid(at)) lists[static_cast<std::size_t>(at)].push_back(s);
    }

private:
    bool valid(Index at) const { return at >= 0 && static_cast<std::size_t>(at) < counts_.size(); }
    std::vector<std::size_t> counts_;
};

}  // namespace

CheckContext::CheckContext(const Event& event) : event_(event) {
    const auto& sessions = event.sessions;
    // The sort key beside the index: comparing in this small array, not in the sessions, keeps
    // the sort in the cache. The id breaks ties, so the order is total and runs repeat.
    struct Key {
        Instant start, end;
        Index i;
    };
    std::vector<Key> keys;
    keys.reserve(sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const Session& s = sessions[i];
        const bool placed = s.scheduled() && static_cast<std::size_t>(s.room) < event.rooms.size();
        if (placed && !s.cancelled()) keys.push_back({*s.start, s.end(), static_cast<Index>(i)});
    }
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end < b.end;
        return std::tie(session(a.i).id, a.i) < std::tie(session(b.i).id, b.i);
    });
    active_.reserve(keys.size());
    for (const Key& k : keys) active_.push_back(k.i);

    Filing rooms(event.rooms.size()), people(event.people.size()), tracks(event.tracks.size());
    for (Index i : active_) {
        const Session& s = session(i);
        rooms.count(s.room);
        tracks.count(s.track);
        for_each_participant(s, [&](Index p) { people.count(p); });
    }
    rooms.reserve(by_room_);
    people.reserve(by_person_);
    tracks.reserve(by_track_);
    // Filing the sorted sessions in order keeps every list sorted the same way.
    for (Index i : active_) {
        const Session& s = session(i);
        rooms.file(by_room_, s.room, i);
        tracks.file(by_track_, s.track, i);
        for_each_participant(s, [&](Index p) { people.file(by_person_, p, i); });
    }
}

std::string CheckContext::clock(const Session& s, Instant t) const {
    const date::time_zone& zone = event_.zone_of(s);
    const LocalTime local = to_local(zone, t);
    const LocalTime begins = to_local(zone, *s.start);
    if (date::floor<date::days>(local) == date::floor<date::days>(begins))
        return format_clock(local);
    return format_local(local);
}

std::string CheckContext::span(const Session& s) const {
    const date::time_zone& zone = event_.zone_of(s);
    const LocalTime begins = to_local(zone, *s.start);
    const LocalTime ends = to_local(zone, s.end());
    const auto day = date::floor<date::days>(begins);
    std::string to;
    if (ends == day + date::days{1})
        to = "24:00";  // a session running to midnight ends that day
    else if (date::floor<date::days>(ends) == day)
        to = format_clock(ends);
    else
        to = format_local(ends);
    return format_clock(begins) + "\u2013" + to;
}

RangeIndex::RangeIndex(std::span<const TimeRange> ranges) {
    by_from_.reserve(ranges.size());
    for (const TimeRange& r : ranges) by_from_.push_back(&r);
    std::sort(by_from_.begin(), by_from_.end(), [](const TimeRange* a, const TimeRange* b) {
        return std::tie(a->from, a->to) < std::tie(b->from, b->to);
    });
    last_end_.reserve(by_from_.size());
    for (const TimeRange* r : by_from_)
        last_end_.push_back(last_end_.empty() || r->to > last_end_.back()->to ? r
                                                                              : last_end_.back());
}

const TimeRange* RangeIndex::overlapping(Instant from, Instant to) const {
    // The ranges starting before `to` are a prefix; one of them overlaps iff the latest end
    // among them is after `from`.
    const auto starts_before = std::partition_point(
        by_from_.begin(), by_from_.end(), [to](const TimeRange* r) { return r->from < to; });
    if (starts_before == by_from_.begin() || from >= to) return nullptr;
    const TimeRange* r = last_end_[static_cast<std::size_t>(starts_before - by_from_.begin()) - 1];
    return r->to > from ? r : nullptr;
}

std::vector<std::string> sorted_ids(const Session& a, const Session& b) {
    if (b.id < a.id) return {b.id, a.id};
    return {a.id, b.id};
}

}  // namespace summitry
