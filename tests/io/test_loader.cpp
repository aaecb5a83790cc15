// SPDX-License-Identifier: MIT
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "io/event_loader.h"

using namespace summitry;

namespace {

// A small event with every key of the format; the tests below break one thing at a time.
const std::string full = R"(summitry: 1
event:
  id: ai-for-growth
  title: {en: "AI for Growth", fr: "L'IA pour la croissance"}
  subtitle: Fostering UK-France Collaboration
  description: An evening at the embassy.
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
  languages: [en, fr]
  organizers: [embassy]
  website: https://example.org
  hours: {from: "16:00", to: "23:30"}
  day_change: "04:00"
  x-budget: 1200
organizations:
  - id: embassy
    name: British Embassy in Paris
    short_name: Embassy
    country: GB
    kind: government
    website: https://www.gov.uk
    description: {en: The embassy, fr: L'ambassade}
  - id: norway
    name: Norway
    country: NO
people:
  - id: clare-barclay
    name: Clare Barclay
    affiliation: embassy
    role: {en: Chair, fr: Présidente}
    bio: A bio.
    email: clare@example.org
    phone: "+33 1 00 00 00 00"
    photo: photos/clare.jpg
    unavailable:
      - {from: 2025-02-10 21:00, to: 2025-02-10 23:00}
      - {date: 2025-02-11}
    languages: [en]
venues:
  - id: embassy
    name: British Embassy in Paris
    address: 35 rue du Faubourg Saint-Honoré, 75008 Paris
    timezone: Europe/Paris
    open:
      - {from: 2025-02-10 16:00, to: 2025-02-10 23:30}
    travel_minutes: {residence: 5}
    rooms:
      - id: ballroom
        name: Ballroom
        capacity: 180
        features: [stage, projector, interpretation]
        unavailable: [{from: 2025-02-10 16:00, to: 2025-02-10 16:30}]
  - id: residence
    name: {en: Ambassador's Residence, fr: Résidence de l'ambassadeur}
    rooms:
      - {id: salon, name: Salon, capacity: 120}
tracks:
  - id: policy
    name: {en: Policy, fr: Politique}
    color: "#1f6feb"
    description: Policy talks
sessions:
  - id: fireside-chat
    title: {en: Fireside chat, fr: Conversation au coin du feu}
    kind: fireside-chat
    track: policy
    room: embassy/ballroom
    start: 2025-02-10 19:00
    duration: 30min
    speakers: [clare-barclay]
    moderators: []
    hosts: []
    organizations: [embassy]
    expected_attendance: 150
    requires: [stage]
    language: en
    interpretation: [fr]
    description: A conversation.
    abstract: {en: Abstract, fr: Résumé}
    public: true
    status: confirmed
    tags: [ai, policy]
    revision: 3
    url: https://example.org/fireside
    pinned: true
    x-notes: keep the chairs
  - id: reception
    title: Reception
    kind: reception
    room: salon
    start: 2025-02-10T20:00+01:00
    end: 2025-02-11 00:30
  - id: later
    title: A session without a slot
    duration: 1h
)";

LoadResult load(const std::string& text) {
    return load_event_text(text, "event.yaml");
}

// Replaces the first occurrence of `from` in the full event.
std::string with(std::string_view from, std::string_view to) {
    std::string s = full;
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
    return s;
}

const Diagnostic* find_rule(const Diagnostics& d, std::string_view rule) {
    for (const auto& x : d.items())
        if (x.rule == rule) return &x;
    return nullptr;
}

// Line and column (in characters) of the `nth` occurrence of `marker` in `text`.
std::pair<std::uint32_t, std::uint32_t> position(const std::string& text, std::string_view marker,
                                                 int nth = 1) {
    std::size_t at = std::string::npos;
    for (int i = 0; i < nth; ++i) {
        at = text.find(marker, at == std::string::npos ? 0 : at + 1);
        REQUIRE(at != std::string::npos);
    }
    std::uint32_t line = 1, column = 1;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// Requires that loading `text` reports `rule` as an error where the `nth` `marker` begins.
void expect_error(const std::string& text, std::string_view rule, std::string_view marker,
                  int nth = 1) {
    auto r = load(text);
    INFO("rule " << rule << " at '" << marker << "'");
    const Diagnostic* d = find_rule(r.diagnostics, rule);
    REQUIRE(d != nullptr);
    INFO(d->message);
    CHECK(d->severity == Severity::error);
    const auto [line, column] = position(text, marker, nth);
    CHECK(d->loc.line == line);
    CHECK(d->loc.column == column);
    CHECK_FALSE(d->message.empty());
}

std::string in_days(std::string text, std::string_view end_date) {
    text.replace(text.find("end_date: 2025-02-10"), 20, "end_date: " + std::string(end_date));
    return text;
}

}  // namespace

TEST_CASE("every key of the format loads", "[loader]") {
    auto r = load(full);
    for (const auto& d : r.diagnostics.items()) INFO(d.loc.line << ": " << d.message);
    REQUIRE(r.diagnostics.empty());
    const Event& ev = r.event;
    CHECK(ev.info.id == "ai-for-growth");
    CHECK(ev.info.title.get("fr") == "L'IA pour la croissance");
    CHECK(ev.info.title.get("de", "en") == "AI for Growth");
    CHECK(ev.info.languages == std::vector<std::string>{"en", "fr"});
    CHECK(ev.info.organizers.size() == 1);
    CHECK(ev.info.hours->first == Minutes{16 * 60});
    CHECK(ev.info.extra.size() == 1);
    CHECK(ev.info.extra[0].key == "x-budget");
    REQUIRE(ev.organizations.size() == 2);
    CHECK(ev.organizations[1].country == "NO");  // a string, not false
    const Person& clare = ev.people.at(0);
    CHECK(clare.affiliation == 0);
    CHECK(clare.role.get("fr") == "Présidente");
    CHECK(clare.unavailable.size() == 2);
    CHECK(clare.unavailable[1].to - clare.unavailable[1].from == std::chrono::hours{24});
    REQUIRE(ev.venues.size() == 2);
    CHECK(ev.venues[0].travel.size() == 1);
    CHECK(ev.travel(0, 1) == Minutes{5});
    CHECK(ev.travel(1, 0) == Minutes{5});  // symmetric when one direction is given
    REQUIRE(ev.rooms.size() == 2);
    CHECK(ev.rooms[0].features.size() == 3);
    CHECK(ev.find_room("embassy/ballroom") == 0);
    CHECK(ev.find_room("salon") == 1);
    REQUIRE(ev.sessions.size() == 3);
    const Session& fc = ev.sessions[0];
    CHECK(fc.kind == SessionKind::fireside_chat);
    CHECK(fc.scheduled());
    CHECK(format_local(to_local(ev.zone_of(fc), *fc.start)) == "2025-02-10 19:00");
    CHECK(*fc.duration == Minutes{30});
    CHECK(fc.revision == 3);
    CHECK(fc.pinned);
    CHECK(fc.interpretation == std::vector<std::string>{"fr"});
    CHECK(fc.extra.size() == 1);
    const Session& rec = ev.sessions[1];
    CHECK(*rec.duration == Minutes{270});
    CHECK(format_date(ev.programme_day(rec)) == "2025-02-10");
    CHECK_FALSE(ev.sessions[2].scheduled());
    CHECK(*ev.sessions[2].duration == std::chrono::hours{1});
}

TEST_CASE("unknown keys are kept and warned about with a suggestion", "[loader]") {
    auto r = load(with("    kind: fireside-chat\n", "    kind: fireside-chat\n    tittle: x\n"));
    REQUIRE(r.diagnostics.errors() == 0);
    const Diagnostic* d = find_rule(r.diagnostics, "unknown-key");
    REQUIRE(d != nullptr);
    CHECK(d->severity == Severity::warning);
    CHECK(d->message.find("did you mean 'title'?") != std::string::npos);
    const auto [line, column] = position(full, "kind: fireside-chat");
    CHECK(d->loc.line == line + 1);  // the line after it
    CHECK(d->loc.column == column);
    CHECK(r.event.sessions[0].extra.size() == 2);  // tittle and x-notes
}

TEST_CASE("each error of cli.md's table is reported at its place", "[loader]") {
    expect_error(with("  id: ai-for-growth\n", "  id: ai-for-growth\n   bad: [\n"), "yaml-syntax",
                 ": [");
    expect_error(with("  subtitle: Fostering", "  subtitle: \"Fostering"), "yaml-syntax",
                 "\"Fostering");
    const std::string bomb =
        "x-a: &a [1,1,1,1,1,1,1,1,1,1]\nx-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        "x-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nx-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        "x-e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nx-f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n";
    expect_error(full + bomb, "yaml-alias", "*a");
    expect_error(
        with("    short_name: Embassy\n", "    short_name: Embassy\n    kind: x\n    kind: y\n"),
        "duplicate-key", "kind: y");
    expect_error(with("  - id: norway\n    name: Norway\n", "  - id: norway\n"), "missing-key",
                 "id: norway");
    expect_error(with("capacity: 180", "capacity: lots"), "wrong-type", "lots");
    expect_error(with("capacity: 180", "capacity: [180]"), "wrong-type", "[180]");
    expect_error(with("capacity: 180", "capacity: \"180\""), "wrong-type", "\"180\"");
    expect_error(with("duration: 30min", "duration: half an hour"), "bad-value", "half an hour");
    expect_error(with("color: \"#1f6feb\"", "color: blue"), "bad-value", "blue");
    expect_error(with("  - id: fireside-chat", "  - id: Fireside Chat"), "bad-value",
                 "Fireside Chat");
    expect_error(with("  - id: norway", "  - id: embassy"), "duplicate-id", "id: embassy", 2);
    expect_error(with("speakers: [clare-barclay]", "speakers: [clare-barclai]"),
                 "unknown-reference", "clare-barclai]");
    expect_error(with("room: salon", "room: kitchen"), "unknown-reference", "kitchen");
    expect_error(with("timezone: Europe/Paris", "timezone: Europe/Pariss"), "unknown-timezone",
                 "Europe/Pariss");
    expect_error(in_days(with("start: 2025-02-10 19:00", "start: 2025-03-30 02:30"), "2025-03-31"),
                 "nonexistent-time", "2025-03-30 02:30");
    expect_error(in_days(with("start: 2025-02-10 19:00", "start: 2025-10-26 02:30"), "2025-10-31"),
                 "ambiguous-time", "2025-10-26 02:30");
    expect_error(with("end: 2025-02-11 00:30", "end: 2025-02-10 19:30"), "bad-range",
                 "2025-02-10 19:30");
    expect_error(with("start_date: 2025-02-10", "start_date: 2025-02-11"), "bad-range",
                 "2025-02-10");
    expect_error(with("start: 2025-02-10 19:00", "start: 2025-02-12 19:00"), "outside-event",
                 "2025-02-12 19:00");
}

TEST_CASE("a time in a gap says where the clocks jump, with dates when they skip a day",
          "[loader][time]") {
    const std::string apia = R"(summitry: 1
event:
  id: apia
  title: Date line
  timezone: Pacific/Apia
  start_date: 2011-12-29
  end_date: 2011-12-31
venues:
  - {id: hall, name: Hall, rooms: [{id: main, name: Main}]}
sessions:
  - {id: missing-day, title: Lost, room: main, start: 2011-12-30 10:00, duration: 1h}
)";
    const auto r = load(apia);
    const Diagnostic* d = find_rule(r.diagnostics, "nonexistent-time");
    REQUIRE(d != nullptr);
    CHECK(d->message ==
          "'2011-12-30 10:00' does not exist in Pacific/Apia: clocks jump from 2011-12-29 24:00 "
          "to 2011-12-31 00:00: 2011-12-30 does not exist there");
    CHECK(d->hint == "pick a time from 2011-12-31 00:00 on, or give a UTC offset");
    // An hour in the night keeps its short form.
    const auto paris =
        load(in_days(with("start: 2025-02-10 19:00", "start: 2025-03-30 02:30"), "2025-03-31"));
    const Diagnostic* p = find_rule(paris.diagnostics, "nonexistent-time");
    REQUIRE(p != nullptr);
    CHECK(p->message ==
          "'2025-03-30 02:30' does not exist in Europe/Paris: clocks jump from 02:00 "
          "to 03:00 that night");
}

TEST_CASE("a diagnostic quotes a few words of a value, never all of it", "[loader]") {
    // Texts pass up to 64 KiB, numbers and keys have no limit of their own: each is quoted in
    // at most 80 characters, with its size.
    const std::string big(60'000, 'x');
    const std::pair<std::string, std::string> cases[] = {
        {with("duration: 30min", "duration: " + big), "(60000 bytes)"},
        {with("duration: 30min", "duration: " + std::string(60'000, '3')), "(60000 bytes)"},
        {with("timezone: Europe/Paris", "timezone: " + big), "(60000 bytes)"},
        {with("- id: fireside-chat", "- id: X" + big), "(60001 bytes)"},
        {with("  id: ai-for-growth\n",
              "  id: ai-for-growth\n  " + std::string(1000, 'k') + ": 1\n"),
         "(1000 bytes)"},
        {with("capacity: 180", "capacity: 1" + std::string(1'000'000, '0')), "(1000001 bytes)"},
    };
    for (const auto& [text, size] : cases) {
        const auto r = load(text);
        REQUIRE_FALSE(r.diagnostics.empty());
        bool quoted = false;
        for (const Diagnostic& d : r.diagnostics.items()) {
            INFO(d.rule << ": " << d.message.substr(0, 300));
            CHECK(d.message.size() < 300);
            CHECK(d.hint.size() < 300);
            quoted = quoted || d.message.find("…' " + size) != std::string::npos;
        }
        CHECK(quoted);
    }
}

TEST_CASE("the suggestion for an unknown reference or zone names the closest", "[loader]") {
    auto r = load(with("speakers: [clare-barclay]", "speakers: [clare-barclai]"));
    const Diagnostic* d = find_rule(r.diagnostics, "unknown-reference");
    REQUIRE(d);
    CHECK(d->hint == "did you mean 'clare-barclay'?");
    auto z = load(with("timezone: Europe/Paris", "timezone: Europe/Pariss"));
    CHECK(find_rule(z.diagnostics, "unknown-timezone")->message ==
          "unknown time zone 'Europe/Pariss' — did you mean 'Europe/Paris'?");
}

TEST_CASE("an offset makes an ambiguous time unique", "[loader]") {
    std::string text = with("start: 2025-02-10 19:00", "start: 2025-10-26T02:30+01:00");
    text.replace(text.find("end_date: 2025-02-10"), 20, "end_date: 2025-10-31");
    auto r = load(text);
    CHECK(find_rule(r.diagnostics, "ambiguous-time") == nullptr);
}

TEST_CASE("a missing key is reported at its parent", "[loader]") {
    auto r = load(with("    title: Reception\n", ""));
    const Diagnostic* d = find_rule(r.diagnostics, "missing-key");
    REQUIRE(d);
    const auto [line, column] = position(full, "id: reception");
    CHECK(d->loc.line == line);
    CHECK(d->loc.column == column);
    CHECK(d->message == "session 'reception' has no 'title'");
}

TEST_CASE("a start needs a duration or an end", "[loader]") {
    auto r = load(with("    duration: 30min\n", ""));
    REQUIRE(find_rule(r.diagnostics, "missing-key"));
}

TEST_CASE("files that are not event files get one clear error", "[loader]") {
    for (const std::string& text :
         {std::string(""), std::string("\n\n"), std::string("- a\n- b\n"), std::string("just text"),
          std::string("\x7f"
                      "ELF\x02\x01\x01\x00",
                      8)}) {
        auto r = load(text);
        REQUIRE(r.diagnostics.errors() == 1);
        CHECK(r.diagnostics.items()[0].loc.line == 1);
    }
}

TEST_CASE("wrong types anywhere never crash the loader", "[loader]") {
    for (const char* text :
         {"summitry: 1\nevent: []\n", "summitry: 1\nevent: {}\nsessions: {a: 1}\n",
          "summitry: [1]\nevent: x\npeople: [1, [2], {id: 3}]\n",
          "summitry: 1\nevent: {id: e, title: t, timezone: UTC, start_date: 2025-01-01, "
          "end_date: 2025-01-01}\nsessions: [{id: s, title: t, start: [x], duration: {}}]\n",
          "summitry: 2\n", "summitry: 1\nvenues: [{id: v, name: V, rooms: [[]]}]\n"}) {
        auto r = load(text);
        CHECK(r.diagnostics.has_errors());
    }
}

TEST_CASE("included files are merged and their diagnostics name them", "[loader][include]") {
    auto r = load_event(SUMMITRY_TEST_DATA "/include/main.yaml");
    CHECK(r.event.people.size() == 1);
    CHECK(r.event.sessions.size() == 1);
    REQUIRE(r.diagnostics.errors() == 1);
    const Diagnostic& d = r.diagnostics.items()[0];
    CHECK(d.rule == "unknown-reference");
    CHECK(r.event.files.path(d.loc.file).ends_with("include/sessions.yaml"));
    CHECK(d.loc.line == 7);
    CHECK(d.loc.column == 21);  // bob
}

TEST_CASE("include cycles, missing includes and events in includes are errors",
          "[loader][include]") {
    for (const char* name : {"cycle-a.yaml", "missing.yaml", "with-event.yaml"}) {
        auto r = load_event(std::string(SUMMITRY_TEST_DATA "/include/") + name);
        INFO(name);
        REQUIRE(r.diagnostics.errors() == 1);
        CHECK(r.diagnostics.items()[0].rule == "include-error");
    }
}

TEST_CASE("the files of one event are bounded together, not only one by one", "[loader][include]") {
    // Each file's tree lives as long as the event: 256 files of 32 MB would have been read.
    const std::string main = SUMMITRY_TEST_DATA "/include/main.yaml";
    LoadOptions limits;
    limits.max_total_bytes = std::filesystem::file_size(main);  // the top file alone
    auto r = load_event(main, limits);
    REQUIRE(r.diagnostics.errors() >= 1);
    const Diagnostic& d = r.diagnostics.items()[0];
    CHECK(d.rule == "include-error");
    CHECK(d.message.find("the event's files hold") != std::string::npos);
    CHECK(r.event.files.path(d.loc.file).ends_with(".yaml"));
    CHECK(d.loc.file != 0);  // at the include that passed the bound
    limits.max_total_bytes = LoadOptions{}.max_total_bytes;
    CHECK(load_event(main, limits).diagnostics.errors() == 1);  // only bob, as above
}

TEST_CASE("a file that cannot be read throws", "[loader]") {
    CHECK_THROWS_AS(load_event(SUMMITRY_TEST_DATA "/no-such-file.yaml"), FileError);
    CHECK_THROWS_AS(load_event(SUMMITRY_TEST_DATA), FileError);
}

TEST_CASE("a file past the size limit is refused without being parsed", "[loader]") {
    LoadOptions small;
    small.max_file_bytes = 1024;
    auto r = load_event_text(full, "big.yaml", small);
    REQUIRE(r.diagnostics.errors() == 1);
    CHECK(r.diagnostics.items()[0].message.find("MB") != std::string::npos);
}

TEST_CASE("more entities of one kind than the limit are refused with the count", "[loader]") {
    std::string text =
        "summitry: 1\nevent: {id: e, title: E, timezone: UTC, start_date: 2025-01-01, "
        "end_date: 2025-01-01}\nsessions:\n";
    for (int i = 0; i < 11; ++i) text += "  - {id: s" + std::to_string(i) + ", title: S}\n";
    LoadOptions few;
    few.max_entities = 10;
    const auto r = load_event_text(text, "many.yaml", few);
    REQUIRE(r.diagnostics.errors() == 1);
    CHECK(r.diagnostics.items()[0].message.find("holds 11 items") != std::string::npos);
    CHECK(r.diagnostics.items()[0].loc.line == 4);
    few.max_entities = 11;
    CHECK_FALSE(load_event_text(text, "many.yaml", few).diagnostics.has_errors());
}

TEST_CASE("every input a fuzzer once broke the loader with now loads cleanly", "[loader][fuzz]") {
    const std::filesystem::path dir = SUMMITRY_TEST_DATA "/fuzz-regressions";
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().filename() == "README.md") continue;
        INFO(entry.path());
        auto r = load_event(entry.path());
        ++count;
        for (const auto& d : r.diagnostics.items()) CHECK_FALSE(d.message.empty());
    }
    SUCCEED("loaded " << count << " regression inputs");
}

TEST_CASE("a room id shared by three venues is ambiguous without venue/", "[loader]") {
    auto r = load_event_text(R"(summitry: 1
event: {id: e, title: E, timezone: UTC, start_date: 2025-01-01, end_date: 2025-01-01}
venues:
  - {id: a, name: A, rooms: [{id: hall}]}
  - {id: b, name: B, rooms: [{id: hall}]}
  - {id: c, name: C, rooms: [{id: hall}]}
sessions:
  - {id: s, title: S, room: hall, start: 2025-01-01 10:00, duration: 1h}
  - {id: t, title: T, room: c/hall, start: 2025-01-01 10:00, duration: 1h}
)",
                             "rooms.yaml");
    REQUIRE(r.diagnostics.errors() == 1);
    CHECK(r.diagnostics.items()[0].rule == "unknown-reference");
    CHECK(r.diagnostics.items()[0].hint == "name it with its venue: venue/hall");
    CHECK(r.event.sessions[1].room == 2);
    CHECK(r.event.rooms[2].ref == "c/hall");
}

TEST_CASE("a start with an empty duration is a missing duration", "[loader]") {
    auto r = load_event_text(R"(summitry: 1
event: {id: e, title: E, timezone: UTC, start_date: 2025-01-01, end_date: 2025-01-01}
sessions:
  - {id: s, title: S, start: 2025-01-01 10:00, duration: }
  - {id: t, title: T, start: 2025-01-01 10:00, duration: &anchor }
)",
                             "empty.yaml");
    REQUIRE(r.diagnostics.errors() == 2);
    for (const auto& d : r.diagnostics.items()) CHECK(d.rule == "missing-key");
}
