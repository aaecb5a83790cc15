// SPDX-License-Identifier: MIT
// Translatable core messages (util/i18n.h): positional placeholders, English when no translator
// is installed, and conflicts whose message and hint come out translated with the names in
// place when one is.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <string_view>

#include "check/rule.h"
#include "edit/document.h"
#include "io/event_loader.h"
#include "util/i18n.h"

using namespace summitry;

namespace {

// Installs a translator for one test and goes back to English after it.
struct Installed {
    explicit Installed(Translator t) { set_translator(std::move(t)); }
    ~Installed() { set_translator({}); }
    Installed(const Installed&) = delete;
    Installed& operator=(const Installed&) = delete;
};

// A small catalog, as the planner's lookup in po/fr.po would answer.
Translator catalog(std::map<std::string, std::string, std::less<>> entries) {
    return [entries = std::move(entries)](std::string_view msgid) -> std::string {
        const auto it = entries.find(msgid);
        return it == entries.end() ? std::string() : it->second;  // "": not translated
    };
}

constexpr std::string_view event = R"(summitry: 1
event:
  id: test
  title: Test
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-11
people:
  - {id: ada, name: Ada Lovelace}
venues:
  - id: embassy
    name: Embassy
    rooms:
      - {id: ballroom, capacity: 180}
sessions:
  - {id: a, title: A, start: 2025-02-10 18:00, duration: 60min, room: ballroom, speakers: [ada]}
  - {id: b, title: B, start: 2025-02-10 18:30, duration: 45min, room: ballroom}
  - {id: c, title: C}
)";

Diagnostics conflicts() {
    const LoadResult loaded = load_event_text(std::string(event), "test.yaml");
    REQUIRE_FALSE(loaded.diagnostics.has_errors());
    return check_conflicts(loaded.event);
}

const Diagnostic& of(const Diagnostics& all, std::string_view rule) {
    const auto& items = all.items();
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&](const Diagnostic& d) { return d.rule == rule; });
    REQUIRE(it != items.end());
    return *it;
}

}  // namespace

TEST_CASE("format_message puts arguments where the pattern says", "[i18n]") {
    CHECK(format_message("{0} is in {1} and {2} at the same time", "ada", "a", "b") ==
          "ada is in a and b at the same time");
    // A translation may reorder and repeat arguments.
    CHECK(format_message("{2} et {1} : {0}", "x", "y", "z") == "z et y : x");
    CHECK(format_message("{0}, {0}!", "encore") == "encore, encore!");
    // Strings of every kind, and integers.
    const std::string s = "salon";
    const std::string_view v = "embassy";
    CHECK(format_message("'{0}' in '{1}' seats {2} of {3}", s, v, 40, std::size_t{180}) ==
          "'salon' in 'embassy' seats 40 of 180");
    CHECK(format_message("{0}", -3) == "-3");
    CHECK(format_message("{10}{1}{0}", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k") ==
          "kba");
    // No placeholder, no argument.
    CHECK(format_message("no time") == "no time");
    CHECK(format_message("").empty());
    // Arguments are inserted as they are, never read as patterns.
    CHECK(format_message("[{0}]", "{1}{{") == "[{1}{{]");
}

TEST_CASE("format_message: braces and mistakes", "[i18n]") {
    // "{{" and "}}" write one brace.
    CHECK(format_message("{{{0}}}", "x") == "{x}");
    CHECK(format_message("{{0}} is {0}", "x") == "{0} is x");
    CHECK(format_message("a }} b {{") == "a } b {");
    // A placeholder without an argument stays, so that the mistake shows.
    CHECK(format_message("{0} and {1}", "a") == "a and {1}");
    CHECK(format_message("{0}") == "{0}");
    CHECK(format_message("{99999999999999999999}", "a") == "{99999999999999999999}");
    // Other braces are text.
    CHECK(format_message("{} {x} { 0} {0 } {", "a") == "{} {x} { 0} {0 } {");
    CHECK(format_message("} {0", "a") == "} {0");
}

TEST_CASE("without a translator, messages are the English msgids", "[i18n]") {
    set_translator({});
    CHECK(tr("no such session") == "no such session");
    const Diagnostics all = conflicts();
    const Diagnostic& d = of(all, "room-double-booked");
    CHECK(d.message == "'ballroom' holds 'a' (18:00\u201319:00) and 'b' (18:30\u201319:15)");
    CHECK(d.hint == "move one of them to another room or time");
    CHECK(of(all, "unscheduled").message == "'c' has no start and no room yet");
}

TEST_CASE("a translator translates what it knows, and only that", "[i18n]") {
    const Installed fr(catalog({{"no such session", "pas de séance de ce nom"}}));
    CHECK(tr("no such session") == "pas de séance de ce nom");
    CHECK(tr("no such room") == "no such room");  // not in the catalog: English
    set_translator([](std::string_view) { return std::string(); });
    CHECK(tr("no such room") == "no such room");  // an empty translation is none
}

TEST_CASE("a conflict's message and hint come translated, with the names in place", "[i18n]") {
    const Installed fr(catalog({
        // The arguments in another order than the English's.
        {"'{0}' holds '{1}' ({2}) and '{3}' ({4})",
         "« {1} » ({2}) et « {3} » ({4}) sont en même temps dans « {0} »"},
        {"move one of them to another room or time",
         "déplacez l'une d'elles dans une autre salle ou à une autre heure"},
        {"'{0}' has no start and no room yet", "« {0} » n'a encore ni début ni salle"},
    }));
    const Diagnostics all = conflicts();
    const Diagnostic& d = of(all, "room-double-booked");
    CHECK(d.message ==
          "« a » (18:00\u201319:00) et « b » (18:30\u201319:15) sont en même temps dans « ballroom "
          "»");
    CHECK(d.hint == "déplacez l'une d'elles dans une autre salle ou à une autre heure");
    CHECK(d.sessions == std::vector<std::string>{"a", "b"});  // what it names is not translated
    CHECK(d.rooms == std::vector<std::string>{"ballroom"});
    CHECK(of(all, "unscheduled").message == "« c » n'a encore ni début ni salle");
    // Not in this catalog: English, whole.
    CHECK(of(all, "unscheduled").hint ==
          "give it a start and a room, or let 'summitry-cli schedule' place it");
}

TEST_CASE("a refused edit is translated too", "[i18n]") {
    EventDocument doc = EventDocument::from_text(std::string(event), "test.yaml");
    const Installed fr(catalog({
        {"{0} '{1}' exists already", "« {1} » existe déjà dans la liste « {0} »"},
        {"a session lasts at least a minute", "une séance dure au moins une minute"},
    }));
    CHECK(doc.plan_create(EntityKind::session, "a").error ==
          "« a » existe déjà dans la liste « sessions »");
    CHECK(doc.plan_resize_session(0, Minutes{0}).error == "une séance dure au moins une minute");
    set_translator({});
    CHECK(doc.plan_create(EntityKind::session, "a").error == "sessions 'a' exists already");
}
