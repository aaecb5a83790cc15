// SPDX-License-Identifier: MIT
// iCalendar import: one session per VEVENT. The bytes are made parseable first
// (ics_import_text.cpp), libical reads the structure and the values, the TZIDs are read here
// (ics_import_zones.cpp), and the ImportBuilder makes ids and merges rooms and people.
// docs/import-ics.md says what each property becomes and why. This part: the calendar, its
// VEVENTs, name, id and zone (ics_importer.h names the others).
#include "formats/ics/ics_import.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "diag/quote.h"
#include "formats/ics/ics_importer.h"

namespace summitry {

namespace ics_reader {

std::string_view trim(std::string_view s) {
    constexpr std::string_view space = " \t\r\n";
    const std::size_t b = s.find_first_not_of(space);
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(space) - b + 1);
}

// Cut at a character boundary.
std::string clip(std::string_view s, std::size_t n) {
    if (s.size() <= n) return std::string(s);
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xc0) == 0x80) --n;
    return std::string(s.substr(0, n));
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// libical has no name for a kind it does not know ("BEGIN:VE1VENT").
std::string kind_name(icalcomponent* c) {
    const char* s = icalcomponent_kind_to_string(icalcomponent_isa(c));
    return s == nullptr || *s == '\0' ? "component" : s;
}

icalproperty* first(icalcomponent* c, icalproperty_kind kind) {
    return icalcomponent_get_first_property(c, kind);
}

// The value of a property as text: TEXT and X values unescaped by libical, others as written.
std::string value_text(icalproperty* p) {
    if (p == nullptr) return {};
    const icalvalue* v = icalproperty_get_value(p);
    if (v == nullptr) return {};
    const char* s = nullptr;
    switch (icalvalue_isa(v)) {
        case ICAL_TEXT_VALUE: s = icalvalue_get_text(v); break;
        case ICAL_X_VALUE: s = icalvalue_get_x(v); break;
        default: {
            char* owned = icalvalue_as_ical_string_r(v);
            std::string out = owned == nullptr ? "" : owned;
            icalmemory_free_buffer(owned);
            return out;
        }
    }
    return s == nullptr ? "" : s;
}

// An X- property of the calendar (X-WR-CALNAME) by name.
icalproperty* x_property(icalcomponent* c, std::string_view name) {
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p != nullptr;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
        const char* n = icalproperty_get_x_name(p);
        if (n != nullptr && lower(n) == lower(name)) return p;
    }
    return nullptr;
}

std::string tzid_of(icalproperty* p) {
    icalparameter* a = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    const char* s = a == nullptr ? nullptr : icalparameter_get_tzid(a);
    return s == nullptr ? "" : s;
}

LocalTime local_of(const icaltimetype& t) {
    const date::year_month_day ymd{date::year{t.year}, date::month{static_cast<unsigned>(t.month)},
                                   date::day{static_cast<unsigned>(t.day)}};
    LocalTime out = day_start(Date{ymd});
    if (!t.is_date) out += std::chrono::hours{t.hour} + Minutes{t.minute} + Seconds{t.second};
    return out;
}

bool usable(const icaltimetype& t) {
    return !icaltime_is_null_time(t) && icaltime_is_valid_time(t) && t.year >= first_year &&
           t.year <= last_year && t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31 &&
           t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second >= 0 &&
           t.second <= 60 &&
           date::year_month_day{date::year{t.year}, date::month{static_cast<unsigned>(t.month)},
                                date::day{static_cast<unsigned>(t.day)}}
               .ok();
}

ImportResult Importer::run() {
    read();
    report_.finish();
    return builder_.result();
}

void Importer::read() {
    const ics::Text text = ics::prepare(raw_, report_);
    if (report_.has_errors()) return;
    if (!text.calendar) {
        report_.error("not-icalendar", 1, "not an iCalendar file: there is no BEGIN:VCALENDAR",
                      "an .ics file starts with BEGIN:VCALENDAR");
        return;
    }
    Component root(ics::parse_calendar(text.text));
    icalcomponent* cal = root.get();
    if (cal != nullptr && icalcomponent_isa(cal) == ICAL_XROOT_COMPONENT)
        cal = icalcomponent_get_first_component(cal, ICAL_VCALENDAR_COMPONENT);
    if (cal == nullptr || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
        report_.error("not-icalendar", 1, "libical could not read the calendar");
        return;
    }
    report_libical_errors(cal);
    std::vector<icalcomponent*> vevents;
    collect(cal, vevents);
    skip_unread(text, vevents);
    if (vevents.empty()) {
        report_.error("no-events", std::max(line_of(cal), 1u),
                      "the calendar has no VEVENT: there is nothing to import");
        return;
    }
    ics::Zones zones(cal, report_);
    zones_ = &zones;
    calendar(cal, vevents);
    first_vevent_ = line_of(vevents.front());
    for (icalcomponent* v : vevents) session(v);
    if (attendees_only_ != 0)
        report_.warn("ics-ignored", first_attendees_only_,
                     std::to_string(attendees_only_) + " VEVENT" +
                         (attendees_only_ == 1 ? " names" : "s name") +
                         " attendees (ATTENDEE) and credits no speaker: attendees are not "
                         "imported as speakers",
                     "RFC 5545 has no speaker role; credit speakers in DESCRIPTION "
                     "('Speaker: Name') or add them to the event file");
    if (floating_ != 0)
        report_.warn("floating-time", first_floating_,
                     std::to_string(floating_) + " time" + (floating_ == 1 ? "" : "s") +
                         " without TZID or Z (\"floating\") read in the event's zone, " +
                         builder_.info().timezone_name);
    dates();
    zones_ = nullptr;
}

// libical keeps what it could not read as X-LIC-ERROR properties of the component.
void Importer::report_libical_errors(icalcomponent* c) {
    // Collected first: libical has one property iterator per component, and line_of()
    // moves it.
    std::vector<icalproperty*> errors;
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY);
         p != nullptr; p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
        errors.push_back(p);
    for (icalproperty* p : errors) {
        const char* s = icalproperty_get_xlicerror(p);
        report_.warn(
            "ics-syntax", line_of(c),
            "in the " + kind_name(c) + " that begins here: " + quote(s == nullptr ? "" : s, 200),
            "libical left the value out");
    }
    std::vector<icalcomponent*> children;  // the recursion would move c's iterator
    for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k != nullptr;
         k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        children.push_back(k);
    for (icalcomponent* k : children) report_libical_errors(k);
}

// Every BEGIN:VEVENT of the file that did not become a VEVENT of the calendar is a session
// left out, said at its line: those the byte pass could not place in the calendar, and
// those libical did not read as events (inside a VTIMEZONE, say).
void Importer::skip_unread(const ics::Text& text, const std::vector<icalcomponent*>& vevents) {
    std::vector<std::uint32_t> read;
    read.reserve(vevents.size());
    for (icalcomponent* v : vevents) read.push_back(line_of(v));
    std::sort(read.begin(), read.end());
    for (std::uint32_t line : text.vevents)
        if (!std::binary_search(read.begin(), read.end(), line))
            builder_.skip_session(builder_.at(line), "a VEVENT",
                                  "libical could not read it as an event of the calendar");
    for (const auto& [line, why] : text.skipped)
        builder_.skip_session(builder_.at(line), "a VEVENT", why);
}

// Every VEVENT, in the order of the file, nested ones too (each was a block of its own);
// what else a calendar may hold is said to be left out.
void Importer::collect(icalcomponent* c, std::vector<icalcomponent*>& out) {
    std::vector<icalcomponent*> children;
    for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k != nullptr;
         k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        children.push_back(k);
    for (icalcomponent* k : children) {
        const icalcomponent_kind kind = icalcomponent_isa(k);
        if (kind == ICAL_VEVENT_COMPONENT) out.push_back(k);
        if (kind == ICAL_VTODO_COMPONENT || kind == ICAL_VJOURNAL_COMPONENT ||
            kind == ICAL_VFREEBUSY_COMPONENT)
            report_.warn("ics-ignored", line_of(k), kind_name(k) + " is not a session: left out");
        if (kind != ICAL_VTIMEZONE_COMPONENT) collect(k, out);
    }
}

// The event: its name, zone and id, from the calendar's properties and the VEVENTs' UIDs.
void Importer::calendar(icalcomponent* cal, const std::vector<icalcomponent*>& vevents) {
    EventInfo& info = builder_.info();
    const std::string prodid = value_text(first(cal, ICAL_PRODID_PROPERTY));
    summitry_ = prodid.starts_with("-//Summitry//");

    std::string title = std::string(trim(value_text(x_property(cal, "X-WR-CALNAME"))));
    if (title.empty()) title = trim(value_text(first(cal, ICAL_NAME_PROPERTY)));
    std::string about = std::string(trim(value_text(x_property(cal, "X-WR-CALDESC"))));
    if (about.empty()) about = trim(value_text(first(cal, ICAL_DESCRIPTION_PROPERTY)));
    if (title.empty() && !about.empty() && about.size() <= 100 &&
        about.find('\n') == std::string::npos) {
        title = std::move(about);  // a one-line description is the calendar's name
        about.clear();
    }
    if (title.empty()) title = std::filesystem::path(source_).stem().string();
    if (title.empty()) title = "Imported calendar";
    info.title = Text(clip(title, max_name_bytes));
    if (!about.empty()) info.description = Text(clip(about, max_text_bytes));
    info.website = clip(trim(value_text(first(cal, ICAL_URL_PROPERTY))), max_name_bytes);

    uid_suffix(vevents);
    info.id = !summitry_event_id_.empty() ? summitry_event_id_ : ImportBuilder::slug(title);
    event_zone(cal, vevents);
}

// When every UID ends with the same "@domain" (201@lca2020.linux.org.au,
// presentation_94@conf-ng.jres.org), the domain says nothing about the session: ids are made
// from what precedes it. Summitry's own UIDs are "<session-id>@<event-id>.summitry", which
// gives both ids back.
void Importer::uid_suffix(const std::vector<icalcomponent*>& vevents) {
    std::optional<std::string> common;
    for (icalcomponent* v : vevents) {
        const std::string uid = value_text(first(v, ICAL_UID_PROPERTY));
        const std::size_t at = uid.rfind('@');
        if (at == std::string::npos || at == 0) return;
        const std::string domain = uid.substr(at);
        if (common && *common != domain) return;
        common = domain;
    }
    if (!common) return;
    uid_suffix_ = *common;
    constexpr std::string_view ours = ".summitry";
    if (common->ends_with(ours)) {
        const std::string id = common->substr(1, common->size() - 1 - ours.size());
        if (!id.empty() && ImportBuilder::slug(id) == id) summitry_event_id_ = id;
    }
}

// X-WR-TIMEZONE when it names a zone, else the zone most DTSTARTs are written in, else UTC.
void Importer::event_zone(icalcomponent* cal, const std::vector<icalcomponent*>& vevents) {
    EventInfo& info = builder_.info();
    std::string name;
    if (icalproperty* p = x_property(cal, "X-WR-TIMEZONE")) {
        const std::string written(trim(value_text(p)));
        name = ics::Zones::iana_name(written);
        if (name.empty())
            report_.warn("unknown-timezone", line_of(p),
                         "X-WR-TIMEZONE " + quote(written) + " is not a time zone Summitry knows");
    }
    if (name.empty()) {
        std::map<std::string, std::pair<std::size_t, std::uint32_t>> uses;  // tzid: count, line
        for (icalcomponent* v : vevents)
            if (icalproperty* p = first(v, ICAL_DTSTART_PROPERTY))
                if (std::string tzid = tzid_of(p); !tzid.empty()) {
                    auto& [n, line] = uses[tzid];
                    if (n++ == 0) line = line_of(p);
                }
        // Most used first; of as many uses, the first in the file.
        std::vector<std::pair<std::string, std::pair<std::size_t, std::uint32_t>>> ranked(
            uses.begin(), uses.end());
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return a.second.first != b.second.first ? a.second.first > b.second.first
                                                    : a.second.second < b.second.second;
        });
        for (const auto& [tzid, use] : ranked) {
            name = zones_->zone(tzid, use.second).iana;
            if (!name.empty()) break;
        }
        if (name.empty() && !ranked.empty())
            report_.warn("unknown-timezone", ranked.front().second.second,
                         "no TZID of the calendar names a zone of the tz database",
                         "the event's zone is UTC; every instant is kept, shown in UTC");
        if (ranked.empty())  // every time in UTC (or floating): nothing says where
            report_.warn("missing-timezone", std::max(line_of(cal), 1u),
                         "the calendar names no time zone (no X-WR-TIMEZONE, no TZID): the "
                         "event is set in UTC, and its times read as UTC clocks show them",
                         "every instant is kept; set event.timezone to the event's zone and "
                         "the times read as its clocks show them");
    }
    if (name.empty() || find_zone(name) == nullptr) name = "UTC";
    info.timezone_name = name;
    info.zone = find_zone(name);
}

}  // namespace ics_reader

std::optional<std::size_t> count_ics_events(std::string_view text) {
    return ics::count_vevent_lines(text);
}

ImportResult import_ics(std::string_view text, const std::string& source) {
    return ics_reader::Importer(text, source).run();
}

}  // namespace summitry
