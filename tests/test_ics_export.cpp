// SPDX-License-Identifier: MIT
// The iCalendar export against RFC 5545 and issue 3: content lines (CRLF, folding at 75 octets
// without splitting UTF-8, escaping), the calendar's header, one VTIMEZONE per TZID, stable UIDs,
// SEQUENCE, STATUS, private data, filters, and the instants calendar programs compute, read back
// with libical's parser from the file's own VTIMEZONEs. Golden files for the seed events.
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

namespace {

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

std::string event_text(const std::vector<std::string>& parts) {
    std::string text(header);
    for (const auto& p : parts) text += p;
    return text;
}

Event load(const std::string& text) {
    LoadResult r = load_event_text(text, "test.yaml");
    for (const auto& d : r.diagnostics.items())
        if (d.severity == Severity::error) FAIL(d.loc.line << ": " << d.message);
    return std::move(r.event);
}

const Instant fixed_now = date::sys_days{date::year{2025} / 1 / 1};

std::string export_text(const Event& ev, ExportRequest req = {}) {
    if (!req.now) req.now = fixed_now;
    std::ostringstream out;
    export_ics(ev, req, out);
    return out.str();
}

// ---------------------------------------------------------------------------------------------
// Reading the output back

// Physical lines, each without its CRLF; fails on a line end that is not CRLF.
std::vector<std::string> physical_lines(const std::string& ics) {
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
std::vector<std::string> content_lines(const std::string& ics) {
    std::vector<std::string> out;
    for (const auto& line : physical_lines(ics)) {
        if (!line.empty() && line[0] == ' ')
            out.back() += line.substr(1);
        else
            out.push_back(line);
    }
    return out;
}

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

bool valid_utf8(std::string_view s) {
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

void require_well_formed_lines(const std::string& ics) {
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
std::string raw_property(const std::string& ics, std::string_view uid, std::string_view name) {
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

std::vector<icalcomponent*> children(icalcomponent* c, icalcomponent_kind kind) {
    std::vector<icalcomponent*> out;
    for (icalcomponent* k = icalcomponent_get_first_component(c, kind); k != nullptr;
         k = icalcomponent_get_next_component(c, kind))
        out.push_back(k);
    return out;
}

std::vector<icalproperty*> properties(icalcomponent* c, icalproperty_kind kind) {
    std::vector<icalproperty*> out;
    for (icalproperty* p = icalcomponent_get_first_property(c, kind); p != nullptr;
         p = icalcomponent_get_next_property(c, kind))
        out.push_back(p);
    return out;
}

// libical's reading of the file; it marks what it cannot parse with X-LIC-ERROR properties.
Component parse(const std::string& ics) {
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

std::map<std::string, ParsedEvent> parsed_events(const std::string& ics) {
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

std::set<std::string> uids(const std::string& ics) {
    std::set<std::string> out;
    for (const auto& [uid, _] : parsed_events(ics)) out.insert(uid);
    return out;
}

std::string uid_of(std::string_view session) {
    return std::string(session) + "@summit.summitry";
}

// Every DTSTART and DTEND as a UTC instant, by UID, computed as a calendar program does: from
// the VTIMEZONE the file carries for the TZID (never from a zone database of the reader's own).
struct Span {
    Instant start, end;
};

std::map<std::string, Span> instants(const std::string& ics) {
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
void require_model_instants(const Event& ev, const std::string& ics) {
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

Instant utc(int y, unsigned mo, unsigned d, int h, int mi) {
    return date::sys_days{date::year{y} / mo / d} + std::chrono::hours{h} +
           std::chrono::minutes{mi};
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

// ---------------------------------------------------------------------------------------------

TEST_CASE("the export is registered as 'ics' in the format table", "[ics]") {
    const ExportFormat* f = find_export_format("ics");
    REQUIRE(f != nullptr);
    CHECK(f->extension == ".ics");
    const Event ev = load(event_text(sessions));
    std::ostringstream out;
    ExportRequest req;
    req.now = fixed_now;
    f->write(ev, req, out);
    CHECK(out.str() == export_text(ev));
}

TEST_CASE("the calendar starts with PRODID, VERSION, CALSCALE, METHOD and its name and zone",
          "[ics]") {
    const Event ev = load(event_text(sessions));
    const auto lines = content_lines(export_text(ev));
    REQUIRE(lines.size() > 8);
    CHECK(lines[0] == "BEGIN:VCALENDAR");
    CHECK(lines[1] == "PRODID:-//Summitry//Summitry 0.1//EN");
    CHECK(lines[2] == "VERSION:2.0");
    CHECK(lines[3] == "CALSCALE:GREGORIAN");
    CHECK(lines[4] == "METHOD:PUBLISH");
    CHECK(lines[5] == "X-WR-CALNAME:Summit");
    CHECK(lines[6] == "X-WR-TIMEZONE:Europe/Paris");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VCALENDAR") == 1);

    ExportRequest fr;
    fr.lang = "fr";
    CHECK(content_lines(export_text(ev, fr))[5] == "X-WR-CALNAME:Sommet");
}

TEST_CASE("a filtered calendar is named after its person, track or room", "[ics]") {
    const Event ev = load(event_text(sessions));
    const auto name = [&](ExportRequest req) { return content_lines(export_text(ev, req))[5]; };
    ExportRequest person;
    person.person = ev.find_person("ada");
    CHECK(name(person) == "X-WR-CALNAME:Summit — Ada Lovelace");
    ExportRequest track;
    track.track = ev.find_track("policy");
    CHECK(name(track) == "X-WR-CALNAME:Summit — Policy\\, law\\; ethics");
    ExportRequest room;
    room.room = ev.find_room("salon");
    room.lang = "fr";
    CHECK(name(room) == "X-WR-CALNAME:Sommet — Petit salon\\, Embassy");
}

TEST_CASE("every line ends in CRLF and holds at most 75 octets of whole UTF-8 characters",
          "[ics]") {
    for (const char* name :
         {"ai-for-growth-2025.yaml", "digital-sovereignty-summit-berlin-2025.yaml"}) {
        INFO(name);
        const LoadResult r = load_event(std::string(SUMMITRY_SOURCE_DIR "/schedules/") + name);
        REQUIRE_FALSE(r.diagnostics.has_errors());
        for (const char* lang : {"", "en", "fr", "de"}) {
            ExportRequest req;
            req.lang = lang;
            req.include_private = true;
            const std::string ics = export_text(r.event, req);
            CHECK(ics.find('\n') != std::string::npos);
            // No bare LF or CR anywhere: every line end is CRLF.
            for (std::size_t i = 0; i < ics.size(); ++i) {
                if (ics[i] == '\n') REQUIRE((i > 0 && ics[i - 1] == '\r'));
                if (ics[i] == '\r') REQUIRE((i + 1 < ics.size() && ics[i + 1] == '\n'));
            }
            require_well_formed_lines(ics);
        }
    }
}

TEST_CASE("long French and German titles fold at 75 octets without splitting a character",
          "[ics]") {
    // Every alignment of two-, three- and four-octet characters against the fold.
    const std::vector<std::string> titles = {
        "Conversation au coin du feu : le Royaume-Uni, la France et la course mondiale à l'IA — "
        "souveraineté, énergie, données, éthique et présence européenne",
        "Podiumsdiskussion: Künstliche Intelligenz für die öffentliche Verwaltung – Chancen, "
        "Risiken, Übergänge und die Größe der Aufgabe für Länder und Kommunen",
        "x" + std::string(40, ' ') + repeat("é", 50),
        "xx" + repeat("€", 70),
        "xxx" + repeat("😀", 40),
        repeat("😀", 40),
    };
    for (int shift = 0; shift < 4; ++shift) {
        std::vector<std::string> parts;
        for (std::size_t i = 0; i < titles.size(); ++i) {
            const std::string title = std::string(static_cast<std::size_t>(shift), 'y') + titles[i];
            parts.push_back("  - id: t" + std::to_string(i) + "\n    title: \"" + title +
                            "\"\n    room: ballroom\n    start: 2025-02-10 1" + std::to_string(i) +
                            ":00\n    duration: 30min\n");
        }
        const Event ev = load(event_text(parts));
        const std::string ics = export_text(ev);
        require_well_formed_lines(ics);
        const auto events = parsed_events(ics);
        for (std::size_t i = 0; i < titles.size(); ++i) {
            INFO("shift " << shift << ", title " << i);
            const auto it = events.find(uid_of("t" + std::to_string(i)));
            REQUIRE(it != events.end());
            CHECK(it->second.summary ==
                  std::string(static_cast<std::size_t>(shift), 'y') + titles[i]);
        }
        // The long lines are folded, not left long.
        CHECK(physical_lines(ics).size() > content_lines(ics).size() + titles.size());
    }
}

TEST_CASE("backslash, semicolon, comma and newline are escaped in every text", "[ics]") {
    const Event ev = load(event_text(sessions));
    const std::string ics = export_text(ev);
    CHECK(raw_property(ics, uid_of("panel"), "SUMMARY") == "Data\\; trust\\, and \\\\ backslashes");
    CHECK(raw_property(ics, uid_of("panel"), "DESCRIPTION") ==
          "Speakers: Bruno Latour\\n\\nline one\\nline two");
    CHECK(raw_property(ics, uid_of("panel"), "CATEGORIES") == "panel,Policy\\, law\\; ethics");
    CHECK(raw_property(ics, uid_of("keynote"), "LOCATION") ==
          "Ballroom\\, Embassy\\, 35 rue du Faubourg Saint-Honoré\\, 75008 Paris");
    // And a parser gets the texts back as written.
    const auto events = parsed_events(ics);
    const ParsedEvent& panel = events.at(uid_of("panel"));
    CHECK(panel.summary == "Data; trust, and \\ backslashes");
    CHECK(panel.description == "Speakers: Bruno Latour\n\nline one\nline two");
    CHECK(panel.categories == std::vector<std::string>{"panel", "Policy, law; ethics"});
}

TEST_CASE("a VEVENT carries the session's texts, place, kind, track, status and URL", "[ics]") {
    const Event ev = load(event_text(sessions));
    const auto events = parsed_events(export_text(ev));
    const ParsedEvent& k = events.at(uid_of("keynote"));
    CHECK(k.summary == "Opening keynote");
    CHECK(k.description ==
          "Speakers: Ada Lovelace (Mathematician, Acme Research)\n"
          "Moderators: Bruno Latour\n"
          "With: Acme Research\n\n"
          "Why engines compute.\n\n"
          "The long form.");
    CHECK(k.location == "Ballroom, Embassy, 35 rue du Faubourg Saint-Honoré, 75008 Paris");
    CHECK(k.categories == std::vector<std::string>{"keynote", "Research"});
    CHECK(k.status == "CONFIRMED");
    CHECK(k.url == "https://example.org/keynote");
    CHECK(k.klass.empty());
    CHECK(events.at(uid_of("panel")).status == "TENTATIVE");
    CHECK(events.at(uid_of("panel")).url.empty());

    ExportRequest fr;
    fr.lang = "fr";
    const auto french = parsed_events(export_text(ev, fr));
    CHECK(french.at(uid_of("keynote")).summary == "Discours d'ouverture");
    CHECK(french.at(uid_of("keynote")).categories ==
          std::vector<std::string>{"keynote", "Recherche"});
    CHECK(french.at(uid_of("keynote")).location.starts_with("Ballroom, Embassy"));
    // Not written in French: the event's first language.
    CHECK(french.at(uid_of("dropped")).summary == "Dropped talk");
    CHECK(french.at(uid_of("keynote"))
              .description.starts_with("Intervenants\u00a0: Ada Lovelace (Mathematician, Acme "
                                       "Research)\nModération\u00a0: "));
}

TEST_CASE("cancelled sessions are exported as CANCELLED, unscheduled ones not at all", "[ics]") {
    const Event ev = load(event_text(sessions));
    const auto events = parsed_events(export_text(ev));
    REQUIRE(events.count(uid_of("dropped")) == 1);
    CHECK(events.at(uid_of("dropped")).status == "CANCELLED");
    CHECK(events.count(uid_of("later")) == 0);
    CHECK(uids(export_text(ev)) ==
          std::set<std::string>{uid_of("keynote"), uid_of("panel"), uid_of("dropped")});
}

TEST_CASE("SEQUENCE is the session's revision", "[ics]") {
    const Event ev = load(event_text(sessions));
    const std::string ics = export_text(ev);
    const auto events = parsed_events(ics);
    CHECK(events.at(uid_of("keynote")).sequence == 3);
    CHECK(events.at(uid_of("panel")).sequence == 0);
    CHECK(raw_property(ics, uid_of("keynote"), "SEQUENCE") == "3");
}

TEST_CASE("DTSTAMP is in UTC: the request's clock, else the current time", "[ics]") {
    const Event ev = load(event_text(sessions));
    CHECK(raw_property(export_text(ev), uid_of("keynote"), "DTSTAMP") == "20250101T000000Z");
    ExportRequest live;
    std::ostringstream out;
    const auto before = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    export_ics(ev, live, out);
    const auto after = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const std::string stamp = raw_property(out.str(), uid_of("keynote"), "DTSTAMP");
    REQUIRE(stamp.size() == 16);
    CHECK(stamp.back() == 'Z');
    const Instant t{std::chrono::seconds{icaltime_as_timet(icaltime_from_string(stamp.c_str()))}};
    CHECK(t >= before);
    CHECK(t <= after);
}

TEST_CASE("UIDs come from the ids: they stay when sessions move or the file is reordered",
          "[ics]") {
    const Event ev = load(event_text(sessions));
    const std::string first = export_text(ev);
    CHECK(raw_property(first, uid_of("keynote"), "UID") == "keynote@summit.summitry");

    // The keynote moves to the next afternoon and another room; the list is reversed.
    std::vector<std::string> moved = sessions;
    const std::string_view was = "room: ballroom\n    start: 2025-02-10 09:00";
    const auto at = moved[0].find(was);
    REQUIRE(at != std::string::npos);
    moved[0].replace(at, was.size(), "room: salon\n    start: 2025-02-11 15:00");
    std::reverse(moved.begin(), moved.end());
    const Event changed = load(event_text(moved));
    const std::string second = export_text(changed);
    CHECK(raw_property(second, uid_of("keynote"), "DTSTART") !=
          raw_property(first, uid_of("keynote"), "DTSTART"));

    const auto by_summary = [](const std::string& ics) {
        std::map<std::string, std::string> out;
        for (const auto& [uid, e] : parsed_events(ics)) out[e.summary] = uid;
        return out;
    };
    CHECK(by_summary(first) == by_summary(second));
    CHECK(by_summary(first).size() == 3);
}

TEST_CASE("private sessions and contact details appear only when asked for", "[ics]") {
    const Event ev = load(event_text(sessions));
    const std::string pub = export_text(ev);
    CHECK(uids(pub).count(uid_of("closed-door")) == 0);
    CHECK(pub.find("Closed-door") == std::string::npos);
    for (const char* secret : {"ada@example.org", "bruno@example.org", "+33 1 23"})
        CHECK(pub.find(secret) == std::string::npos);

    ExportRequest req;
    req.include_private = true;
    const std::string all = export_text(ev, req);
    const auto events = parsed_events(all);
    REQUIRE(events.count(uid_of("closed-door")) == 1);
    CHECK(events.at(uid_of("closed-door")).klass == "PRIVATE");
    CHECK(events.at(uid_of("closed-door")).description ==
          "Hosts: Ada Lovelace (Mathematician, Acme Research; ada@example.org, +33 1 23 45 67 89)");
    CHECK(events.at(uid_of("keynote"))
              .description.find("Moderators: Bruno Latour (bruno@example.org)") !=
          std::string::npos);
}

TEST_CASE("filters: a person's, a track's or a room's sessions", "[ics]") {
    const Event ev = load(event_text(sessions));
    ExportRequest person;
    person.person = ev.find_person("ada");
    CHECK(uids(export_text(ev, person)) == std::set<std::string>{uid_of("keynote")});
    person.include_private = true;
    CHECK(uids(export_text(ev, person)) ==
          std::set<std::string>{uid_of("keynote"), uid_of("closed-door")});
    ExportRequest moderator;
    moderator.person = ev.find_person("bruno");  // moderates one session, speaks at another
    CHECK(uids(export_text(ev, moderator)) ==
          std::set<std::string>{uid_of("keynote"), uid_of("panel")});
    ExportRequest track;
    track.track = ev.find_track("policy");
    CHECK(uids(export_text(ev, track)) ==
          std::set<std::string>{uid_of("panel"), uid_of("dropped")});
    ExportRequest room;
    room.room = ev.find_room("ballroom");
    CHECK(uids(export_text(ev, room)) == std::set<std::string>{uid_of("keynote")});
}

// ---------------------------------------------------------------------------------------------
// Instants

// France and the UK move their clocks on 29 March 2026 (01:00 UTC); a session in each country
// before, across and after the change, in two zones one hour apart.
constexpr std::string_view spring = R"(summitry: 1
event:
  id: spring
  title: Spring forward
  timezone: Europe/Paris
  start_date: 2026-03-27
  end_date: 2026-03-31
venues:
  - id: paris
    name: Paris
    rooms: [{id: hall, name: Hall}]
  - id: london
    name: London
    timezone: Europe/London
    rooms: [{id: studio, name: Studio}]
sessions:
  - {id: paris-before, title: Paris before, room: hall, start: 2026-03-28 10:00, duration: 1h}
  - {id: paris-night, title: Paris across, room: hall,
     start: 2026-03-28 23:00, end: 2026-03-29 04:00}
  - {id: paris-after, title: Paris after, room: hall, start: 2026-03-29 10:00, duration: 1h}
  - {id: london-before, title: London before, room: studio, start: 2026-03-28 09:00, duration: 1h}
  - {id: london-night, title: London across, room: studio,
     start: 2026-03-29 00:30, end: 2026-03-29 02:30}
  - {id: london-after, title: London after, room: studio, start: 2026-03-30 09:00, duration: 1h}
)";

TEST_CASE("across a DST change and in two zones, every DTSTART and DTEND is the model's instant",
          "[ics][instants]") {
    const Event ev = load(std::string(spring));
    const std::string ics = export_text(ev);
    require_model_instants(ev, ics);
    // And the model is right, so the comparison means something.
    const auto got = instants(ics);
    const auto at = [&](const char* id) { return got.at(std::string(id) + "@spring.summitry"); };
    CHECK(at("paris-before").start == utc(2026, 3, 28, 9, 0));
    CHECK(at("paris-night").start == utc(2026, 3, 28, 22, 0));
    CHECK(at("paris-night").end == utc(2026, 3, 29, 2, 0));  // 04:00 CEST: four hours, not five
    CHECK(at("paris-after").start == utc(2026, 3, 29, 8, 0));
    CHECK(at("london-before").start == utc(2026, 3, 28, 9, 0));
    CHECK(at("london-night").start == utc(2026, 3, 29, 0, 30));
    CHECK(at("london-night").end == utc(2026, 3, 29, 1, 30));  // 02:30 BST
    CHECK(at("london-after").start == utc(2026, 3, 30, 8, 0));
    // Written as the venues' wall clocks.
    CHECK(raw_property(ics, "paris-after@spring.summitry", "DTSTART") == "20260329T100000");
    CHECK(ics.find("DTSTART;TZID=Europe/Paris:20260329T100000\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART;TZID=Europe/London:20260330T090000\r\n") != std::string::npos);
}

TEST_CASE("one VTIMEZONE for every TZID used, with the rules of both sides of the change",
          "[ics][instants]") {
    const Event ev = load(std::string(spring));
    const auto tzids = [](const std::string& ics) {
        std::multiset<std::string> defined;
        std::set<std::string> used;
        for (const auto& line : content_lines(ics)) {
            if (line.starts_with("TZID:")) defined.insert(line.substr(5));
            const auto p = line.find(";TZID=");
            if (p != std::string::npos) used.insert(line.substr(p + 6, line.find(':') - p - 6));
        }
        CHECK(std::set<std::string>(defined.begin(), defined.end()).size() == defined.size());
        CHECK(std::set<std::string>(defined.begin(), defined.end()) == used);
        return used;
    };
    const std::string ics = export_text(ev);
    CHECK(tzids(ics) == std::set<std::string>{"Europe/London", "Europe/Paris"});
    const auto lines = content_lines(ics);
    CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE") == 2);
    CHECK(std::count(lines.begin(), lines.end(), "TZOFFSETTO:+0200") >= 1);  // CEST
    CHECK(std::count(lines.begin(), lines.end(), "TZOFFSETTO:+0100") >= 2);  // CET, BST
    // The VTIMEZONEs come before the events that name them.
    const auto first_event = std::find(lines.begin(), lines.end(), "BEGIN:VEVENT");
    CHECK(std::count(lines.begin(), first_event, "BEGIN:VTIMEZONE") == 2);

    ExportRequest london;
    london.room = ev.find_room("studio");
    CHECK(tzids(export_text(ev, london)) == std::set<std::string>{"Europe/London"});
}

TEST_CASE("a wall-clock time that occurs twice is written in UTC, so no reader can guess wrong",
          "[ics][instants]") {
    // 25 October 2026, Paris: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    const Event ev = load(R"(summitry: 1
event: {id: autumn, title: Fall back, timezone: Europe/Paris,
        start_date: 2026-10-24, end_date: 2026-10-26}
venues:
  - {id: v, name: Venue, rooms: [{id: r, name: Room}]}
sessions:
  - {id: first, title: First 02:30, room: r, start: "2026-10-25T02:30+02:00", duration: 15min}
  - {id: second, title: Second 02:30, room: r,
     start: "2026-10-25T02:30+01:00", end: 2026-10-25 03:30}
  - {id: morning, title: Morning, room: r, start: 2026-10-25 10:00, duration: 1h}
)");
    const std::string ics = export_text(ev);
    require_model_instants(ev, ics);
    CHECK(raw_property(ics, "first@autumn.summitry", "DTSTART") == "20261025T003000Z");
    CHECK(raw_property(ics, "second@autumn.summitry", "DTSTART") == "20261025T013000Z");
    CHECK(ics.find("DTEND;TZID=Europe/Paris:20261025T033000\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART;TZID=Europe/Paris:20261025T100000\r\n") != std::string::npos);
    const auto got = instants(ics);
    CHECK(got.at("second@autumn.summitry").end - got.at("second@autumn.summitry").start == 1h);
}

TEST_CASE("times in UTC itself are written in UTC, with no VTIMEZONE", "[ics][instants]") {
    // libical has no rules to give for UTC; a TZID without a VTIMEZONE would break the file.
    const Event ev = load(R"(summitry: 1
event: {id: utc, title: Everywhere, timezone: UTC, start_date: 2026-10-24, end_date: 2026-10-26}
venues:
  - {id: v, name: Venue, rooms: [{id: r, name: Room}]}
  - {id: k, name: Kolkata, timezone: Asia/Kolkata, rooms: [{id: s, name: Studio}]}
sessions:
  - {id: a, title: A, room: r, start: 2026-10-25 10:00, duration: 1h}
  - {id: b, title: B, room: s, start: 2026-10-25 10:00, duration: 1h}
)");
    const std::string ics = export_text(ev);
    require_model_instants(ev, ics);
    CHECK(raw_property(ics, "a@utc.summitry", "DTSTART") == "20261025T100000Z");
    CHECK(ics.find("DTEND;TZID=Asia/Kolkata:20261025T110000\r\n") != std::string::npos);
    const auto lines = content_lines(ics);
    CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE") == 1);
    CHECK(std::count(lines.begin(), lines.end(), "TZID:Asia/Kolkata") == 1);
    CHECK(std::count(lines.begin(), lines.end(), "X-WR-TIMEZONE:UTC") == 1);
}

TEST_CASE("the seed events' instants survive the trip through the calendar", "[ics][instants]") {
    for (const char* name :
         {"ai-for-growth-2025.yaml", "digital-sovereignty-summit-berlin-2025.yaml"}) {
        INFO(name);
        const LoadResult r = load_event(std::string(SUMMITRY_SOURCE_DIR "/schedules/") + name);
        REQUIRE_FALSE(r.diagnostics.has_errors());
        ExportRequest req;
        req.include_private = true;
        require_model_instants(r.event, export_text(r.event, req));
    }
}

// ---------------------------------------------------------------------------------------------
// Golden files: the seed events, public, in their first language, stamped 2025-01-01T00:00:00Z.
// SUMMITRY_UPDATE_GOLDEN=1 rewrites them (docs/testing.md); review the diff before committing.

TEST_CASE("the seed events export byte for byte as their golden files", "[ics][golden]") {
    for (const char* name : {"ai-for-growth-2025", "digital-sovereignty-summit-berlin-2025"}) {
        INFO(name);
        const LoadResult r =
            load_event(std::string(SUMMITRY_SOURCE_DIR "/schedules/") + name + ".yaml");
        REQUIRE_FALSE(r.diagnostics.has_errors());
        const std::string got = export_text(r.event);
        const std::filesystem::path golden =
            std::filesystem::path(SUMMITRY_TEST_DATA) / "golden" / (std::string(name) + ".ics");
        if (std::getenv("SUMMITRY_UPDATE_GOLDEN") != nullptr) {
            std::ofstream(golden, std::ios::binary) << got;
            WARN("rewrote " << golden.string());
        }
        const std::string want = read_file(golden);
        REQUIRE_FALSE(want.empty());
        if (got == want) continue;
        const auto a = physical_lines(want), b = physical_lines(got);
        std::size_t i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
        FAIL(golden.string() << " differs first at line " << i + 1
                             << ":\n  golden: " << (i < a.size() ? a[i] : "(end)")
                             << "\n  export: " << (i < b.size() ? b[i] : "(end)")
                             << "\nIf the change is meant, regenerate: SUMMITRY_UPDATE_GOLDEN=1 "
                                "build/tests/test_ics_export \"[golden]\" (docs/testing.md)");
    }
}
