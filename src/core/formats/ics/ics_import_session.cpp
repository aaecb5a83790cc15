// SPDX-License-Identifier: MIT
// import_ics()'s sessions (ics_importer.h): each VEVENT's id, texts, place, kind, status and
// times, and the event's dates from them.
#include <algorithm>
#include <optional>
#include <vector>

#include "diag/quote.h"
#include "formats/ics/ics_importer.h"

namespace summitry::ics_reader {

void Importer::session(icalcomponent* v) {
    const std::uint32_t line = line_of(v);
    std::string uid(trim(value_text(first(v, ICAL_UID_PROPERTY))));
    std::string title(trim(value_text(first(v, ICAL_SUMMARY_PROPERTY))));
    std::string wanted = uid;
    if (!uid_suffix_.empty() && uid.ends_with(uid_suffix_))
        wanted = uid.substr(0, uid.size() - uid_suffix_.size());
    if (uid.empty()) {
        report_.warn("missing-key", line, "a VEVENT without UID", "its id is made from its title");
        wanted = title.empty() ? "session" : title;
    }
    if (icalproperty* r = first(v, ICAL_RECURRENCEID_PROPERTY)) {
        // An override of one occurrence shares its series' UID: the occurrence makes its id.
        const std::string when = value_text(r);
        wanted += "-" + when;
        report_.warn(
            "ics-recurrence", line_of(r),
            quote(uid) + " changes the occurrence of " + quote(when, 40) + " of a recurring event",
            "imported as a session of its own");
    }
    Session& s = builder_.add_session(wanted, builder_.at(line));
    const std::string what = "'" + s.id + "'";

    if (title.empty()) {
        report_.warn("missing-key", line, "VEVENT " + what + " has no SUMMARY",
                     "its title is 'Untitled'");
        title = "Untitled";
    }
    s.title = Text(text(title, line, "SUMMARY"));

    std::string description(trim(value_text(first(v, ICAL_DESCRIPTION_PROPERTY))));
    const std::vector<Credit> credits = take_credits(description, summitry_);
    if (!description.empty()) s.description = Text(text(description, line, "DESCRIPTION"));
    credit(s, credits);

    place(s, v);
    categories(s, v);
    if (icalproperty* p = first(v, ICAL_STATUS_PROPERTY)) {
        switch (icalproperty_get_status(p)) {
            case ICAL_STATUS_TENTATIVE: s.status = SessionStatus::tentative; break;
            case ICAL_STATUS_CANCELLED: s.status = SessionStatus::cancelled; break;
            default: break;
        }
    }
    if (icalproperty* p = first(v, ICAL_SEQUENCE_PROPERTY))
        s.revision = std::clamp(icalproperty_get_sequence(p), 0, 1'000'000'000);
    if (icalproperty* p = first(v, ICAL_CLASS_PROPERTY)) {
        const icalproperty_class c = icalproperty_get_class(p);
        if (c == ICAL_CLASS_PRIVATE || c == ICAL_CLASS_CONFIDENTIAL) s.is_public = false;
    }
    s.url = clip(trim(value_text(first(v, ICAL_URL_PROPERTY))), max_name_bytes * 10);
    if (first(v, ICAL_RRULE_PROPERTY) != nullptr || first(v, ICAL_RDATE_PROPERTY) != nullptr)
        report_.warn("ics-recurrence", line,
                     "VEVENT " + what +
                         " recurs (RRULE or RDATE): only its first occurrence is "
                         "imported",
                     "add the other occurrences as sessions of their own");
    // ORGANIZER and ATTENDEE are left out. The organizer is whoever owns the calendar
    // entry (often the conference's own account) and attendees are whoever was invited:
    // RFC 5545 has no property or role for a speaker, and a name in those properties is
    // no sign that its owner speaks. Speakers come from DESCRIPTION's credit lines instead.
    times(s, v, what);
    stamp(v);
    if (s.speakers.empty() && first(v, ICAL_ATTENDEE_PROPERTY) != nullptr && attendees_only_++ == 0)
        first_attendees_only_ = line;
}

// The earliest DTSTAMP, CREATED or LAST-MODIFIED: the event's date when no session has one.
void Importer::stamp(icalcomponent* v) {
    for (icalproperty_kind kind :
         {ICAL_DTSTAMP_PROPERTY, ICAL_CREATED_PROPERTY, ICAL_LASTMODIFIED_PROPERTY}) {
        icalproperty* p = first(v, kind);
        if (p == nullptr) continue;
        const icalvalue* value = icalproperty_get_value(p);
        if (value == nullptr || icalvalue_isa(value) != ICAL_DATETIME_VALUE) continue;
        const icaltimetype t = icalvalue_get_datetime(value);
        if (!usable(t)) continue;
        const Date day = local_date(local_of(t));
        stamp_day_ = stamp_day_ ? std::min(*stamp_day_, day) : day;
    }
}

std::string Importer::text(std::string_view value, std::uint32_t line, std::string_view property) {
    if (value.size() > max_text_bytes)
        report_.warn("bad-value", line,
                     std::string(property) + " is " + std::to_string(value.size()) +
                         " bytes long: cut to " + std::to_string(max_text_bytes));
    return clip(value, max_text_bytes);
}

void Importer::credit(Session& s, const std::vector<Credit>& credits) {
    for (const Credit& c : credits) {
        for (const std::string& name : c.names) {
            const std::string n = clip(name, max_name_bytes);
            if (c.role == Role::organizations) {
                const Index o = builder_.organization(n);
                if (std::find(s.organizations.begin(), s.organizations.end(), o) ==
                    s.organizations.end())
                    s.organizations.push_back(o);
                continue;
            }
            std::vector<Index>& list = c.role == Role::speakers     ? s.speakers
                                       : c.role == Role::moderators ? s.moderators
                                                                    : s.hosts;
            const Index p = builder_.person(n);
            if (std::find(list.begin(), list.end(), p) == list.end()) list.push_back(p);
        }
    }
}

// LOCATION is a room. In a calendar Summitry wrote it is "room, venue, address"
// (ics_export.cpp); elsewhere its text is the room's name, in one venue for all.
void Importer::place(Session& s, icalcomponent* v) {
    const std::string location(trim(value_text(first(v, ICAL_LOCATION_PROPERTY))));
    if (location.empty()) return;
    std::string room = location, venue = "Venue", address;
    if (summitry_) {
        const std::size_t a = location.find(", ");
        if (a != std::string::npos) {
            room = location.substr(0, a);
            const std::size_t b = location.find(", ", a + 2);
            venue = location.substr(a + 2, b == std::string::npos ? std::string::npos : b - a - 2);
            if (b != std::string::npos) address = location.substr(b + 2);
        }
    }
    const Index vi = builder_.venue(clip(venue, max_name_bytes));
    Venue& ve = builder_.event().venues[static_cast<std::size_t>(vi)];
    if (ve.address.empty()) ve.address = clip(address, max_name_bytes);
    s.room = builder_.room(vi, clip(room, max_name_bytes));
}

// CATEGORIES: a session kind's name (Summitry writes the kind first) sets the kind; the
// first other category is the track; the rest are tags.
void Importer::categories(Session& s, icalcomponent* v) {
    bool kind_set = false;
    for (icalproperty* p = icalcomponent_get_first_property(v, ICAL_CATEGORIES_PROPERTY);
         p != nullptr; p = icalcomponent_get_next_property(v, ICAL_CATEGORIES_PROPERTY)) {
        const std::string category = clip(trim(value_text(p)), max_name_bytes);
        if (category.empty()) continue;
        if (!kind_set) {
            if (auto kind = session_kind_from(lower(category))) {
                s.kind = *kind;
                kind_set = true;
                continue;
            }
        }
        if (s.track == no_index) {
            s.track = builder_.track(category);
        } else if (std::find(s.tags.begin(), s.tags.end(), category) == s.tags.end() &&
                   s.tags.size() < 50) {
            s.tags.push_back(category);
        }
    }
}

// DTSTART: a date (a whole day), a UTC time, a time in a TZID's zone, or a floating time.
std::optional<Point> Importer::point(icalproperty* p, const icaltimetype& t, std::uint32_t line) {
    Point pt;
    pt.local = local_of(t);
    pt.is_date = t.is_date != 0;
    if (pt.is_date) {
        pt.floating = true;
        pt.instant = zones_->to_instant(builder_.event().zone(), pt.local, line).instant;
    } else if (icaltime_is_utc(t)) {
        pt.instant = to_instant(pt.local, Seconds{0});  // UTC
    } else if (const std::string tzid = tzid_of(p); !tzid.empty()) {
        pt.zone = &zones_->zone(tzid, line);
        pt.instant = zones_->to_instant(*pt.zone, pt.local, line).instant;
    } else {
        pt.floating = true;
        if (floating_++ == 0) first_floating_ = line;
        pt.instant = zones_->to_instant(builder_.event().zone(), pt.local, line).instant;
    }
    return pt;
}

// The same wall-clock reading rules, for a later local time (DTEND's date, DURATION's days).
Instant Importer::again(const Point& from, LocalTime local, std::uint32_t line) {
    if (from.zone != nullptr) return zones_->to_instant(*from.zone, local, line).instant;
    if (from.floating) return zones_->to_instant(builder_.event().zone(), local, line).instant;
    return to_instant(local, Seconds{0});  // UTC
}

std::optional<icaltimetype> Importer::time_value(icalproperty* p, std::string_view name,
                                                 const std::string& what) {
    const icaltimetype t = icalproperty_isa(p) == ICAL_DTSTART_PROPERTY
                               ? icalproperty_get_dtstart(p)
                               : icalproperty_get_dtend(p);
    if (usable(t)) return t;
    report_.warn("bad-value", line_of(p),
                 std::string(name) + " of " + what + " is not a date or a date-time between " +
                     std::to_string(first_year) + " and " + std::to_string(last_year));
    return std::nullopt;
}

void Importer::times(Session& s, icalcomponent* v, const std::string& what) {
    icalproperty* ds = first(v, ICAL_DTSTART_PROPERTY);
    if (ds != nullptr)
        if (icalproperty* second = icalcomponent_get_next_property(v, ICAL_DTSTART_PROPERTY))
            report_.warn("ics-syntax", line_of(second),
                         "a second DTSTART in " + what + ": the first is used");
    const auto start_time = ds == nullptr ? std::nullopt : time_value(ds, "DTSTART", what);
    if (!start_time) {
        if (ds == nullptr)
            report_.warn("missing-key", line_of(v), "VEVENT " + what + " has no DTSTART",
                         "imported unscheduled");
        return;
    }
    const std::uint32_t line = line_of(ds);
    const auto start = point(ds, *start_time, line);
    if (!start) return;
    s.start = start->instant;
    if (start->is_date && whole_days_++ == 0) first_whole_day_ = line;

    std::optional<Instant> end;
    icalproperty* de = first(v, ICAL_DTEND_PROPERTY);
    icalproperty* du = first(v, ICAL_DURATION_PROPERTY);
    if (de != nullptr) {
        if (const auto t = time_value(de, "DTEND", what)) {
            if ((t->is_date != 0) != start->is_date) {
                report_.warn("bad-value", line_of(de),
                             "DTEND of " + what + " is a " + (t->is_date ? "date" : "date-time") +
                                 " and DTSTART is not",
                             "DTEND is left out");
            } else if (auto e = point(de, *t, line_of(de))) {
                end = e->instant;
            }
        }
    } else if (du != nullptr) {
        const icaldurationtype d = icalproperty_get_duration(du);
        const long long days = 7LL * d.weeks + d.days;
        const long long secs = 3600LL * d.hours + 60LL * d.minutes + d.seconds;
        if (d.is_neg == 0 && days + secs > 0 && days <= 366 && secs <= 366LL * 86400) {
            // Days are calendar days: P1D from 10:00 ends at 10:00 the next day, across a
            // change of the clocks too (RFC 5545 §3.3.6).
            end = again(*start, start->local + date::days{days}, line_of(du)) + Seconds{secs};
        } else {
            report_.warn("bad-value", line_of(du),
                         "DURATION of " + what + " is not a positive duration");
        }
    } else if (start->is_date) {
        end = again(*start, start->local + date::days{1}, line);  // §3.6.1: one day
    }

    if (end && *end <= *s.start) {
        report_.warn("bad-range", line, what + " ends before it starts, or when it starts",
                     "imported as lasting " + format_duration(moment));
        end.reset();
    } else if (end && *end - *s.start > longest_session) {
        report_.warn("bad-range", line, what + " lasts more than a year",
                     "imported as lasting " + format_duration(moment));
        end.reset();
    } else if (!end && (de != nullptr || du != nullptr)) {
        report_.warn("bad-range", line, what + " has no end Summitry can read",
                     "imported as lasting " + format_duration(moment));
    } else if (!end) {
        report_.warn("missing-key", line,
                     what + " has no DTEND or DURATION: RFC 5545 makes it end as it starts",
                     "imported as lasting " + format_duration(moment) + "; give it its real end");
    }
    s.duration = end ? *end - *s.start : moment;
    if (s.duration->count() % 60 != 0 && s.duration->count() > 1'000'000) {
        // The event file writes such a duration in seconds, which it reads up to 10^6 only.
        s.duration = date::floor<Minutes>(*s.duration);
        report_.warn("bad-value", line,
                     what + " lasts more than 11 days and a fraction of a minute",
                     "its end is cut to the minute");
    }
}

// The event's days: those of its sessions' programme days, first to last. A whole-day
// session starts at midnight, before the default day change (04:00) that keeps a late
// reception on its evening; the day changes at midnight instead when no session starts
// between midnight and 04:00, so that whole days stay on their own date.
void Importer::dates() {
    Event& ev = builder_.event();
    EventInfo& info = builder_.info();
    const date::time_zone& zone = ev.zone();
    if (whole_days_ != 0) {
        bool night_owls = false;
        for (const Session& s : ev.sessions) {
            if (!s.start) continue;
            const LocalTime l = to_local(zone, *s.start);
            const Minutes clock = date::floor<Minutes>(l - date::floor<date::days>(l));
            if (clock != Minutes{0} && clock < info.day_change) night_owls = true;
        }
        if (!night_owls) {
            info.day_change = Minutes{0};
        } else {
            report_.warn("whole-day", first_whole_day_,
                         "whole-day sessions start at midnight, and sessions after midnight "
                         "belong to the evening before (day change 04:00)",
                         "the whole-day sessions show on the day before theirs");
        }
    }
    std::optional<Date> first_day, last_day;
    for (const Session& s : ev.sessions) {
        if (!s.start) continue;
        const Date a = programme_day(to_local(zone, *s.start), info.day_change);
        const Instant last =
            *s.start + std::max(Seconds{1}, s.duration.value_or(Seconds{0})) - Seconds{1};
        const Date b = std::max(a, programme_day(to_local(zone, last), info.day_change));
        first_day = first_day ? std::min(*first_day, a) : a;
        last_day = last_day ? std::max(*last_day, b) : b;
    }
    if (!first_day) {
        // No session has a time: the calendar's own stamps date the event.
        report_.warn("missing-key", first_vevent_,
                     "no VEVENT has a DTSTART: every session is unscheduled",
                     "the event's dates are those of its DTSTAMP, or of 1 January 1970");
        first_day = last_day = stamp_day_.value_or(Date{});
    }
    info.start_date = *first_day;
    info.end_date = *last_day;
}

}  // namespace summitry::ics_reader
