// SPDX-License-Identifier: MIT
// The iCalendar importer's time zones: what a TZID stands for, and the instant a local time in
// it is. The tz database decides for IANA names (a VTIMEZONE is often a stale copy of its rules:
// the one in the icalendar test calendars still has New York's pre-2007 DST); the file's
// VTIMEZONE decides for names of its own ("custom_Pacific/Fiji", "MyTimezone"); a name with
// neither is mapped from vendor prefixes and Windows names, and failing that read as UTC.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <ctime>
#include <string>
#include <vector>

#include "diag/quote.h"
#include "formats/ics/ics_import_detail.h"

namespace summitry::ics {

namespace {

struct WindowsZone {
    std::string_view id;       // the Windows zone id, as Outlook and Exchange write it
    std::string_view display;  // the start of its display name, after "(UTC+01:00) "
    std::string_view iana;     // CLDR windowsZones.xml, territory 001
};

// The zones Outlook and Exchange calendars use most; CLDR's table has about 140. A TZID is
// matched against the id, or (with its "(UTC+hh:mm) " prefix removed) against the display name.
constexpr std::array<WindowsZone, 62> windows_zones = {{
    {"Dateline Standard Time", "International Date Line West", "Etc/GMT+12"},
    {"UTC-11", "Coordinated Universal Time-11", "Etc/GMT+11"},
    {"Hawaiian Standard Time", "Hawaii", "Pacific/Honolulu"},
    {"Alaskan Standard Time", "Alaska", "America/Anchorage"},
    {"Pacific Standard Time (Mexico)", "Baja California", "America/Tijuana"},
    {"Pacific Standard Time", "Pacific Time (US", "America/Los_Angeles"},
    {"US Mountain Standard Time", "Arizona", "America/Phoenix"},
    {"Mountain Standard Time (Mexico)", "Chihuahua, La Paz, Mazatlan", "America/Mazatlan"},
    {"Mountain Standard Time", "Mountain Time (US", "America/Denver"},
    {"Central America Standard Time", "Central America", "America/Guatemala"},
    {"Central Standard Time (Mexico)", "Guadalajara, Mexico City", "America/Mexico_City"},
    {"Central Standard Time", "Central Time (US", "America/Chicago"},
    {"Canada Central Standard Time", "Saskatchewan", "America/Regina"},
    {"SA Pacific Standard Time", "Bogota, Lima, Quito", "America/Bogota"},
    {"Eastern Standard Time", "Eastern Time (US", "America/New_York"},
    {"US Eastern Standard Time", "Indiana (East)", "America/Indiana/Indianapolis"},
    {"Venezuela Standard Time", "Caracas", "America/Caracas"},
    {"Atlantic Standard Time", "Atlantic Time (Canada)", "America/Halifax"},
    {"SA Western Standard Time", "Georgetown, La Paz, Manaus", "America/La_Paz"},
    {"Pacific SA Standard Time", "Santiago", "America/Santiago"},
    {"Newfoundland Standard Time", "Newfoundland", "America/St_Johns"},
    {"E. South America Standard Time", "Brasilia", "America/Sao_Paulo"},
    {"Argentina Standard Time", "City of Buenos Aires", "America/Argentina/Buenos_Aires"},
    {"Greenland Standard Time", "Greenland", "America/Godthab"},
    {"Azores Standard Time", "Azores", "Atlantic/Azores"},
    {"Cape Verde Standard Time", "Cabo Verde Is.", "Atlantic/Cape_Verde"},
    {"UTC", "Coordinated Universal Time", "Etc/UTC"},
    {"GMT Standard Time", "Dublin, Edinburgh, Lisbon, London", "Europe/London"},
    {"Greenwich Standard Time", "Monrovia, Reykjavik", "Atlantic/Reykjavik"},
    {"Morocco Standard Time", "Casablanca", "Africa/Casablanca"},
    {"W. Europe Standard Time", "Amsterdam, Berlin, Bern, Rome", "Europe/Berlin"},
    {"Central Europe Standard Time", "Belgrade, Bratislava, Budapest", "Europe/Budapest"},
    {"Romance Standard Time", "Brussels, Copenhagen, Madrid, Paris", "Europe/Paris"},
    {"Central European Standard Time", "Sarajevo, Skopje, Warsaw, Zagreb", "Europe/Warsaw"},
    {"W. Central Africa Standard Time", "West Central Africa", "Africa/Lagos"},
    {"GTB Standard Time", "Athens, Bucharest", "Europe/Bucharest"},
    {"Middle East Standard Time", "Beirut", "Asia/Beirut"},
    {"Egypt Standard Time", "Cairo", "Africa/Cairo"},
    {"South Africa Standard Time", "Harare, Pretoria", "Africa/Johannesburg"},
    {"FLE Standard Time", "Helsinki, Kyiv, Riga, Sofia", "Europe/Kiev"},
    {"Israel Standard Time", "Jerusalem", "Asia/Jerusalem"},
    {"Turkey Standard Time", "Istanbul", "Europe/Istanbul"},
    {"Arab Standard Time", "Kuwait, Riyadh", "Asia/Riyadh"},
    {"Russian Standard Time", "Moscow, St. Petersburg", "Europe/Moscow"},
    {"E. Africa Standard Time", "Nairobi", "Africa/Nairobi"},
    {"Iran Standard Time", "Tehran", "Asia/Tehran"},
    {"Arabian Standard Time", "Abu Dhabi, Muscat", "Asia/Dubai"},
    {"Pakistan Standard Time", "Islamabad, Karachi", "Asia/Karachi"},
    {"India Standard Time", "Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata"},
    {"Nepal Standard Time", "Kathmandu", "Asia/Kathmandu"},
    {"Bangladesh Standard Time", "Dhaka", "Asia/Dhaka"},
    {"SE Asia Standard Time", "Bangkok, Hanoi, Jakarta", "Asia/Bangkok"},
    {"China Standard Time", "Beijing, Chongqing, Hong Kong", "Asia/Shanghai"},
    {"Singapore Standard Time", "Kuala Lumpur, Singapore", "Asia/Singapore"},
    {"W. Australia Standard Time", "Perth", "Australia/Perth"},
    {"Taipei Standard Time", "Taipei", "Asia/Taipei"},
    {"Tokyo Standard Time", "Osaka, Sapporo, Tokyo", "Asia/Tokyo"},
    {"Korea Standard Time", "Seoul", "Asia/Seoul"},
    {"Cen. Australia Standard Time", "Adelaide", "Australia/Adelaide"},
    {"E. Australia Standard Time", "Brisbane", "Australia/Brisbane"},
    {"AUS Eastern Standard Time", "Canberra, Melbourne, Sydney", "Australia/Sydney"},
    {"New Zealand Standard Time", "Auckland, Wellington", "Pacific/Auckland"},
}};

bool iequal(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

std::string_view trim_quotes(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '"')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '"')) s.remove_suffix(1);
    return s;
}

std::string_view windows_iana(std::string_view name) {
    for (const auto& w : windows_zones)
        if (iequal(name, w.id)) return w.iana;
    // "(UTC+01:00) Amsterdam, ...", "(GMT+01.00) Amsterdam / Berlin ..." in older Outlooks.
    if (name.starts_with('(')) {
        const std::size_t close = name.find(')');
        if (close == std::string_view::npos) return {};
        name = trim_quotes(name.substr(close + 1));
        for (const auto& w : windows_zones)
            if (name.size() >= w.display.size() &&
                iequal(name.substr(0, w.display.size()), w.display))
                return w.iana;
    }
    return {};
}

std::string format_reading_time(LocalTime t) {
    std::string s = format_local(t);
    const auto secs = (t - date::floor<Minutes>(t)).count();
    if (secs != 0) s += (secs < 10 ? ":0" : ":") + std::to_string(secs);
    return s;
}

// A VTIMEZONE libical can expand quickly: every observance has its DTSTART and offsets, and
// recurs at most yearly on one day of one month, as real time zones do. libical expands a
// rule into every change up to the year asked for, so FREQ=SECONDLY would take it hours.
bool expandable(icalcomponent* vtz) {
    std::size_t observances = 0;
    for (icalcomponent* o = icalcomponent_get_first_component(vtz, ICAL_ANY_COMPONENT);
         o != nullptr; o = icalcomponent_get_next_component(vtz, ICAL_ANY_COMPONENT)) {
        const icalcomponent_kind kind = icalcomponent_isa(o);
        if (kind != ICAL_XSTANDARD_COMPONENT && kind != ICAL_XDAYLIGHT_COMPONENT) continue;
        if (++observances > 64) return false;
        icalproperty* start = icalcomponent_get_first_property(o, ICAL_DTSTART_PROPERTY);
        icalproperty* from = icalcomponent_get_first_property(o, ICAL_TZOFFSETFROM_PROPERTY);
        icalproperty* to = icalcomponent_get_first_property(o, ICAL_TZOFFSETTO_PROPERTY);
        if (start == nullptr || from == nullptr || to == nullptr) return false;
        const icaltimetype t = icalproperty_get_dtstart(start);
        if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t) || t.is_date) return false;
        for (int off : {icalproperty_get_tzoffsetfrom(from), icalproperty_get_tzoffsetto(to)})
            if (off <= -86400 || off >= 86400) return false;
        for (icalproperty* r = icalcomponent_get_first_property(o, ICAL_RRULE_PROPERTY);
             r != nullptr; r = icalcomponent_get_next_property(o, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype rule = icalproperty_get_rrule(r);
            if (rule.freq != ICAL_YEARLY_RECURRENCE || rule.interval < 1) return false;
            const auto count = [](const short* list, std::size_t size) {
                std::size_t n = 0;
                while (n < size && list[n] != ICAL_RECURRENCE_ARRAY_MAX) ++n;
                return n;
            };
            if (count(rule.by_month, ICAL_BY_MONTH_SIZE) > 1 ||
                count(rule.by_day, ICAL_BY_DAY_SIZE) > 1 ||
                count(rule.by_year_day, ICAL_BY_YEARDAY_SIZE) > 0 ||
                count(rule.by_week_no, ICAL_BY_WEEKNO_SIZE) > 0 ||
                count(rule.by_hour, ICAL_BY_HOUR_SIZE) > 0 ||
                count(rule.by_minute, ICAL_BY_MINUTE_SIZE) > 0 ||
                count(rule.by_second, ICAL_BY_SECOND_SIZE) > 0)
                return false;
        }
    }
    return observances != 0;
}

}  // namespace

std::string Zones::iana_name(std::string_view name) {
    name = trim_quotes(name);
    if (name.empty() || name.size() > 200) return {};
    if (find_zone(name) != nullptr) return std::string(name);
    // A vendor's prefix before an IANA name: the longest tail, after a '/' or '_', that names a
    // zone with a region ("Europe/Paris"; not a bare "GB" that happened to end a custom name).
    for (std::size_t i = 1; i < name.size(); ++i) {
        if (name[i - 1] != '/' && name[i - 1] != '_') continue;
        const std::string_view tail = name.substr(i);
        if ((tail.find('/') != std::string_view::npos || tail == "UTC") &&
            find_zone(tail) != nullptr)
            return std::string(tail);
    }
    return std::string(windows_iana(name));
}

Zones::Zones(icalcomponent* root, Report& report) : report_(report) {
    for (icalcomponent* c = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT);
         c != nullptr; c = icalcomponent_get_next_component(root, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty* tzid = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY);
        const char* name = tzid == nullptr ? nullptr : icalproperty_get_tzid(tzid);
        if (name == nullptr) {
            report_.warn("ics-syntax", line_of(c), "a VTIMEZONE without TZID: ignored");
            continue;
        }
        if (!vtimezones_.emplace(name, c).second)
            report_.warn("ics-syntax", line_of(c),
                         "a second VTIMEZONE for " + quote(name) + ": the first is used");
    }
}

Zones::~Zones() {
    for (auto& [tzid, z] : zones_)
        if (z->vtz != nullptr) icaltimezone_free(z->vtz, 1);
}

icaltimezone* Zones::load_vtimezone(std::string_view tzid, std::uint32_t line) {
    const auto it = vtimezones_.find(tzid);
    if (it == vtimezones_.end()) return nullptr;
    if (!expandable(it->second)) {
        report_.warn("unknown-timezone", line_of(it->second),
                     "the VTIMEZONE of '" + std::string(tzid) +
                         "' has rules Summitry does not follow (each STANDARD and DAYLIGHT needs "
                         "DTSTART, TZOFFSETFROM and TZOFFSETTO, and recurs at most yearly)");
        return nullptr;
    }
    icaltimezone* z = icaltimezone_new();
    if (z == nullptr) return nullptr;
    icalcomponent* copy = icalcomponent_new_clone(it->second);
    if (icaltimezone_set_component(z, copy) == 0) {  // on failure the zone does not own it
        icalcomponent_free(copy);
        icaltimezone_free(z, 1);
        report_.warn("unknown-timezone", line,
                     "libical cannot read the VTIMEZONE of " + quote(tzid));
        return nullptr;
    }
    return z;
}

const Zone& Zones::zone(std::string_view tzid, std::uint32_t line) {
    if (auto it = zones_.find(tzid); it != zones_.end()) return *it->second;
    auto z = std::make_unique<Zone>();
    z->tzid = std::string(tzid);
    if (const date::time_zone* tz = find_zone(trim_quotes(tzid))) {
        z->tz = tz;
        z->iana = std::string(trim_quotes(tzid));
        // Kept only to say so when the file's rules and the tz database's disagree.
        if (vtimezones_.count(tzid) != 0) z->vtz = load_vtimezone(tzid, line);
    } else if ((z->vtz = load_vtimezone(tzid, line)) != nullptr) {
        const char* location = icaltimezone_get_location(z->vtz);
        if (location != nullptr) z->iana = iana_name(location);
        if (z->iana.empty()) z->iana = iana_name(tzid);
    } else if (std::string iana = iana_name(tzid); !iana.empty()) {
        z->tz = find_zone(iana);
        z->iana = iana;
        report_.warn("unknown-timezone", line,
                     "TZID " + quote(tzid) + " is not an IANA zone and has no VTIMEZONE",
                     "read as " + iana);
    } else {
        z->tz = find_zone("UTC");
        report_.warn("unknown-timezone", line,
                     "TZID '" + std::string(tzid) +
                         "' is neither an IANA zone nor defined by a VTIMEZONE in the file",
                     "its times are read as UTC; check them");
    }
    return *zones_.emplace(std::string(tzid), std::move(z)).first->second;
}

std::int64_t Zones::vtz_offset(icaltimezone* vtz, std::int64_t utc_seconds) const {
    icaltimetype t = icaltime_from_timet_with_zone(static_cast<std::time_t>(utc_seconds), 0,
                                                   icaltimezone_get_utc_timezone());
    int daylight = 0;
    return icaltimezone_get_utc_offset_of_utc_time(vtz, &t, &daylight);
}

// The offsets in force a day and a half before and after the wall-clock reading bracket it (no
// zone changes its offset twice within a day); each that maps the reading back onto itself is
// an occurrence of it. Two: the clocks showed it twice; none: they skipped it.
Reading Zones::vtz_reading(icaltimezone* vtz, LocalTime local) const {
    // The one conversion by hand outside time/: the file's own VTIMEZONE is libical's, not the
    // tz database's, and libical takes and gives its offsets in plain seconds.
    const std::int64_t l = local.time_since_epoch().count();
    constexpr std::int64_t margin = 36 * 3600;
    const std::int64_t before = vtz_offset(vtz, l - margin), after = vtz_offset(vtz, l + margin);
    std::vector<std::int64_t> valid;
    for (std::int64_t o : {before, after, vtz_offset(vtz, l - before), vtz_offset(vtz, l - after)})
        if (vtz_offset(vtz, l - o) == o && std::find(valid.begin(), valid.end(), o) == valid.end())
            valid.push_back(o);
    Reading r;
    if (valid.empty()) {
        r.kind = Resolution::nonexistent;
        r.instant = Instant{Seconds{l - before}};
    } else {
        if (valid.size() > 1) r.kind = Resolution::ambiguous;
        r.instant = Instant{Seconds{l - *std::max_element(valid.begin(), valid.end())}};
    }
    return r;
}

Reading Zones::to_instant(const date::time_zone& zone, LocalTime local, std::uint32_t line) {
    // date's local_info: `first` is the offset before a gap, and the earlier of an overlap's two.
    const date::local_info info = zone.get_info(local);
    Reading r;
    r.instant = summitry::to_instant(local, info.first.offset);
    if (info.result == date::local_info::nonexistent) r.kind = Resolution::nonexistent;
    if (info.result == date::local_info::ambiguous) r.kind = Resolution::ambiguous;
    warn_reading(r, zone.name(), local, line);
    return r;
}

Reading Zones::to_instant(const Zone& zone, LocalTime local, std::uint32_t line) {
    if (zone.tz == nullptr && zone.vtz == nullptr)  // a system without the tz database's UTC
        return {summitry::to_instant(local, Seconds{0}), Resolution::unique};
    if (zone.tz == nullptr) {
        const Reading r = vtz_reading(zone.vtz, local);
        warn_reading(r, zone.tzid, local, line);
        return r;
    }
    const Reading r = to_instant(*zone.tz, local, line);
    if (zone.vtz != nullptr && !disagreement_told_[zone.tzid]) {
        const Reading theirs = vtz_reading(zone.vtz, local);
        if (theirs.instant != r.instant) {
            disagreement_told_[zone.tzid] = true;
            report_.warn("unknown-timezone", line,
                         "the file's VTIMEZONE for " + quote(zone.tzid) + " puts " +
                             format_reading_time(local) + " at UTC" +
                             format_offset(utc_offset_at(local, theirs.instant)) +
                             ", the tz database at UTC" +
                             format_offset(utc_offset_at(local, r.instant)),
                         "the tz database is followed: an IANA name means its current rules");
        }
    }
    return r;
}

void Zones::warn_reading(const Reading& r, std::string_view zone_name, LocalTime local,
                         std::uint32_t line) {
    const std::string offset = format_offset(utc_offset_at(local, r.instant));
    if (r.kind == Resolution::nonexistent)
        report_.warn(
            "nonexistent-time", line,
            format_reading_time(local) + " does not exist in " + std::string(zone_name) +
                ": the clocks skip it",
            "read as RFC 5545 says, with the offset before the change (UTC" + offset + ")");
    else if (r.kind == Resolution::ambiguous)
        report_.warn("ambiguous-time", line,
                     format_reading_time(local) + " occurs twice in " + std::string(zone_name) +
                         ": the clocks go back over it",
                     "read as RFC 5545 says, as the first of the two (UTC" + offset + ")");
}

}  // namespace summitry::ics
