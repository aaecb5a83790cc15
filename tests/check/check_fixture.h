// SPDX-License-Identifier: MIT
#pragma once
// What the tests of the conflict rules share: a small event to add sessions to, and the conflicts
// it gets.

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "check/rule.h"
#include "io/event_loader.h"

using namespace summitry;
using Ids = std::vector<std::string>;

namespace check_test {

// People, two venues 15 minutes apart (embassy lists it; residence does not, so it is
// symmetric), rooms with capacities and features, a track. Tests append their sessions.
constexpr std::string_view base = R"(summitry: 1
event:
  id: test
  title: Test
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-11
people:
  - {id: ada, name: Ada Lovelace}
  - {id: bruno, name: Bruno Latour}
  - {id: chloe, name: Chloé Zhao}
venues:
  - id: embassy
    name: Embassy
    travel_minutes: {residence: 15}
    rooms:
      - {id: ballroom, capacity: 180, features: [stage, projector, interpretation]}
      - {id: salon, capacity: 40, features: [projector]}
  - id: residence
    name: Residence
    rooms:
      - {id: garden, capacity: 300}
tracks:
  - {id: policy, name: Policy}
  - {id: research, name: Research}
sessions:
)";

struct Checked {
    std::string text;
    LoadResult loaded;
    Diagnostics conflicts;

    // The conflicts of one rule, in check_conflicts' order.
    std::vector<Diagnostic> of(std::string_view rule) const {
        std::vector<Diagnostic> out;
        for (const Diagnostic& d : conflicts.items())
            if (d.rule == rule) out.push_back(d);
        return out;
    }
    // The 1-based line where session `id` begins, so tests need not count lines.
    std::uint32_t line_of(std::string_view id) const {
        const std::string key = "id: " + std::string(id);
        auto at = text.find("\nsessions:\n");
        for (; at != std::string::npos; at += key.size()) {
            at = text.find(key, at);
            if (at == std::string::npos) break;
            const char after = text[at + key.size()];
            if (after == ',' || after == '\n') break;  // not a longer id starting the same
        }
        REQUIRE(at != std::string::npos);
        return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + at, '\n') + 1);
    }
};

// Loads `text` (which must load without errors) and checks it.
inline Checked check_text(std::string text) {
    Checked c;
    c.text = std::move(text);
    c.loaded = load_event_text(c.text, "test.yaml");
    for (const Diagnostic& d : c.loaded.diagnostics.items())
        UNSCOPED_INFO("load: " << d.loc.line << ": " << d.rule << ": " << d.message);
    REQUIRE_FALSE(c.loaded.diagnostics.has_errors());
    c.conflicts = check_conflicts(c.loaded.event);
    return c;
}

inline Checked check(std::string_view sessions) {
    return check_text(std::string(base) + std::string(sessions));
}

// Checks the whole of a conflict: rule, severity, ids, the line of its session.
inline void expect(const Diagnostic& d, std::string_view rule, const Ids& sessions,
                   const Ids& people, const Ids& rooms, std::uint32_t line) {
    INFO(d.message);
    CHECK(d.rule == rule);
    CHECK(d.severity == (rule == "unscheduled" ? Severity::note : Severity::warning));
    CHECK(d.sessions == sessions);
    CHECK(d.people == people);
    CHECK(d.rooms == rooms);
    CHECK(d.loc.line == line);
    CHECK(d.loc.file == 0);
}

}  // namespace check_test
