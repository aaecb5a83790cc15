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
        const Date day = ev.programme_day(s);
        if (q.day && day != *q.day) continue;
        placed.emplace_back(day, *s.start, s.room, s.end(), s.id, static_cast<Index>(i));
    }
    std::sort(placed.begin(), placed.end());
    for (const auto& [day, start, room, end, id, index] : placed) {
        if (out.days.empty() || out.days.back().day != day) out.days.push_back({day, {}});
        out.days.back().sessions.push_back(index);
    }
    return out;
}

}  // namespace summitry
