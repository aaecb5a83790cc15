// SPDX-License-Identifier: MIT
// The New event dialog's file (edit/new_event.h): it loads and checks clean, whatever the
// organizer typed, and every text reads back as typed; what cannot make an event is refused
// with a reason, never written.
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

#include "edit/document.h"
#include "edit/new_event.h"

using namespace summitry;

namespace {

NewEvent sample() {
    NewEvent spec;
    spec.languages = {"en", "fr"};
    spec.titles = {{"en", "Open Data Day"}, {"fr", "Journée des données ouvertes"}};
    spec.start_date = *parse_date("2026-06-01");
    spec.end_date = *parse_date("2026-06-02");
    spec.timezone = "Europe/Paris";
    spec.venue = "Maison de la Chimie";
    spec.rooms = {"Grand amphithéâtre", "Salle 101"};
    return spec;
}

// Loads the text as the planner opens it; every diagnostic (error, warning, note) fails.
EventDocument load_clean(const std::string& text) {
    EventDocument doc = EventDocument::from_text(text, "new.yaml");
    for (const Diagnostic& d : doc.diagnostics().items())
        FAIL_CHECK(std::string(to_string(d.severity)) << ": " << d.message << "\n" << text);
    CHECK(doc.diagnostics().empty());
    return doc;
}

}  // namespace

TEST_CASE("a new event loads and checks clean, with its venue and rooms", "[new_event]") {
    const std::string text = new_event_text(sample());
    EventDocument doc = load_clean(text);
    const Event& e = doc.event();
    CHECK(e.info.id == "open-data-day");
    CHECK(e.info.title.get("en") == "Open Data Day");
    CHECK(e.info.title.get("fr") == "Journée des données ouvertes");
    CHECK(e.info.timezone_name == "Europe/Paris");
    CHECK(e.info.languages == std::vector<std::string>{"en", "fr"});
    CHECK(e.info.start_date == *parse_date("2026-06-01"));
    CHECK(e.info.end_date == *parse_date("2026-06-02"));
    REQUIRE(e.venues.size() == 1);
    CHECK(e.venues[0].id == "maison-de-la-chimie");
    REQUIRE(e.rooms.size() == 2);
    CHECK(e.rooms[0].id == "grand-amphitheatre");
    CHECK(e.rooms[0].name.get("en") == "Grand amphithéâtre");
    CHECK(e.rooms[1].id == "salle-101");
    // No empty lists: the planner's New adds the first person, track or session as a new list.
    CHECK(text.find("[]") == std::string::npos);
}

TEST_CASE("a new event's first session, person and track are created in the planner",
          "[new_event]") {
    EventDocument doc = EventDocument::from_text(new_event_text(sample()), "new.yaml");
    for (EntityKind kind : {EntityKind::person, EntityKind::track, EntityKind::session}) {
        Plan plan = doc.plan_create(kind, "first");
        INFO(plan.error);
        REQUIRE(plan);
        doc.apply(std::move(*plan.change));
    }
    CHECK(doc.event().people.size() == 1);
    CHECK(doc.event().tracks.size() == 1);
    CHECK(doc.event().sessions.size() == 1);
    CHECK(doc.diagnostics().errors() == 0);
}

TEST_CASE("hostile titles and names read back as typed", "[new_event]") {
    const std::vector<std::string> hostile = {
        "Quotes \"double\" and 'single'",
        "Colon: then more",
        "key: value # not a comment",
        "# starts like a comment",
        "- starts like a list item",
        "* starts like an alias",
        "& anchor and ! tag and | block > folded",
        "%YAML directive",
        "@ reserved ` backtick",
        "{flow: map} [flow, list]",
        "ends with a colon:",
        "back\\slash \\n not a newline",
        "مؤتمر البيانات المفتوحة",  // right to left
        "\u202eRTL override\u202c and \u200fmark",
        "Emoji 🎉🚀 and ZWJ 👩‍💻",
        "yes",
        "null",
        "~",
        "2026-06-01",
        "0x1F",
        "  spaces around  ",
        "tab\there",
        "---",
        "...",
        "true",
        "1e3",
    };
    for (const std::string& name : hostile) {
        INFO(name);
        NewEvent spec = sample();
        spec.titles = {{"en", name}, {"fr", name}};
        spec.venue = name;
        spec.rooms = {name, name};  // the same name twice: two rooms, two ids
        const std::string text = new_event_text(spec);
        EventDocument doc = load_clean(text);
        const Event& e = doc.event();
        // What the file holds is the name as typed, trimmed, on one line.
        std::string expected = name;
        while (!expected.empty() && expected.front() == ' ') expected.erase(0, 1);
        while (!expected.empty() && expected.back() == ' ') expected.pop_back();
        for (char& c : expected)
            if (c == '\t') c = ' ';
        CHECK(e.info.title.get("en") == expected);
        CHECK(e.info.title.get("fr") == expected);
        REQUIRE(e.venues.size() == 1);
        CHECK(e.venues[0].name.get("en") == expected);
        REQUIRE(e.rooms.size() == 2);
        CHECK(e.rooms[0].name.get("en") == expected);
        CHECK(e.rooms[0].id != e.rooms[1].id);
    }
}

TEST_CASE("a newline in a title becomes a space, never a new key", "[new_event]") {
    NewEvent spec = sample();
    spec.titles = {{"en", "First line\nsummitry: 2\nevent:\n  id: evil"}};
    spec.languages = {"en"};
    EventDocument doc = load_clean(new_event_text(spec));
    CHECK(doc.event().info.title.get("en") == "First line summitry: 2 event:   id: evil");
    CHECK(doc.event().info.id == "first-line-summitry-2-event-id-evil");
}

TEST_CASE("a title in a script with no Latin letters gets an id all the same", "[new_event]") {
    NewEvent spec = sample();
    spec.titles = {{"en", "日本語のイベント"}};
    spec.languages = {"en"};
    spec.rooms = {"会議室", "ホール"};
    EventDocument doc = load_clean(new_event_text(spec));
    CHECK(doc.event().info.id.starts_with("x"));
    REQUIRE(doc.event().rooms.size() == 2);
    CHECK(doc.event().rooms[0].id != doc.event().rooms[1].id);
}

TEST_CASE("an event without a venue loads clean", "[new_event]") {
    NewEvent spec = sample();
    spec.venue.clear();
    spec.rooms.clear();
    const std::string text = new_event_text(spec);
    EventDocument doc = load_clean(text);
    CHECK(doc.event().venues.empty());
    CHECK(text.find("venues") == std::string::npos);
}

TEST_CASE("what cannot make an event is refused with a reason", "[new_event]") {
    const auto refused = [](NewEvent spec, const std::string& why) {
        INFO(why);
        try {
            (void)new_event_text(spec);
            FAIL("not refused");
        } catch (const std::invalid_argument& e) {
            CHECK_THAT(e.what(), Catch::Contains(why));
        }
    };
    NewEvent spec = sample();
    spec.titles = {{"fr", "Seulement en français"}};
    refused(spec, "first language (en)");
    spec = sample();
    spec.titles = {{"en", "   "}, {"fr", "x"}};
    refused(spec, "first language");
    spec = sample();
    spec.timezone = "Europe/Atlantis";
    refused(spec, "'Europe/Atlantis' is not a time zone");
    spec = sample();
    spec.timezone = "";
    refused(spec, "is not a time zone");
    spec = sample();
    spec.end_date = *parse_date("2026-05-31");
    refused(spec, "before the first day");
    spec = sample();
    spec.end_date = *parse_date("2028-01-01");
    refused(spec, "more than a year");
    spec = sample();
    spec.languages = {"en", "French"};
    refused(spec, "'French' is not a language code");
    spec = sample();
    spec.languages = {"en", "en"};
    refused(spec, "given twice");
    spec = sample();
    spec.languages.clear();
    refused(spec, "at least one language");
    spec = sample();
    spec.rooms = {" ", ""};
    refused(spec, "at least one room");
    spec = sample();
    spec.venue.clear();
    refused(spec, "rooms need a venue");
    spec = sample();
    spec.titles[0].second = std::string(1001, 'a');
    refused(spec, "longer than 1000 bytes");
    spec = sample();
    spec.rooms = {"bad \xff byte"};
    refused(spec, "not UTF-8");
    spec = sample();
    spec.venue = "\xc2\x85 next line (C1)";
    refused(spec, "control character");
    spec = sample();
    spec.titles[0].second = "bell \x07";
    refused(spec, "control character");
    spec = sample();
    spec.rooms.assign(201, "Room");
    refused(spec, "more than 200 rooms");
}

TEST_CASE("ids made from names are slugs", "[new_event]") {
    CHECK(slug_from_name("Café Crème 2026!") == "cafe-creme-2026");
    CHECK(slug_from_name("  --Hello--  ") == "hello");
    CHECK(slug_from_name("🎉").starts_with("x"));
    CHECK(slug_from_name("🎉") != slug_from_name("🚀"));
    CHECK(slug_from_name(std::string(200, 'a')).size() <= 48);
}
