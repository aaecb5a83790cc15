// SPDX-License-Identifier: MIT
#pragma once
// Time in Summitry: what the organizer wrote is a local wall-clock time in an IANA zone; an
// Instant (UTC) exists only to compare and export. Conversions go through date/tz, which reports
// DST gaps and overlaps instead of shifting silently.

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summitry {

using Instant = date::sys_seconds;      // a point in UTC
using LocalTime = date::local_seconds;  // a wall-clock reading, zone not attached
using Seconds = std::chrono::seconds;
using Minutes = std::chrono::minutes;
using Date = date::sys_days;

// A date-time as written: "2025-02-10 18:00", "2025-02-10T18:00:30", with an optional
// "Z" or "+01:00" offset.
struct WrittenTime {
    LocalTime local;
    std::optional<Seconds> offset;  // UTC offset when the text gives one ("Z" is zero)
};

std::optional<WrittenTime> parse_date_time(std::string_view text);
std::optional<Date> parse_date(std::string_view text);  // YYYY-MM-DD, a real calendar day
// "HH:MM" from 00:00 to 24:00 (24:00 is the end of the day).
std::optional<Minutes> parse_clock(std::string_view text);
// "45min", "90m", "1h", "1h30", "1h30min", "2 h 15 min", ISO 8601 "PT1H30M". Positive only.
std::optional<Seconds> parse_duration(std::string_view text);

// The zone of that IANA name in the system's tz database, or nullptr.
const date::time_zone* find_zone(std::string_view name);
// All zone names of the tz database (for suggestions).
std::vector<std::string> zone_names();

enum class Resolution { unique, nonexistent, ambiguous };

struct Resolved {
    Resolution kind = Resolution::unique;
    Instant instant{};  // the unique instant; for an overlap the earlier one; for a gap the
                        // instant the wall clock jumps to
    Instant later{};    // for an overlap, the later instant
};

// Where a local time falls in a zone. Never throws.
Resolved resolve(const date::time_zone& zone, LocalTime local);
// The instant a written time stands for: its offset if it has one, else `resolve` in the zone.
Resolved resolve(const date::time_zone& zone, const WrittenTime& written);

LocalTime to_local(const date::time_zone& zone, Instant t);

// A jump forward of the wall clock, as it shows: `from`, the reading it would have shown next
// (at the instant of the jump, in the offset before it), and `to`, the one it shows instead.
// Europe/Paris, 2025-03-30: 02:00 to 03:00. Pacific/Apia, 2011-12-29: 2011-12-30 00:00 (that
// is, 2011-12-29 24:00) to 2011-12-31 00:00.
struct ClockJump {
    LocalTime from, to;
};
// The jump that `local`, a time that does not exist in `zone` (Resolution::nonexistent), falls
// in; {local, local} when it does exist.
ClockJump clock_jump(const date::time_zone& zone, LocalTime local);

// Whether any wall-clock time of `day` exists in `zone`. Not so for a day skipped whole:
// Pacific/Apia went from 2011-12-29 24:00 to 2011-12-31 00:00 when it crossed the date line.
bool day_exists(const date::time_zone& zone, Date day);

// The programme day a local time belongs to: a session starting before `day_change`
// (default 04:00) belongs to the previous day.
Date programme_day(LocalTime local, Minutes day_change);
// The same in `zone`, where a day the zone skipped whole is no programme day: its small hours
// (Apia's 2011-12-31 00:00-04:00) belong to the day before it, the night that went on.
Date programme_day(const date::time_zone& zone, LocalTime local, Minutes day_change);

// The conversions between readings, dates and instants, each by its name: an hour off is this
// domain's worst bug, and arithmetic on time_since_epoch() is where it comes from. Nothing
// outside time/ computes them by hand.

// The calendar day of a wall-clock reading: 2025-02-10 for 2025-02-10 18:00.
inline Date local_date(LocalTime t) {
    return Date{date::floor<date::days>(t).time_since_epoch()};
}
// The reading at the start of `day`, its midnight; add a clock time for a later one.
inline LocalTime day_start(Date day) {
    return LocalTime{day.time_since_epoch()};
}
// The instant a reading stands for at a known UTC offset: 18:00 at +01:00 is 17:00 UTC. At
// offset 0: a time written in UTC ("Z"), or a reading that no zone qualifies, taken as UTC.
inline Instant to_instant(LocalTime local, Seconds utc_offset) {
    return Instant{local.time_since_epoch()} - utc_offset;
}
// The reading of a UTC clock at `t`: an instant as written with "Z".
inline LocalTime utc_reading(Instant t) {
    return LocalTime{t.time_since_epoch()};
}
// The UTC offset at which a clock reads `local` at the instant `t` (local - t): +01:00 for Paris
// in winter.
inline Seconds utc_offset_at(LocalTime local, Instant t) {
    return local.time_since_epoch() - t.time_since_epoch();
}
// What a written time reads in `zone`: as written when it gives no offset, else its instant as
// `zone`'s clocks show it ("2025-02-10T17:00:00Z" reads 18:00 in Paris).
inline LocalTime reading_in(const date::time_zone& zone, const WrittenTime& written) {
    return written.offset ? zone.to_local(to_instant(written.local, *written.offset))
                          : written.local;
}
// Seconds since 1970-01-01T00:00:00Z, for what counts time so (time_t, the scheduler's minutes).
inline std::int64_t unix_seconds(Instant t) {
    return t.time_since_epoch().count();
}

std::string format_date(Date d);            // 2025-02-10
std::string format_clock(LocalTime t);      // 18:00
std::string format_local(LocalTime t);      // 2025-02-10 18:00
std::string format_duration(Seconds d);     // 1h30, 45min
std::string format_offset(Seconds offset);  // +01:00

}  // namespace summitry
