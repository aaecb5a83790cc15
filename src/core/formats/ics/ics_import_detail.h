// SPDX-License-Identifier: MIT
#pragma once
// The parts of the iCalendar importer (ics_import.cpp): the byte-level clean-up that makes real
// files parseable by libical (ics_import_text.cpp) and the reading of TZIDs and local times
// (ics_import_zones.cpp). Internal to the core: libical appears in no public header.

#include <libical/ical.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "time/time.h"

namespace summitry::ics {

// The import's diagnostics, each at a line of the source. A rule that fires more than `cap`
// times is counted rather than repeated: a file of 10,000 broken lines gets a screenful of
// warnings and a total, not 10,000 lines.
class Report {
public:
    explicit Report(Diagnostics& diags) : diags_(diags) {}
    void warn(const std::string& rule, std::uint32_t line, std::string message,
              std::string hint = {});
    void error(const std::string& rule, std::uint32_t line, std::string message,
               std::string hint = {});
    bool has_errors() const { return diags_.has_errors(); }
    // Caps the warnings of each rule, the ImportBuilder's too, and adds "... and N more".
    void finish();

    static constexpr std::size_t cap = 20;

private:
    Diagnostics& diags_;
    std::map<std::string, std::pair<std::size_t, std::uint32_t>> counts_;  // n, first left out
};

// What libical is given: logical lines (unfolded, valid UTF-8, no control characters), CRLF
// each, in properly nested BEGIN/END blocks. Every property carries its source line as the
// parameter `line_parameter`, and every component a property of that name, because libical
// keeps no positions and a diagnostic without a line is no help in a 3,000-line file.
struct Text {
    std::string text;
    std::vector<std::uint32_t> vevents;  // the line of each BEGIN:VEVENT given to libical
    // BEGIN:VEVENTs not given to libical: line, why.
    std::vector<std::pair<std::uint32_t, std::string>> skipped;
    bool calendar = false;  // whether the bytes held a BEGIN:VCALENDAR at all
};

inline constexpr std::string_view line_parameter = "X-SUMMITRY-LINE";

// Never throws on bad bytes; reports what it repaired, and an error when the nesting is too
// deep to be a calendar.
Text prepare(std::string_view raw, Report& report);

// The lines of `raw` that read BEGIN:VEVENT, once unfolded and decoded as prepare() does
// (ImportFormat::count for iCalendar).
std::size_t count_vevent_lines(std::string_view raw);

// Hands text to libical's parser a line at a time (its icalparser_line_gen_func). libical's own
// icalparser_parse_string searches for the end of the line again for every piece of at most 79
// bytes it takes, which is quadratic in the length of a line; prepare() unfolds, so lines are
// as long as their values: 300,000 folds took 65 s. This searches each line once.
class LineFeeder {
public:
    explicit LineFeeder(std::string_view text) : text_(text) {}
    // The next piece of at most size - 1 bytes, up to and including the line's '\n', copied
    // into `out` with a NUL after it; nullptr at the end of the text.
    char* next(char* out, std::size_t size);
    // Bytes looked at to find ends of lines: the work, for the test that holds it linear.
    std::size_t bytes_searched() const { return searched_; }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_end_ = 0;  // one past the '\n' that ends the current line (or the text's end)
    std::size_t searched_ = 0;
};

// libical's parse of `text` (prepare()'s output), fed by a LineFeeder. The caller frees it.
icalcomponent* parse_calendar(std::string_view text);

// The source line of a property or component, from `line_parameter`; 0 when it has none.
std::uint32_t line_of(icalproperty* p);
std::uint32_t line_of(icalcomponent* c);

// A zone that a TZID stands for: the tz database's zone when the TZID is (or plainly names) an
// IANA zone, else the file's VTIMEZONE read by libical, else UTC.
struct Zone {
    std::string tzid;
    const date::time_zone* tz = nullptr;
    icaltimezone* vtz = nullptr;  // owned by Zones
    std::string iana;  // an IANA name standing for it (for the event's zone); may be empty
};

struct Reading {
    Instant instant{};
    Resolution kind = Resolution::unique;
};

class Zones {
public:
    Zones(icalcomponent* root, Report& report);
    ~Zones();
    Zones(const Zones&) = delete;
    Zones& operator=(const Zones&) = delete;

    // The zone of a TZID met at `line`; warns once per TZID about guesses and unknown names.
    const Zone& zone(std::string_view tzid, std::uint32_t line);

    // RFC 5545 §3.3.5: a local time the clocks show twice is the first of the two; one they
    // skip is read with the offset in force before the gap. Warns at `line` in both cases.
    Reading to_instant(const Zone& zone, LocalTime local, std::uint32_t line);
    Reading to_instant(const date::time_zone& zone, LocalTime local, std::uint32_t line);

    // An IANA name for a zone name met in a file: itself; what follows a vendor prefix
    // ("/citadel.org/20190101_1/Europe/Paris", "custom_America/New_York"); or the IANA zone of
    // a Windows name ("W. Europe Standard Time", "(UTC+01:00) Amsterdam, Berlin, ..."). Empty
    // when none is known.
    static std::string iana_name(std::string_view name);

private:
    icaltimezone* load_vtimezone(std::string_view tzid, std::uint32_t line);
    std::int64_t vtz_offset(icaltimezone* vtz, std::int64_t utc_seconds) const;
    Reading vtz_reading(icaltimezone* vtz, LocalTime local) const;
    void warn_reading(const Reading& r, std::string_view zone_name, LocalTime local,
                      std::uint32_t line);

    Report& report_;
    std::map<std::string, icalcomponent*, std::less<>> vtimezones_;  // by TZID, in the tree
    std::map<std::string, std::unique_ptr<Zone>, std::less<>> zones_;
    std::map<std::string, bool, std::less<>> disagreement_told_;
};

}  // namespace summitry::ics
