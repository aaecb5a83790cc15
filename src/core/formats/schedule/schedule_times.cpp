// SPDX-License-Identifier: MIT
// build_schedule()'s times (schedule_build.h): the event's zone, each session's instant and
// duration, where the programme day changes, and the event's dates.
#include <algorithm>
#include <cstdio>
#include <map>

#include "formats/schedule/schedule_build.h"

namespace summitry::schedule_build {

namespace {

std::string clock_text(Minutes m) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(m.count() / 60),
                  static_cast<int>(m.count() % 60));
    return buf;
}

// The UTC offset of an IANA "Etc/GMT-1"-style zone for a whole-hour offset (the sign is
// inverted there, as POSIX has it), or nothing when no such zone exists.
std::optional<std::string> fixed_zone_for(Seconds offset) {
    if (offset == Seconds{0}) return std::string("UTC");
    if (offset.count() % 3600 != 0) return std::nullopt;
    const long long h = offset.count() / 3600;
    if (h < -12 || h > 14) return std::nullopt;
    return "Etc/GMT" + std::string(h > 0 ? "-" : "+") + std::to_string(h > 0 ? h : -h);
}

// Conference schedules lie within these years; far from them a date is a typo or noise, and
// written back it might not even have four digits.
bool plausible(LocalTime t) {
    using namespace date::literals;
    return t >= date::local_days{1900_y / 1 / 1} && t < date::local_days{2200_y / 1 / 1};
}

}  // namespace

// The declared zone when the tz database knows it; else one that keeps the offsets the
// schedule writes, so that its wall-clock times read as the source shows them.
void ScheduleImport::choose_zone() {
    const std::string declared = clean_text(src_.time_zone_name, true);
    zone_ = find_zone(declared);
    if (zone_ != nullptr) {
        info().timezone_name = declared;
        info().zone = zone_;
        declared_ = true;
        return;
    }
    std::map<long long, std::size_t> offsets;
    for (const SourceEvent& e : src_.events)
        if (auto w = parse_iso_time(e.date); w && w->offset) ++offsets[w->offset->count()];
    std::optional<Seconds> common;
    std::size_t best = 0;
    for (const auto& [off, n] : offsets) {
        if (n > best) {
            best = n;
            common = Seconds{off};
        }
    }
    std::string name = "UTC";
    if (common)
        if (auto z = fixed_zone_for(*common)) name = *z;
    zone_ = find_zone(name);
    if (zone_ == nullptr) {
        zone_ = date::locate_zone("UTC");
        name = "UTC";
    }
    info().timezone_name = name;
    info().zone = zone_;
    const std::string why = declared.empty() ? "the schedule names no time zone"
                                             : "the schedule's time zone " + in_quotes(declared) +
                                                   " is not in the time zone database";
    if (common) {
        b_.warn(declared.empty() ? "missing-timezone" : "unknown-timezone", src_.zone_loc,
                why + "; its times are written at " + format_offset(*common) +
                    ", so the event is set in " + name,
                "every instant is kept; if the conference's zone is known, set event.timezone "
                "to it and check the times");
    } else {
        b_.warn(declared.empty() ? "missing-timezone" : "unknown-timezone", src_.zone_loc,
                why + " and its times no UTC offset; they are read as UTC",
                "set event.timezone to the conference's zone and check the times");
    }
}

// The instant and duration of each event. A written offset wins over the zone (it names the
// instant); where it disagrees with the declared zone, that is said once.
void ScheduleImport::read_times() {
    timing_.resize(src_.events.size());
    std::size_t mismatched = 0, with_offset = 0;
    std::size_t first_mismatch = 0;
    const std::optional<Seconds> slot = parse_source_duration(src_.timeslot);
    for (std::size_t i = 0; i < src_.events.size(); ++i) {
        const SourceEvent& e = src_.events[i];
        Timing& t = timing_[i];
        if (!clean_text(e.date, true).empty()) {
            if (auto w = parse_iso_time(e.date); w && !plausible(w->local)) {
                b_.warn("bad-value", e.date_loc,
                        "the date of " + describe(e) + ", " + in_quotes(clean_text(e.date, true)) +
                            ", is not a plausible date",
                        "Summitry takes dates from 1900 to 2199; its day and start time are "
                        "used instead");
            } else if (w) {
                if (w->offset) {
                    ++with_offset;
                    t.start = resolve(zone(), *w).instant;  // at its offset
                    if (declared_ && zone().get_info(*t.start).offset != *w->offset &&
                        mismatched++ == 0)
                        first_mismatch = i;
                } else {
                    t.start = resolved(*w, e);
                }
            } else {
                b_.warn("bad-value", e.date_loc,
                        "the date of " + describe(e) + ", " + in_quotes(clean_text(e.date, true)) +
                            ", is not a date and time",
                        "its day and start time are used instead");
            }
        }
        if (!t.start) t.start = from_day_and_start(e);
        if (t.start && !plausible(utc_reading(*t.start))) t.start.reset();
        if (!t.start) {
            b_.warn("missing-key", e.loc,
                    describe(e) + " has no date and time; it is imported unscheduled");
        }
        read_duration(e, t, slot);
    }
    if (mismatched > 0) {
        const SourceEvent& e = src_.events[first_mismatch];
        const Instant at = *timing_[first_mismatch].start;
        b_.warn("timezone-mismatch", src_.zone_loc,
                "the schedule declares the time zone " + info().timezone_name + " but writes " +
                    std::to_string(mismatched) + " of its " + plural(with_offset, "time", "times") +
                    " at another UTC offset (" + describe(e) + ": " + clean_text(e.date, true) +
                    ", while " + info().timezone_name + " is at " +
                    format_offset(zone().get_info(at).offset) + " then)",
                "the offsets are trusted: each time is the instant it names, written as " +
                    info().timezone_name + " shows it (" + format_local(to_local(zone(), at)) +
                    " for that one); check them against the conference's programme");
    }
}

Instant ScheduleImport::resolved(const WrittenTime& w, const SourceEvent& e) {
    const Resolved r = resolve(zone(), w.local);
    if (r.kind == Resolution::nonexistent) {
        b_.warn("nonexistent-time", e.date_loc,
                "the start of " + describe(e) + ", " + format_local(w.local) +
                    ", does not exist in " + info().timezone_name + " (the clocks jump forward)",
                "it is imported at " + format_local(to_local(zone(), r.instant)));
    } else if (r.kind == Resolution::ambiguous) {
        b_.warn("ambiguous-time", e.date_loc,
                "the start of " + describe(e) + ", " + format_local(w.local) +
                    ", happens twice in " + info().timezone_name + " (the clocks go back)",
                "the first one is taken; the event file writes it with its offset");
    }
    return r.instant;
}

// For sources without `date`: the day's date and the start clock; a start before the day's
// own start is past midnight, on the next calendar day.
std::optional<Instant> ScheduleImport::from_day_and_start(const SourceEvent& e) {
    if (e.day >= src_.days.size()) return std::nullopt;
    const SourceDay& day = src_.days[e.day];
    const auto date = parse_date(clean_text(day.date, true));
    const auto clock = parse_clock_text(clean_text(e.start, true));
    if (!date || !clock || *clock >= Seconds{minutes_per_day}) return std::nullopt;
    // Past midnight: before the schedule's day_change, else before both the day's own start
    // and 06:00 (a day starting at 11:00 may still list a session at 09:30).
    Seconds change{4 * 3600};
    if (auto dc = parse_clock_text(clean_text(src_.day_change, true))) {
        change = *dc;
    } else if (auto begins = parse_iso_time(day.start)) {
        const LocalTime day_local = reading_in(zone(), *begins);
        change = std::min(Seconds{6 * 3600}, std::chrono::duration_cast<Seconds>(
                                                 day_local - date::floor<date::days>(day_local)));
    }
    LocalTime local = day_start(*date) + *clock;
    if (*clock < change) local += date::days{1};
    return resolved(WrittenTime{local, std::nullopt}, e);
}

void ScheduleImport::read_duration(const SourceEvent& e, Timing& t,
                                   const std::optional<Seconds>& slot) {
    const std::string written = clean_text(e.duration, true);
    const auto d = parse_source_duration(written);
    if (d && *d > Seconds{0}) {
        t.duration = *d;
        return;
    }
    if (t.start && !e.end.empty()) {  // c3voc JSON may give the end instead
        if (auto w = parse_iso_time(e.end)) {
            const Instant end = resolve(zone(), *w).instant;
            if (end > *t.start && end - *t.start <= Seconds{31 * 86400}) {
                t.duration = end - *t.start;
                return;
            }
        }
    }
    const Seconds fallback = slot && *slot > Seconds{0} ? *slot : Seconds{15 * 60};
    t.duration = fallback;
    const std::string why = written.empty() ? " has no duration"
                            : d             ? " lasts " + written
                                : "'s duration " + in_quotes(written) + " is not a duration";
    b_.warn(d ? "zero-duration" : "bad-value", e.duration_loc, describe(e) + why,
            "it is imported with " + std::string(slot ? "the schedule's time slot, " : "") +
                format_duration(fallback));
}

// Where the programme day changes: a session listed under a day but starting after midnight
// belongs to that day (Event::programme_day), so day_change must lie after every such start
// and not after any start listed under its own calendar day.
void ScheduleImport::choose_day_change() {
    std::vector<Minutes> candidates;
    if (auto dc = parse_clock_text(clean_text(src_.day_change, true)); dc && *dc < minutes_per_day)
        candidates.push_back(std::chrono::duration_cast<Minutes>(*dc));
    std::vector<std::optional<Date>> by_date(src_.days.size()), by_start(src_.days.size());
    std::optional<Minutes> start_clock;
    bool same_clock = true;
    for (std::size_t d = 0; d < src_.days.size(); ++d) {
        by_date[d] = parse_date(clean_text(src_.days[d].date, true));
        if (auto w = parse_iso_time(src_.days[d].start)) {
            const LocalTime local = reading_in(zone(), *w);
            const auto day = date::floor<date::days>(local);
            by_start[d] = local_date(local);
            const auto clock = std::chrono::duration_cast<Minutes>(local - day);
            if (start_clock && *start_clock != clock) same_clock = false;
            start_clock = clock;
        } else {
            same_clock = false;
        }
        if (!by_date[d]) by_date[d] = by_start[d];
    }
    if (start_clock && same_clock) candidates.push_back(*start_clock);
    candidates.push_back(Minutes{4 * 60});

    // The day a session is listed under, by the day's date; failing that (DebConf23 dates
    // its days in UTC and starts them at 03:00 in Kolkata), by the day's start.
    std::optional<Fit> failed;
    for (const auto* listed : {&by_date, &by_start}) {
        const Fit fit = fit_days(*listed);
        if (fit.sessions == 0) continue;
        if (auto dc = pick(fit, candidates)) {
            info().day_change = *dc;
            return;
        }
        if (!failed) failed = fit;
    }
    info().day_change = candidates.front();
    if (!failed) return;
    std::string example;
    SourceLoc at = src_.loc;
    if (failed->misplaced_example < src_.events.size()) {
        const SourceEvent& e = src_.events[failed->misplaced_example];
        example = " (" + describe(e) + " starts " +
                  format_local(to_local(zone(), *timing_[failed->misplaced_example].start)) +
                  ", listed under " + clean_text(src_.days[e.day].date, true) + ")";
        at = e.loc;
    }
    b_.warn("day-mismatch", at,
            "the schedule lists sessions under days their times do not fall on" + example,
            "each session is placed by its time; the programme day changes at " +
                clock_text(info().day_change));
}

Fit ScheduleImport::fit_days(const std::vector<std::optional<Date>>& listed) const {
    Fit f;
    for (std::size_t i = 0; i < src_.events.size(); ++i) {
        const SourceEvent& e = src_.events[i];
        if (!timing_[i].start || e.day >= listed.size() || !listed[e.day]) continue;
        ++f.sessions;
        const LocalTime local = to_local(zone(), *timing_[i].start);
        const auto day = date::floor<date::days>(local);
        const auto clock = std::chrono::duration_cast<Minutes>(local - day);
        const auto diff = (local_date(local) - *listed[e.day]).count();
        if (diff == 0) {
            f.hi = std::min(f.hi, clock);
        } else if (diff == 1 && clock < Minutes{12 * 60}) {
            f.lo = std::max(f.lo, clock);
        } else {
            if (f.misplaced++ == 0) f.misplaced_example = i;
        }
    }
    return f;
}

std::optional<Minutes> ScheduleImport::pick(const Fit& f, const std::vector<Minutes>& candidates) {
    if (f.misplaced > 0) return std::nullopt;
    const auto fits = [&](Minutes m) { return f.lo < m && m <= f.hi && m < minutes_per_day; };
    for (Minutes c : candidates)
        if (fits(c)) return c;
    // Else the first full hour after the last start past midnight, or the next minute.
    const Minutes next = f.lo + Minutes{1};
    const Minutes hour{(next.count() + 59) / 60 * 60};
    for (Minutes c : {hour, next})
        if (fits(c) && c <= Minutes{12 * 60}) return c;
    return std::nullopt;
}

// The event's dates: the conference's, widened to every session's programme day.
bool ScheduleImport::set_dates() {
    const auto conference_date = [&](const std::string& raw) -> std::optional<Date> {
        auto d = parse_date(clean_text(raw, true).substr(0, 10));
        if (!d || plausible(day_start(*d))) return d;
        b_.warn("bad-value", src_.loc,
                "the conference's date " + format_date(*d) + " is not a plausible date",
                "Summitry takes dates from 1900 to 2199; its sessions' dates are used");
        return std::nullopt;
    };
    auto first = conference_date(src_.start);
    auto last = conference_date(src_.end);
    if (first && last && *last < *first) {
        b_.warn("bad-range", src_.loc,
                "the conference ends (" + format_date(*last) + ") before it starts (" +
                    format_date(*first) + ")",
                "it is taken to end on its first day, widened to its sessions");
        last = first;
    }
    std::optional<Date> lo, hi;
    const auto widen = [](std::optional<Date>& a, std::optional<Date>& b, Date d) {
        if (!a || d < *a) a = d;
        if (!b || d > *b) b = d;
    };
    for (const Timing& t : timing_)
        if (t.start) widen(lo, hi, programme_day(to_local(zone(), *t.start), info().day_change));
    if (!first && !last) {
        for (const SourceDay& d : src_.days)
            if (auto day = parse_date(clean_text(d.date, true)); day && plausible(day_start(*day)))
                widen(first, last, *day);
    }
    if (!first) first = last ? last : lo;
    if (!first) {
        b_.diagnostics().error("missing-key", src_.loc,
                               "the schedule gives no dates: no conference start, no days and "
                               "no session with a time",
                               "a schedule needs at least its conference's start date");
        return false;
    }
    if (!last) last = std::max(*first, hi.value_or(*first));
    info().start_date = *first;
    info().end_date = *last;
    if (lo && (*lo < *first || *hi > *last)) {
        std::size_t outside = 0;
        for (const Timing& t : timing_) {
            if (!t.start) continue;
            const Date d = programme_day(to_local(zone(), *t.start), info().day_change);
            outside += (d < *first || d > *last) ? 1 : 0;
        }
        info().start_date = std::min(*first, *lo);
        info().end_date = std::max(*last, *hi);
        b_.warn("dates-widened", src_.loc,
                plural(outside, "session falls", "sessions fall") +
                    " outside the conference's dates (" + format_date(*first) + " to " +
                    format_date(*last) + ")",
                "the event runs from " + format_date(info().start_date) + " to " +
                    format_date(info().end_date) + " to hold them");
    }
    return true;
}

}  // namespace summitry::schedule_build
