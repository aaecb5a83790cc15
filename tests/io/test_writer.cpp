// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/event_loader.h"
#include "io/event_writer.h"

using namespace summitry;

namespace {

std::string written(const Event& ev) {
    std::ostringstream out;
    write_event_yaml(out, ev);
    return out.str();
}

// Everything the model holds about sessions and people, as text, to compare two loads.
std::string fingerprint(const Event& ev) {
    std::ostringstream o;
    o << ev.info.id << '|' << ev.info.title.get("en") << '|' << ev.info.timezone_name << '|'
      << format_date(ev.info.start_date) << '|' << ev.info.day_change.count() << '\n';
    for (const auto& p : ev.people) {
        o << p.id << '|' << p.name << '|' << p.affiliation << '|' << p.role.get("fr", "en") << '|'
          << p.email;
        for (const auto& r : p.unavailable)
            o << '|' << r.from.time_since_epoch().count() << '-' << r.to.time_since_epoch().count();
        o << '\n';
    }
    for (const auto& r : ev.rooms)
        o << r.qualified << '|' << r.capacity.value_or(-1) << '|' << r.features.size() << '\n';
    for (const auto& s : ev.sessions) {
        o << s.id << '|' << s.title.get("en") << '|' << s.title.get("fr") << '|'
          << to_string(s.kind) << '|' << s.room << '|'
          << (s.start ? s.start->time_since_epoch().count() : -1) << '|'
          << (s.duration ? s.duration->count() : -1) << '|' << s.speakers.size()
          << s.moderators.size() << s.hosts.size() << s.organizations.size() << '|' << s.is_public
          << to_string(s.status) << s.revision << s.pinned << '|'
          << s.expected_attendance.value_or(-1) << '|' << s.extra.size() << '\n';
    }
    return o.str();
}

void round_trip(const LoadResult& first) {
    REQUIRE_FALSE(first.diagnostics.has_errors());
    const std::string text = written(first.event);
    const LoadResult second = load_event_text(text, "written.yaml");
    for (const auto& d : second.diagnostics.items()) INFO(d.loc.line << ": " << d.message);
    REQUIRE(second.diagnostics.errors() == 0);
    CHECK(second.diagnostics.count(Severity::warning) ==
          first.diagnostics.count(Severity::warning));
    CHECK(fingerprint(second.event) == fingerprint(first.event));
    CHECK(written(second.event) == text);  // writing is stable
}

}  // namespace

TEST_CASE("the seed events survive load, write, load", "[writer]") {
    for (const char* name :
         {"ai-for-growth-2025.yaml", "digital-sovereignty-summit-berlin-2025.yaml"}) {
        INFO(name);
        round_trip(load_event(std::string(SUMMITRY_SOURCE_DIR "/schedules/") + name));
    }
}

TEST_CASE("generated events survive load, write, load", "[writer][generated]") {
    const auto dir = std::filesystem::temp_directory_path() / "summitry-test-writer";
    std::filesystem::create_directories(dir);
    for (int seed : {1, 2, 3}) {
        const auto file = dir / ("gen-" + std::to_string(seed) + ".yaml");
        const std::string cmd = "/usr/bin/python3 " SUMMITRY_SHARED_DIR
                                "/bench/gen_event.py --sessions 300 --perturb 20 "
                                "--unscheduled 0.1 --seed " +
                                std::to_string(seed) + " -o " + file.string() + " 2>/dev/null";
        REQUIRE(std::system(cmd.c_str()) == 0);
        round_trip(load_event(file));
    }
}

TEST_CASE("unknown keys and x- keys are written back where they were", "[writer]") {
    const auto first = load_event_text(R"(summitry: 1
x-top: {a: [1, "two"]}
event: {id: e, title: E, timezone: Europe/Paris, start_date: 2026-10-24, end_date: 2026-10-25, x-budget: 12}
venues: [{id: v, name: V, rooms: [{id: r, x-floor: 2}]}]
sessions:
  - {id: late, title: "Late: night", room: r, start: 2026-10-25T02:30+01:00, duration: 30min, tittle: typo}
)",
                                       "extra.yaml");
    round_trip(first);
    const std::string text = written(first.event);
    CHECK(text.find("x-top: {a: [1, two]}") != std::string::npos);
    CHECK(text.find("  x-budget: 12") != std::string::npos);
    CHECK(text.find("x-floor: 2") != std::string::npos);
    CHECK(text.find("tittle: typo") != std::string::npos);
    CHECK(text.find("title: \"Late: night\"") != std::string::npos);
    // 02:30 happens twice that night: the offset says which.
    CHECK(text.find("start: 2026-10-25T02:30+01:00") != std::string::npos);
}

TEST_CASE("scalars are quoted only where YAML would read them otherwise", "[writer]") {
    CHECK(yaml_scalar("Ballroom") == "Ballroom");
    CHECK(yaml_scalar("2025-02-10 18:00") == "2025-02-10 18:00");
    CHECK(yaml_scalar("no") == "\"no\"");
    CHECK(yaml_scalar("180") == "\"180\"");
    CHECK(yaml_scalar("a: b") == "\"a: b\"");
    CHECK(yaml_scalar("#1") == "\"#1\"");
    CHECK(yaml_scalar("say \"hi\"\n") == "\"say \\\"hi\\\"\\n\"");
    CHECK(yaml_scalar("") == "\"\"");
    CHECK(yaml_scalar("L'IA") == "L'IA");
    // yaml-cpp reads a '?' inside [...] or {...} as a key indicator: 36C3 has titles like these.
    CHECK(yaml_scalar("Why? Because") == "\"Why? Because\"");
}

TEST_CASE("a question mark in a title or a kept value survives the round trip", "[writer]") {
    const auto first = load_event_text(R"(summitry: 1
event: {id: e, title: E, timezone: UTC, start_date: 2025-01-01, end_date: 2025-01-01}
sessions:
  - {id: s, title: "What? Where? When?", x-note: "ok? yes", x-list: ["a ?b", "?"]}
)",
                                       "question.yaml");
    round_trip(first);
    CHECK(first.event.sessions[0].title.get("en") == "What? Where? When?");
}

TEST_CASE("kept keys that YAML would misread are quoted when written back", "[writer]") {
    const auto first = load_event_text(R"(summitry: 1
event: {id: e, title: E, timezone: UTC, start_date: 2025-01-01, end_date: 2025-01-01}
sessions:
  - {id: s, title: S, "odd: key": 1, "#hash": 2}
)",
                                       "keys.yaml");
    round_trip(first);
    CHECK(first.event.sessions[0].extra.size() == 2);
}
