// SPDX-License-Identifier: MIT
// The CalDAV resources of an event: one VCALENDAR per public scheduled session, each the very
// VEVENT `export ics` writes (UID, SEQUENCE, content) with its VTIMEZONE and no METHOD; digests
// that change with the content and not with the run; names safe in a URL path for any UID.
#include <catch2/catch.hpp>

#include "../formats/ics/ics_export_fixture.h"
#include "publish/caldav_resources.h"

using namespace summitry;
using namespace summitry::publish;
using namespace ics_export_test;

namespace {

std::vector<CalendarResource> resources_of(const Event& ev, ExportRequest req = {}) {
    if (!req.now) req.now = fixed_now;
    ExportWarnings warnings;
    return calendar_resources(ev, req, warnings);
}

// The VEVENT blocks of a calendar, as written.
std::vector<std::string> vevents(const std::string& ics) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while ((at = ics.find("BEGIN:VEVENT\r\n", at)) != std::string::npos) {
        const std::size_t end = ics.find("END:VEVENT\r\n", at) + 12;
        out.push_back(ics.substr(at, end - at));
        at = end;
    }
    return out;
}

const CalendarResource& find(const std::vector<CalendarResource>& rs, std::string_view uid) {
    for (const auto& r : rs)
        if (r.uid == uid) return r;
    FAIL("no resource " << uid);
    throw;
}

}  // namespace

TEST_CASE("one resource per public scheduled session, each the export's own VEVENT", "[caldav]") {
    const Event ev = load(event_text(sessions));
    const auto rs = resources_of(ev);
    // keynote, panel, dropped (cancelled: subscribers must see it go); not closed-door
    // (private) nor later (unscheduled).
    REQUIRE(rs.size() == 3);
    CHECK(rs[0].uid == "keynote@summit.summitry");
    CHECK(rs[1].uid == "panel@summit.summitry");
    CHECK(rs[2].uid == "dropped@summit.summitry");
    CHECK(rs[0].name == "keynote@summit.summitry.ics");

    ExportRequest req;
    req.now = fixed_now;
    const auto exported = vevents(export_text(ev, req));
    REQUIRE(exported.size() == 3);
    for (std::size_t i = 0; i < rs.size(); ++i) {
        INFO(rs[i].uid);
        const auto own = vevents(rs[i].body);
        REQUIRE(own.size() == 1);
        CHECK(own[0] == exported[i]);
        require_well_formed_lines(rs[i].body);
        const auto lines = content_lines(rs[i].body);
        CHECK(lines.front() == "BEGIN:VCALENDAR");
        CHECK(lines.back() == "END:VCALENDAR");
        CHECK(std::find(lines.begin(), lines.end(), "METHOD:PUBLISH") == lines.end());
        CHECK(rs[i].body.find("X-WR-") == std::string::npos);
        CHECK(lines[1] == "PRODID:-//Summitry//Summitry 0.1//EN");
        CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE") == 1);
        CHECK(std::find(lines.begin(), lines.end(), "TZID:Europe/Paris") != lines.end());
        CHECK(calendar_uid(rs[i].body) == rs[i].uid);
    }
    CHECK(rs[0].body.find("SEQUENCE:3\r\n") != std::string::npos);
    CHECK(rs[2].body.find("STATUS:CANCELLED\r\n") != std::string::npos);
}

TEST_CASE("private sessions are never published, even when asked for", "[caldav]") {
    const Event ev = load(event_text(sessions));
    ExportRequest req;
    req.include_private = true;
    for (const auto& r : resources_of(ev, req)) {
        CHECK(r.uid != "closed-door@summit.summitry");
        CHECK(r.body.find("bruno@example.org") == std::string::npos);
    }
}

TEST_CASE("libical reads each resource back as one event with its zone", "[caldav]") {
    const Event ev = load(event_text(sessions));
    for (const auto& r : resources_of(ev)) {
        icalcomponent* c = icalparser_parse_string(r.body.c_str());
        REQUIRE(c != nullptr);
        CHECK(icalcomponent_count_components(c, ICAL_VEVENT_COMPONENT) == 1);
        CHECK(icalcomponent_count_components(c, ICAL_VTIMEZONE_COMPONENT) == 1);
        icalcomponent_free(c);
    }
}

TEST_CASE("a digest changes with the content, not with the time of the run", "[caldav]") {
    const Event ev = load(event_text(sessions));
    ExportRequest later;
    later.now = fixed_now + std::chrono::hours(24 * 40);
    const auto a = resources_of(ev);
    const auto b = resources_of(ev, later);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].body != b[i].body);  // DTSTAMP
        CHECK(a[i].digest == b[i].digest);
    }

    // The panel moves by an hour: its resource changes, the others do not.
    auto moved = sessions;
    const auto at = moved[1].find("10:00");
    REQUIRE(at != std::string::npos);
    moved[1].replace(at, 5, "11:00");
    const auto c = resources_of(load(event_text(moved)));
    CHECK(find(c, "keynote@summit.summitry").digest == find(a, "keynote@summit.summitry").digest);
    CHECK(find(c, "dropped@summit.summitry").digest == find(a, "dropped@summit.summitry").digest);
    CHECK(find(c, "panel@summit.summitry").digest != find(a, "panel@summit.summitry").digest);
}

TEST_CASE("a track's selection gives the resources the calendar gives", "[caldav]") {
    const Event ev = load(event_text(sessions));
    ExportRequest req;
    req.track = ev.find_track("policy");
    const auto rs = resources_of(ev, req);
    REQUIRE(rs.size() == 2);
    CHECK(rs[0].uid == "panel@summit.summitry");
    CHECK(rs[1].uid == "dropped@summit.summitry");
    // The same resource whichever selection publishes it.
    const auto all = resources_of(ev);
    CHECK(rs[0].body == find(all, "panel@summit.summitry").body);
}

TEST_CASE("path segments: any UID gives one segment of unreserved characters and escapes",
          "[caldav]") {
    const std::vector<std::string> hostile = {"../../etc/passwd",
                                              "a/b",
                                              "a?b#c",
                                              "x\r\nHost: evil",
                                              "100%",
                                              "with space",
                                              "Été 🎉",
                                              ".",
                                              "..",
                                              "%2F",
                                              std::string("nul\0byte", 8),
                                              "a\\b",
                                              "@:;,=&+$"};
    for (const std::string& uid : hostile) {
        INFO(uid);
        const std::string seg = path_segment(uid);
        for (std::size_t i = 0; i < seg.size(); ++i) {
            const char c = seg[i];
            const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' ||
                            c == '_' || c == '~' || c == '%';
            CHECK(ok);
            if (c == '%') CHECK(i + 2 < seg.size());
        }
        CHECK(seg != ".");
        CHECK(seg != "..");
        CHECK(percent_decoded(seg) == uid);
        const std::string name = resource_name(uid);
        CHECK(name.ends_with(".ics"));
        CHECK(path_segment(name).find('/') == std::string::npos);
    }
    CHECK(path_segment("keynote@summit.summitry.ics") == "keynote%40summit.summitry.ics");
    CHECK(percent_decoded("a%2") == "a%2");
    CHECK(percent_decoded("a%zz") == "a%zz");
}

TEST_CASE("a UID too long for a file name gives a digest as name, the same every time",
          "[caldav]") {
    const std::string uid(300, 'x');
    const std::string name = resource_name(uid);
    CHECK(path_segment(name).size() <= 200);
    CHECK(name == resource_name(uid));
    CHECK(name != resource_name(std::string(301, 'x')));
    CHECK(resource_name(std::string(150, 'y')) == std::string(150, 'y') + ".ics");
}

TEST_CASE("the UID of a server's resource: folded, escaped, in lower case", "[caldav]") {
    CHECK(calendar_uid("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:abc\\,d\r\nEND:VEVENT\r\n"
                       "END:VCALENDAR\r\n") == "abc,d");
    CHECK(calendar_uid("BEGIN:VCALENDAR\nBEGIN:VEVENT\nuid:ke\n ynote@x\nEND:VEVENT\n"
                       "END:VCALENDAR\n") == "keynote@x");
    // The calendar's own UID property (RFC 7986) is not the event's.
    CHECK(calendar_uid("BEGIN:VCALENDAR\r\nUID:cal\r\nBEGIN:VEVENT\r\nUID:ev\r\nEND:VEVENT\r\n"
                       "END:VCALENDAR\r\n") == "ev");
    CHECK(calendar_uid("not a calendar").empty());
}
