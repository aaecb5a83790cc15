// SPDX-License-Identifier: MIT
// An edit of one session read again alone (edit/splice.h, issue 15) holds exactly what loading
// the whole text gives: after every random move, resize, set, list edit, undo and redo, the
// model, its positions, the diagnostics with the conflicts and the trees are compared with a
// whole load (whole_load.h), on the example events, an event with included files and texts
// shaped to find the edges (comments between sessions, a list that is not the last key, a file
// without a final newline, a list written flush left, a flow list).
#include <catch2/catch.hpp>
#include <random>
#include <sstream>

#include "edit/document.h"
#include "edit/whole_load.h"

using namespace summitry;
using summitry::test::require_same_as_whole_load;

namespace {

std::string source(const std::string& rel) {
    return std::string(SUMMITRY_SOURCE_DIR) + "/" + rel;
}

const char* const head = R"(summitry: 1
event:
  id: edges
  title: Edges
  timezone: Europe/Paris
  start_date: 2025-06-02
  end_date: 2025-06-03
  languages: [en, fr]
people:
  - {id: ada, name: Ada}
  - {id: bob, name: Bob}
venues:
  - id: hub
    name: Hub
    rooms:
      - {id: hall, name: Hall}
      - {id: attic, name: Attic}
)";

// Sessions indented, with comments and blank lines between them, before another list.
const std::string commented = std::string(head) + R"(sessions:
  # morning
  - id: one
    title: One   # a comment after a value
    room: hall
    start: 2025-06-02 09:00
    duration: 30min
    speakers: [ada]

  # the second
  - id: two
    title: {en: Two, fr: Deux}
    room: hall
    start: 2025-06-02 09:15
    duration: 1h
    x-note: kept
  - id: three
    title: Three
    abstract: |
      Several lines,
      kept as written.
    room: attic
    start: 2025-06-02 10:00
    end: 2025-06-02 11:00
tracks:
  - {id: main, name: Main}
)";

// Sessions flush left, the last one ending the file without a newline.
const std::string flush_left = std::string(head) + R"(sessions:
- id: one
  title: One
  room: hall
  start: 2025-06-02 09:00
  duration: 30min
- id: two
  title: Two
  duration: 45min
- id: three
  title: Three
  room: attic
  start: 2025-06-03 14:00
  duration: 1h)";

// A flow list: never spliced, always loaded whole.
const std::string flow = std::string(head) + R"(sessions: [{id: one, title: One, room: hall,
    start: 2025-06-02 09:00, duration: 30min}, {id: two, title: Two, duration: 45min}]
)";

class Driver {
public:
    Driver(EventDocument doc, std::uint32_t seed) : doc_(std::move(doc)), rng_(seed) {}

    // One random edit of a session (or an undo or redo), then the comparison with a whole load.
    void step() {
        const Event& ev = doc_.event();
        const std::uint64_t loads = doc_.whole_loads();
        const int what = pick(100);
        bool edited = false;
        if (what < 10) {
            doc_.undo();
        } else if (what < 18) {
            doc_.redo();
        } else if (!ev.sessions.empty()) {
            const Plan plan = session_edit(static_cast<Index>(pick(ev.sessions.size())));
            if (plan && !plan.change->empty()) {
                doc_.apply(*plan.change);
                edited = true;
            }
        }
        if (edited) ++edits_;
        if (edited && doc_.whole_loads() == loads) ++spliced_;
        require_same_as_whole_load(doc_);
    }

    int edits() const { return edits_; }
    int spliced() const { return spliced_; }
    EventDocument& doc() { return doc_; }

private:
    int pick(std::size_t n) {
        return std::uniform_int_distribution<int>(0, static_cast<int>(n) - 1)(rng_);
    }

    Plan session_edit(Index s) {
        const Event& ev = doc_.event();
        const Session& session = ev.sessions[static_cast<std::size_t>(s)];
        const auto set = [&](const char* key, std::string yaml, std::string lang = {}) {
            return doc_.plan_set({"sessions", session.id, key, std::move(lang)}, yaml);
        };
        switch (pick(12)) {
            case 0:
            case 1:
            case 2: {
                if (ev.rooms.empty() || pick(10) == 0)
                    return doc_.plan_move_session(s, std::nullopt, no_index);
                const Date day = ev.info.start_date;
                return doc_.plan_move_session(
                    s, day_start(day) + Minutes{(8 + pick(10)) * 60 + 5 * pick(12)},
                    static_cast<Index>(pick(ev.rooms.size())));
            }
            case 3: return doc_.plan_resize_session(s, Minutes{5 * (1 + pick(30))});
            case 4: {
                const char* titles[] = {"A talk", "'quoted'", "Deux: points", "Été",
                                        "# not a comment"};
                return set("title", yaml_scalar(titles[pick(5)]), pick(2) ? "fr" : "");
            }
            case 5: return set("status", pick(2) ? "tentative" : "");
            case 6: return set("tags", pick(3) ? "[a, b]" : "");
            case 7: return set("abstract", pick(3) ? "\"Line one\\nline two\"" : "");
            case 8: return set("x-note", pick(2) ? "changed" : "");
            case 9: return set("language", pick(2) ? "fr" : "");
            case 10: {
                if (ev.people.empty()) return {};
                const std::string person =
                    ev.people[static_cast<std::size_t>(pick(ev.people.size()))].id;
                if (session.speakers.empty() || pick(2))
                    return doc_.plan_add_item({"sessions", session.id, "speakers", {}}, person);
                return doc_.plan_remove_item(
                    {"sessions", session.id, "speakers", {}},
                    static_cast<std::size_t>(pick(session.speakers.size())));
            }
            default: {
                // Out of the event's days: refused with the error a whole load gives.
                return set("start", "2031-01-01 10:00");
            }
        }
    }

    EventDocument doc_;
    std::mt19937 rng_;
    int edits_ = 0;
    int spliced_ = 0;
};

void drive(EventDocument doc, int steps) {
    require_same_as_whole_load(doc);
    Driver d(std::move(doc), 20261206);
    for (int i = 0; i < steps; ++i) {
        INFO("step " << i);
        d.step();
    }
    INFO(d.spliced() << " of " << d.edits() << " edits spliced");
    CHECK(d.edits() > steps / 3);
    // Most edits of a clean event are read alone (the rest: a new session with an error's
    // neighbours, the 256th splice, a refused value).
    CHECK(d.spliced() * 10 >= d.edits() * 7);
    // Undoing everything gives the text as opened, and the event loaded from it.
    while (d.doc().can_undo()) {
        d.doc().undo();
        require_same_as_whole_load(d.doc());
    }
}

}  // namespace

TEST_CASE("session edits read alone equal a whole load: the Paris event", "[edit][splice]") {
    drive(EventDocument::open(source("schedules/ai-for-growth-2025.yaml")), 600);
}

TEST_CASE("session edits read alone equal a whole load: the Berlin event", "[edit][splice]") {
    drive(EventDocument::open(source("schedules/digital-sovereignty-summit-berlin-2025.yaml")),
          400);
}

TEST_CASE("session edits read alone equal a whole load: sessions in an included file",
          "[edit][splice]") {
    drive(EventDocument::open(source("tests/data/include/main.yaml")), 200);
}

TEST_CASE("session edits read alone equal a whole load: comments, a list before another",
          "[edit][splice]") {
    drive(EventDocument::from_text(commented, "/tmp/edges.yaml"), 300);
}

TEST_CASE("session edits read alone equal a whole load: a list flush left, no final newline",
          "[edit][splice]") {
    drive(EventDocument::from_text(flush_left, "/tmp/edges.yaml"), 300);
}

TEST_CASE("a move of one session is read alone, lines after it shifted", "[edit][splice]") {
    EventDocument doc = EventDocument::from_text(commented, "/tmp/edges.yaml");
    const std::uint64_t loads = doc.whole_loads();
    const Index one = doc.event().find_session("one");
    const Index attic = doc.event().find_room("attic");
    // A revision is added (a line more), the room and the start change.
    const Plan plan =
        doc.plan_move_session(one, day_start(*parse_date("2025-06-03")) + Minutes{10 * 60}, attic);
    REQUIRE(plan);
    const std::uint32_t two_line = doc.event().sessions[1].loc.line;
    doc.apply(*plan.change);
    CHECK(doc.whole_loads() == loads);
    CHECK(doc.event().sessions[static_cast<std::size_t>(one)].room == attic);
    CHECK(doc.event().sessions[static_cast<std::size_t>(one)].revision == 1);
    CHECK(doc.event().sessions[1].loc.line == two_line + 1);
    require_same_as_whole_load(doc);
    doc.undo();
    CHECK(doc.whole_loads() == loads);
    CHECK(doc.event().sessions[1].loc.line == two_line);
    CHECK(doc.text() == commented);
    require_same_as_whole_load(doc);
    doc.redo();
    CHECK(doc.whole_loads() == loads);
    require_same_as_whole_load(doc);
}

TEST_CASE("what cannot be read alone is loaded whole", "[edit][splice]") {
    SECTION("a flow list of sessions") {
        EventDocument doc = EventDocument::from_text(flow, "/tmp/edges.yaml");
        const std::uint64_t loads = doc.whole_loads();
        const Plan plan = doc.plan_resize_session(0, Minutes{50});
        REQUIRE(plan);
        doc.apply(*plan.change);
        CHECK(doc.whole_loads() == loads + 1);
        require_same_as_whole_load(doc);
    }
    SECTION("a session with a diagnostic") {
        std::string text = commented;
        text.replace(text.find("x-note: kept"), 12, "colour: red");  // an unknown key: a warning
        EventDocument doc = EventDocument::from_text(text, "/tmp/edges.yaml");
        REQUIRE(!doc.diagnostics().empty());
        const std::uint64_t loads = doc.whole_loads();
        const Plan plan = doc.plan_resize_session(doc.event().find_session("two"), Minutes{50});
        REQUIRE(plan);
        doc.apply(*plan.change);
        CHECK(doc.whole_loads() == loads + 1);
        require_same_as_whole_load(doc);
        // Its neighbour has none: read alone, the warning's line shifted when lines are added.
        const Plan other = doc.plan_move_session(
            doc.event().find_session("one"), day_start(*parse_date("2025-06-02")) + Minutes{600},
            doc.event().find_room("attic"));
        REQUIRE(other);
        doc.apply(*other.change);
        CHECK(doc.whole_loads() == loads + 1);
        require_same_as_whole_load(doc);
    }
    SECTION("an edit that would add an error is refused as before") {
        EventDocument doc = EventDocument::from_text(commented, "/tmp/edges.yaml");
        const Plan plan = doc.plan_set({"sessions", "two", "start", {}}, "2031-01-01 10:00");
        CHECK(!plan);
        CHECK_THAT(plan.error, Catch::Contains("outside the event"));
        const Plan other = doc.plan_set({"sessions", "two", "room", {}}, "cellar");
        CHECK(!other);
        CHECK_THAT(other.error, Catch::Contains("cellar"));
    }
}
