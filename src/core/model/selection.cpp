// SPDX-License-Identifier: MIT
#include "model/selection.h"

#include <algorithm>
#include <tuple>

namespace summitry {

std::string_view selected_language(const Event& event, const SessionSelection& selection) {
    return selection.lang.empty() ? std::string_view(event.default_language())
                                  : std::string_view(selection.lang);
}

bool takes_part(const Session& s, Index person) {
    for (const auto* list : {&s.speakers, &s.moderators, &s.hosts})
        if (std::find(list->begin(), list->end(), person) != list->end()) return true;
    return false;
}

namespace {

// A scheduled session's place in time order (see select_sessions).
std::tuple<Date, Instant, Index, Instant, std::string_view, Index> time_key(const Event& ev,
                                                                            Index i) {
    const Session& s = ev.sessions[static_cast<std::size_t>(i)];
    return {ev.programme_day(s), *s.start, s.room, s.end(), s.id, i};
}

}  // namespace

bool listed_before(const Event& ev, Index a, Index b) {
    const bool a_placed = ev.sessions[static_cast<std::size_t>(a)].scheduled();
    const bool b_placed = ev.sessions[static_cast<std::size_t>(b)].scheduled();
    if (a_placed != b_placed) return a_placed;
    if (!a_placed) return a < b;
    return time_key(ev, a) < time_key(ev, b);
}

SelectedSessions select_sessions(const Event& ev, const SessionSelection& q,
                                 bool include_unscheduled) {
    SelectedSessions out;
    std::vector<std::tuple<Date, Instant, Index, Instant, std::string_view, Index>> placed;
    for (std::size_t i = 0; i < ev.sessions.size(); ++i) {
        const Session& s = ev.sessions[i];
        if (!s.is_public && !q.include_private) continue;
        if (q.track != no_index && s.track != q.track) continue;
        if (q.person != no_index && !takes_part(s, q.person)) continue;
        if (q.room != no_index && s.room != q.room) continue;
        if (q.venue != no_index &&
            (s.room < 0 || ev.rooms[static_cast<std::size_t>(s.room)].venue != q.venue))
            continue;
        if (!s.scheduled()) {
            if (include_unscheduled && !q.day) out.unscheduled.push_back(static_cast<Index>(i));
            continue;
        }
        if (q.day && ev.programme_day(s) != *q.day) continue;
        placed.push_back(time_key(ev, static_cast<Index>(i)));
    }
    std::sort(placed.begin(), placed.end());
    for (const auto& [day, start, room, end, id, index] : placed) {
        if (out.days.empty() || out.days.back().day != day) out.days.push_back({day, {}});
        out.days.back().sessions.push_back(index);
    }
    return out;
}

}  // namespace summitry
