// SPDX-License-Identifier: MIT
// From a SourceSchedule (what a frab XML or c3voc JSON file says) to an Event: the zone, the
// instants, the programme days, people, rooms, tracks and sessions. Everything that had to be
// repaired is said once, at the source's position; no event of the source is ever dropped.
#include "formats/schedule/schedule_import.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "diag/quote.h"
#include "io/event_loader.h"
#include "syntax/yaml_tree.h"
#include "util/url.h"

namespace summitry {

namespace {

constexpr Minutes minutes_per_day{24 * 60};

std::string in_quotes(std::string_view s) {
    return quote(s);
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

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

struct Timing {
    std::optional<Instant> start;
    std::optional<Seconds> duration;
};

class ScheduleImport {
public:
    ScheduleImport(const SourceSchedule& src, ImportBuilder& b) : src_(src), b_(b) {}

    ImportResult run() {
        event_info();
        choose_zone();
        read_times();
        choose_day_change();
        if (set_dates()) {
            entities();
            sessions();
            keep_extras();
        }
        return b_.result();
    }

private:
    EventInfo& info() { return b_.info(); }
    const date::time_zone& zone() const { return *zone_; }

    std::string text(std::string_view raw, bool one_line, std::string_view what, SourceLoc loc) {
        std::string t = clean_text(raw, one_line);
        if (clip_text(t, max_text_)) {
            b_.warn("text-too-long", loc,
                    std::string(what) + " is " + std::to_string(raw.size()) +
                        " bytes long; it is cut to " + std::to_string(t.size()) + " bytes",
                    "an event file holds at most " + std::to_string(max_text_) +
                        " bytes in one piece of text");
        }
        return t;
    }

    void event_info() {
        const std::string acronym = clean_text(src_.acronym, true);
        const std::string title = text(src_.title, true, "the conference's title", src_.loc);
        info().id = ImportBuilder::slug(!acronym.empty() ? acronym
                                        : !title.empty() ? title
                                                         : "imported");
        info().title = Text(!title.empty()     ? title
                            : !acronym.empty() ? acronym
                                               : "Imported schedule");
        if (auto s = text(src_.subtitle, true, "the conference's subtitle", src_.loc); !s.empty())
            info().subtitle = Text(std::move(s));
        if (auto d = text(src_.description, false, "the conference's description", src_.loc);
            !d.empty())
            info().description = Text(std::move(d));
        info().website = web_address(text(src_.website, true, "the conference's url", src_.loc),
                                     "the conference's url", src_.loc);
    }

    // The declared zone when the tz database knows it; else one that keeps the offsets the
    // schedule writes, so that its wall-clock times read as the source shows them.
    void choose_zone() {
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
        const std::string why = declared.empty()
                                    ? "the schedule names no time zone"
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
    void read_times() {
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
                            "the date of " + describe(e) + ", " +
                                in_quotes(clean_text(e.date, true)) + ", is not a plausible date",
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
                            "the date of " + describe(e) + ", " +
                                in_quotes(clean_text(e.date, true)) + ", is not a date and time",
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
                        std::to_string(mismatched) + " of its " +
                        plural(with_offset, "time", "times") + " at another UTC offset (" +
                        describe(e) + ": " + clean_text(e.date, true) + ", while " +
                        info().timezone_name + " is at " +
                        format_offset(zone().get_info(at).offset) + " then)",
                    "the offsets are trusted: each time is the instant it names, written as " +
                        info().timezone_name + " shows it (" + format_local(to_local(zone(), at)) +
                        " for that one); check them against the conference's programme");
        }
    }

    Instant resolved(const WrittenTime& w, const SourceEvent& e) {
        const Resolved r = resolve(zone(), w.local);
        if (r.kind == Resolution::nonexistent) {
            b_.warn("nonexistent-time", e.date_loc,
                    "the start of " + describe(e) + ", " + format_local(w.local) +
                        ", does not exist in " + info().timezone_name +
                        " (the clocks jump forward)",
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
    std::optional<Instant> from_day_and_start(const SourceEvent& e) {
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
            change =
                std::min(Seconds{6 * 3600}, std::chrono::duration_cast<Seconds>(
                                                day_local - date::floor<date::days>(day_local)));
        }
        LocalTime local = day_start(*date) + *clock;
        if (*clock < change) local += date::days{1};
        return resolved(WrittenTime{local, std::nullopt}, e);
    }

    void read_duration(const SourceEvent& e, Timing& t, const std::optional<Seconds>& slot) {
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
    void choose_day_change() {
        std::vector<Minutes> candidates;
        if (auto dc = parse_clock_text(clean_text(src_.day_change, true));
            dc && *dc < minutes_per_day)
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

    struct Fit {
        Minutes lo{-1};               // day_change must be later than this
        Minutes hi{minutes_per_day};  // and not later than this
        std::size_t sessions = 0, misplaced = 0;
        std::size_t misplaced_example = static_cast<std::size_t>(-1);
    };

    Fit fit_days(const std::vector<std::optional<Date>>& listed) const {
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

    static std::optional<Minutes> pick(const Fit& f, const std::vector<Minutes>& candidates) {
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
    bool set_dates() {
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
            if (t.start)
                widen(lo, hi, programme_day(to_local(zone(), *t.start), info().day_change));
        if (!first && !last) {
            for (const SourceDay& d : src_.days)
                if (auto day = parse_date(clean_text(d.date, true));
                    day && plausible(day_start(*day)))
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

    void entities() {
        std::string venue = clean_text(src_.venue, true);
        venue_ =
            b_.venue(venue.empty() ? "Venue" : text(venue, true, "the venue's name", src_.loc));
        for (const SourceRoom& r : src_.rooms) {
            const Index i = room(r.name, r.loc);
            if (r.capacity && *r.capacity >= 0)
                b_.event().rooms[static_cast<std::size_t>(i)].capacity = r.capacity;
        }
        for (const SourceTrack& t : src_.tracks) {
            const std::string name = text(t.name, true, "a track's name", src_.loc);
            if (name.empty()) continue;
            Track& track = b_.event().tracks[static_cast<std::size_t>(b_.track(name))];
            const std::string color = clean_text(t.color, true);
            if (track.color.empty() && color.size() == 7 && color[0] == '#' &&
                std::all_of(color.begin() + 1, color.end(),
                            [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }))
                track.color = color;
        }
        people_mode();
    }

    // Room names that differ only in case ("Saal 1", "saal 1": c3voc files list an event's
    // room in one spelling and the day's rooms in another) are one room, named as first seen.
    Index room(std::string_view raw, SourceLoc loc) {
        std::string name = clean_text(raw, true);
        clip_text(name, 200);  // a room's name is a label; its id is made from it
        if (name.empty()) name = "Room";
        std::string folded = name;
        for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto [it, fresh] = room_spelling_.emplace(folded, name);
        if (!fresh && it->second != name && merged_rooms_.insert(name).second) {
            b_.warn("room-case", loc,
                    "the rooms " + in_quotes(it->second) + " and " + in_quotes(name) +
                        " differ only in case: they are imported as one room, " +
                        in_quotes(it->second));
        }
        return b_.room(venue_, it->second);
    }

    // People are merged by the source's id when its ids are one person each; a schedule merged
    // from several systems (36C3's "everything") gives one id to different people, and then
    // only their names tell them apart.
    void people_mode() {
        std::unordered_map<std::string, std::string> name_of;
        for (const SourceEvent& e : src_.events) {
            for (const SourcePerson& p : e.persons) {
                const std::string key = clean_text(p.key, true);
                if (key.empty()) continue;
                const std::string name = clean_text(p.name, true);
                auto [it, fresh] = name_of.emplace(key, name);
                if (!fresh && it->second != name && by_id_) {
                    by_id_ = false;
                    b_.warn("person-id-clash", p.loc,
                            "the schedule gives the person id " + in_quotes(key) + " to " +
                                in_quotes(it->second) + " and to " + in_quotes(name),
                            "its ids come from several systems: people are merged by name instead");
                }
            }
        }
    }

    std::string describe(const SourceEvent& e) const {
        std::string title = clean_text(e.title, true);
        if (title.size() > 60) clip_text(title, 60);
        if (!title.empty()) return "event " + in_quotes(title);
        const std::string id = clean_text(e.id, true);
        return id.empty() ? std::string("an event") : "event " + id;
    }

    // The id of a session: the source's slug without what frab puts in front of every slug,
    // the conference's acronym and the event's number ("36c3-11223-opening_ceremony" ->
    // "opening-ceremony"; Summitry's own export writes "<acronym>-<number>-<id>", so its ids come
    // back). Where that tail is taken by another session (two talks called "Welcome"), the
    // longer forms follow; only a slug the source really repeats reaches the builder twice, which
    // repairs it with a warning.
    std::string wanted_id(const SourceEvent& e) {
        std::vector<std::string> candidates;
        const std::string slug = clean_text(e.slug, true);
        const auto fold = [](std::string_view t) {
            std::string out(t);
            for (char& c : out)
                c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            return out;
        };
        if (!slug.empty()) {
            // frab until about 2015: "31c3_-_6561_-_en_-_saal_1_-_201412271100_-_31c3_opening_
            // event_-_erdgeist_-_geraldine_de_bastion": acronym, number, language, room, time,
            // title, speakers. The title is the id.
            if (auto title = old_frab_title(slug, clean_text(e.id, true)))
                candidates.push_back(*title);
            const std::string folded = fold(slug);
            // A slug the source repeats goes to the builder as the first one did: it is a
            // duplicate, repaired with a warning, not a clash of shortened forms.
            const bool repeated = !seen_slugs_.insert(folded).second;
            const std::string acronym = fold(clean_text(src_.acronym, true)) + "-";
            const std::string number = clean_text(e.id, true) + "-";
            if (acronym.size() > 1 && folded.starts_with(acronym) &&
                folded.size() > acronym.size()) {
                const std::string rest = folded.substr(acronym.size());
                if (number.size() > 1 && rest.starts_with(number) && rest.size() > number.size())
                    candidates.push_back(rest.substr(number.size()));
                candidates.push_back(rest);
            }
            candidates.push_back(slug);
            if (repeated) return candidates.front();
        } else if (auto code = clean_text(e.code, true); !code.empty()) {
            candidates.push_back(code);
        } else {
            const std::string title = clean_text(e.title, true).substr(0, 60);
            const std::string number = clean_text(e.id, true);
            candidates.push_back(title.empty() ? std::string("session") : title);
            if (!number.empty()) candidates.push_back(candidates.back() + "-" + number);
        }
        for (const std::string& c : candidates)
            if (!used_ids_.contains(ImportBuilder::slug(c))) return c;
        return candidates.back();
    }

    static std::optional<std::string> old_frab_title(std::string_view slug, std::string_view number) {
        std::vector<std::string_view> parts;
        for (std::size_t from = 0;;) {
            const std::size_t sep = slug.find("_-_", from);
            parts.push_back(slug.substr(from, sep == std::string_view::npos ? sep : sep - from));
            if (sep == std::string_view::npos) break;
            from = sep + 3;
        }
        const auto digits = [](std::string_view s) {
            return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
                return std::isdigit(static_cast<unsigned char>(c)) != 0;
            });
        };
        if (parts.size() < 6 || parts[1] != number || parts[4].size() != 12 || !digits(parts[4]) ||
            parts[5].empty())
            return std::nullopt;
        return std::string(parts[5]);
    }

    void sessions() {
        std::unordered_map<std::string, std::size_t> ids, guids;
        std::map<std::string, std::size_t> languages;  // code -> sessions
        std::vector<std::string> language_order, bad_languages;
        std::size_t bad_language_count = 0, bad_language_first = 0;
        for (std::size_t i = 0; i < src_.events.size(); ++i) {
            const SourceEvent& e = src_.events[i];
            // A session the source repeats is said once, by repeated_ids(), with both lines.
            const bool repeated = ids.contains(clean_text(e.id, true)) ||
                                  guids.contains(clean_text(e.guid, true));
            Session& s = b_.add_session(wanted_id(e), e.loc, !repeated);
            used_ids_.insert(s.id);
            const Index si = static_cast<Index>(b_.event().sessions.size() - 1);
            repeated_ids(e, i, ids, guids, s.id);

            std::string title = text(e.title, true, "the title of " + describe(e), e.loc);
            if (title.empty()) {
                title = "Untitled (" + s.id + ")";
                b_.warn("missing-key", e.loc, "an event has no title",
                        "it is imported as " + in_quotes(title));
            }
            s.title = Text(std::move(title));
            const std::string type = clean_text(e.type, true);
            s.kind = kind_from_type(type);
            if (!type.empty() && type != to_string(s.kind))
                s.tags.push_back(text(type, true, "a type", e.loc));
            for (const std::string& raw : e.tags)
                if (std::string tag = text(raw, true, "a keyword", e.loc);
                    !tag.empty() && std::find(s.tags.begin(), s.tags.end(), tag) == s.tags.end())
                    s.tags.push_back(std::move(tag));
            if (auto track = text(e.track, true, "a track's name", e.loc); !track.empty())
                s.track = b_.track(track);
            s.room = e.unplaced ? no_index : room(e.room, e.loc);
            s.start = timing_[i].start;
            s.duration = timing_[i].duration;
            for (const SourcePerson& p : e.persons) {
                const Index person = this->person(p);
                if (person == no_index) continue;
                std::vector<Index>& role = role_list(s, p.role);
                if (std::find(role.begin(), role.end(), person) == role.end())
                    role.push_back(person);
            }
            if (const std::string lang = clean_text(e.language, true); !lang.empty()) {
                if (auto code = language_code(lang)) {
                    s.language = *code;
                    if (languages[*code]++ == 0) language_order.push_back(*code);
                } else {
                    if (bad_language_count++ == 0) bad_language_first = i;
                    if (bad_languages.size() < 5 &&
                        std::find(bad_languages.begin(), bad_languages.end(), lang) ==
                            bad_languages.end())
                        bad_languages.push_back(lang);
                }
            }
            if (auto a = text(e.abstract, false, "the abstract of " + describe(e), e.loc);
                !a.empty())
                s.abstract = Text(std::move(a));
            if (auto d = text(e.description, false, "the description of " + describe(e), e.loc);
                !d.empty())
                s.description = Text(std::move(d));
            s.url = text(e.url, true, "the url of " + describe(e), e.loc);
            Extras x;
            for (const SourceEvent::Role& role : e.roles) {  // Indico's authors
                std::vector<std::string> people;
                for (const SourcePerson& p : role.persons)
                    if (const Index person = this->person(p); person != no_index)
                        people.push_back(b_.event().people[static_cast<std::size_t>(person)].id);
                if (!people.empty()) x.roles.emplace_back(role.key, std::move(people));
            }
            x.subtitle = text(e.subtitle, true, "the subtitle of " + describe(e), e.loc);
            for (const SourceLink& l : e.links) {
                SourceLink link{text(l.url, true, "a link", e.loc),
                                text(l.title, true, "a link's title", e.loc)};
                if (link.url.empty()) continue;
                if (s.url.empty() && http_url(link.url).usable()) s.url = link.url;
                x.links.push_back(std::move(link));
            }
            for (const SourceLink& a : e.attachments) {
                SourceLink link{text(a.url, true, "an attachment", e.loc),
                                text(a.title, true, "an attachment's title", e.loc)};
                if (!link.url.empty()) x.attachments.push_back(std::move(link));
            }
            s.url = web_address(s.url, "the url of " + describe(e), e.loc);
            if (const std::string guid = clean_text(e.guid, true);
                !guid.empty() && guids[guid] == i && guid.size() <= 64)
                x.guid = guid;
            if (!x.subtitle.empty() || !x.links.empty() || !x.attachments.empty() ||
                !x.guid.empty() || !x.roles.empty())
                extras_.emplace_back(si, std::move(x));
        }
        if (bad_language_count > 0) {
            std::string list;
            for (const auto& l : bad_languages) list += (list.empty() ? "" : ", ") + in_quotes(l);
            b_.warn(
                "bad-value", src_.events[bad_language_first].loc,
                plural(bad_language_count, "session has a language", "sessions have a language") +
                    " that is not a language code (" + list + ")",
                "their language is left out; use codes such as en, de or pt-BR");
        }
        std::stable_sort(language_order.begin(), language_order.end(),
                         [&](const std::string& a, const std::string& b) {
                             return languages[a] > languages[b];
                         });
        // The conference's own languages come first, in its order; then those its sessions use.
        std::vector<std::string> declared;
        for (const std::string& raw : src_.languages)
            if (auto code = language_code(clean_text(raw, true));
                code && std::find(declared.begin(), declared.end(), *code) == declared.end())
                declared.push_back(*code);
        for (const std::string& l : language_order)
            if (std::find(declared.begin(), declared.end(), l) == declared.end())
                declared.push_back(l);
        if (!declared.empty()) info().languages = declared;
    }

    // Where a person's role puts them: speakers unless the source says moderator or host.
    static std::vector<Index>& role_list(Session& s, std::string_view role) {
        const std::string r = clean_text(role, true);
        std::string lower;
        for (char c : r) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == "moderator" || lower == "chair" || lower == "facilitator") return s.moderators;
        if (lower == "host" || lower == "organizer" || lower == "organiser") return s.hosts;
        return s.speakers;
    }

    // Two events of the source with one id or one guid are two sessions, both kept; the
    // builder gives the later one an id of its own when their slugs clash too.
    void repeated_ids(const SourceEvent& e, std::size_t i,
                      std::unordered_map<std::string, std::size_t>& ids,
                      std::unordered_map<std::string, std::size_t>& guids, const std::string& id) {
        std::vector<std::string> what;
        std::size_t earlier = i;
        if (const std::string sid = clean_text(e.id, true); !sid.empty()) {
            auto [it, fresh] = ids.emplace(sid, i);
            if (!fresh) what.push_back("the id " + sid), earlier = it->second;
        }
        if (const std::string guid = clean_text(e.guid, true); !guid.empty()) {
            auto [it, fresh] = guids.emplace(guid, i);
            if (!fresh) what.push_back("the guid " + guid), earlier = std::min(earlier, it->second);
        }
        if (what.empty()) return;
        const SourceEvent& first = src_.events[earlier];
        b_.warn("duplicate-id", e.loc,
                describe(e) + " has " + what.front() +
                    (what.size() > 1 ? " and " + what.back() : "") + " of an earlier " +
                    describe(first) + " (line " + std::to_string(first.loc.line) + ")",
                "both are kept, as two sessions; this one is " + in_quotes(id));
    }

    Index person(const SourcePerson& p) {
        std::string name = text(p.name, true, "a person's name", p.loc);
        clip_text(name, 200);
        std::string key = by_id_ ? clean_text(p.key, true) : std::string();
        if (name.empty() && key.empty()) {
            b_.warn("missing-key", p.loc, "a person without a name or an id is left out");
            return no_index;
        }
        if (name.empty()) name = clean_text(p.key, true);
        const Index i = b_.person(name, key);
        Person& person = b_.event().people[static_cast<std::size_t>(i)];
        if (person.bio.empty())
            if (auto bio = text(p.bio, false, "the biography of " + in_quotes(name), p.loc);
                !bio.empty())
                person.bio = Text(std::move(bio));
        if (person.affiliation == no_index)
            if (std::string org = text(p.affiliation, true, "an affiliation", p.loc); !org.empty()) {
                clip_text(org, 200);
                const Index o = b_.organization(org);
                b_.event().people[static_cast<std::size_t>(i)].affiliation = o;
            }
        return i;
    }

    struct Extras {
        std::string subtitle, guid;
        std::vector<SourceLink> links, attachments;
        std::vector<std::pair<std::string, std::vector<std::string>>> roles;  // x- key, person ids
    };

    // A url or website as the event file should hold it (util/url.h): as written when it is a
    // web address, repaired where the repair is obvious, else left out; the source keeps the
    // rest of its links in x-links.
    std::string web_address(const std::string& url, const std::string& what, SourceLoc loc) {
        if (url.empty()) return url;
        UrlRepair r = http_url(url);
        if (!r.usable()) {
            std::string shown = url;
            clip_text(shown, 80);
            b_.warn("bad-value", loc, what + ", " + in_quotes(shown) + ", is left out: " + r.change,
                    "only absolute http:// and https:// addresses are imported as urls");
        } else if (!r.change.empty()) {
            b_.warn("bad-value", loc, what + " is imported as " + r.url + " (" + r.change + ")");
        }
        return std::move(r.url);
    }

    static void links_yaml(std::string& yaml, std::string_view key,
                           const std::vector<SourceLink>& links) {
        yaml += std::string(key) + ": [";
        for (std::size_t k = 0; k < links.size(); ++k) {
            yaml += (k ? ", {" : "{");
            if (!links[k].title.empty()) yaml += "title: " + yaml_quoted(links[k].title) + ", ";
            yaml += "url: " + yaml_quoted(links[k].url) + "}";
        }
        yaml += "]";
    }

    // What the event file has no key for (a subtitle, the links, the source's guid) is kept in
    // `x-` keys, which the loader carries and the writer writes back. The values are nodes of a
    // YAML document made for them, owned by the event like those of a loaded file.
    void keep_extras() {
        const std::string version = text(src_.version, true, "the schedule's version", src_.loc);
        if (extras_.empty() && version.empty()) return;
        std::string yaml;
        for (const auto& [si, x] : extras_) {
            yaml += "- {";
            std::string sep;
            if (!x.subtitle.empty()) yaml += "x-subtitle: " + yaml_quoted(x.subtitle), sep = ", ";
            if (!x.links.empty()) {
                yaml += sep;
                links_yaml(yaml, "x-links", x.links);
                sep = ", ";
            }
            if (!x.attachments.empty()) {
                yaml += sep;
                links_yaml(yaml, "x-attachments", x.attachments);
                sep = ", ";
            }
            if (!x.guid.empty()) yaml += sep + "x-guid: " + yaml_quoted(x.guid), sep = ", ";
            for (const auto& [key, ids] : x.roles) {
                yaml += sep + key + ": [";
                for (std::size_t k = 0; k < ids.size(); ++k)
                    yaml += (k ? ", " : "") + yaml_quoted(ids[k]);
                yaml += "]";
                sep = ", ";
            }
            yaml += "}\n";
        }
        // The event's own: the version the source gave its schedule.
        if (!version.empty()) yaml += "- {x-version: " + yaml_quoted(version) + "}\n";
        Diagnostics ignored;
        yaml::ParseLimits limits;
        limits.max_depth = 8;
        auto doc = yaml::parse(yaml, 0, ignored, limits);
        const yaml::Node* root = doc ? doc->root() : nullptr;
        if (root == nullptr || !root->is_sequence() ||
            root->count != extras_.size() + (version.empty() ? 0 : 1) || ignored.has_errors()) {
            b_.warn("internal", src_.loc,
                    "the subtitles, links and guids of the sessions could not be kept");
            return;
        }
        for (std::size_t k = 0; k < root->count; ++k) {
            const yaml::Node& map = *root->children[k];
            std::vector<ExtraKey>& extra =
                k < extras_.size()
                    ? b_.event().sessions[static_cast<std::size_t>(extras_[k].first)].extra
                    : info().extra;
            for (std::size_t m = 0; m < map.map_size(); ++m)
                extra.push_back({std::string(map.key(m).text), &map.value(m)});
        }
        b_.event().documents.push_back(std::move(doc));
    }

    const SourceSchedule& src_;
    ImportBuilder& b_;
    const std::size_t max_text_ = LoadOptions{}.max_text_bytes;
    const date::time_zone* zone_ = nullptr;
    bool declared_ = false;
    bool by_id_ = true;
    std::unordered_set<std::string> used_ids_, seen_slugs_, merged_rooms_;
    std::unordered_map<std::string, std::string> room_spelling_;  // folded name -> first name
    Index venue_ = no_index;
    std::vector<Timing> timing_;
    std::vector<std::pair<Index, Extras>> extras_;
};

}  // namespace

ImportResult build_schedule(const SourceSchedule& source, ImportBuilder& builder) {
    return ScheduleImport(source, builder).run();
}

}  // namespace summitry
