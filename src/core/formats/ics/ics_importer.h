// SPDX-License-Identifier: MIT
#pragma once
// The inside of import_ics() (ics_import.h), in three parts: ics_import.cpp (the calendar: its
// VEVENTs, name, id and zone, and the values libical gives), ics_import_session.cpp (each
// VEVENT as a session, its times and the event's dates) and ics_import_credits.cpp (who takes
// part, from DESCRIPTION). Internal to formats/ics/; libical appears in no public header.

#include <libical/ical.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/ics/ics_import_detail.h"
#include "formats/import_builder.h"

namespace summitry::ics_reader {

using ics::line_of;
using ics::Report;

struct FreeComponent {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, FreeComponent>;

// One text of the model stays below the loader's bound (64 KiB, docs/limits.md).
inline constexpr std::size_t max_text_bytes = 60'000;
inline constexpr std::size_t max_name_bytes = 200;
// RFC 5545 §3.6.1: a VEVENT with a DTSTART and neither DTEND nor DURATION ends when it starts.
// An event file holds no zero-length session; the shortest whole-minute one keeps it a moment
// (and out of conflicts that a guessed hour would invent).
inline constexpr Seconds moment{60};
inline constexpr Seconds longest_session = date::days{366};

// The values libical gives (ics_import.cpp).
std::string_view trim(std::string_view s);
std::string clip(std::string_view s, std::size_t n);  // cut at a character boundary
std::string lower(std::string_view s);
// libical has no name for a kind it does not know ("BEGIN:VE1VENT").
std::string kind_name(icalcomponent* c);
icalproperty* first(icalcomponent* c, icalproperty_kind kind);
// The value of a property as text: TEXT and X values unescaped by libical, others as written.
std::string value_text(icalproperty* p);
// An X- property of the calendar (X-WR-CALNAME) by name.
icalproperty* x_property(icalcomponent* c, std::string_view name);
std::string tzid_of(icalproperty* p);
LocalTime local_of(const icaltimetype& t);
// A date or date-time a schedule can hold: a real calendar day, between 1900 and 2199 (the
// event file writes four-digit years, and nothing planned today happens outside them).
inline constexpr int first_year = 1900, last_year = 2199;
bool usable(const icaltimetype& t);

// Who takes part, from DESCRIPTION (ics_import_credits.cpp).
enum class Role { speakers, moderators, hosts, organizations };

struct Credit {
    Role role;
    std::vector<std::string> names;
};

// Takes the credit lines ("Speakers: Ann Smith (Role, Organization); Bob Jones") off the top of
// a description. `summitry`: the calendar is Summitry's own, whose other labels (Moderators,
// Hosts, With, in English, French or German) are read too.
std::vector<Credit> take_credits(std::string& description, bool summitry);

// How a DTSTART was read, to read DTEND and DURATION in the same way.
struct Point {
    Instant instant{};
    LocalTime local{};
    bool is_date = false;
    const ics::Zone* zone = nullptr;  // null: UTC, or the event's zone when `floating`
    bool floating = false;
};

class Importer {
public:
    Importer(std::string_view raw, const std::string& source)
        : raw_(raw), source_(source), builder_(source), report_(builder_.diagnostics()) {}

    ImportResult run();

private:
    void read();

    // libical keeps what it could not read as X-LIC-ERROR properties of the component.
    void report_libical_errors(icalcomponent* c);

    // Every BEGIN:VEVENT of the file that did not become a VEVENT of the calendar is a session
    // left out, said at its line: those the byte pass could not place in the calendar, and
    // those libical did not read as events (inside a VTIMEZONE, say).
    void skip_unread(const ics::Text& text, const std::vector<icalcomponent*>& vevents);

    // Every VEVENT, in the order of the file, nested ones too (each was a block of its own);
    // what else a calendar may hold is said to be left out.
    void collect(icalcomponent* c, std::vector<icalcomponent*>& out);

    // The event: its name, zone and id, from the calendar's properties and the VEVENTs' UIDs.
    void calendar(icalcomponent* cal, const std::vector<icalcomponent*>& vevents);

    // When every UID ends with the same "@domain" (201@lca2020.linux.org.au,
    // presentation_94@conf-ng.jres.org), the domain says nothing about the session: ids are made
    // from what precedes it. Summitry's own UIDs are "<session-id>@<event-id>.summitry", which
    // gives both ids back.
    void uid_suffix(const std::vector<icalcomponent*>& vevents);

    // X-WR-TIMEZONE when it names a zone, else the zone most DTSTARTs are written in, else UTC.
    void event_zone(icalcomponent* cal, const std::vector<icalcomponent*>& vevents);

    // -----------------------------------------------------------------------------------------
    // Sessions

    void session(icalcomponent* v);

    // The earliest DTSTAMP, CREATED or LAST-MODIFIED: the event's date when no session has one.
    void stamp(icalcomponent* v);

    std::string text(std::string_view value, std::uint32_t line, std::string_view property);

    void credit(Session& s, const std::vector<Credit>& credits);

    // LOCATION is a room. In a calendar Summitry wrote it is "room, venue, address"
    // (ics_export.cpp); elsewhere its text is the room's name, in one venue for all.
    void place(Session& s, icalcomponent* v);

    // CATEGORIES: a session kind's name (Summitry writes the kind first) sets the kind; the
    // first other category is the track; the rest are tags.
    void categories(Session& s, icalcomponent* v);

    // -----------------------------------------------------------------------------------------
    // Times

    // DTSTART: a date (a whole day), a UTC time, a time in a TZID's zone, or a floating time.
    std::optional<Point> point(icalproperty* p, const icaltimetype& t, std::uint32_t line);

    // The same wall-clock reading rules, for a later local time (DTEND's date, DURATION's days).
    Instant again(const Point& from, LocalTime local, std::uint32_t line);

    std::optional<icaltimetype> time_value(icalproperty* p, std::string_view name,
                                           const std::string& what);

    void times(Session& s, icalcomponent* v, const std::string& what);

    // The event's days: those of its sessions' programme days, first to last. A whole-day
    // session starts at midnight, before the default day change (04:00) that keeps a late
    // reception on its evening; the day changes at midnight instead when no session starts
    // between midnight and 04:00, so that whole days stay on their own date.
    void dates();

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

}  // namespace summitry::ics_reader
