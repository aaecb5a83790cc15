// SPDX-License-Identifier: MIT
#include "time/time.h"

#include <cctype>
#include <charconv>
#include <cstdio>

namespace summitry {

namespace {

// Reads exactly `n` digits at text[i] into `out`.
bool digits(std::string_view text, std::size_t i, std::size_t n, int& out) {
    if (i + n > text.size()) return false;
    out = 0;
    for (std::size_t k = i; k < i + n; ++k) {
        if (!std::isdigit(static_cast<unsigned char>(text[k]))) return false;
        out = out * 10 + (text[k] - '0');
    }
    return true;
}

std::string_view trim_space(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
    text = trim_space(text);
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
        !digits(text, 5, 2, m) || !digits(text, 8, 2, d))
        return std::nullopt;
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return Date{ymd};
}

std::optional<Minutes> parse_clock(std::string_view text) {
    text = trim_space(text);
    int h = 0, m = 0;
    const bool short_hour = text.size() == 4 && text[1] == ':';
    if (short_hour) {
        if (!digits(text, 0, 1, h) || !digits(text, 2, 2, m)) return std::nullopt;
    } else if (text.size() != 5 || text[2] != ':' || !digits(text, 0, 2, h) ||
               !digits(text, 3, 2, m)) {
        return std::nullopt;
    }
    if (m > 59 || h > 24 || (h == 24 && m != 0)) return std::nullopt;
    return Minutes{h * 60 + m};
}

std::optional<WrittenTime> parse_date_time(std::string_view text) {
    text = trim_space(text);
    if (text.size() < 16) return std::nullopt;
    const auto day = parse_date(text.substr(0, 10));
    if (!day || (text[10] != ' ' && text[10] != 'T' && text[10] != 't')) return std::nullopt;
    std::size_t i = 11;
    while (i < text.size() && text[i] == ' ') ++i;
    int h = 0, m = 0, s = 0;
    if (!digits(text, i, 2, h) || i + 2 >= text.size() || text[i + 2] != ':' ||
        !digits(text, i + 3, 2, m))
        return std::nullopt;
    i += 5;
    if (i < text.size() && text[i] == ':') {
        if (!digits(text, i + 1, 2, s)) return std::nullopt;
        i += 3;
    }
    if (h > 23 || m > 59 || s > 59) return std::nullopt;
    WrittenTime out{
        LocalTime{day->time_since_epoch()} + std::chrono::hours{h} + Minutes{m} + Seconds{s},
        std::nullopt};
    std::string_view rest = trim_space(text.substr(i));
    if (rest.empty()) return out;
    if (rest == "Z" || rest == "z") {
        out.offset = Seconds{0};
        return out;
    }
    if (rest[0] != '+' && rest[0] != '-') return std::nullopt;
    int oh = 0, om = 0;
    if (rest.size() == 6 && rest[3] == ':') {
        if (!digits(rest, 1, 2, oh) || !digits(rest, 4, 2, om)) return std::nullopt;
    } else if (rest.size() == 5) {
        if (!digits(rest, 1, 2, oh) || !digits(rest, 3, 2, om)) return std::nullopt;
    } else if (rest.size() == 3) {
        if (!digits(rest, 1, 2, oh)) return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (oh > 18 || om > 59) return std::nullopt;
    const Seconds off = std::chrono::hours{oh} + Minutes{om};
    out.offset = rest[0] == '-' ? -off : off;
    return out;
}

namespace {

// A duration added up unit by unit, kept far from overflow.
struct DurationSum {
    long long total = 0;
    bool add(long long v, long long unit) {
        if (v > 1'000'000 || total > 1'000'000'000) return false;
        total += v * unit;
        return true;
    }
};

// ISO 8601: PnDTnHnMnS, weeks too (no years or months). `text` starts with P.
std::optional<Seconds> parse_iso_duration(std::string_view text) {
    DurationSum sum;
    bool in_time = false;
    bool any = false;
    for (std::size_t i = 1; i < text.size();) {
        const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
        if (c == 'T') {
            if (in_time) return std::nullopt;
            in_time = true;
            ++i;
            continue;
        }
        long long v = 0;
        auto [p, ec] = std::from_chars(text.data() + i, text.data() + text.size(), v);
        if (ec != std::errc{} || p == text.data() + text.size()) return std::nullopt;
        i = static_cast<std::size_t>(p - text.data());
        const char u = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i++])));
        long long unit = 0;
        if (!in_time && u == 'D')
            unit = 86400;
        else if (!in_time && u == 'W')
            unit = 7 * 86400;
        else if (in_time && u == 'H')
            unit = 3600;
        else if (in_time && u == 'M')
            unit = 60;
        else if (in_time && u == 'S')
            unit = 1;
        else
            return std::nullopt;
        if (!sum.add(v, unit)) return std::nullopt;
        any = true;
    }
    if (!any || sum.total <= 0) return std::nullopt;
    return Seconds{sum.total};
}

// As organizers write them: 1h30, 1h30min, 90m, 45min, 2 h 15 min, 1.5h.
std::optional<Seconds> parse_written_duration(std::string_view text) {
    DurationSum sum;
    std::size_t i = 0;
    bool hours_seen = false, minutes_seen = false;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        if (i == text.size()) break;
        long long v = 0;
        auto [p, ec] = std::from_chars(text.data() + i, text.data() + text.size(), v);
        if (ec != std::errc{}) return std::nullopt;
        i = static_cast<std::size_t>(p - text.data());
        long long half = 0;  // "1.5h"
        if (i + 1 < text.size() && text[i] == '.' && text[i + 1] == '5') {
            half = 1;
            i += 2;
        }
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t j = i;
        while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
        const std::string_view unit = text.substr(i, j - i);
        i = j;
        if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours") {
            if (hours_seen || minutes_seen) return std::nullopt;
            hours_seen = true;
            if (!sum.add(v, 3600) || !sum.add(half, 1800)) return std::nullopt;
            // "1h30": bare minutes after hours
            std::size_t k = i;
            while (k < text.size() && text[k] == ' ') ++k;
            long long mins = 0;
            auto [q, ec2] = std::from_chars(text.data() + k, text.data() + text.size(), mins);
            if (ec2 == std::errc{} && q == text.data() + text.size()) {
                if (mins > 59 || !sum.add(mins, 60)) return std::nullopt;
                i = text.size();
                minutes_seen = true;
            }
        } else if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" ||
                   unit == "minutes") {
            if (minutes_seen || half) return std::nullopt;
            minutes_seen = true;
            if (!sum.add(v, 60)) return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (sum.total <= 0) return std::nullopt;
    return Seconds{sum.total};
}

}  // namespace

std::optional<Seconds> parse_duration(std::string_view text) {
    text = trim_space(text);
    if (text.empty()) return std::nullopt;
    if (text[0] == 'P' || text[0] == 'p') return parse_iso_duration(text);
    return parse_written_duration(text);
}

const date::time_zone* find_zone(std::string_view name) {
    if (name.empty() || name.size() > 64) return nullptr;
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        return nullptr;
    }
}

std::vector<std::string> zone_names() {
    std::vector<std::string> out;
    try {
        const auto& db = date::get_tzdb();
        for (const auto& z : db.zones) out.emplace_back(z.name());
    } catch (const std::exception&) {
    }
    return out;
}

Resolved resolve(const date::time_zone& zone, LocalTime local) {
    const date::local_info info = zone.get_info(local);
    Resolved r;
    switch (info.result) {
        case date::local_info::unique:
            r.instant = Instant{local.time_since_epoch()} - info.first.offset;
            break;
        case date::local_info::nonexistent:
            r.kind = Resolution::nonexistent;
            r.instant = info.first.end;  // where the clock jumps to
            break;
        case date::local_info::ambiguous:
            r.kind = Resolution::ambiguous;
            r.instant = Instant{local.time_since_epoch()} - info.first.offset;
            r.later = Instant{local.time_since_epoch()} - info.second.offset;
            break;
    }
    return r;
}

Resolved resolve(const date::time_zone& zone, const WrittenTime& written) {
    if (written.offset) return {Resolution::unique, to_instant(written.local, *written.offset), {}};
    return resolve(zone, written.local);
}

LocalTime to_local(const date::time_zone& zone, Instant t) {
    return zone.to_local(t);
}

ClockJump clock_jump(const date::time_zone& zone, LocalTime local) {
    const date::local_info info = zone.get_info(local);
    if (info.result != date::local_info::nonexistent) return {local, local};
    const Instant jump = info.first.end;  // the first instant of the new offset
    return {to_local(zone, jump - Seconds{1}) + Seconds{1}, to_local(zone, jump)};
}

bool day_exists(const date::time_zone& zone, Date day) {
    const LocalTime midnight{day.time_since_epoch()};
    // The clocks jump over this midnight: the day exists if they land on it.
    return clock_jump(zone, midnight).to < midnight + date::days{1};
}

Date programme_day(LocalTime local, Minutes day_change) {
    return Date{date::floor<date::days>(local - day_change).time_since_epoch()};
}

Date programme_day(const date::time_zone& zone, LocalTime local, Minutes day_change) {
    Date day = programme_day(local, day_change);
    // No zone has skipped more than a day; the bound keeps a broken tz database from looping.
    for (int i = 0; i < 7 && !day_exists(zone, day); ++i) day -= date::days{1};
    return day;
}

std::string format_date(Date d) {
    const date::year_month_day ymd{d};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

std::string format_clock(LocalTime t) {
    const auto since_midnight = t - date::floor<date::days>(t);
    const auto mins = std::chrono::duration_cast<Minutes>(since_midnight).count();
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(mins / 60),
                  static_cast<int>(mins % 60));
    return buf;
}

std::string format_local(LocalTime t) {
    return format_date(Date{date::floor<date::days>(t).time_since_epoch()}) + " " + format_clock(t);
}

std::string format_duration(Seconds d) {
    const auto mins = std::chrono::duration_cast<Minutes>(d).count();
    char buf[32];
    if (mins < 60)
        std::snprintf(buf, sizeof buf, "%lldmin", static_cast<long long>(mins));
    else if (mins % 60 == 0)
        std::snprintf(buf, sizeof buf, "%lldh", static_cast<long long>(mins / 60));
    else
        std::snprintf(buf, sizeof buf, "%lldh%02lld", static_cast<long long>(mins / 60),
                      static_cast<long long>(mins % 60));
    return buf;
}

std::string format_offset(Seconds offset) {
    const auto total = std::chrono::duration_cast<Minutes>(offset).count();
    const long long a = total < 0 ? -total : total;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%02lld:%02lld", total < 0 ? '-' : '+', a / 60, a % 60);
    return buf;
}

}  // namespace summitry
