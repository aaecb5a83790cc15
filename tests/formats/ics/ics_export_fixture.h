// SPDX-License-Identifier: MIT
#pragma once
// What the iCalendar export's tests share: events to export, and the calendar read back with
// libical.

#include <libical/ical.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "formats/formats.h"
#include "formats/ics/ics_export.h"
#include "io/event_loader.h"

using namespace summitry;
using namespace std::chrono_literals;

namespace ics_export_test {

// ---------------------------------------------------------------------------------------------
// Fixtures

// Two days in Paris, people with private contact details, a track whose name needs escaping.
// Sessions are given separately so that tests can reorder, move and add them.
constexpr std::string_view header = R"(summitry: 1
event:
  id: summit
  title: {en: Summit, fr: Sommet}
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-11
  languages: [en, fr]
organizations:
  - {id: acme, name: Acme Research}
people:
  - {id: ada, name: Ada Lovelace, role: Mathematician, affiliation: acme,
     email: ada@example.org, phone: "+33 1 23 45 67 89"}
  - {id: bruno, name: Bruno Latour, email: bruno@example.org}
venues:
  - id: embassy
    name: Embassy
    address: 35 rue du Faubourg Saint-Honoré, 75008 Paris
    rooms:
      - {id: ballroom, name: Ballroom}
      - {id: salon, name: {en: Salon, fr: Petit salon}}
tracks:
  - {id: policy, name: "Policy, law; ethics"}
  - {id: research, name: {en: Research, fr: Recherche}}
sessions:
)";

const std::vector<std::string> sessions = {
    R"(  - id: keynote
    title: {en: Opening keynote, fr: Discours d'ouverture}
    kind: keynote
    track: research
    room: ballroom
    start: 2025-02-10 09:00
    duration: 45min
    speakers: [ada]
    moderators: [bruno]
    organizations: [acme]
    abstract: {en: Why engines compute.}
    description: {en: The long form.}
    url: https://example.org/keynote
    revision: 3
)",
    R"(  - id: panel
    title: 'Data; trust, and \ backslashes'
    kind: panel
    track: policy
    room: salon
    start: 2025-02-10 10:00
    duration: 1h
    speakers: [bruno]
    status: tentative
    description: "line one\nline two"
)",
    R"(  - id: dropped
    title: {en: Dropped talk}
    track: policy
    room: salon
    start: 2025-02-11 10:00
    duration: 30min
    status: cancelled
)",
    R"(  - id: closed-door
    title: Closed-door meeting
    kind: roundtable
    room: salon
    start: 2025-02-10 12:00
    duration: 1h
    hosts: [ada]
    public: false
)",
    R"(  - id: later
    title: Not placed yet
    track: research
    duration: 30min
)",
};

inline std::string event_text(const std::vector<std::string>& parts) {
    std::string text(header);
    for (const auto& p : parts) text += p;
    return text;
}

inline Event load(const std::string& text) {
    LoadResult r = load_event_text(text, "test.yaml");
    for (const auto& d : r.diagnostics.items())
        if (d.severity == Severity::error) FAIL(d.loc.line << ": " << d.message);
    return std::move(r.event);
}

const Instant fixed_now = date::sys_days{date::year{2025} / 1 / 1};

inline std::string export_text(const Event& ev, ExportRequest req = {}) {
    if (!req.now) req.now = fixed_now;
    std::ostringstream out;
    export_ics(ev, req, out);
    return out.str();
}

// ---------------------------------------------------------------------------------------------
// Reading the output back

// Physical lines, each without its CRLF; fails on a line end that is not CRLF.
inline std::vector<std::string> physical_lines(const std::string& ics) {
    REQUIRE(ics.size() >= 2);
    REQUIRE(ics.substr(ics.size() - 2) == "\r\n");
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < ics.size()) {
        const std::size_t end = ics.find("\r\n", at);
        out.push_back(ics.substr(at, end - at));
        at = end + 2;
    }
    for (const auto& line : out) {
        INFO(line);
        REQUIRE(line.find_first_of("\r\n") == std::string::npos);
    }
    return out;
}

// Content lines: a physical line starting with a space continues the one before (RFC 5545 §3.1).
inline std::vector<std::string> content_lines(const std::string& ics) {
    std::vector<std::string> out;
    for (const auto& line : physical_lines(ics)) {
        if (!line.empty() && line[0] == ' ')
            out.back() += line.substr(1);
        else
            out.push_back(line);
    }
    return out;
}

inline std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

inline bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80           ? 1
                              : (c >> 5) == 0x6  ? 2
                              : (c >> 4) == 0xe  ? 3
                              : (c >> 3) == 0x1e ? 4
                                                 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
        i += n;
    }
    return true;
}

inline void require_well_formed_lines(const std::string& ics) {
    for (const auto& line : physical_lines(ics)) {
        INFO(line);
        CHECK(line.size() <= 75);
        CHECK(valid_utf8(line));
        // No white space beside a fold, where trimming or a careless unfolder would lose it.
        CHECK_FALSE((!line.empty() && (line.back() == ' ' || line.back() == '\t')));
        CHECK_FALSE(line.starts_with("  "));
        // Nor an escape cut in two; an escaped backslash ends in one, and is avoided too.
        CHECK_FALSE((!line.empty() && line.back() == '\\'));
    }
}

// The value of the first content line of that name in the VEVENT with that UID ("" if none).
inline std::string raw_property(const std::string& ics, std::string_view uid,
                                std::string_view name) {
    bool inside = false;
    std::string found;
    for (const auto& line : content_lines(ics)) {
        if (line == "BEGIN:VEVENT") found.clear();
        if (line == "UID:" + std::string(uid)) inside = true;
        if (line == "END:VEVENT") {
            if (inside) return found;
            found.clear();
        }
        if (found.empty() && line.starts_with(name) && line.size() > name.size() &&
            (line[name.size()] == ':' || line[name.size()] == ';'))
            found = line.substr(line.find(':') + 1);
    }
    return {};
}

struct FreeComponent {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, FreeComponent>;

inline std::vector<icalcomponent*> children(icalcomponent* c, icalcomponent_kind kind) {
    std::vector<icalcomponent*> out;
    for (icalcomponent* k = icalcomponent_get_first_component(c, kind); k != nullptr;
         k = icalcomponent_get_next_component(c, kind))
        out.push_back(k);
    return out;
}

inline std::vector<icalproperty*> properties(icalcomponent* c, icalproperty_kind kind) {
    std::vector<icalproperty*> out;
    for (icalproperty* p = icalcomponent_get_first_property(c, kind); p != nullptr;
         p = icalcomponent_get_next_property(c, kind))
        out.push_back(p);
    return out;
}

// libical's reading of the file; it marks what it cannot parse with X-LIC-ERROR properties.
inline Component parse(const std::string& ics) {
    Component cal(icalparser_parse_string(ics.c_str()));
    REQUIRE(cal != nullptr);
    REQUIRE(icalcomponent_isa(cal.get()) == ICAL_VCALENDAR_COMPONENT);
    const auto no_errors = [](icalcomponent* c, auto& self) -> void {
        for (icalproperty* p : properties(c, ICAL_XLICERROR_PROPERTY))
            FAIL("libical: " << icalproperty_get_xlicerror(p));
        for (icalcomponent* k : children(c, ICAL_ANY_COMPONENT)) self(k, self);
    };
    no_errors(cal.get(), no_errors);
    return cal;
}

struct ParsedEvent {
    std::string summary, description, location, status, url, klass;
    int sequence = -1;
    std::vector<std::string> categories;
};

inline std::map<std::string, ParsedEvent> parsed_events(const std::string& ics) {
    const Component cal = parse(ics);
    std::map<std::string, ParsedEvent> out;
    for (icalcomponent* v : children(cal.get(), ICAL_VEVENT_COMPONENT)) {
        ParsedEvent e;
        e.summary = icalcomponent_get_summary(v);
        if (const char* d = icalcomponent_get_description(v)) e.description = d;
        if (const char* l = icalcomponent_get_location(v)) e.location = l;
        e.status = icalproperty_status_to_string(icalcomponent_get_status(v));
        e.sequence = icalcomponent_get_sequence(v);
        for (icalproperty* p : properties(v, ICAL_URL_PROPERTY)) e.url = icalproperty_get_url(p);
        for (icalproperty* p : properties(v, ICAL_CLASS_PROPERTY))
            e.klass = icalproperty_enum_to_string(icalproperty_get_class(p));
        for (icalproperty* p : properties(v, ICAL_CATEGORIES_PROPERTY))
            e.categories.emplace_back(icalproperty_get_categories(p));
        const auto [_, added] = out.emplace(icalcomponent_get_uid(v), e);
        CHECK(added);  // one VEVENT a UID
    }
    return out;
}

inline std::set<std::string> uids(const std::string& ics) {
    std::set<std::string> out;
    for (const auto& [uid, _] : parsed_events(ics)) out.insert(uid);
    return out;
}

inline std::string uid_of(std::string_view session) {
    return std::string(session) + "@summit.summitry";
}

// Every DTSTART and DTEND as a UTC instant, by UID, computed as a calendar program does: from
// the VTIMEZONE the file carries for the TZID (never from a zone database of the reader's own).
struct Span {
    Instant start, end;
};

inline std::map<std::string, Span> instants(const std::string& ics) {
    const Component cal = parse(ics);
    std::map<std::string, icaltimezone*> zones;
    for (icalcomponent* vtz : children(cal.get(), ICAL_VTIMEZONE_COMPONENT)) {
        icaltimezone* z = icaltimezone_new();
        REQUIRE(icaltimezone_set_component(z, icalcomponent_new_clone(vtz)) != 0);
        zones.emplace(icaltimezone_get_tzid(z), z);
    }
    const auto to_utc = [&](icalproperty* p, icaltimetype t) {
        icalparameter* tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
        if (tzid == nullptr) {
            REQUIRE(icaltime_is_utc(t));  // floating times would mean "wherever you are"
            return Instant{std::chrono::seconds{icaltime_as_timet(t)}};
        }
        const auto z = zones.find(icalparameter_get_tzid(tzid));
        REQUIRE(z != zones.end());  // a VTIMEZONE for every TZID
        t.zone = nullptr;
        return Instant{std::chrono::seconds{icaltime_as_timet_with_zone(t, z->second)}};
    };
    std::map<std::string, Span> out;
    for (icalcomponent* v : children(cal.get(), ICAL_VEVENT_COMPONENT)) {
        icalproperty* start = icalcomponent_get_first_property(v, ICAL_DTSTART_PROPERTY);
        icalproperty* end = icalcomponent_get_first_property(v, ICAL_DTEND_PROPERTY);
        REQUIRE(start != nullptr);
        REQUIRE(end != nullptr);
        out[icalcomponent_get_uid(v)] = {to_utc(start, icalproperty_get_dtstart(start)),
                                         to_utc(end, icalproperty_get_dtend(end))};
    }
    for (auto& [_, z] : zones) icaltimezone_free(z, 1);
    return out;
}

// What the model says, for every session the calendar holds.
inline void require_model_instants(const Event& ev, const std::string& ics) {
    const auto got = instants(ics);
    REQUIRE_FALSE(got.empty());
    for (const auto& [uid, span] : got) {
        const std::string id = uid.substr(0, uid.find('@'));
        const Index i = ev.find_session(id);
        REQUIRE(i >= 0);
        const Session& s = ev.sessions[static_cast<std::size_t>(i)];
        INFO(id);
        CHECK(span.start == *s.start);
        CHECK(span.end == s.end());
    }
}

inline Instant utc(int y, unsigned mo, unsigned d, int h, int mi) {
    return date::sys_days{date::year{y} / mo / d} + std::chrono::hours{h} +
           std::chrono::minutes{mi};
}

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace ics_export_test
