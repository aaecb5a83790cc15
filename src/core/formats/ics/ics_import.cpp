// SPDX-License-Identifier: MIT
// iCalendar import: one session per VEVENT. The bytes are made parseable first
// (ics_import_text.cpp), libical reads the structure and the values, the TZIDs are read here
// (ics_import_zones.cpp), and the ImportBuilder makes ids and merges rooms and people.
// docs/import-ics.md says what each property becomes and why.
#include "formats/ics/ics_import.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "diag/quote.h"
#include "formats/ics/ics_import_detail.h"
#include "formats/import_builder.h"

namespace summitry {

namespace {

using ics::Report;
using ics::line_of;

struct FreeComponent {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, FreeComponent>;

// One text of the model stays below the loader's bound (64 KiB, docs/limits.md).
constexpr std::size_t max_text_bytes = 60'000;
constexpr std::size_t max_name_bytes = 200;
// RFC 5545 §3.6.1: a VEVENT with a DTSTART and neither DTEND nor DURATION ends when it starts.
// An event file holds no zero-length session; the shortest whole-minute one keeps it a moment
// (and out of conflicts that a guessed hour would invent).
constexpr Seconds moment{60};
constexpr Seconds longest_session = date::days{366};

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

// A date or date-time a schedule can hold: a real calendar day, between 1900 and 2199 (the
// event file writes four-digit years, and nothing planned today happens outside them).
constexpr int first_year = 1900, last_year = 2199;

bool usable(const icaltimetype& t) {
    return !icaltime_is_null_time(t) && icaltime_is_valid_time(t) && t.year >= first_year &&
           t.year <= last_year && t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31 &&
           t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second >= 0 &&
           t.second <= 60 && date::year_month_day{date::year{t.year}, date::month{static_cast<unsigned>(t.month)},
                                                  date::day{static_cast<unsigned>(t.day)}}.ok();
}

// ---------------------------------------------------------------------------------------------
// Who takes part, from DESCRIPTION

enum class Role { speakers, moderators, hosts, organizations };

struct Credit {
    Role role;
    std::vector<std::string> names;
};

// The labels of a "Speakers: ..." line. linux.conf.au's calendar (Symposion) starts a description
// with "Speaker: Name"; Summitry's own export (ics_export.cpp) with "Speakers: Name (Role,
// Organization); ...", then Moderators, Hosts and With, in English, French or German. Speaker
// labels are read in any calendar; the others only in one Summitry wrote, where a French
// description starting "Accueil : ..." is known to mean hosts.
std::optional<Role> role_of(std::string_view label, bool summitry) {
    static const std::map<std::string_view, Role> any = {
        {"Speaker", Role::speakers},     {"Speakers", Role::speakers},
        {"Speaker(s)", Role::speakers},  {"Intervenant", Role::speakers},
        {"Intervenants", Role::speakers}, {"Sprecher", Role::speakers},
        {"Sprecherin", Role::speakers},  {"Referent", Role::speakers},
        {"Referentin", Role::speakers},  {"von", Role::speakers},  // KOLT: "von: Name"
        {"Von", Role::speakers},         {"By", Role::speakers},   {"by", Role::speakers}};
    static const std::map<std::string_view, Role> ours = {
        {"Moderators", Role::moderators}, {"Modération", Role::moderators},
        {"Moderation", Role::moderators}, {"Hosts", Role::hosts},
        {"Accueil", Role::hosts},         {"Gastgeber", Role::hosts},
        {"With", Role::organizations},    {"Avec", Role::organizations},
        {"Mit", Role::organizations}};
    if (auto it = any.find(label); it != any.end()) return it->second;
    if (auto it = ours.find(label); summitry && it != ours.end()) return it->second;
    return std::nullopt;
}

// Splits at `sep` outside parentheses: "A (Role, Org), B" is two names.
std::vector<std::string> split_names(std::string_view list, char sep) {
    std::vector<std::string> out;
    int depth = 0;
    std::string cur;
    for (char c : list) {
        if (c == '(') ++depth;
        if (c == ')' && depth > 0) --depth;
        if (c == sep && depth == 0) {
            out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(std::move(cur));
    return out;
}

// A name as credited: "Dame Menna Rawlings (British Ambassador to France)" -> the name alone.
std::optional<std::string> credited_name(std::string_view item, bool organization) {
    item = trim(item);
    if (!organization && item.ends_with(')')) {
        if (const std::size_t open = item.find(" ("); open != std::string_view::npos)
            item = trim(item.substr(0, open));
    }
    if (item.empty() || item.size() > 100) return std::nullopt;
    if (!organization && std::count(item.begin(), item.end(), ' ') > 8) return std::nullopt;
    return std::string(item);
}

std::optional<Credit> credit_line(std::string_view line, bool summitry) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 40) return std::nullopt;
    std::string_view label = trim(line.substr(0, colon));
    while (label.ends_with("\u00a0")) label = trim(label.substr(0, label.size() - 2));
    const auto role = role_of(label, summitry);
    if (!role) return std::nullopt;
    const std::string_view list = trim(line.substr(colon + 1));
    if (list.empty()) return std::nullopt;
    Credit c{*role, {}};
    const bool orgs = *role == Role::organizations;
    std::vector<std::string> items = list.find(';') != std::string_view::npos
                                         ? split_names(list, ';')
                                         : split_names(list, ',');
    if (items.size() == 1 && !orgs) {
        // "Ann Smith and Bob Jones", "Ann Smith & Bob Jones"
        for (std::string_view joiner : {" and ", " & "}) {
            const std::size_t at = items[0].find(joiner);
            if (at == std::string::npos || items[0].find('(') < at) continue;
            std::string rest = items[0].substr(at + joiner.size());
            items[0].resize(at);
            items.push_back(std::move(rest));
            break;
        }
    }
    if (items.size() > 30) return std::nullopt;
    for (const std::string& item : items) {
        auto name = credited_name(item, orgs);
        if (!name) return std::nullopt;  // not a list of names after all
        c.names.push_back(std::move(*name));
    }
    return c;
}

// Takes the credit lines off the top of a description.
std::vector<Credit> take_credits(std::string& description, bool summitry) {
    std::vector<Credit> out;
    std::size_t pos = 0;
    while (pos < description.size()) {
        std::size_t end = description.find('\n', pos);
        if (end == std::string::npos) end = description.size();
        auto c = credit_line(std::string_view(description).substr(pos, end - pos), summitry);
        if (!c) break;
        out.push_back(std::move(*c));
        pos = end + (end < description.size() ? 1 : 0);
    }
    if (!out.empty()) description = std::string(trim(std::string_view(description).substr(pos)));
    return out;
}

// ---------------------------------------------------------------------------------------------

class Importer {
public:
    Importer(std::string_view raw, const std::string& source)
        : raw_(raw), source_(source), builder_(source), report_(builder_.diagnostics()) {}

    ImportResult run() {
        read();
        report_.finish();
        return builder_.result();
    }

private:
    // How a DTSTART was read, to read DTEND and DURATION in the same way.
    struct Point {
        Instant instant{};
        LocalTime local{};
        bool is_date = false;
        const ics::Zone* zone = nullptr;  // null: UTC, or the event's zone when `floating`
        bool floating = false;
    };

    void read() {
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
    void report_libical_errors(icalcomponent* c) {
        // Collected first: libical has one property iterator per component, and line_of()
        // moves it.
        std::vector<icalproperty*> errors;
        for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY);
             p != nullptr; p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
            errors.push_back(p);
        for (icalproperty* p : errors) {
            const char* s = icalproperty_get_xlicerror(p);
            report_.warn("ics-syntax", line_of(c),
                         "in the " + kind_name(c) +
                             " that begins here: " + quote(s == nullptr ? "" : s, 200),
                         "libical left the value out");
        }
        std::vector<icalcomponent*> children;  // the recursion would move c's iterator
        for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT);
             k != nullptr; k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
            children.push_back(k);
        for (icalcomponent* k : children) report_libical_errors(k);
    }

    // Every BEGIN:VEVENT of the file that did not become a VEVENT of the calendar is a session
    // left out, said at its line: those the byte pass could not place in the calendar, and
    // those libical did not read as events (inside a VTIMEZONE, say).
    void skip_unread(const ics::Text& text, const std::vector<icalcomponent*>& vevents) {
        std::vector<std::uint32_t> read;
        read.reserve(vevents.size());
        for (icalcomponent* v : vevents) read.push_back(line_of(v));
        std::sort(read.begin(), read.end());
        for (std::uint32_t line : text.vevents)
            if (!std::binary_search(read.begin(), read.end(), line))
                builder_.skip_session(builder_.at(line), "a VEVENT",
                                      "libical could not read it as an event of the calendar");
        for (const auto& [line, why] : text.skipped)
            builder_.skip_session(builder_.at(line), "a VEVENT",
                                  why);
    }

    // Every VEVENT, in the order of the file, nested ones too (each was a block of its own);
    // what else a calendar may hold is said to be left out.
    void collect(icalcomponent* c, std::vector<icalcomponent*>& out) {
        std::vector<icalcomponent*> children;
        for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT);
             k != nullptr; k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
            children.push_back(k);
        for (icalcomponent* k : children) {
            const icalcomponent_kind kind = icalcomponent_isa(k);
            if (kind == ICAL_VEVENT_COMPONENT) out.push_back(k);
            if (kind == ICAL_VTODO_COMPONENT || kind == ICAL_VJOURNAL_COMPONENT ||
                kind == ICAL_VFREEBUSY_COMPONENT)
                report_.warn("ics-ignored", line_of(k),
                             kind_name(k) +
                                 " is not a session: left out");
            if (kind != ICAL_VTIMEZONE_COMPONENT) collect(k, out);
        }
    }

    // The event: its name, zone and id, from the calendar's properties and the VEVENTs' UIDs.
    void calendar(icalcomponent* cal, const std::vector<icalcomponent*>& vevents) {
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
    void uid_suffix(const std::vector<icalcomponent*>& vevents) {
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
    void event_zone(icalcomponent* cal, const std::vector<icalcomponent*>& vevents) {
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

    // -----------------------------------------------------------------------------------------
    // Sessions

    void session(icalcomponent* v) {
        const std::uint32_t line = line_of(v);
        std::string uid(trim(value_text(first(v, ICAL_UID_PROPERTY))));
        std::string title(trim(value_text(first(v, ICAL_SUMMARY_PROPERTY))));
        std::string wanted = uid;
        if (!uid_suffix_.empty() && uid.ends_with(uid_suffix_))
            wanted = uid.substr(0, uid.size() - uid_suffix_.size());
        if (uid.empty()) {
            report_.warn("missing-key", line, "a VEVENT without UID",
                         "its id is made from its title");
            wanted = title.empty() ? "session" : title;
        }
        if (icalproperty* r = first(v, ICAL_RECURRENCEID_PROPERTY)) {
            // An override of one occurrence shares its series' UID: the occurrence makes its id.
            const std::string when = value_text(r);
            wanted += "-" + when;
            report_.warn("ics-recurrence", line_of(r),
                         quote(uid) + " changes the occurrence of " + quote(when, 40) +
                             " of a recurring event",
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
                         "VEVENT " + what + " recurs (RRULE or RDATE): only its first occurrence is "
                         "imported",
                         "add the other occurrences as sessions of their own");
        // ORGANIZER and ATTENDEE are left out. The organizer is whoever owns the calendar
        // entry (often the conference's own account) and attendees are whoever was invited:
        // RFC 5545 has no property or role for a speaker, and a name in those properties is
        // no sign that its owner speaks. Speakers come from DESCRIPTION's credit lines instead.
        times(s, v, what);
        stamp(v);
        if (s.speakers.empty() && first(v, ICAL_ATTENDEE_PROPERTY) != nullptr &&
            attendees_only_++ == 0)
            first_attendees_only_ = line;
    }

    // The earliest DTSTAMP, CREATED or LAST-MODIFIED: the event's date when no session has one.
    void stamp(icalcomponent* v) {
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

    std::string text(std::string_view value, std::uint32_t line, std::string_view property) {
        if (value.size() > max_text_bytes)
            report_.warn("bad-value", line,
                         std::string(property) + " is " + std::to_string(value.size()) +
                             " bytes long: cut to " + std::to_string(max_text_bytes));
        return clip(value, max_text_bytes);
    }

    void credit(Session& s, const std::vector<Credit>& credits) {
        for (const Credit& c : credits) {
            for (const std::string& name : c.names) {
                const std::string n = clip(name, max_name_bytes);
                if (c.role == Role::organizations) {
                    const Index o = builder_.organization(n);
                    if (std::find(s.organizations.begin(), s.organizations.end(), o) == s.organizations.end())
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
    void place(Session& s, icalcomponent* v) {
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
    void categories(Session& s, icalcomponent* v) {
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

    // -----------------------------------------------------------------------------------------
    // Times

    // DTSTART: a date (a whole day), a UTC time, a time in a TZID's zone, or a floating time.
    std::optional<Point> point(icalproperty* p, const icaltimetype& t, std::uint32_t line) {
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
    Instant again(const Point& from, LocalTime local, std::uint32_t line) {
        if (from.zone != nullptr) return zones_->to_instant(*from.zone, local, line).instant;
        if (from.floating) return zones_->to_instant(builder_.event().zone(), local, line).instant;
        return to_instant(local, Seconds{0});  // UTC
    }

    std::optional<icaltimetype> time_value(icalproperty* p, std::string_view name,
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

    void times(Session& s, icalcomponent* v, const std::string& what) {
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
                report_.warn("bad-value", line_of(du), "DURATION of " + what + " is not a positive duration");
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
            report_.warn("bad-value", line, what + " lasts more than 11 days and a fraction of a minute",
                         "its end is cut to the minute");
        }
    }

    // The event's days: those of its sessions' programme days, first to last. A whole-day
    // session starts at midnight, before the default day change (04:00) that keeps a late
    // reception on its evening; the day changes at midnight instead when no session starts
    // between midnight and 04:00, so that whole days stay on their own date.
    void dates() {
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
            const Instant last = *s.start + std::max(Seconds{1}, s.duration.value_or(Seconds{0})) - Seconds{1};
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

    std::string_view raw_;
    std::string source_;
    ImportBuilder builder_;
    Report report_;
    ics::Zones* zones_ = nullptr;
    bool summitry_ = false;
    std::string uid_suffix_, summitry_event_id_;
    std::size_t floating_ = 0, whole_days_ = 0, attendees_only_ = 0;
    std::uint32_t first_floating_ = 0, first_whole_day_ = 0, first_vevent_ = 0;
    std::uint32_t first_attendees_only_ = 0;
    std::optional<Date> stamp_day_;
};

}  // namespace

std::optional<std::size_t> count_ics_events(std::string_view text) {
    return ics::count_vevent_lines(text);
}

ImportResult import_ics(std::string_view text, const std::string& source) {
    return Importer(text, source).run();
}

}  // namespace summitry
