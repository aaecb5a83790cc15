// SPDX-License-Identifier: MIT
// The scheduler's view of an event: windows, availability, suitable rooms, in whole minutes.
#include "plan/problem.h"

#include <algorithm>

namespace summitry::plan {

std::vector<Span> merge_spans(std::vector<Span> spans) {
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    std::vector<Span> out;
    for (const Span& s : spans) {
        if (s.to <= s.from) continue;
        if (!out.empty() && s.from <= out.back().to)
            out.back().to = std::max(out.back().to, s.to);
        else
            out.push_back(s);
    }
    return out;
}

std::vector<Span> intersect_spans(const std::vector<Span>& a, const std::vector<Span>& b) {
    std::vector<Span> out;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const Min from = std::max(a[i].from, b[j].from), to = std::min(a[i].to, b[j].to);
        if (from < to) out.push_back({from, to});
        if (a[i].to < b[j].to)
            ++i;
        else
            ++j;
    }
    return out;
}

std::vector<Span> subtract_spans(const std::vector<Span>& a, const std::vector<Span>& b) {
    std::vector<Span> out;
    std::size_t j = 0;
    for (Span s : a) {
        while (j < b.size() && b[j].to <= s.from) ++j;
        std::size_t k = j;
        while (k < b.size() && b[k].from < s.to) {
            if (b[k].from > s.from) out.push_back({s.from, b[k].from});
            s.from = std::max(s.from, b[k].to);
            ++k;
        }
        if (s.from < s.to) out.push_back(s);
    }
    return out;
}

bool within(const std::vector<Span>& spans, Min from, Min to) {
    auto it = std::upper_bound(spans.begin(), spans.end(), from,
                               [](Min t, const Span& s) { return t < s.from; });
    if (it == spans.begin()) return false;
    --it;
    return it->from <= from && to <= it->to;
}

Min total(const std::vector<Span>& spans) {
    Min t = 0;
    for (const Span& s : spans) t += s.to - s.from;
    return t;
}

namespace {

Min at(const date::time_zone& zone, Date day, Minutes clock) {
    const LocalTime local = day_start(day) + clock;
    return to_min_ceil(resolve(zone, local).instant);
}

std::vector<Span> spans_of(const std::vector<TimeRange>& ranges) {
    std::vector<Span> out;
    out.reserve(ranges.size());
    for (const TimeRange& r : ranges) out.push_back({to_min_floor(r.from), to_min_ceil(r.to)});
    return merge_spans(std::move(out));
}

}  // namespace

Problem::Problem(const Event& ev, const std::vector<std::optional<ReleasedPlace>>& released)
    : event(ev) {
    explicit_hours = ev.info.hours.has_value();
    for (Date d = ev.info.start_date; d <= ev.info.end_date; d += date::days{1})
        day_dates.push_back(d);
    travel.assign(ev.venues.size(), std::vector<int>(ev.venues.size(), 0));
    for (std::size_t a = 0; a < ev.venues.size(); ++a)
        for (std::size_t b = 0; b < ev.venues.size(); ++b)
            travel[a][b] =
                static_cast<int>(ev.travel(static_cast<Index>(a), static_cast<Index>(b)).count());
    for (std::size_t k = 0; k <= day_dates.size(); ++k)
        day_starts.push_back(at(ev.zone(), ev.info.start_date + date::days{static_cast<int>(k)},
                                ev.info.day_change));
    unavailable.resize(ev.people.size());
    for (std::size_t p = 0; p < ev.people.size(); ++p)
        unavailable[p] = spans_of(ev.people[p].unavailable);
    build_rooms();
    build_sessions(released);
}

void Problem::build_rooms() {
    const Event& ev = event;
    const Minutes dc = ev.info.day_change;
    const Minutes default_from{9 * 60}, default_to{19 * 60};
    rooms.resize(ev.rooms.size());
    std::vector<std::vector<Span>> venue_open(ev.venues.size());
    for (std::size_t v = 0; v < ev.venues.size(); ++v) venue_open[v] = spans_of(ev.venues[v].open);
    days.assign(day_dates.size(), {});
    for (std::size_t r = 0; r < ev.rooms.size(); ++r) {
        const Room& room = ev.rooms[r];
        PRoom& pr = rooms[r];
        pr.venue = room.venue;
        pr.capacity = room.capacity.value_or(-1);
        const date::time_zone& zone = ev.zone_of_room(static_cast<Index>(r));
        const std::vector<Span> no_open;
        const std::vector<Span>& open =
            room.venue >= 0 ? venue_open[static_cast<std::size_t>(room.venue)] : no_open;
        std::vector<Span> strict, lenient;
        for (std::size_t k = 0; k < day_dates.size(); ++k) {
            const Date d = day_dates[k];
            // The programme day: from day_change to day_change; a start in it belongs to `d`.
            const Span whole{at(zone, d, dc), at(zone, d + date::days{1}, dc)};
            lenient.push_back(whole);
            Span hours = whole;
            if (ev.info.hours) {
                const auto [from, to] = *ev.info.hours;
                hours.from = at(zone, d, from);
                hours.to = to > from ? at(zone, d, to) : at(zone, d + date::days{1}, to);
            } else if (open.empty()) {
                hours = {at(zone, d, default_from), at(zone, d, default_to)};
            }
            // A start before day_change belongs to the day before: none before the first day's
            // day_change (that would be outside the event); on later days it is the day before's.
            const Min first_day = at(zone, day_dates.front(), dc);
            hours.from = std::max(hours.from, first_day);
            strict.push_back(hours);
            if (r == 0 || days[k].empty()) days[k] = {hours};
        }
        strict = merge_spans(std::move(strict));
        lenient = merge_spans(std::move(lenient));
        if (!open.empty()) {
            strict = intersect_spans(strict, open);
            lenient = intersect_spans(lenient, open);
        }
        const std::vector<Span> closed = spans_of(room.unavailable);
        pr.windows = subtract_spans(strict, closed);
        pr.lenient = subtract_spans(lenient, closed);
    }
}

void Problem::build_sessions(const std::vector<std::optional<ReleasedPlace>>& released) {
    const Event& ev = event;
    sessions.resize(ev.sessions.size());
    for (std::size_t i = 0; i < ev.sessions.size(); ++i) {
        const Session& s = ev.sessions[i];
        PSession& p = sessions[i];
        p.id = static_cast<Index>(i);
        p.has_duration = s.duration.has_value() && s.duration->count() > 0;
        p.duration = p.has_duration ? (s.duration->count() + 59) / 60 : 0;
        p.active = !s.cancelled();
        p.placed = s.scheduled();
        p.pinned = s.pinned;
        p.exclusive = s.exclusive;
        p.room0 = s.room;
        if (s.start) {
            p.start0 = to_min_floor(*s.start);
            p.has_start0 = true;
        }
        if (i < released.size() && released[i] && released[i]->room >= 0 &&
            static_cast<std::size_t>(released[i]->room) < ev.rooms.size()) {
            p.has_released = true;
            p.room_rel = released[i]->room;
            p.start_rel = to_min_floor(released[i]->start);
        }
        p.people = s.participants();
        p.track = s.track;
        p.attendance = s.expected_attendance.value_or(0);
        for (std::size_t r = 0; r < ev.rooms.size(); ++r) {
            const Room& room = ev.rooms[r];
            if (s.expected_attendance && room.capacity && *s.expected_attendance > *room.capacity)
                continue;
            bool ok = true;
            for (const std::string& f : s.requires_features)
                if (std::find(room.features.begin(), room.features.end(), f) == room.features.end())
                    ok = false;
            if (ok) p.rooms.push_back(static_cast<Index>(r));
        }
    }
}

long Problem::day_of(Min t) const {
    return static_cast<long>(std::upper_bound(day_starts.begin(), day_starts.end(), t) -
                             day_starts.begin());
}

std::string Problem::person_name(Index p) const {
    const Person& person = event.people[static_cast<std::size_t>(p)];
    return person.name.empty() ? person.id : person.name;
}

std::string Problem::session_name(Index s) const {
    const Session& session = event.sessions[static_cast<std::size_t>(s)];
    const std::string_view title = session.title.get(event.default_language());
    if (title.empty() || title == session.id) return "'" + session.id + "'";
    return "'" + session.id + "' (" + std::string(title) + ")";
}

std::string Problem::day_name(Date d) const {
    static const char* const months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    const date::year_month_day ymd{d};
    return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
           months[static_cast<unsigned>(ymd.month()) - 1];
}

}  // namespace summitry::plan
