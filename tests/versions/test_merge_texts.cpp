// SPDX-License-Identifier: MIT
// The merge from the texts (versions/merge_texts.h) against the whole merge (merge_events on
// BASE and THEIRS loaded whole): on random pairs of edits of a generated event, independent and
// conflicting, the result (conflicts, changes made, error), OURS' text and diagnostics are the
// same, and OURS' event is what loading its text whole gives (the sessions changed are spliced
// in: edit/splice.h). Then each thing the texts cannot prove, and what it falls back to.
#include <catch2/catch.hpp>
#include <fstream>
#include <random>
#include <string>

#include "edit/document.h"
#include "edit/whole_load.h"
#include "io/event_loader.h"
#include "support/temp_dir.h"
#include "versions/event_text.h"
#include "versions/merge.h"
#include "versions/merge_texts.h"

using namespace summitry;
using namespace summitry::versions;

namespace {

const std::string head = R"(summitry: 1
event:
  id: generated
  title: Generated
  timezone: Europe/Paris
  start_date: 2025-06-02
  end_date: 2025-06-03
people:
  - {id: p0, name: Ada}
  - {id: p1, name: Bob}
  - {id: p2, name: Cy}
  - {id: p3, name: Di}
  - {id: p4, name: Ed}
venues:
  - id: hub
    name: Hub
    rooms:
      - {id: r0, name: Hall}
      - {id: r1, name: Attic}
      - {id: r2, name: Cellar}
sessions:
)";
const std::string tail = R"(tracks:
  - {id: main, name: Main}
)";

std::string item(int i) {
    const std::string n = std::to_string(i);
    std::string t = "  - id: s" + n + "\n    title: \"Session " + n + "\"\n    room: r" +
                    std::to_string(i % 3) + "\n    start: 2025-06-0" + std::to_string(2 + i % 2) +
                    " " + (i < 6 ? "0" : "") + std::to_string(9 + i / 6) + ":" +
                    (i % 2 ? "30" : "00") + "\n    duration: 15min\n    speakers: [p" +
                    std::to_string(i % 4) + "]\n";
    if (i % 5 == 0) t += "    abstract: |\n      Two lines,\n      as written.\n";
    if (i % 7 == 0) t += "  # after session " + n + "\n";
    return t;
}

std::string generated(int n) {
    std::string text = head;
    for (int i = 0; i < n; ++i) text += item(i);
    return text + tail;
}

// The text of session `id`'s item: [begin, end).
std::pair<std::size_t, std::size_t> span(const std::string& text, const std::string& id) {
    const std::size_t begin = text.find("  - id: " + id + "\n");
    if (begin == std::string::npos) return {begin, begin};
    std::size_t end = text.find("\n  - id: ", begin + 1);
    if (end == std::string::npos) end = text.find("\ntracks:", begin);
    return {begin, end + 1};
}

// One random edit of session `id` (a new session when it is gone), as a text editor makes it.
void edit(std::string& text, const std::string& id, int what, const std::string& side, int& added) {
    auto [b, e] = span(text, id);
    if (b == std::string::npos) what = 5;
    const auto replace = [&](const std::string& from, const std::string& to) {
        const std::size_t at = text.find(from, b);
        if (at != std::string::npos && at < e) text.replace(at, from.size(), to);
    };
    switch (what) {
        case 0: replace("title: \"", "title: \"" + side + ": "); break;
        case 1: replace("start: 2025-06-02", "start: 2025-06-03"); break;
        case 2: replace("duration: 15min", "duration: 30min"); break;
        case 3: replace("room: r", "room: r1  # was r"); break;
        case 4: text.erase(b, e - b); break;
        case 6: replace("\n    title", "\n    # " + side + " was here\n    title"); break;
        case 7:
            if (text.substr(b, e - b).find("p4") == std::string::npos)
                replace("speakers: [", "speakers: [p4, ");
            break;
        default: {
            const std::string n = side + std::to_string(++added);
            const std::size_t at = text.find("tracks:");
            text.insert(at, "  - id: new-" + n + "\n    title: New " + n +
                                "\n    room: r2\n    start: 2025-06-03 18:00\n    duration: 1h\n");
        }
    }
}

std::string diagnostics_text(const Diagnostics& d) {
    std::string out;
    for (const auto& x : d.items())
        out += x.rule + " " + std::to_string(x.loc.line) + ":" + std::to_string(x.loc.column) +
               " " + x.message + "\n";
    return out;
}

std::string result_text(const MergeResult& r) {
    std::string out = "error: " + r.error + "\n";
    for (const auto& a : r.applied) out += "applied " + a + "\n";
    for (const auto& c : r.conflicts)
        out +=
            "conflict " + c.entity + "." + c.key + " ours " + c.ours + " theirs " + c.theirs + "\n";
    return out;
}

// Both merges of the three texts; the one from the texts must be made (`fast` true) or not.
// Gives the whole merge's result.
MergeResult require_same_merge(const std::string& base, const std::string& ours,
                               const std::string& theirs, bool fast = true) {
    INFO("BASE:\n" << base << "OURS:\n" << ours << "THEIRS:\n" << theirs);
    EventDocument whole = EventDocument::from_text(ours, "mem.yaml");
    const MergeResult expected =
        merge_events(test::load_clean(base), whole, test::load_clean(theirs));
    EventDocument doc = EventDocument::from_text(ours, "mem.yaml");
    const auto r = merge_texts(base, doc, theirs);
    REQUIRE(r.has_value() == fast);
    if (!fast) {
        CHECK(doc.text() == ours);  // untouched
        return expected;
    }
    CHECK(result_text(*r) == result_text(expected));
    CHECK(doc.text() == whole.text());
    CHECK(diagnostics_text(doc.diagnostics()) == diagnostics_text(whole.diagnostics()));
    test::require_same_as_whole_load(doc);
    return expected;
}

}  // namespace

TEST_CASE("the merge from the texts is the whole merge, on random pairs of edits") {
    std::mt19937 rng(16);
    const std::string base = generated(40);
    int clean = 0, conflicted = 0;
    std::size_t changes = 0;
    for (int trial = 0; trial < 120; ++trial) {
        std::string ours = base, theirs = base;
        int added_ours = 0, added_theirs = 0;
        // Independent (each side its own sessions) or not (both from one pool: conflicts).
        const bool apart = trial % 2 == 0;
        const int edits = 1 + static_cast<int>(rng() % 6);
        for (int k = 0; k < edits; ++k) {
            // Apart: from all 40; not: from 6, so that both sides often edit one session.
            const unsigned pool = apart ? 40 : 6;
            const int o = static_cast<int>(rng() % pool), t = static_cast<int>(rng() % pool);
            edit(ours, "s" + std::to_string(apart ? o - o % 2 : o), static_cast<int>(rng() % 8),
                 "ours", added_ours);
            edit(theirs, "s" + std::to_string(apart ? t - t % 2 + 1 : t),
                 static_cast<int>(rng() % 8), "theirs", added_theirs);
        }
        INFO("trial " << trial);
        const MergeResult r = require_same_merge(base, ours, theirs);
        (r.conflicts.empty() ? clean : conflicted) += 1;
        changes += r.applied.size();
    }
    // Both kinds were drawn, and THEIRS' changes made.
    CHECK(clean >= 40);
    CHECK(conflicted >= 10);
    CHECK(changes >= 120);
}

TEST_CASE("a merge of many sessions splices them and loads nothing whole again") {
    const std::string base = generated(30);
    std::string ours = base, theirs = base;
    int added = 0;
    for (int i = 0; i < 30; i += 2) edit(theirs, "s" + std::to_string(i), i % 3, "theirs", added);
    edit(ours, "s1", 0, "ours", added);
    EventDocument doc = EventDocument::from_text(ours, "mem.yaml");
    const auto loads = doc.whole_loads();
    const auto r = merge_texts(base, doc, theirs);
    REQUIRE(r);
    CHECK(r->applied.size() >= 15);
    CHECK(doc.whole_loads() == loads);
    test::require_same_as_whole_load(doc);
    require_same_merge(base, ours, theirs);
}

TEST_CASE("what the merge from the texts cannot prove goes the whole way") {
    const std::string base = generated(12);
    using test::with;
    SECTION("a comment changed in a session: read, and no change") {
        require_same_merge(
            base, base,
            with(base, "    title: \"Session 3\"", "    title: \"Session 3\"   # checked"));
    }
    SECTION("a comment changed outside the sessions: the whole merge") {
        require_same_merge(base, base, with(base, "venues:", "# the places\nvenues:"), false);
    }
    SECTION("a person changed: the whole merge") {
        require_same_merge(base, base, with(base, "name: Bob", "name: Bob B."), false);
        require_same_merge(with(base, "name: Bob", "name: Bob B."), base, base, false);
    }
    SECTION("an alias") {
        const std::string anchored =
            with(with(base, "room: r1\n", "room: &attic r1\n"), "room: r1\n", "room: *attic\n");
        require_same_merge(base, base, anchored, false);
        require_same_merge(anchored, anchored, with(anchored, "Session 4", "Four"), false);
    }
    SECTION("a flow list of sessions") {
        std::string flow = head + "  [{id: a, title: A}, {id: b, title: B}]\n" + tail;
        flow = with(flow, "sessions:\n  [", "sessions: [");
        require_same_merge(flow, flow, with(flow, "title: B", "title: Bee"), false);
    }
    SECTION("an item moved in the list: the same sessions, no change") {
        const std::string moved = with(base, item(3), "");
        require_same_merge(base, base, with(moved, item(9), item(9) + item(3)));
        require_same_merge(base, with(base, "Session 5", "Five"),
                           with(moved, item(9), item(9) + item(3)));
    }
    SECTION("a session written with another's id: the whole merge (the loader's error)") {
        EventDocument doc = EventDocument::from_text(base, "mem.yaml");
        CHECK_FALSE(merge_texts(base, doc, with(base, "id: s4\n", "id: s3\n")));
        CHECK_FALSE(merge_texts(with(base, "id: s4\n", "id: s3\n"), doc, base));
        CHECK(doc.text() == base);
    }
    SECTION("a session that does not read alone: the whole merge") {
        EventDocument doc = EventDocument::from_text(base, "mem.yaml");
        CHECK_FALSE(merge_texts(base, doc, with(base, "room: r2", "room: nowhere")));
        CHECK_FALSE(merge_texts(with(base, "duration: 15min", "duration: 15"), doc, base));
        CHECK(doc.text() == base);
    }
    SECTION("an included file: the whole merge") {
        const test::TempDir temp("test-merge-texts", "include");
        std::ofstream(temp.path / "tracks.yaml") << "tracks:\n  - {id: extra, name: Extra}\n";
        std::ofstream(temp.path / "event.yaml")
            << with(base, "people:", "include: tracks.yaml\npeople:");
        EventDocument doc = EventDocument::open((temp.path / "event.yaml").string());
        REQUIRE_FALSE(doc.diagnostics().has_errors());
        const std::string text = doc.text();
        CHECK_FALSE(merge_texts(text, doc, with(text, "Session 2", "Two")));
        CHECK(doc.text() == text);
    }
}
