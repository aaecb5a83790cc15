// SPDX-License-Identifier: MIT
// Conflicts as a person reads them (check/names.h): names in the chosen language where the
// message has ids, the message itself unchanged for the CLI and JSON.
#include <catch2/catch.hpp>

#include "check/names.h"
#include "check_fixture.h"

using namespace summitry;
using namespace check_test;

namespace {

std::string text_with_names() {
    std::string t(base);
    t.replace(t.find("event:\n"), 7, "event:\n  languages: [en, fr]\n");
    t.replace(t.find("{id: policy, name: Policy}"), 26,
              "{id: policy, name: {en: Policy, fr: Politique}}");
    t.replace(t.find("{id: salon, capacity: 40"), 24,
              "{id: salon, name: {en: Small salon, fr: Petit salon}, capacity: 40");
    return t + R"(
  - {id: a, title: {en: Opening, fr: Ouverture}, room: ballroom, start: 2025-02-10 09:00, duration: 1h, track: policy, speakers: [ada]}
  - {id: b, title: "Ada's 'b' talk", room: salon, start: 2025-02-10 09:30, duration: 1h, track: policy, speakers: [ada]}
  - {id: c, title: C, room: salon, start: 2025-02-10 10:00, duration: 1h, expected_attendance: 100}
)";
}

std::string named(const Checked& c, std::string_view rule, std::string_view lang) {
    const auto found = c.of(rule);
    REQUIRE(found.size() == 1);
    return message_with_names(c.loaded.event, found[0], lang);
}

}  // namespace

TEST_CASE("conflicts name sessions, people, rooms and tracks in the chosen language", "[checks]") {
    const Checked c = check_text(text_with_names());
    CHECK(c.of("person-double-booked")[0].message ==
          "'ada' takes part in 'a' (09:00\u201310:00) and 'b' (09:30\u201310:30)");
    CHECK(named(c, "person-double-booked", "en") ==
          "'Ada Lovelace' takes part in 'Opening' (09:00\u201310:00) and 'Ada's 'b' talk' "
          "(09:30\u201310:30)");
    CHECK(named(c, "person-double-booked", "fr").find("'Ouverture'") != std::string::npos);
    CHECK(named(c, "track-overlap", "fr") ==
          "track 'Politique' runs 'Ouverture' (09:00\u201310:00) and 'Ada's 'b' talk' "
          "(09:30\u201310:30) at the same time");
    CHECK(named(c, "room-double-booked", "fr").find("'Petit salon'") != std::string::npos);
    // A room without a name keeps its id; a language the text lacks falls back to the first.
    CHECK(named(c, "over-capacity", "de") == "'C' expects 100 people; 'Small salon' seats 40");
    // French quotes, with no-break spaces, are quotes too; an id that is a word is not replaced.
    Diagnostic fr = c.of("person-double-booked")[0];
    fr.message = "\u00ab\u00a0ada\u00a0\u00bb participe \u00e0 \u00ab a \u00bb et a \u201cb\u201d";
    CHECK(message_with_names(c.loaded.event, fr, "fr") ==
          "\u00ab\u00a0Ada Lovelace\u00a0\u00bb participe \u00e0 \u00ab Ouverture \u00bb et a "
          "\u201cAda's 'b' talk\u201d");
    // The loader's errors are left as they are: their quotes hold what was written.
    Diagnostic d;
    d.rule = "bad-value";
    d.message = "'ada' is not a colour";
    CHECK(message_with_names(c.loaded.event, d, "en") == "'ada' is not a colour");
    d.message = "unclosed 'quote";
    CHECK(message_with_names(c.loaded.event, d, "en") == "unclosed 'quote");
}
