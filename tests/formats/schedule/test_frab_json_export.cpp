// SPDX-License-Identifier: MIT
// frab XML and c3voc JSON export (io/frab_export.h, io/c3voc_export.h): stable guids and ids,
// day_change, what is carried over and what is left out. Schema validation of whole files is in
// tests/cli/test_exports.py (xmllint, python3-jsonschema).
#include <catch2/catch.hpp>

#include "frab_json_export_fixture.h"

using namespace summitry;
using Json = nlohmann::json;
using namespace schedule_export_test;

TEST_CASE("uuid5 gives the RFC 4122 name-based UUIDs", "[uuid]") {
    // The example of RFC 4122's errata and Python's documentation, and two more from Python's
    // uuid module, an implementation of its own.
    CHECK(uuid5(uuid_namespace_dns(), "python.org").str() ==
          "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(uuid5(uuid_namespace_url(), "http://www.python.org/").str() ==
          "c2a8cbf8-d0f1-5ef4-9740-c3faec8ab1a0");
    CHECK(uuid5(uuid_namespace_url(), "https://summitry.invalid/ns/guid") == summitry_namespace());
    CHECK(summitry_namespace().str() == "b76e6b8c-2737-5fff-a505-ce7fede574bb");

    const Uuid u = session_guid("ai-for-growth-2025", "fireside-chat");
    CHECK(u.str() == "26bfb8d1-f13d-5aeb-b1a9-7a15f2604560");
    CHECK(u.str()[14] == '5');                                          // version 5
    CHECK(std::string("89ab").find(u.str()[19]) != std::string::npos);  // RFC 4122 variant
    CHECK(session_guid("ai-for-growth-2025", "fireside-chat") == u);
    CHECK_FALSE(session_guid("ai-for-growth-2026", "fireside-chat") == u);

    CHECK(parse_uuid("886313E1-3B8A-5372-9B90-0C9AEE199E5D")->str() ==
          "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK_FALSE(parse_uuid("886313e1-3b8a-5372-9b90-0c9aee199e5"));
    CHECK_FALSE(parse_uuid("886313e1-3b8a-5372-9b90-0c9aee199e5dx"));
    CHECK_FALSE(parse_uuid("886313e1x3b8a-5372-9b90-0c9aee199e5d"));
}

TEST_CASE("guids and ids stay when a session moves or the file is reordered", "[frab][json]") {
    const Event before = load(two_days);
    // The sessions in the opposite order, the panel moved to another room, day and time, and
    // retitled.
    std::string text = two_days;
    const auto at = text.find("sessions:\n") + 10;
    std::string sessions = text.substr(at);
    text.erase(at);
    std::vector<std::string> items;
    for (std::size_t pos = 0; pos < sessions.size();) {
        std::size_t next = sessions.find("\n  - id:", pos);
        next = next == std::string::npos ? sessions.size() : next + 1;
        items.push_back(sessions.substr(pos, next - pos));
        pos = next;
    }
    REQUIRE(items.size() == 4);
    std::reverse(items.begin(), items.end());
    for (auto& item : items) {
        if (!item.starts_with("  - id: panel")) continue;
        item =
            "  - id: panel\n    title: Panel, moved\n    kind: panel\n    room: main\n"
            "    start: 2025-03-15 11:00\n    duration: 1h\n    hosts: [chloe]\n";
    }
    for (const auto& item : items) text += item;
    const Event after = load(text);
    REQUIRE(after.sessions.front().id == "closing");

    const ByGuid a = exported(before);
    const ByGuid b = exported(after);
    REQUIRE(a.size() == 4);
    REQUIRE(b.size() == 4);
    for (const char* id : {"opening", "panel", "late-reception", "closing"}) {
        INFO(id);
        const std::string guid = guid_of(before, id);
        REQUIRE(a.count(guid) == 1);
        REQUIRE(b.count(guid) == 1);
        CHECK(a.at(guid).id == b.at(guid).id);
        CHECK(a.at(guid).slug == b.at(guid).slug);
        CHECK(a.at(guid).slug.ends_with(std::string("-") + id));
    }
    const std::string panel = guid_of(before, "panel");
    CHECK(a.at(panel).date == "2025-03-14T10:00:00+01:00");
    CHECK(b.at(panel).date == "2025-03-15T11:00:00+01:00");
    CHECK(b.at(panel).room == "Main room");
    CHECK(b.at(panel).title == "Panel, moved");
    CHECK(a.at(panel).day == 1);
    CHECK(b.at(panel).day == 2);
}

TEST_CASE("numeric ids are positive 32-bit, unique, and do not depend on the order", "[frab]") {
    // Enough sessions for the guids' leading bits to collide: the collisions are settled in the
    // order of session ids, not of the file.
    Event ev;
    ev.info.id = "big";
    const int n = 150'000;
    for (int i = 0; i < n; ++i) ev.sessions.emplace_back().id = "s" + std::to_string(i);
    const std::vector<std::int64_t> ids = session_numeric_ids(ev);
    REQUIRE(ids.size() == static_cast<std::size_t>(n));
    std::set<std::int64_t> distinct(ids.begin(), ids.end());
    CHECK(distinct.size() == ids.size());
    CHECK(*distinct.begin() >= 1'000'000);
    CHECK(*distinct.rbegin() <= 2'147'483'646);
    int moved = 0;  // ids that are not the plain fold of their guid
    for (int i = 0; i < n; ++i) {
        const auto plain =
            1'000'000 +
            (session_guid("big", ev.sessions[static_cast<std::size_t>(i)].id).leading_bits() &
             0x7fffffffu) %
                2'146'483'647;
        moved += ids[static_cast<std::size_t>(i)] != plain;
    }
    CHECK(moved > 0);   // the collision path ran
    CHECK(moved < 20);  // and moved only the colliding ids

    std::map<std::string, std::int64_t> first;
    for (int i = 0; i < n; ++i)
        first[ev.sessions[static_cast<std::size_t>(i)].id] = ids[static_cast<std::size_t>(i)];
    std::reverse(ev.sessions.begin(), ev.sessions.end());
    std::rotate(ev.sessions.begin(), ev.sessions.begin() + 777, ev.sessions.end());
    const std::vector<std::int64_t> again = session_numeric_ids(ev);
    int same = 0;
    for (int i = 0; i < n; ++i)
        same += first.at(ev.sessions[static_cast<std::size_t>(i)].id) ==
                again[static_cast<std::size_t>(i)];
    CHECK(same == n);
}

TEST_CASE("day_change decides the day of a session past midnight", "[frab][json]") {
    SECTION("the default 04:00: a reception at 00:30 stays on its evening") {
        const Event ev = load(two_days);
        const ByGuid s = exported(ev);
        const Exported& late = s.at(guid_of(ev, "late-reception"));
        CHECK(late.day == 1);
        CHECK(late.date == "2025-03-15T00:30:00+01:00");
        CHECK(late.start == "00:30");
        CHECK(late.duration == "01:30");
        CHECK(s.at(guid_of(ev, "closing")).day == 2);

        pugi::xml_document doc;
        REQUIRE(doc.load_string(frab_text(ev).c_str()));
        const pugi::xml_node day1 = doc.child("schedule").child("day");
        CHECK(std::string(day1.attribute("date").value()) == "2025-03-14");
        CHECK(std::string(day1.attribute("start").value()) == "2025-03-14T04:00:00+01:00");
        CHECK(std::string(day1.attribute("end").value()) == "2025-03-15T04:00:00+01:00");
        const Json days = json_of(ev)["schedule"]["conference"]["days"];
        CHECK(days[0]["day_start"] == "2025-03-14T04:00:00+01:00");
        CHECK(days[1]["day_end"] == "2025-03-16T04:00:00+01:00");
    }
    SECTION("day_change 00:00: the reception is on the day it starts") {
        std::string text = two_days;
        text.replace(text.find("  website:"), 0, "  day_change: \"00:00\"\n");
        const Event ev = load(text);
        const ByGuid s = exported(ev);
        CHECK(s.at(guid_of(ev, "late-reception")).day == 2);
        CHECK(s.at(guid_of(ev, "late-reception")).date == "2025-03-15T00:30:00+01:00");
        pugi::xml_document doc;
        REQUIRE(doc.load_string(frab_text(ev).c_str()));
        CHECK(std::string(doc.child("schedule").child("day").attribute("start").value()) ==
              "2025-03-14T00:00:00+01:00");
    }
}

TEST_CASE("days across a DST change carry each day's own offset", "[frab][json]") {
    std::string text = two_days;
    for (auto [from, to] :
         {std::pair{"2025-03-14", "2025-03-29"}, std::pair{"2025-03-15", "2025-03-30"}}) {
        for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from))
            text.replace(pos, 10, to);
    }
    const Event ev = load(text);
    const Json days = json_of(ev)["schedule"]["conference"]["days"];
    REQUIRE(days.size() == 2);
    CHECK(days[0]["day_start"] == "2025-03-29T04:00:00+01:00");
    CHECK(days[0]["day_end"] == "2025-03-30T04:00:00+02:00");
    CHECK(days[1]["day_start"] == "2025-03-30T04:00:00+02:00");
    const ByGuid s = exported(ev);
    CHECK(s.at(guid_of(ev, "late-reception")).date == "2025-03-30T00:30:00+01:00");
    CHECK(s.at(guid_of(ev, "closing")).date == "2025-03-30T17:00:00+02:00");
}

TEST_CASE("a date the zone skipped is no day: the day before runs on to the next", "[frab][json]") {
    // Pacific/Apia went from 2011-12-29 24:00 (UTC-10) to 2011-12-31 00:00 (UTC+14). The export
    // listed a day 2011-12-30 of four hours, from 2011-12-31 00:00 to 04:00, that did not exist.
    const Event ev = load(R"(summitry: 1
event:
  id: date-line
  title: Date line
  timezone: Pacific/Apia
  start_date: 2011-12-29
  end_date: 2011-12-31
venues:
  - {id: hall, name: Hall, rooms: [{id: main, name: Main}]}
sessions:
  - {id: before, title: Before, room: main, start: 2011-12-29 10:00, duration: 1h}
  - {id: night, title: Night, room: main, start: 2011-12-31 02:00, duration: 1h}
  - {id: after, title: After, room: main, start: 2011-12-31 10:00, duration: 1h}
)");
    pugi::xml_document doc;
    REQUIRE(doc.load_string(frab_text(ev).c_str()));
    std::vector<std::string> days;
    for (pugi::xml_node day : doc.child("schedule").children("day"))
        days.push_back(std::string(day.attribute("index").value()) + " " +
                       day.attribute("date").value() + " " + day.attribute("start").value() + " " +
                       day.attribute("end").value());
    CHECK(days == std::vector<std::string>{
                      "1 2011-12-29 2011-12-29T04:00:00-10:00 2011-12-31T04:00:00+14:00",
                      "2 2011-12-31 2011-12-31T04:00:00+14:00 2012-01-01T04:00:00+14:00"});
    const Json json_days = json_of(ev)["schedule"]["conference"]["days"];
    REQUIRE(json_days.size() == 2);
    CHECK(json_days[0]["date"] == "2011-12-29");
    CHECK(json_days[0]["day_end"] == "2011-12-31T04:00:00+14:00");
    // The small hours of the 31st belong to the night of the 29th, in both files.
    const ByGuid s = exported(ev);
    CHECK(s.at(guid_of(ev, "before")).day == 1);
    CHECK(s.at(guid_of(ev, "night")).day == 1);
    CHECK(s.at(guid_of(ev, "night")).date == "2011-12-31T02:00:00+14:00");
    CHECK(s.at(guid_of(ev, "after")).day == 2);
}
