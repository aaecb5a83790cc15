// SPDX-License-Identifier: MIT
// Import of frab/pentabarf XML and c3voc schedule.json (issue 3, "Import"): the real schedules of
// ../shared/data keep their session counts and load back, times keep their instants, past-
// midnight sessions stay on their day, duplicates are repaired aloud, and bad input is refused
// with a diagnostic, never a crash.
#include <catch2/catch.hpp>

#include "frab_json_import_fixture.h"

using namespace summitry;
using namespace schedule_import_test;

TEST_CASE("every shared schedule imports with its source's session count and loads back",
          "[import][frab][json]") {
    struct Case {
        const char* file;
        bool xml;
        std::size_t sessions, rooms;
    };
    // Counts as the README of ../shared/data gives them, and checked below against the files.
    // 36C3 names 92 rooms, two of them twice in another case ("1Komona headnut", "1komona
    // headnut"): one room each, with a room-case warning.
    const Case cases[] = {
        {"frab/fosdem-2025.xml", true, 943, 40},
        {"frab/36c3-everything.xml", true, 1351, 90},
        {"frab/debconf23.xml", true, 117, 5},
        {"c3voc-json/36c3-everything.json", false, 1351, 90},
        {"c3voc-json/frab-camp2019.json", false, 79, 2},
        {"c3voc-json/pretalx-democon.json", false, 36, 2},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const std::string text = shared(c.file);
        CHECK((c.xml ? xml_events(text) : json_events(text)) == c.sessions);
        const ImportResult r = c.xml ? import_frab(text, c.file) : import_c3voc_json(text, c.file);
        INFO(dump(r.diagnostics));
        REQUIRE(r.diagnostics.errors() == 0);
        CHECK(r.event.sessions.size() == c.sessions);
        CHECK(r.event.rooms.size() == c.rooms);
        CHECK(r.event.venues.size() == 1);
        std::set<std::string> ids;
        for (const Session& s : r.event.sessions) {
            ids.insert(s.id);
            CHECK(s.scheduled());
        }
        CHECK(ids.size() == c.sessions);  // no two sessions merged

        const LoadResult back = load_written(r.event);
        CHECK(back.event.sessions.size() == c.sessions);
        CHECK(back.event.people.size() == r.event.people.size());
        CHECK(written(back.event) == written(r.event));  // the file says all the import found
    }
}

TEST_CASE("the registered formats are the importers", "[import]") {
    const ImportFormat* frab_format = find_import_format("frab");
    const ImportFormat* json_format = find_import_format("json");
    REQUIRE(frab_format != nullptr);
    REQUIRE(json_format != nullptr);
    const std::string text = shared("frab/debconf23.xml");
    CHECK(frab_format->read(text, "debconf23.xml").event.sessions.size() == 117);
    CHECK(json_format->read(shared("c3voc-json/pretalx-democon.json"), "d.json")
              .event.sessions.size() == 36);
}

TEST_CASE("FOSDEM: rooms, tracks, people, links and kinds come across", "[import][frab]") {
    const ImportResult r = import_frab(shared("frab/fosdem-2025.xml"), "fosdem-2025.xml");
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.diagnostics.empty());  // a clean source, nothing to repair
    const Event& ev = r.event;
    CHECK(ev.info.id == "fosdem-2025");
    CHECK(ev.info.timezone_name == "Europe/Brussels");
    CHECK(ev.info.day_change == Minutes{9 * 60});  // <day_change>09:00:00</day_change>
    CHECK(format_date(ev.info.start_date) == "2025-02-01");
    CHECK(format_date(ev.info.end_date) == "2025-02-02");
    CHECK(ev.venues.front().name.get("en") == "ULB (Université Libre de Bruxelles)");
    CHECK(ev.tracks.size() == 74);  // <tracks> declares 74; sessions use 69 of them
    CHECK(ev.people.size() == 992);
    CHECK(ev.info.languages == std::vector<std::string>{"en"});

    // <slug>fosdem-2025-6210-a-new-approach-...</slug>: the acronym and number are left out.
    const Session& s = session(ev, "a-new-approach-to-callee-saved-registers-in-llvm");
    CHECK(s.title.get("en") == "A New Approach to Callee-Saved Registers in LLVM");
    CHECK(*s.start == utc("2025-02-01T09:35Z"));  // 10:35+01:00
    CHECK(*s.duration == Seconds{25 * 60});
    CHECK(s.kind == SessionKind::talk);  // type "devroom"
    CHECK(s.tags == std::vector<std::string>{"devroom"});
    CHECK(s.language == "en");
    REQUIRE(s.speakers.size() == 1);
    CHECK(ev.people[static_cast<std::size_t>(s.speakers[0])].name == "Mikhail Gudim");
    CHECK(ev.rooms[static_cast<std::size_t>(s.room)].name.get("en") == "K.3.201");
    CHECK(s.url.starts_with("https://fosdem.org/2025/schedule/event/"));

    // Links beyond the url are kept as x-links; FOSDEM Junior sessions are of kind other.
    const std::string yaml = written(ev);
    CHECK(yaml.find("x-links: [{title: LLVM, url: https://github.com/llvm/llvm-project/}]") !=
          std::string::npos);
    std::size_t junior = 0;
    for (const Session& x : ev.sessions)
        junior += x.kind == SessionKind::other && x.tags == std::vector<std::string>{"junior"};
    CHECK(junior == 18);
}

TEST_CASE("DebConf23 and pretalx-democon: declared zone and offsets disagree, instants win",
          "[import][time]") {
    {
        const ImportResult r = import_frab(shared("frab/debconf23.xml"), "debconf23.xml");
        INFO(dump(r.diagnostics));
        REQUIRE(r.diagnostics.errors() == 0);
        CHECK(count(r.diagnostics, "timezone-mismatch") == 1);  // said once, not 117 times
        CHECK(r.diagnostics.items().size() == 1);
        const Event& ev = r.event;
        CHECK(ev.info.timezone_name == "Asia/Kolkata");
        // <date>2023-09-10T05:00:00+00:00</date><start>10:30</start>: the instant, shown in
        // Kolkata.
        const Session& s = session(ev, "opening-ceremony");
        CHECK(*s.start == utc("2023-09-10T05:00Z"));
        CHECK(format_local(to_local(ev.zone(), *s.start)) == "2023-09-10 10:30");
        const LoadResult back = load_written(ev);
        CHECK(*session(back.event, "opening-ceremony").start == utc("2023-09-10T05:00Z"));
        // Its days are dated in UTC and start at 03:00 in Kolkata: that is where the day changes.
        CHECK(ev.info.day_change == Minutes{3 * 60});
        CHECK(format_date(ev.info.start_date) == "2023-09-10");
        CHECK(format_date(ev.info.end_date) == "2023-09-18");
    }
    {
        const ImportResult r =
            import_c3voc_json(shared("c3voc-json/pretalx-democon.json"), "democon.json");
        INFO(dump(r.diagnostics));
        REQUIRE(r.diagnostics.errors() == 0);
        CHECK(count(r.diagnostics, "timezone-mismatch") == 1);
        const Event& ev = r.event;
        CHECK(ev.info.timezone_name == "UTC");
        // "2020-12-14T09:00:00+01:00" is 08:00 UTC.
        const Session& s = session(ev, "focused-5thgeneration-hardware");
        CHECK(*s.start == utc("2020-12-14T08:00Z"));
        CHECK(*s.duration == Seconds{30 * 60});
        CHECK(s.kind == SessionKind::talk);
        CHECK(session(ev, "managed-stable-function").kind == SessionKind::workshop);
        REQUIRE(s.speakers.size() == 1);
        const Person& p = ev.people[static_cast<std::size_t>(s.speakers[0])];
        CHECK(p.name == "Brian Robinson");
        CHECK(p.bio.get("en").starts_with("Break through direction."));
        CHECK(ev.rooms.size() == 2);
        load_written(ev);
    }
}

TEST_CASE("a schedule that names no zone keeps its offsets", "[import][time]") {
    const ImportResult r = import_frab(shared("frab/36c3-everything.xml"), "36c3.xml");
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(count(r.diagnostics, "missing-timezone") == 1);
    CHECK(r.event.info.timezone_name == "Etc/GMT-1");  // UTC+01:00, as every date says
    const Session& s = session(r.event, "opening-ceremony");
    CHECK(*s.start == utc("2019-12-27T10:00Z"));
    CHECK(format_local(to_local(r.event.zone(), *s.start)) == "2019-12-27 11:00");
}

TEST_CASE("durations in every notation schedules use", "[import][time]") {
    const std::pair<const char*, long long> durations[] = {
        {"1:00", 3600},    {"01:00:00", 3600}, {"00:30", 1800},   {"0:45", 2700}, {"12:59", 46740},
        {"PT1H30M", 5400}, {"pt20m", 1200},    {"00:05:30", 330}, {"45min", 2700}};
    std::string events;
    int n = 1;
    for (const auto& [d, s] : durations)
        events += frab_event(std::to_string(n++), "2025-03-01T10:00:00+01:00", d);
    const ImportResult r = import_frab(frab(events), "durations.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.event.sessions.size() == std::size(durations));
    for (std::size_t i = 0; i < std::size(durations); ++i) {
        INFO(durations[i].first);
        CHECK(r.event.sessions[i].duration == Seconds{durations[i].second});
    }
    load_written(r.event);

    CHECK(parse_source_duration("1:5") == std::nullopt);
    CHECK(parse_source_duration("1:60") == std::nullopt);
    CHECK(parse_source_duration("") == std::nullopt);
    CHECK(parse_source_duration("45") == std::nullopt);
    CHECK(parse_source_duration("800:00") == std::nullopt);  // a month and more: not a session
    CHECK(parse_source_duration("00:00") == Seconds{0});
}

TEST_CASE("a zero or unreadable duration becomes the time slot, with a warning", "[import][time]") {
    const ImportResult r = import_frab(frab(frab_event("1", "2025-03-01T10:00:00+01:00", "00:00") +
                                            frab_event("2", "2025-03-01T11:00:00+01:00", "soon") +
                                            frab_event("3", "2025-03-01T12:00:00+01:00", "")),
                                       "zero.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(count(r.diagnostics, "zero-duration") == 1);
    CHECK(count(r.diagnostics, "bad-value") == 2);
    for (const Session& s : r.event.sessions)
        CHECK(s.duration == Seconds{15 * 60});  // no time slot given
    const ImportResult slot =
        import_frab(frab(frab_event("1", "2025-03-01T10:00:00+01:00", "00:00"),
                         "<timeslot_duration>00:05</timeslot_duration>"),
                    "slot.xml");
    CHECK(slot.event.sessions.front().duration == Seconds{5 * 60});
    // 36C3's Kerbal Space Program workshop lasts 00:00 in both of its files.
    const ImportResult c3 = import_frab(shared("frab/36c3-everything.xml"), "36c3.xml");
    CHECK(count(c3.diagnostics, "zero-duration") == 1);
    CHECK(session(c3.event, "x9jpvh").duration == Seconds{10 * 60});
}

TEST_CASE("sessions past midnight stay on the day the schedule lists them under",
          "[import][time]") {
    // 36C3 lists 46 sessions after midnight (up to 04:00) under the day before, and others from
    // 09:30 under their own day: the day changes between the two.
    const std::string text = shared("frab/36c3-everything.xml");
    const ImportResult r = import_frab(text, "36c3.xml");
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(r.event.info.day_change == Minutes{5 * 60});
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(text.data(), text.size()));
    std::size_t i = 0, past_midnight = 0;
    for (const auto& node : doc.select_nodes("/schedule/day/room/event")) {
        const std::string listed = node.node().parent().parent().attribute("date").value();
        const Session& s = r.event.sessions.at(i++);
        INFO(s.id);
        CHECK(format_date(r.event.programme_day(s)) == listed);
        past_midnight +=
            format_date(Date{
                date::floor<date::days>(to_local(r.event.zone(), *s.start)).time_since_epoch()}) !=
            listed;
    }
    CHECK(i == 1351);
    CHECK(past_midnight == 46);
    CHECK(format_date(r.event.info.end_date) == "2019-12-30");  // 02:00 on the 31st is the 30th

    // A session at 01:30 listed under the 1st is on the 1st; the event file keeps it there.
    const ImportResult late =
        import_frab(frab(frab_event("1", "2025-03-01T20:00:00+01:00", "1:00") +
                         frab_event("2", "2025-03-02T01:30:00+01:00", "1:00")),
                    "late.xml");
    INFO(dump(late.diagnostics));
    REQUIRE(late.diagnostics.empty());
    const LoadResult back = load_written(late.event);
    CHECK(format_date(back.event.programme_day(back.event.sessions[1])) == "2025-03-01");
    CHECK(back.event.info.day_change == Minutes{9 * 60});  // the day's start, 09:00
}

TEST_CASE("a schedule's own day_change wins where it fits", "[import][time]") {
    const ImportResult r = import_frab(frab(frab_event("1", "2025-03-02T02:30:00+01:00", "1:00"),
                                            "<day_change>03:00:00</day_change>"),
                                       "dc.xml");
    REQUIRE(r.diagnostics.empty());
    CHECK(r.event.info.day_change == Minutes{3 * 60});
    CHECK(format_date(r.event.programme_day(r.event.sessions.front())) == "2025-03-01");
}

TEST_CASE("sessions outside the conference's dates widen the event, with a warning",
          "[import][time]") {
    const ImportResult r =
        import_frab(frab(frab_event("1", "2025-03-05T10:00:00+01:00", "1:00")), "out.xml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    CHECK(count(r.diagnostics, "dates-widened") == 1);
    CHECK(format_date(r.event.info.end_date) == "2025-03-05");
    load_written(r.event);
}

TEST_CASE("duplicate ids and guids are repaired aloud, never merged or dropped",
          "[import][frab][json]") {
    for (const char* file : {"frab/36c3-everything.xml", "c3voc-json/36c3-everything.json"}) {
        INFO(file);
        const std::string text = shared(file);
        const ImportResult r = std::string(file).ends_with(".xml") ? import_frab(text, file)
                                                                   : import_c3voc_json(text, file);
        REQUIRE(r.diagnostics.errors() == 0);
        // 13 events repeat an earlier event's numeric id (3 of them its guid too, and its slug):
        // one warning each, naming both lines.
        CHECK(count(r.diagnostics, "duplicate-id") == 13);
        const Session& a = session(r.event, "srmx8w");
        const Session& b = session(r.event, "srmx8w-2");
        CHECK(a.title.get("en") == b.title.get("en"));
        CHECK(*a.start == utc("2019-12-27T15:10Z"));
        CHECK(*b.start == utc("2019-12-27T16:15Z"));
        // The guid stays with the first only: a guid names one session.
        const std::string yaml = written(r.event);
        CHECK(yaml.find("x-guid: 81f5f0c4-3d35-522c-8f1c-c8825b92f00a") != std::string::npos);
        CHECK(yaml.find("x-guid: 81f5f0c4-3d35-522c-8f1c-c8825b92f00a",
                        yaml.find("x-guid: 81f5f0c4") + 1) == std::string::npos);
    }
    const ImportResult r = import_frab(frab(frab_event("7", "2025-03-01T10:00:00+01:00", "1:00") +
                                            frab_event("7", "2025-03-01T11:00:00+01:00", "1:00")),
                                       "dup.xml");
    REQUIRE(r.event.sessions.size() == 2);
    CHECK(r.event.sessions[0].id == "talk");
    CHECK(r.event.sessions[1].id == "talk-2");
    CHECK(count(r.diagnostics, "duplicate-id") == 1);  // the id and guid (and so the slug)
    for (const auto& d : r.diagnostics.items()) CHECK(d.loc.line == 5);  // the second <event>
    load_written(r.event);
}

TEST_CASE("a track the source runs in two rooms at once is imported as parallel",
          "[import][frab][json]") {
    // FOSDEM's main track runs in several rooms at once by design (issue 15, defect 6): its
    // overlaps were 25 track-overlap warnings that drowned the real conflicts.
    for (const auto& [file, xml] :
         std::vector<std::pair<std::string, bool>>{{"frab/fosdem-2025.xml", true},
                                                   {"c3voc-json/36c3-everything.json", false},
                                                   {"frab/debconf23.xml", true}}) {
        INFO(file);
        const ImportResult r =
            xml ? import_frab(shared(file), file) : import_c3voc_json(shared(file), file);
        REQUIRE(r.diagnostics.errors() == 0);
        const Event& ev = r.event;
        // Parallel exactly where two sessions of the track overlap in different rooms.
        std::vector<bool> expected(ev.tracks.size(), false);
        for (const Session& a : ev.sessions)
            for (const Session& b : ev.sessions)
                if (&a != &b && a.track >= 0 && a.track == b.track && a.scheduled() &&
                    b.scheduled() && !a.cancelled() && !b.cancelled() && a.room != b.room &&
                    *a.start < b.end() && *b.start < a.end())
                    expected[static_cast<std::size_t>(a.track)] = true;
        std::size_t parallel = 0;
        for (std::size_t t = 0; t < ev.tracks.size(); ++t) {
            INFO(ev.tracks[t].id);
            CHECK(ev.tracks[t].parallel == expected[t]);
            parallel += ev.tracks[t].parallel;
        }
        // No track-overlap is left from a parallel track; the file keeps the flag.
        const Diagnostics conflicts = check_conflicts(ev);
        for (const Diagnostic& d : conflicts.items()) {
            if (d.rule != "track-overlap") continue;
            const Index s = ev.find_session(d.sessions.front());
            CHECK_FALSE(
                ev.tracks[static_cast<std::size_t>(ev.sessions[static_cast<std::size_t>(s)].track)]
                    .parallel);
        }
        const LoadResult back = load_written(ev);
        std::size_t parallel_back = 0;
        for (const Track& t : back.event.tracks) parallel_back += t.parallel;
        CHECK(parallel_back == parallel);
        if (file == "frab/fosdem-2025.xml") {
            CHECK(parallel > 0);
            CHECK(count(conflicts, "track-overlap") == 0);
            CHECK(written(ev).find("    parallel: true\n") != std::string::npos);
        }
    }
}
