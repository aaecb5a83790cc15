// SPDX-License-Identifier: MIT
// Edits as apply/revert pairs on the text of an event file (edit/document.h): each changes only
// what it names, keeps comments and layout, raises a session's revision when it moves, and is
// undone and redone exactly.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "edit/document.h"
#include "io/event_loader.h"
#include "support/temp_dir.h"

using namespace summitry;

namespace {

const char* const base = R"(summitry: 1
# The evening at the embassy.
event:
  id: evening
  title: {en: An evening, fr: Une soirée}
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
  languages: [en, fr]
people:
  - {id: ada, name: Ada Lovelace}   # keynote
  - id: bob
    name: Bob
    x-badge: blue        # kept
venues:
  - id: embassy
    name: Embassy
    rooms:
      - {id: hall, name: Hall, capacity: 100}
      - id: salon
        name: Salon
tracks:
  - {id: main, name: Main}
sessions:
  - id: opening
    title: Opening   # short
    room: hall
    start: 2025-02-10 18:00
    duration: 30min
    speakers: [ada]
  - id: panel
    title: {en: Panel, fr: Table ronde}
    room: salon
    start: 2025-02-10 18:30
    end: 2025-02-10 19:30
    speakers:
      - bob
    x-note: keep me
  - {id: drinks, title: Drinks, kind: reception, room: hall, start: 2025-02-10 19:30, duration: 1h}
)";

EventDocument doc() {
    return EventDocument::from_text(base, "evening.yaml");
}

ValuePath path(const std::string& text) {
    std::string error;
    auto p = parse_value_path(text, &error);
    INFO(error);
    REQUIRE(p);
    return *p;
}

Change planned(const Plan& plan) {
    INFO(plan.error);
    REQUIRE(plan);
    return *plan.change;
}

// The lines removed ("-old") and added ("+new") from `before` to `after`, as `diff` shows them
// (a longest common subsequence of lines).
std::vector<std::string> changed_lines(const std::string& before, const std::string& after) {
    std::vector<std::string> a, b, out;
    std::istringstream sa(before), sb(after);
    for (std::string l; std::getline(sa, l);) a.push_back(l);
    for (std::string l; std::getline(sb, l);) b.push_back(l);
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] =
                a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            ++i, ++j;
        } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out.push_back("-" + a[i++]);
        } else {
            out.push_back("+" + b[j++]);
        }
    }
    return out;
}

const Session& session(const EventDocument& d, const std::string& id) {
    const Index s = d.event().find_session(id);
    REQUIRE(s >= 0);
    return d.event().sessions[static_cast<std::size_t>(s)];
}

}  // namespace

TEST_CASE("value paths name a key of the event or of an entity", "[edit]") {
    CHECK(path("sessions/opening.start").kind == "sessions");
    CHECK(path("sessions/opening.start").id == "opening");
    CHECK(path("sessions/opening.start").key == "start");
    CHECK(path("people/bob.name").lang.empty());
    CHECK(path("sessions/panel.title.fr").lang == "fr");
    CHECK(path("rooms/embassy/hall.capacity").id == "embassy/hall");
    CHECK(path("event.title.en").kind == "event");
    CHECK(path("event.title.en").key == "title");
    std::string error;
    CHECK_FALSE(parse_value_path("sessions.start", &error));
    CHECK_FALSE(parse_value_path("talks/x.start", &error));
    CHECK(error.find("no kind 'talks'") != std::string::npos);
    CHECK_FALSE(parse_value_path("sessions/x.id", &error));
}

TEST_CASE("moving a session changes its start line and adds its revision, nothing else", "[edit]") {
    EventDocument d = doc();
    REQUIRE_FALSE(d.diagnostics().has_errors());
    const Index s = d.event().find_session("opening");
    const Index salon = d.event().find_room("salon");
    const Change c = planned(d.plan_move_session(
        s, date::local_days{date::year{2025} / 2 / 10} + std::chrono::hours{17}, salon));
    CHECK(c.name == "Move 'Opening'");
    d.apply(c);
    CHECK(changed_lines(base, d.text()) ==
          std::vector<std::string>{"-    room: hall", "-    start: 2025-02-10 18:00",
                                   "+    room: salon", "+    start: 2025-02-10 17:00",
                                   "+    revision: 1"});
    CHECK(session(d, "opening").revision == 1);
    CHECK(d.event().rooms[static_cast<std::size_t>(session(d, "opening").room)].id == "salon");
    CHECK(d.modified());
    CHECK(d.undo_name() == "Move 'Opening'");
    d.undo();
    CHECK(d.text() == base);
    CHECK(session(d, "opening").revision == 0);
    CHECK(d.redo_name() == "Move 'Opening'");
    d.redo();
    CHECK(session(d, "opening").revision == 1);
    // A second move raises it again, in place.
    d.apply(planned(d.plan_move_session(
        s, date::local_days{date::year{2025} / 2 / 10} + std::chrono::hours{20}, salon)));
    CHECK(session(d, "opening").revision == 2);
    CHECK(d.text().find("revision: 2") != std::string::npos);
    CHECK(d.text().find("revision: 1") == std::string::npos);
}

TEST_CASE("a move within its room leaves the room line as written", "[edit]") {
    EventDocument d = doc();
    const Index s = d.event().find_session("panel");
    d.apply(planned(d.plan_set(path("sessions/panel.room"), "embassy/salon")));
    const std::string before = d.text();
    d.apply(planned(
        d.plan_move_session(s, date::local_days{date::year{2025} / 2 / 10} + std::chrono::hours{20},
                            d.event().find_room("salon"))));
    CHECK(changed_lines(before, d.text()) ==
          std::vector<std::string>{"-    start: 2025-02-10 18:30", "-    end: 2025-02-10 19:30",
                                   "+    start: 2025-02-10 20:00", "+    end: 2025-02-10 21:00",
                                   "-    revision: 1", "+    revision: 2"});
}

TEST_CASE("a session written with an end keeps its length when it moves", "[edit]") {
    EventDocument d = doc();
    const Index s = d.event().find_session("panel");
    d.apply(planned(
        d.plan_move_session(s, date::local_days{date::year{2025} / 2 / 10} + std::chrono::hours{21},
                            d.event().find_room("salon"))));
    CHECK(d.text().find("    end: 2025-02-10 22:00\n") != std::string::npos);
    CHECK(session(d, "panel").duration == std::chrono::hours{1});
    CHECK(d.text().find("    x-note: keep me") != std::string::npos);
}

TEST_CASE("a flow-style session is edited inside its braces", "[edit]") {
    EventDocument d = doc();
    const Index s = d.event().find_session("drinks");
    d.apply(planned(d.plan_resize_session(s, std::chrono::minutes{90})));
    CHECK(changed_lines(base, d.text()) ==
          std::vector<std::string>{"-  - {id: drinks, title: Drinks, kind: reception, room: hall, "
                                   "start: 2025-02-10 19:30, duration: 1h}",
                                   "+  - {id: drinks, title: Drinks, kind: reception, room: hall, "
                                   "start: 2025-02-10 19:30, duration: 90min, revision: 1}"});
    CHECK(session(d, "drinks").duration == std::chrono::minutes{90});
}

TEST_CASE("setting values: scalars, lists, one language of a text, and removing a key", "[edit]") {
    EventDocument d = doc();
    d.apply(planned(d.plan_set(path("sessions/opening.title"), "Opening remarks")));
    CHECK(d.text().find("    title: Opening remarks   # short\n") !=
          std::string::npos);  // comment kept
    d.apply(planned(d.plan_set(path("sessions/opening.title.fr"), "Ouverture")));
    CHECK(d.text().find("    title: {en: Opening remarks, fr: Ouverture}   # short\n") !=
          std::string::npos);
    CHECK(session(d, "opening").title.get("fr") == "Ouverture");
    d.apply(planned(d.plan_set(path("sessions/panel.title.fr"), "Débat")));
    CHECK(d.text().find("    title: {en: Panel, fr: Débat}\n") != std::string::npos);
    d.apply(planned(d.plan_set(path("sessions/panel.speakers"), "[ada, bob]")));
    CHECK(d.text().find("    speakers: [ada, bob]\n    x-note: keep me\n") != std::string::npos);
    d.apply(planned(d.plan_set(path("people/bob.name"), "Bob Marley")));
    CHECK(d.text().find("    name: Bob Marley\n    x-badge: blue        # kept\n") !=
          std::string::npos);
    d.apply(planned(d.plan_set(path("rooms/embassy/hall.capacity"), "120")));
    CHECK(d.text().find("{id: hall, name: Hall, capacity: 120}") != std::string::npos);
    d.apply(planned(d.plan_set(path("rooms/salon.capacity"), "40")));
    CHECK(d.text().find("        name: Salon\n        capacity: 40\n") != std::string::npos);
    d.apply(planned(d.plan_set(path("event.title.fr"), "Une belle soirée")));
    CHECK(d.event().info.title.get("fr") == "Une belle soirée");
    d.apply(planned(d.plan_set(path("sessions/panel.x-note"), "")));
    CHECK(d.text().find("x-note") == std::string::npos);
    CHECK_FALSE(d.diagnostics().has_errors());
    // Everything undoes back to the file as it was, byte for byte.
    while (d.can_undo()) d.undo();
    CHECK(d.text() == base);
    CHECK_FALSE(d.modified());
}

TEST_CASE("edits that would break the file are refused with the reason", "[edit]") {
    const EventDocument d = doc();
    Plan p = d.plan_set(path("sessions/opening.start"), "tomorrow evening");
    CHECK_FALSE(p);
    CHECK(p.error.find("evening.yaml:") != std::string::npos);
    p = d.plan_set(path("sessions/opening.room"), "cellar");
    CHECK_FALSE(p);
    CHECK(p.error.find("cellar") != std::string::npos);
    p = d.plan_set(path("sessions/nothing.start"), "2025-02-10 18:00");
    CHECK_FALSE(p);
    CHECK(p.error.find("no sessions 'nothing'") != std::string::npos);
    p = d.plan_set(path("sessions/opening.title"), "two\nlines: [");
    CHECK_FALSE(p);
    p = d.plan_delete(EntityKind::person, "ada");  // still speaks at the opening
    CHECK_FALSE(p);
    CHECK(p.error.find("ada") != std::string::npos);
    CHECK(d.text() == base);
}

TEST_CASE("creating, duplicating and deleting entities follow the list's style", "[edit]") {
    EventDocument d = doc();
    d.apply(planned(d.plan_create(EntityKind::session, "closing")));
    CHECK(d.undo_name() == "New session 'closing'");
    CHECK(d.text().ends_with("duration: 1h}\n  - {id: closing, title: closing}\n"));
    CHECK(session(d, "closing").title.get("en") == "closing");
    d.apply(planned(d.plan_duplicate(EntityKind::session, "panel", "panel-2")));
    CHECK(d.undo_name() == "Duplicate 'Panel'");
    CHECK(session(d, "panel-2").speakers.size() == 1);
    CHECK(d.text().find("  - id: panel-2\n    title: {en: Panel, fr: Table ronde}\n") !=
          std::string::npos);
    d.apply(planned(d.plan_create(EntityKind::room, "library", "embassy")));
    CHECK(d.event().find_room("embassy/library") >= 0);
    d.apply(planned(d.plan_create(EntityKind::organization, "mistral")));
    CHECK(d.text().ends_with("organizations:\n  - id: mistral\n    name: mistral\n"));
    d.apply(planned(d.plan_delete(EntityKind::session, "panel-2")));
    d.apply(planned(d.plan_delete(EntityKind::session, "opening")));
    CHECK(d.event().find_session("opening") < 0);
    d.apply(planned(d.plan_delete(EntityKind::person, "ada")));  // no longer speaks
    CHECK_FALSE(d.diagnostics().has_errors());
    CHECK_FALSE(d.plan_duplicate(EntityKind::session, "panel", "drinks"));  // id taken
    while (d.can_undo()) d.undo();
    CHECK(d.text() == base);
}

TEST_CASE("saving writes the text atomically, keeps a backup, and only what changed", "[edit]") {
    // Of its own: CTest runs the cases of this program side by side.
    const test::TempDir temp("test-edit", "save");
    const auto& dir = temp.path;
    const auto file = dir / "evening.yaml";
    std::ofstream(file, std::ios::binary) << base;
    EventDocument d = EventDocument::open(file.string());
    CHECK_FALSE(d.modified());
    d.apply(planned(d.plan_set(path("sessions/opening.title"), "Welcome")));
    CHECK(d.modified());
    d.save();
    CHECK_FALSE(d.modified());
    std::ifstream in(file, std::ios::binary);
    std::stringstream saved;
    saved << in.rdbuf();
    CHECK(
        changed_lines(base, saved.str()) ==
        std::vector<std::string>{"-    title: Opening   # short", "+    title: Welcome   # short"});
    std::ifstream bak(dir / "evening.yaml.bak", std::ios::binary);
    std::stringstream backup;
    backup << bak.rdbuf();
    CHECK(backup.str() == base);
    // Undoing to the saved state is not modified; undoing past it is.
    d.undo();
    CHECK(d.modified());
    d.redo();
    CHECK_FALSE(d.modified());
    std::filesystem::remove_all(dir);
}

TEST_CASE("edits reach included files and save them in place", "[edit]") {
    const test::TempDir temp("test-edit", "include");
    const auto& dir = temp.path;
    std::ofstream(dir / "main.yaml", std::ios::binary)
        << "summitry: 1\ninclude: [people.yaml]\nevent: {id: e, title: E, timezone: UTC, "
           "start_date: "
           "2025-01-01, end_date: 2025-01-01}\n";
    const std::string people = "people:\n  # the speakers\n  - id: ada\n    name: Ada\n";
    std::ofstream(dir / "people.yaml", std::ios::binary) << people;
    EventDocument d = EventDocument::open((dir / "main.yaml").string());
    REQUIRE_FALSE(d.diagnostics().has_errors());
    d.apply(planned(d.plan_set(path("people/ada.name"), "Ada Lovelace")));
    CHECK(d.event().people[0].name == "Ada Lovelace");
    d.save();
    std::ifstream in(dir / "people.yaml", std::ios::binary);
    std::stringstream saved;
    saved << in.rdbuf();
    CHECK(saved.str() == "people:\n  # the speakers\n  - id: ada\n    name: Ada Lovelace\n");
    std::filesystem::remove_all(dir);
}

TEST_CASE("the seed events: every session moves and comes back byte for byte", "[edit]") {
    for (const char* name :
         {"ai-for-growth-2025.yaml", "digital-sovereignty-summit-berlin-2025.yaml"}) {
        EventDocument d =
            EventDocument::open(std::string(SUMMITRY_SOURCE_DIR) + "/schedules/" + name);
        REQUIRE_FALSE(d.diagnostics().has_errors());
        const std::string original = d.text();
        const std::size_t count = d.event().sessions.size();
        for (Index s = 0; s < static_cast<Index>(count); ++s) {
            const Session& session = d.event().sessions[static_cast<std::size_t>(s)];
            if (!session.scheduled()) continue;
            const std::string id = session.id;  // `session` does not outlive the next apply
            const LocalTime local = to_local(d.event().zone_of(session), *session.start);
            const Change c =
                planned(d.plan_move_session(s, local + std::chrono::minutes{15}, session.room));
            const std::string before = d.text();
            d.apply(c);
            INFO(name << " " << id);
            // The start line, and the revision line added or changed (and an end, when written).
            const auto diff = changed_lines(before, d.text());
            CHECK(diff.size() >= 3);
            CHECK(diff.size() <= 6);
            CHECK_FALSE(d.diagnostics().has_errors());
        }
        while (d.can_undo()) d.undo();
        CHECK(d.text() == original);
    }
}

TEST_CASE("an autosave brings unsaved edits back, and saving clears it", "[edit]") {
    const auto dir = std::filesystem::temp_directory_path() / "summitry-test-autosave";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "evening.yaml").string();
    std::ofstream(file, std::ios::binary) << base;
    {
        EventDocument d = EventDocument::open(file);
        d.apply(planned(d.plan_set(path("sessions/opening.title"), "Welcome")));
        d.write_autosave();
        CHECK(std::filesystem::exists(EventDocument::autosave_path(file)));
        CHECK(EventDocument::autosave_path(file) == (dir / ".evening.yaml.autosave").string());
    }  // the planner dies here without saving
    REQUIRE(EventDocument::has_autosave(file));
    EventDocument back = EventDocument::recover(file);
    CHECK(back.modified());
    CHECK(session(back, "opening").title.get("en") == "Welcome");
    back.save();
    CHECK_FALSE(EventDocument::has_autosave(file));
    CHECK_FALSE(std::filesystem::exists(EventDocument::autosave_path(file)));
    // Declined: the file stays as saved.
    back.apply(planned(back.plan_set(path("sessions/opening.title"), "Hello")));
    back.write_autosave();
    EventDocument::discard_autosave(file);
    CHECK_FALSE(EventDocument::has_autosave(file));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a change made by another program is noticed", "[edit]") {
    const auto dir = std::filesystem::temp_directory_path() / "summitry-test-ondisk";
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "evening.yaml").string();
    std::ofstream(file, std::ios::binary) << base;
    EventDocument d = EventDocument::open(file);
    CHECK(d.changed_on_disk().empty());
    std::ofstream(file, std::ios::binary | std::ios::app) << "# edited elsewhere\n";
    CHECK(d.changed_on_disk() == std::vector<std::string>{file});
    std::filesystem::remove_all(dir);
}
