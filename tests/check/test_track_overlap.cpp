// SPDX-License-Identifier: MIT
// The rule track-overlap (src/core/check/track_overlap.cpp), in a small event (check_fixture.h),
// with its edges.
#include <catch2/catch.hpp>

#include "check_fixture.h"

using namespace summitry;
using Ids = std::vector<std::string>;
using namespace check_test;

TEST_CASE("track-overlap: a warning once per pair of one track", "[checks]") {
    const auto c = check(R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 09:00, duration: 1h, track: policy}
  - {id: b, title: B, room: salon, start: 2025-02-10 09:30, duration: 1h, track: policy}
  - {id: c, title: C, room: garden, start: 2025-02-10 09:30, duration: 1h, track: research}
  - {id: d, title: D, room: ballroom, start: 2025-02-10 10:15, duration: 1h, track: policy}
  - {id: e, title: E, room: garden, start: 2025-02-10 11:30, duration: 30min}
)");
    const auto found = c.of("track-overlap");
    REQUIRE(found.size() == 2);
    expect(found[0], "track-overlap", {"a", "b"}, {}, {}, c.line_of("b"));
    CHECK(found[0].message ==
          "track 'policy' runs 'a' (09:00\u201310:00) and 'b' (09:30\u201310:30) at the same time");
    expect(found[1], "track-overlap", {"b", "d"}, {}, {}, c.line_of("d"));
    CHECK(c.conflicts.items().size() == 2);
}

namespace {

std::string with_tracks(std::string_view tracks, std::string_view sessions) {
    std::string t(base);
    const std::string old =
        "tracks:\n  - {id: policy, name: Policy}\n  - {id: research, name: Research}\n";
    t.replace(t.find(old), old.size(), std::string(tracks));
    return t + std::string(sessions);
}

const char* const overlapping = R"(
  - {id: a, title: A, room: ballroom, start: 2025-02-10 09:00, duration: 1h, track: policy}
  - {id: b, title: B, room: salon, start: 2025-02-10 09:30, duration: 1h, track: policy}
  - {id: c, title: C, room: garden, start: 2025-02-10 09:30, duration: 1h, track: research}
  - {id: d, title: D, room: ballroom, start: 2025-02-10 09:45, duration: 1h, track: research}
)";

}  // namespace

TEST_CASE("track-overlap: a parallel track runs in several rooms at once by design", "[checks]") {
    const auto c =
        check_text(with_tracks("tracks:\n  - {id: policy, name: Policy, parallel: true}\n"
                               "  - id: research\n    name: Research\n    parallel: false\n",
                               overlapping));
    const auto found = c.of("track-overlap");
    REQUIRE(found.size() == 1);  // research's; policy's a and b are by design
    expect(found[0], "track-overlap", {"c", "d"}, {}, {}, c.line_of("d"));
    CHECK(c.loaded.event.tracks[0].parallel);
    CHECK_FALSE(c.loaded.event.tracks[1].parallel);
    // Other rules still see its sessions.
    const auto both = check_text(with_tracks(
        "tracks:\n  - {id: policy, name: Policy, parallel: yes}\n  - {id: research, name: R}\n",
        "\n  - {id: a, title: A, room: salon, start: 2025-02-10 09:00, duration: 1h, track: policy}"
        "\n  - {id: b, title: B, room: salon, start: 2025-02-10 09:30, duration: 1h, track: "
        "policy}\n"));
    CHECK(both.of("track-overlap").empty());
    CHECK(both.of("room-double-booked").size() == 1);
}

TEST_CASE("track-overlap: `parallel` that is not a boolean is an error at its place", "[checks]") {
    for (const char* value : {"'true'", "2", "[true]", "sometimes"}) {
        INFO(value);
        const std::string text = with_tracks(
            std::string("tracks:\n  - id: policy\n    name: Policy\n    parallel: ") + value + "\n",
            "");
        const LoadResult r = load_event_text(text, "test.yaml");
        REQUIRE(r.diagnostics.errors() == 1);
        const Diagnostic& d = r.diagnostics.items().front();
        CHECK(d.rule == "wrong-type");
        CHECK(d.message.find("parallel") != std::string::npos);
        const auto line = static_cast<std::uint32_t>(
            std::count(text.begin(), text.begin() + text.find("parallel:"), '\n') + 1);
        CHECK(d.loc.line == line);
        CHECK(d.loc.column == 15);
    }
}
