// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include "time/time.h"

using namespace summitry;
using namespace std::chrono_literals;

TEST_CASE("durations in the forms organizers write", "[time]") {
    CHECK(parse_duration("45min") == Seconds{45 * 60});
    CHECK(parse_duration("90m") == Seconds{90 * 60});
    CHECK(parse_duration("1h") == Seconds{3600});
    CHECK(parse_duration("1h30") == Seconds{90 * 60});
    CHECK(parse_duration("1h30min") == Seconds{90 * 60});
    CHECK(parse_duration("2 h 15 min") == Seconds{135 * 60});
    CHECK(parse_duration("1.5h") == Seconds{90 * 60});
    CHECK(parse_duration("PT1H30M") == Seconds{90 * 60});
    CHECK(parse_duration("PT45M") == Seconds{45 * 60});
    CHECK(parse_duration("P1D") == Seconds{86400});
    CHECK_FALSE(parse_duration("45"));
    CHECK_FALSE(parse_duration("0min"));
    CHECK_FALSE(parse_duration("1h75"));
    CHECK_FALSE(parse_duration("PT"));
    CHECK_FALSE(parse_duration("P1H"));  // hours need the T
    CHECK_FALSE(parse_duration("soon"));
    CHECK_FALSE(parse_duration("99999999999999999999min"));
}

TEST_CASE("date-times with a space or a T, seconds and offsets", "[time]") {
    auto a = parse_date_time("2025-02-10 18:30");
    REQUIRE(a);
    CHECK(format_local(a->local) == "2025-02-10 18:30");
    CHECK_FALSE(a->offset);
    auto b = parse_date_time("2025-02-10T18:30:15+01:00");
    REQUIRE(b);
    CHECK(b->offset == Seconds{3600});
    CHECK(parse_date_time("2025-02-10T18:30Z")->offset == Seconds{0});
    CHECK(parse_date_time("2025-02-10 18:30 -0330")->offset == -Seconds{3 * 3600 + 1800});
    CHECK_FALSE(parse_date_time("2025-02-30 18:30"));
    CHECK_FALSE(parse_date_time("2025-02-10 25:00"));
    CHECK_FALSE(parse_date_time("2025-02-10"));
    CHECK_FALSE(parse_date_time("10/02/2025 18:30"));
    CHECK(parse_clock("04:00") == Minutes{240});
    CHECK(parse_clock("24:00") == Minutes{1440});
    CHECK_FALSE(parse_clock("24:30"));
}

TEST_CASE("a local time in a DST gap or overlap is reported, never shifted", "[time]") {
    const auto* paris = find_zone("Europe/Paris");
    REQUIRE(paris);
    // 2026-03-29: clocks jump from 02:00 to 03:00.
    auto gap = resolve(*paris, parse_date_time("2026-03-29 02:30")->local);
    CHECK(gap.kind == Resolution::nonexistent);
    // 2026-10-25: 02:30 happens twice.
    auto overlap = resolve(*paris, parse_date_time("2026-10-25 02:30")->local);
    CHECK(overlap.kind == Resolution::ambiguous);
    CHECK(overlap.later - overlap.instant == 1h);
    // With an offset it is unique and that offset wins.
    auto fixed = resolve(*paris, *parse_date_time("2026-10-25T02:30+01:00"));
    CHECK(fixed.kind == Resolution::unique);
    CHECK(fixed.instant == overlap.later);
    auto winter = resolve(*paris, parse_date_time("2025-02-10 18:00")->local);
    CHECK(winter.kind == Resolution::unique);
    CHECK(format_local(LocalTime{winter.instant.time_since_epoch()}) == "2025-02-10 17:00");  // UTC
    CHECK(format_local(to_local(*paris, winter.instant)) == "2025-02-10 18:00");
}

TEST_CASE("the programme day follows day_change", "[time]") {
    const auto t = parse_date_time("2025-02-11 01:30")->local;
    CHECK(format_date(programme_day(t, Minutes{240})) == "2025-02-10");
    CHECK(format_date(programme_day(t, Minutes{0})) == "2025-02-11");
}

TEST_CASE("zones are looked up in the system database", "[time]") {
    CHECK(find_zone("Europe/Berlin") != nullptr);
    CHECK(find_zone("Europe/Pariss") == nullptr);
    CHECK(find_zone("") == nullptr);
    CHECK(zone_names().size() > 300);
}

TEST_CASE("a jump of the clocks shows as the wall clock shows it, whole days included", "[time]") {
    const auto* paris = find_zone("Europe/Paris");
    const auto* apia = find_zone("Pacific/Apia");
    REQUIRE(paris);
    REQUIRE(apia);
    const ClockJump spring = clock_jump(*paris, parse_date_time("2026-03-29 02:30")->local);
    CHECK(format_local(spring.from) == "2026-03-29 02:00");
    CHECK(format_local(spring.to) == "2026-03-29 03:00");
    // Apia crossed the date line: from 2011-12-29 24:00 (UTC-10) to 2011-12-31 00:00 (UTC+14).
    const ClockJump line = clock_jump(*apia, parse_date_time("2011-12-30 10:00")->local);
    CHECK(format_local(line.from) == "2011-12-30 00:00");
    CHECK(format_local(line.to) == "2011-12-31 00:00");
    const LocalTime exists = parse_date_time("2011-12-31 10:00")->local;
    CHECK(clock_jump(*apia, exists).from == exists);
    CHECK(clock_jump(*apia, exists).to == exists);
}

TEST_CASE("a day the zone skipped whole does not exist, and is no programme day", "[time]") {
    const auto* paris = find_zone("Europe/Paris");
    const auto* apia = find_zone("Pacific/Apia");
    REQUIRE(paris);
    REQUIRE(apia);
    CHECK(day_exists(*apia, *parse_date("2011-12-29")));
    CHECK_FALSE(day_exists(*apia, *parse_date("2011-12-30")));
    CHECK(day_exists(*apia, *parse_date("2011-12-31")));
    CHECK(day_exists(*paris, *parse_date("2026-03-29")));  // an hour short is still a day
    // 02:00 on the 31st, before day_change: the night of the 29th went on, there was no 30th.
    const LocalTime small_hours = parse_date_time("2011-12-31 02:00")->local;
    CHECK(format_date(programme_day(small_hours, Minutes{240})) == "2011-12-30");
    CHECK(format_date(programme_day(*apia, small_hours, Minutes{240})) == "2011-12-29");
    CHECK(format_date(programme_day(*apia, small_hours, Minutes{0})) == "2011-12-31");
    const LocalTime paris_night = parse_date_time("2025-02-11 01:30")->local;
    CHECK(format_date(programme_day(*paris, paris_night, Minutes{240})) == "2025-02-10");
}

TEST_CASE("the named conversions between readings, dates and instants", "[time]") {
    using namespace date::literals;
    const LocalTime evening = parse_date_time("2025-02-10 18:00")->local;
    CHECK(local_date(evening) == Date{2025_y / 2 / 10});
    CHECK(local_date(day_start(Date{2025_y / 2 / 10})) == Date{2025_y / 2 / 10});
    // A reading before 1970 still falls on its own day (floor, not truncation).
    CHECK(local_date(parse_date_time("1969-12-31 23:00")->local) == Date{1969_y / 12 / 31});
    CHECK(format_local(day_start(Date{2025_y / 2 / 10}) + Minutes{18 * 60}) == "2025-02-10 18:00");

    // 18:00 at +01:00 is 17:00 UTC; the offset comes back from the pair.
    const Instant five = to_instant(evening, Seconds{3600});
    CHECK(format_local(utc_reading(five)) == "2025-02-10 17:00");
    CHECK(utc_offset_at(evening, five) == Seconds{3600});
    CHECK(to_instant(utc_reading(five), Seconds{0}) == five);
    CHECK(unix_seconds(Instant{Seconds{60}}) == 60);
    CHECK(unix_seconds(to_instant(parse_date_time("1969-12-31 23:59")->local, Seconds{0})) == -60);

    // What a written time reads in a zone: as written without an offset, else its instant there,
    // on either side of Paris's spring change (03:00 is 01:00 UTC, the hour before 01:00 UTC).
    const date::time_zone* paris = find_zone("Europe/Paris");
    REQUIRE(paris != nullptr);
    CHECK(format_local(reading_in(*paris, *parse_date_time("2025-02-10T17:00:00Z"))) ==
          "2025-02-10 18:00");
    CHECK(format_local(reading_in(*paris, *parse_date_time("2025-02-10 17:00"))) ==
          "2025-02-10 17:00");
    CHECK(format_local(reading_in(*paris, *parse_date_time("2025-03-30T00:30:00Z"))) ==
          "2025-03-30 01:30");
    CHECK(format_local(reading_in(*paris, *parse_date_time("2025-03-30T01:30:00Z"))) ==
          "2025-03-30 03:30");
    // resolve() takes a written offset as it is, whatever the zone says.
    const Resolved r = resolve(*paris, *parse_date_time("2025-03-30T02:30:00+01:00"));
    CHECK(r.kind == Resolution::unique);
    CHECK(r.instant == to_instant(parse_date_time("2025-03-30 01:30")->local, Seconds{0}));
}
