// SPDX-License-Identifier: MIT
// Why a session could not be placed: the first reason that holds, from the plainest (no room
// seats it) to the most entangled (every suitable room is taken whenever its people are free).
#include "plan/explain.h"

#include <algorithm>
#include <map>
#include <set>

namespace summitry::plan {

namespace {

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

std::string list_words(const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (k > 0) out += k + 1 == words.size() ? " and " : ", ";
        out += quoted(words[k]);
    }
    return out;
}

std::string count(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// When a person could take part in a session: the event's days (hours) less their unavailability.
std::vector<Span> free_time(const Problem& pb, Index person) {
    std::vector<Span> days;
    for (const auto& d : pb.days) days.insert(days.end(), d.begin(), d.end());
    return subtract_spans(merge_spans(std::move(days)), pb.unavailable[sz(person)]);
}

Min longest(const std::vector<Span>& spans) {
    Min m = 0;
    for (const Span& s : spans) m = std::max(m, s.to - s.from);
    return m;
}

// The event days on which `spans` has time, named.
std::string on_days(const Problem& pb, const std::vector<Span>& spans) {
    std::vector<std::string> names;
    for (std::size_t k = 0; k < pb.days.size(); ++k)
        if (total(intersect_spans(pb.days[k], spans)) > 0)
            names.push_back(pb.day_name(pb.day_dates[k]));
    if (names.empty() || names.size() > 2) return "";
    return " on " + names.front() + (names.size() == 2 ? " and " + names.back() : "");
}

}  // namespace

std::string minutes_words(Min m) {
    if (m < 60) return count(static_cast<std::size_t>(m), "minute", "minutes");
    if (m % 60 == 0) return count(static_cast<std::size_t>(m / 60), "hour", "hours");
    const Min rest = m % 60;
    return std::to_string(m / 60) + "h" + (rest < 10 ? "0" : "") + std::to_string(rest);
}

std::string explain_pinned(const Problem& pb, Index s) {
    return pb.session_name(s) +
           " is pinned and in a hard conflict where it is; the scheduler never moves a "
           "pinned session: move it by hand, or unpin it ('pinned: false')";
}

namespace {

// Why no room suits a session: none is large enough, none has what it needs, or none both.
std::string why_no_room_suits(const Event& ev, const Session& session, const std::string& prefix,
                              const std::string& name) {
    int largest = -1;
    std::size_t seating = 0, equipped = 0;
    for (const Room& room : ev.rooms) {
        const bool seats = !session.expected_attendance || !room.capacity ||
                           *room.capacity >= *session.expected_attendance;
        const bool has =
            std::all_of(session.requires_features.begin(), session.requires_features.end(),
                        [&](const std::string& f) {
                            return std::find(room.features.begin(), room.features.end(), f) !=
                                   room.features.end();
                        });
        if (room.capacity) largest = std::max(largest, *room.capacity);
        seating += seats;
        equipped += has;
    }
    if (ev.rooms.empty()) return prefix + name + " has nowhere to go: the event has no rooms";
    if (seating == 0)
        return prefix + name + " expects " + std::to_string(*session.expected_attendance) +
               " people; the largest room seats " + std::to_string(largest);
    if (equipped == 0)
        return prefix + name + " needs " + list_words(session.requires_features) +
               "; no room has " + (session.requires_features.size() == 1 ? "it" : "all of them");
    return prefix + name + " needs a room that seats " +
           std::to_string(*session.expected_attendance) + " and has " +
           list_words(session.requires_features) + "; " +
           count(seating, "room seats", "rooms seat") + " that many and " +
           count(equipped, "room has", "rooms have") + " the features, but none both";
}

}  // namespace

std::string explain_unplaced(const Problem& pb, const State& st, Index s) {
    const Event& ev = pb.event;
    const Session& session = ev.sessions[sz(s)];
    const PSession& p = pb.sessions[sz(s)];
    const std::string name = pb.session_name(s);
    const std::string prefix = p.placed ? "could not be moved out of its conflicts: " : "";
    if (!p.has_duration) return name + " has no duration: add 'duration: 45min' (or its length)";
    if (p.rooms.empty()) return why_no_room_suits(ev, session, prefix, name);
    bool any_window = false;
    for (Index room : p.rooms)
        if (longest(pb.rooms[sz(room)].windows) >= p.duration) any_window = true;
    if (!any_window)
        return prefix + name + " lasts " + minutes_words(p.duration) + ", but none of the " +
               count(p.rooms.size(), "room", "rooms") +
               " that suit it is open that long in one stretch";
    // Each person alone, then everyone together.
    std::vector<Span> together;
    bool first = true;
    for (Index q : p.people) {
        const std::vector<Span> free = free_time(pb, q);
        Min need = 0;
        for (const PSession& other : pb.sessions)
            if (other.active &&
                std::find(other.people.begin(), other.people.end(), q) != other.people.end())
                need += other.duration;
        const Min have = total(free);
        if (need > have)
            return prefix + pb.person_name(q) + " has " + minutes_words(need) +
                   " of sessions but is available " + minutes_words(have) + on_days(pb, free) +
                   ", so " + name + " does not fit";
        if (longest(free) < p.duration)
            return prefix + name + " lasts " + minutes_words(p.duration) + ", but " +
                   pb.person_name(q) + " is never available that long in one stretch" +
                   on_days(pb, free);
        together = first ? free : intersect_spans(together, free);
        first = false;
    }
    if (p.people.size() > 1 && longest(together) < p.duration) {
        std::vector<std::string> names;
        for (Index q : p.people) names.push_back(pb.person_name(q));
        std::string who;
        for (std::size_t k = 0; k < names.size(); ++k)
            who += (k == 0 ? "" : k + 1 == names.size() ? " and " : ", ") + names[k];
        return prefix + name + " lasts " + minutes_words(p.duration) + ", but " + who +
               " are never all available that long at the same time";
    }
    // Capacity: how full are the rooms that suit it?
    Min open = 0, used = 0;
    for (Index room : p.rooms) {
        open += total(pb.rooms[sz(room)].windows);
        for (const Slot& x : st.in_room(room)) used += x.end - x.start;
    }
    const std::string who =
        p.people.size() == 1 ? pb.person_name(p.people[0]) + " is free and can get there"
        : p.people.empty()
            ? std::string("it would fit")
            : "all its " + std::to_string(p.people.size()) + " people are free and can get there";
    return prefix + name + " (" + minutes_words(p.duration) + ") fits nowhere: " +
           (p.rooms.size() == 1
                ? "the one room that suits it, " + quoted(ev.rooms[sz(p.rooms[0])].ref) + ", has "
                : "the " + std::to_string(p.rooms.size()) + " rooms that suit it have ") +
           minutes_words(used) + " of " + minutes_words(open) +
           " taken, and no free stretch is long enough when " + who;
}

std::vector<std::string> explain_overall(const Problem& pb, const std::vector<Unplaced>& unplaced) {
    const Event& ev = pb.event;
    std::vector<std::string> out;
    if (unplaced.empty()) return out;
    // Features in short supply: "3 sessions need 'interpretation' (4h30), 1 room has it (open 3
    // hours)".
    std::set<std::string> features;
    for (const Unplaced& u : unplaced)
        for (const std::string& f : ev.sessions[sz(u.session)].requires_features)
            features.insert(f);
    for (const std::string& f : features) {
        std::size_t sessions = 0, rooms = 0;
        Min need = 0, open = 0;
        for (const PSession& p : pb.sessions) {
            const auto& req = ev.sessions[sz(p.id)].requires_features;
            if (!p.active || std::find(req.begin(), req.end(), f) == req.end()) continue;
            ++sessions;
            need += p.duration;
        }
        for (std::size_t r = 0; r < ev.rooms.size(); ++r) {
            const auto& has = ev.rooms[r].features;
            if (std::find(has.begin(), has.end(), f) == has.end()) continue;
            ++rooms;
            open += total(pb.rooms[r].windows);
        }
        if (need * 2 < open) continue;  // plenty of it: not the reason
        out.push_back(count(sessions, "session needs", "sessions need") + " '" + f + "' (" +
                      minutes_words(need) + "), " + count(rooms, "room has", "rooms have") +
                      " it (open " + minutes_words(open) + ")");
    }
    // The event as a whole: hours of sessions against hours of rooms.
    Min need = 0, open = 0;
    for (const PSession& p : pb.sessions)
        if (p.active) need += p.duration;
    for (const PRoom& r : pb.rooms) open += total(r.windows);
    if (need * 10 > open * 9)
        out.push_back("the sessions last " + minutes_words(need) + " in all; the rooms are open " +
                      minutes_words(open) + " in all" +
                      (pb.explicit_hours
                           ? ""
                           : " (09:00\u201319:00 a day: set the event's 'hours' to change it)"));
    return out;
}

}  // namespace summitry::plan
