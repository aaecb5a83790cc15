// SPDX-License-Identifier: MIT
// Every list an organizer edits, written every way a file may write it: missing, `key:` with
// nothing, `[]`, `[a]` (with a comment inside), a block list (indented or at its key's
// indentation), one value for a list of one, in a flow entity, with CRLF line ends. Each item
// is added, replaced and removed down to none and added again; every step loads without an
// error, and undoing everything gives back the text byte for byte.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "edit/document.h"

using namespace summitry;

namespace {

const char* const head = R"(summitry: 1
event:
  id: ev
  title: Ev
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-11
  languages: [en, fr]
)";

// A list of values: where it is, three different items, and how many the model holds.
struct ListCase {
    const char* name;
    const char* path;  // KIND/ID.KEY
    const char* items[3];
    bool single_ok;  // may be written as one value standing for a list of one
    std::size_t (*count)(const Event&);
};

const Person& ada(const Event& e) {
    return e.people[static_cast<std::size_t>(e.find_person("ada"))];
}

const ListCase list_cases[] = {
    {"a venue's opening windows",
     "venues/hub.open",
     {"{from: 2025-02-10 08:00, to: 2025-02-10 20:00}",
      "{from: 2025-02-11 08:00, to: 2025-02-11 20:00}", "{date: 2025-02-11}"},
     true,
     [](const Event& e) {
         return e.venues[static_cast<std::size_t>(e.find_venue("hub"))].open.size();
     }},
    {"a person's unavailability",
     "people/ada.unavailable",
     {"{from: 2025-02-10 08:00, to: 2025-02-10 09:00}", "{date: 2025-02-11}",
      "{from: '2025-02-10 12:00', to: '2025-02-10 13:00'}"},
     true,
     [](const Event& e) { return ada(e).unavailable.size(); }},
    {"a person's languages",
     "people/ada.languages",
     {"en", "fr", "pt-BR"},
     true,
     [](const Event& e) { return ada(e).languages.size(); }},
    {"a session's speakers",
     "sessions/talk.speakers",
     {"ada", "bob", "zoe"},
     true,
     [](const Event& e) {
         return e.sessions[static_cast<std::size_t>(e.find_session("talk"))].speakers.size();
     }},
    {"a session's organizations",
     "sessions/talk.organizations",
     {"acme", "initech", "acme-2"},
     true,
     [](const Event& e) {
         return e.sessions[static_cast<std::size_t>(e.find_session("talk"))].organizations.size();
     }},
    {"a room's unavailability",
     "rooms/hub/hall.unavailable",
     {"{date: 2025-02-10}", "{date: 2025-02-11}", "{from: 2025-02-10 08:00, to: 2025-02-10 09:00}"},
     true,
     [](const Event& e) {
         return e.rooms[static_cast<std::size_t>(e.find_room("hub/hall"))].unavailable.size();
     }},
};

// The shapes a list can have, for a key at 4 spaces of indentation inside a block entity.
// `{0}` is replaced by the first item; the count is how many items it holds.
struct Shape {
    const char* name;
    const char* text;
    std::size_t count;
    bool single;  // one value for a list of one
};
const Shape shapes[] = {
    {"missing", "", 0, false},
    {"key with nothing", "    KEY:\n", 0, false},
    {"key with ~", "    KEY: ~   # none yet\n", 0, false},
    {"[]", "    KEY: []\n", 0, false},
    {"[] with a comment", "    KEY: []  # later\n", 0, false},
    {"flow", "    KEY: [{0}]\n", 1, false},
    {"flow over lines with a comment", "    KEY: [  # the first\n      {0}\n    ]\n", 1, false},
    {"block", "    KEY:\n      - {0}   # first\n", 1, false},
    {"block at the key's indentation", "    KEY:\n    - {0}\n", 1, false},
    {"block with a comment line", "    KEY:\n      # the first one\n      - {0}\n", 1, false},
    {"one value", "    KEY: {0}\n", 1, true},
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// The event with the list of `c` written as `shape` (its owner block gets `list`).
std::string event_text(const ListCase& c, const std::string& list) {
    const std::string path = c.path;
    const std::string key = path.substr(path.rfind('.') + 1);
    const std::string kind = path.substr(0, path.find('/'));
    const std::string body = replace_all(list, "KEY", key);
    std::string t = head;
    t += "organizations:\n  - {id: acme, name: Acme}\n  - {id: initech, name: Initech}\n"
         "  - {id: acme-2, name: Acme 2}\n";
    t += "people:\n  - id: ada\n    name: Ada\n";
    if (kind == "people") t += body;
    t += "  - {id: bob, name: Bob}\n  - {id: zoe, name: Zoë Ström}\n";
    t += "venues:\n  - id: hub\n    name: Hub\n";
    if (kind == "venues") t += body;
    t += "    rooms:\n      - id: hall\n        name: Hall\n";
    if (kind == "rooms" && !body.empty()) t += "    " + replace_all(body, "\n    ", "\n        ");
    t += "sessions:\n  - id: talk\n    title: Talk\n";
    if (kind == "sessions") t += body;
    t += "  - {id: other, title: Other}\n";
    return t;
}

ValuePath vpath(const std::string& text) {
    std::string error;
    auto p = parse_value_path(text + ".x", &error);
    REQUIRE(p);
    p->key = text.substr(text.rfind('.') + 1);
    p->lang.clear();
    return *p;
}

void apply_ok(EventDocument& d, const Plan& plan) {
    INFO(plan.error);
    REQUIRE(plan);
    d.apply(*plan.change);
    INFO(d.text());
    for (const auto& diag : d.diagnostics().items()) {
        INFO(diag.message);
        CHECK(diag.severity != Severity::error);
    }
}

// Every line ends as the file's first line does.
bool consistent_line_ends(const std::string& t, bool crlf) {
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i] == '\n' && (i > 0 && t[i - 1] == '\r') != crlf) return false;
    return true;
}

void exercise(const ListCase& c, const Shape& shape, bool crlf) {
    std::string text = event_text(c, replace_all(shape.text, "{0}", c.items[0]));
    if (crlf) text = replace_all(text, "\n", "\r\n");
    EventDocument d = EventDocument::from_text(text, "ev.yaml");
    INFO(text);
    REQUIRE_FALSE(d.diagnostics().has_errors());
    REQUIRE(c.count(d.event()) == shape.count);
    const ValuePath list = vpath(c.path);
    // Add two, replace the last, remove them all, add again.
    apply_ok(d, d.plan_add_item(list, c.items[1]));
    CHECK(c.count(d.event()) == shape.count + 1);
    apply_ok(d, d.plan_add_item(list, c.items[2]));
    CHECK(c.count(d.event()) == shape.count + 2);
    apply_ok(d, d.plan_set_item(list, shape.count + 1, c.items[0]));
    CHECK(c.count(d.event()) == shape.count + 2);
    CHECK_FALSE(d.plan_set_item(list, shape.count + 2, c.items[0]));  // no such item
    for (std::size_t n = shape.count + 2; n > 0; --n) {
        apply_ok(d, d.plan_remove_item(list, n % 2 ? 0 : n - 1));
        CHECK(c.count(d.event()) == n - 1);
    }
    CHECK_FALSE(d.plan_remove_item(list, 0));
    apply_ok(d, d.plan_add_item(list, c.items[1]));
    CHECK(c.count(d.event()) == 1);
    CHECK(consistent_line_ends(d.text(), crlf));
    // Saved and read again, the text is the same event.
    EventDocument again = EventDocument::from_text(d.text(), "ev.yaml");
    CHECK(c.count(again.event()) == 1);
    CHECK_FALSE(again.diagnostics().has_errors());
    while (d.can_undo()) d.undo();
    CHECK(d.text() == text);
}

}  // namespace

TEST_CASE("every list of values is edited whatever way it is written", "[edit][lists]") {
    for (const ListCase& c : list_cases) {
        for (const Shape& shape : shapes) {
            if (shape.single && !c.single_ok) continue;
            for (bool crlf : {false, true}) {
                INFO(c.name << ", written " << shape.name << (crlf ? ", CRLF" : ""));
                exercise(c, shape, crlf);
            }
        }
    }
}

TEST_CASE("a list is added to an entity written on one line", "[edit][lists]") {
    const std::string text = std::string(head) +
                             "people:\n  - {id: zoe, name: Zoë Ström, x-été: é}  # Zoë\n"
                             "  - {id: ada, name: Ada, languages: [en  # English\n    ]}\n";
    EventDocument d = EventDocument::from_text(text, "ev.yaml");
    REQUIRE_FALSE(d.diagnostics().has_errors());
    apply_ok(d, d.plan_add_item(vpath("people/zoe.languages"), "sv"));
    CHECK(d.text().find("{id: zoe, name: Zoë Ström, x-été: é, languages: [sv]}  # Zoë") !=
          std::string::npos);
    apply_ok(d, d.plan_add_item(vpath("people/ada.languages"), "fr"));
    CHECK(d.event().people[1].languages == std::vector<std::string>{"en", "fr"});
    apply_ok(d, d.plan_add_item(vpath("people/zoe.unavailable"), "{date: 2025-02-10}"));
    CHECK(d.event().people[0].unavailable.size() == 1);
    apply_ok(d, d.plan_remove_item(vpath("people/zoe.languages"), 0));
    CHECK(d.event().people[0].languages.empty());
    while (d.can_undo()) d.undo();
    CHECK(d.text() == text);
}

TEST_CASE("a list item that is not one value on one line is refused", "[edit][lists]") {
    const std::string text = std::string(head) + "people:\n  - {id: ada, name: Ada}\n";
    EventDocument d = EventDocument::from_text(text, "ev.yaml");
    const ValuePath langs = vpath("people/ada.languages");
    CHECK_FALSE(d.plan_add_item(langs, "en\n  - fr"));
    CHECK_FALSE(d.plan_add_item(langs, ""));
    CHECK_FALSE(d.plan_add_item(langs, "[en"));      // would not load
    CHECK_FALSE(d.plan_add_item(langs, "en, fr]"));  // neither
    CHECK_FALSE(d.plan_add_item(vpath("people/nobody.languages"), "en"));
    CHECK_FALSE(d.plan_remove_item(langs, 0));
    // A file indented with a tab does not load; planning on it says so and changes nothing.
    EventDocument tabs = EventDocument::from_text(
        std::string(head) + "people:\n  - id: ada\n\tname: Ada\n", "tabs.yaml");
    CHECK(tabs.diagnostics().has_errors());
    CHECK_FALSE(tabs.plan_add_item(langs, "en"));
    CHECK_FALSE(tabs.modified());
}

// --- entities: rooms of a venue, tracks, organizations ----------------------------------------

namespace {

struct EntityShape {
    const char* name;
    const char* text;  // KEY's list with {0} the first entity (id `first`)
    std::size_t count;
};

const EntityShape entity_shapes[] = {
    {"missing", "", 0},
    {"key with nothing", "KEY:\n", 0},
    {"[]", "KEY: []\n", 0},
    {"[] with a comment", "KEY: [ ]   # none yet\n", 0},
    {"flow", "KEY: [{0}]\n", 1},
    {"flow over lines", "KEY: [\n  {0},  # the first\n]\n", 1},
    {"block", "KEY:\n  - {0}\n", 1},
    {"block at the key's indentation", "KEY:\n- {0}\n", 1},
    {"block of mappings", "KEY:\n  - id: first\n    name: First\n", 1},
};

std::string indented(const std::string& s, std::size_t n) {
    std::string out;
    std::size_t start = 0;
    while (start < s.size()) {
        const std::size_t end = s.find('\n', start);
        out += std::string(n, ' ') + s.substr(start, end - start + 1);
        start = end + 1;
    }
    return out;
}

void exercise_entities(EntityKind kind, const EntityShape& shape, bool crlf) {
    const bool room = kind == EntityKind::room;
    const std::string key(entity_list_key(kind));
    std::string list =
        replace_all(replace_all(shape.text, "KEY", key), "{0}", "{id: first, name: First}");
    std::string text = std::string(head) + "venues:\n  - id: hub\n    name: Hub\n" +
                       (room ? indented(list, 4) : "") +
                       "  - {id: annex, name: Annex, rooms: [{id: a1, name: A1}]}\n" +
                       (room ? "" : list) + "sessions:\n  - {id: talk, title: Talk}\n";
    if (crlf) text = replace_all(text, "\n", "\r\n");
    INFO(text);
    EventDocument d = EventDocument::from_text(text, "ev.yaml");
    if (room && std::string(shape.name) == "key with nothing") {
        // `rooms:` with nothing is an error of the loader (a venue's rooms are a list); the
        // planner offers to repair it as text, not to add to it.
        CHECK(d.diagnostics().has_errors());
        return;
    }
    REQUIRE_FALSE(d.diagnostics().has_errors());
    const auto count = [&] {
        const Event& e = d.event();
        return room ? e.venues[static_cast<std::size_t>(e.find_venue("hub"))].rooms.size()
               : kind == EntityKind::track ? e.tracks.size()
                                           : e.organizations.size();
    };
    const std::string venue = room ? "hub" : "";
    const std::string q = room ? "hub/" : "";
    REQUIRE(count() == shape.count);
    std::vector<std::pair<std::string, std::string>> fields;
    if (kind == EntityKind::track)
        fields = {{"color", "\"#1f6feb\""}, {"name", "{en: Main, fr: Principale}"}};
    apply_ok(d, d.plan_create(kind, "second", venue, fields));
    CHECK(count() == shape.count + 1);
    if (kind == EntityKind::track) {
        CHECK(d.event().tracks.back().color == "#1f6feb");
        CHECK(d.event().tracks.back().name.get("fr") == "Principale");
    }
    apply_ok(d, d.plan_duplicate(kind, q + "second", "third"));
    CHECK(count() == shape.count + 2);
    CHECK_FALSE(d.plan_create(kind, "third", venue));  // exists already
    apply_ok(d, d.plan_delete(kind, q + "second"));
    apply_ok(d, d.plan_delete(kind, q + "third"));
    if (shape.count) apply_ok(d, d.plan_delete(kind, q + "first"));
    CHECK(count() == 0);
    apply_ok(d, d.plan_create(kind, "again", venue));
    CHECK(count() == 1);
    CHECK(consistent_line_ends(d.text(), crlf));
    while (d.can_undo()) d.undo();
    CHECK(d.text() == text);
}

}  // namespace

TEST_CASE("rooms, tracks and organizations are created and deleted in every shape of list",
          "[edit][lists]") {
    for (EntityKind kind : {EntityKind::room, EntityKind::track, EntityKind::organization})
        for (const EntityShape& shape : entity_shapes)
            for (bool crlf : {false, true}) {
                INFO(entity_list_key(kind) << ", written " << shape.name << (crlf ? ", CRLF" : ""));
                exercise_entities(kind, shape, crlf);
            }
}

TEST_CASE("a venue created in the planner gets its rooms", "[edit][lists]") {
    // Issue 15, defect 2: "venue 'hub' has no list of rooms", and a crash on `rooms: []`.
    const std::string text =
        std::string(head) + "venues:\n  - id: old\n    name: Old\n    rooms: []\n";
    EventDocument d = EventDocument::from_text(text, "ev.yaml");
    apply_ok(d, d.plan_create(EntityKind::room, "r1", "old"));
    CHECK(d.text().find("    rooms: [{id: r1, name: r1}]\n") != std::string::npos);
    apply_ok(d, d.plan_create(EntityKind::venue, "hub"));
    apply_ok(d, d.plan_create(EntityKind::room, "ballroom", "hub"));
    apply_ok(d, d.plan_create(EntityKind::room, "salon", "hub"));
    CHECK(
        d.text().ends_with("  - id: hub\n    name: hub\n    rooms:\n      - id: ballroom\n"
                           "        name: ballroom\n      - id: salon\n        name: salon\n"));
    CHECK(d.event().find_room("hub/salon") >= 0);
    CHECK_FALSE(d.plan_create(EntityKind::room, "x", "nowhere"));
}

TEST_CASE("travel times are set, changed and removed one venue at a time", "[edit][lists]") {
    const std::string text = std::string(head) +
                             "venues:\n  - id: hub\n    name: Hub\n  - {id: annex, name: Annex}\n"
                             "  - id: far\n    name: Far\n    travel_minutes: {hub: 30}\n";
    EventDocument d = EventDocument::from_text(text, "ev.yaml");
    const auto path = [](const char* p) {
        auto v = parse_value_path(p);
        REQUIRE(v);
        return *v;
    };
    apply_ok(d, d.plan_set(path("venues/hub.travel_minutes.annex"), "10"));
    apply_ok(d, d.plan_set(path("venues/annex.travel_minutes.far"), "25"));
    apply_ok(d, d.plan_set(path("venues/far.travel_minutes.annex"), "20"));
    const Event& e = d.event();
    CHECK(e.travel(e.find_venue("hub"), e.find_venue("annex")) == Minutes{10});
    CHECK(e.travel(e.find_venue("far"), e.find_venue("annex")) == Minutes{20});
    CHECK(e.travel(e.find_venue("annex"), e.find_venue("far")) == Minutes{25});
    apply_ok(d, d.plan_set(path("venues/far.travel_minutes.hub"), ""));
    apply_ok(d, d.plan_set(path("venues/far.travel_minutes.annex"), ""));  // the last one
    CHECK(d.event().travel(d.event().find_venue("far"), d.event().find_venue("hub")) == Minutes{0});
    CHECK_FALSE(d.plan_set(path("venues/far.travel_minutes.nowhere"), "5"));
    while (d.can_undo()) d.undo();
    CHECK(d.text() == text);
}

TEST_CASE("lists in an included file are edited there", "[edit][lists]") {
    const auto dir = std::filesystem::temp_directory_path() / "summitry-test-edit-lists";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string main_text = std::string(head) + "include: [more.yaml]\n";
    const std::string more =
        "people:\n  - id: ada\n    name: Ada\n"
        "venues:\n  - id: hub\n    name: Hub\n"
        "tracks: []\n";
    std::ofstream(dir / "ev.yaml") << main_text;
    std::ofstream(dir / "more.yaml") << more;
    EventDocument d = EventDocument::open((dir / "ev.yaml").string());
    REQUIRE_FALSE(d.diagnostics().has_errors());
    apply_ok(d, d.plan_add_item(vpath("people/ada.languages"), "fr"));
    apply_ok(d, d.plan_create(EntityKind::room, "hall", "hub"));
    apply_ok(d, d.plan_create(EntityKind::track, "main"));
    apply_ok(d, d.plan_add_item(vpath("venues/hub.open"), "{date: 2025-02-10}"));
    CHECK(d.text(0) == main_text);
    CHECK(d.text(1).find("tracks: [{id: main, name: main}]") != std::string::npos);
    CHECK(d.event().people[0].languages == std::vector<std::string>{"fr"});
    CHECK(d.event().venues[0].open.size() == 1);
    d.save();
    EventDocument again = EventDocument::open((dir / "ev.yaml").string());
    CHECK(again.event().tracks.size() == 1);
    CHECK(again.event().find_room("hub/hall") >= 0);
    std::filesystem::remove_all(dir);
}
