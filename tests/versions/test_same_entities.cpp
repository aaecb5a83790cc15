// SPDX-License-Identifier: MIT
// The shortcut of diffs and merges (versions/values.h, same_entities): a session or person
// found the same on its fields is left out before any value is made. It must never hide a
// change: every value of a session and of a person changed in turn is found different, a
// session whose own text is untouched but whose room moved to another venue too, and the
// differences with the shortcut are always those of every value made and compared.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "io/event_loader.h"
#include "versions/diff.h"
#include "versions/event_text.h"
#include "versions/merge.h"
#include "versions/values.h"

using namespace summitry;
using namespace summitry::versions;

namespace {

// Every key session_values and person_values read, given.
const std::string full_text = R"(summitry: 1
event:
  id: full
  title: Full
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-11
  languages: [en, fr]
organizations:
  - id: acme
    name: Acme
  - id: zenith
    name: Zenith
people:
  - id: ada
    name: Ada Lovelace
    affiliation: acme
    role: Engineer
    bio: {en: Counts, fr: Compte}
    email: ada@example.org
    phone: "+33 1 00 00 00 00"
    photo: ada.jpg
    unavailable:
      - {from: 2025-02-11 09:00, to: 2025-02-11 12:00}
    languages: [en]
  - id: bob
    name: Bob
  - id: cy
    name: Cy
tracks:
  - id: main
    name: Main
  - id: side
    name: Side
venues:
  - id: embassy
    name: Embassy
    rooms:
      - id: hall
        name: Hall
        features: [stage, projector]
      - id: salon
        name: Salon
        features: [stage, projector]
  - id: annex
    name: Annex
    rooms:
      - id: attic
        name: Attic
sessions:
  - id: talk   # everything given
    title: {en: A talk, fr: Un exposé}
    kind: panel
    track: main
    room: hall
    start: 2025-02-10 18:00
    duration: 1h
    speakers: [ada]
    moderators: [bob]
    hosts: [cy]
    organizations: [acme]
    expected_attendance: 40
    requires: [stage]
    language: en
    interpretation: [fr]
    description: About it
    abstract: In short
    public: true
    status: tentative
    tags: [ai]
    url: https://example.org/talk
    pinned: true
    exclusive: true
  - id: other
    title: Another
    room: salon
    start: 2025-02-10 20:00
    duration: 30min
)";

Event load(const std::string& text) {
    return test::load_clean(text);
}

using test::with;

// A difference as one line, every field of it.
std::vector<std::string> written(const std::vector<Difference>& list) {
    std::vector<std::string> out;
    for (const Difference& d : list) {
        std::string s = d.kind + " " + d.noun + " " + d.id + " '" + d.label + "'";
        for (const auto& [k, v] : d.before) s += " -" + k + "=" + v;
        for (const auto& [k, v] : d.after) s += " +" + k + "=" + v;
        for (const auto& p : d.joined) s += " joined " + p;
        for (const auto& p : d.left) s += " left " + p;
        out.push_back(s);
    }
    return out;
}

// The differences as they were made before the shortcut: every value of both sides.
std::vector<Difference> by_every_value(const Event& a, const Event& b, Audience audience) {
    return diff_values(event_values(a, audience), event_values(b, audience));
}

void same_as_every_value(const Event& a, const Event& b) {
    for (Audience audience : {Audience::staff, Audience::attendees}) {
        // diff_events relabels in the event's language; diff_values labels with the YAML text:
        // compare what both make of the same things, the kinds, ids and values.
        auto fast = diff_values(event_values(a, audience, same_entities(a, b)),
                                event_values(b, audience, same_entities(a, b)));
        CHECK(written(fast) == written(by_every_value(a, b, audience)));
    }
}

}  // namespace

TEST_CASE("same_entities: every session and person of two equal events, none made twice") {
    const Event a = load(full_text);
    const Event b = load(full_text);
    const SameEntities same = same_entities(a, b);
    CHECK(same.sessions.size() == a.sessions.size());
    CHECK(same.people.size() == a.people.size());
    CHECK(same.sessions.contains("talk"));
    CHECK(same.people.contains("ada"));
    // Left out of both: only the event and the other kinds are made.
    const auto values = event_values(a, Audience::staff, same);
    CHECK_FALSE(values.contains("sessions/talk"));
    CHECK_FALSE(values.contains("people/ada"));
    CHECK(values.contains("event"));
    CHECK(values.contains("rooms/embassy/hall"));
    CHECK(diff_events(a, b, Audience::staff).empty());
}

TEST_CASE("same_entities: a comment, the layout or an end for a duration is no change") {
    const Event a = load(full_text);
    std::string text = with(full_text, "  - id: talk   # everything given\n",
                            "  # moved up from the old file\n  - id: talk\n");
    text = with(text, "    start: 2025-02-10 20:00\n    duration: 30min\n",
                "    duration: 30min   # a short one\n    start: 2025-02-10 20:00\n");
    text = with(text, "    duration: 1h\n", "    end: 2025-02-10 19:00\n");
    text = with(text, "    speakers: [ada]\n", "    speakers:\n      - ada\n");
    const Event b = load(text);
    const SameEntities same = same_entities(a, b);
    CHECK(same.sessions.contains("talk"));
    CHECK(same.sessions.contains("other"));
    CHECK(diff_events(a, b, Audience::staff).empty());
    same_as_every_value(a, b);
}

TEST_CASE("same_entities: each value of a session changed in turn is a change") {
    const Event a = load(full_text);
    const std::vector<std::pair<std::string, std::string>> edits = {
        {"title: {en: A talk, fr: Un exposé}", "title: {en: A talk, fr: Une causerie}"},
        {"kind: panel", "kind: workshop"},
        {"track: main", "track: side"},
        {"room: hall\n    start: 2025-02-10 18:00", "room: salon\n    start: 2025-02-10 18:00"},
        {"start: 2025-02-10 18:00", "start: 2025-02-10 18:15"},
        {"duration: 1h", "duration: 50min"},
        {"speakers: [ada]", "speakers: [ada, cy]"},
        {"moderators: [bob]", "moderators: [cy]"},
        {"hosts: [cy]", "hosts: [bob]"},
        {"organizations: [acme]", "organizations: [zenith]"},
        {"expected_attendance: 40", "expected_attendance: 41"},
        {"requires: [stage]", "requires: [projector]"},
        {"language: en", "language: fr"},
        {"interpretation: [fr]", "interpretation: [en]"},
        {"description: About it", "description: About that"},
        {"abstract: In short", "abstract: In brief"},
        {"public: true", "public: false"},
        {"status: tentative", "status: cancelled"},
        {"tags: [ai]", "tags: [ml]"},
        {"url: https://example.org/talk", "url: https://example.org/talk2"},
        {"pinned: true", "pinned: false"},
        {"exclusive: true", "exclusive: false"},
    };
    for (const auto& [from, to] : edits) {
        INFO(from << " → " << to);
        const Event b = load(with(full_text, from, to));
        const SameEntities same = same_entities(a, b);
        CHECK_FALSE(same.sessions.contains("talk"));
        CHECK(same.sessions.contains("other"));
        CHECK_FALSE(diff_events(a, b, Audience::staff).empty());
        same_as_every_value(a, b);
    }
}

TEST_CASE("same_entities: each value of a person changed in turn is a change") {
    const Event a = load(full_text);
    const std::vector<std::pair<std::string, std::string>> edits = {
        {"name: Ada Lovelace", "name: Ada King"},
        {"affiliation: acme", "affiliation: zenith"},
        {"role: Engineer", "role: Mathematician"},
        {"bio: {en: Counts, fr: Compte}", "bio: {en: Counts, fr: Calcule}"},
        {"email: ada@example.org", "email: ada@example.net"},
        {"phone: \"+33 1 00 00 00 00\"", "phone: \"+33 1 00 00 00 01\""},
        {"photo: ada.jpg", "photo: ada.png"},
        {"to: 2025-02-11 12:00", "to: 2025-02-11 12:30"},
        {"languages: [en]\n  - id: bob", "languages: [en, fr]\n  - id: bob"},
    };
    for (const auto& [from, to] : edits) {
        INFO(from << " → " << to);
        const Event b = load(with(full_text, from, to));
        const SameEntities same = same_entities(a, b);
        CHECK_FALSE(same.people.contains("ada"));
        CHECK(same.people.contains("bob"));
        CHECK_FALSE(diff_events(a, b, Audience::staff).empty());
        same_as_every_value(a, b);
    }
}

TEST_CASE("same_entities: a session's text untouched, what it names changed around it") {
    const Event a = load(full_text);
    SECTION("its room moved to another venue: the session moved") {
        // Hall leaves the embassy for the annex: `room: hall` now names annex/hall.
        std::string text = with(full_text,
                                "      - id: hall\n        name: Hall\n        features: [stage, "
                                "projector]\n",
                                "");
        text = with(text, "      - id: attic\n",
                    "      - id: hall\n        name: Hall\n        features: [stage, projector]\n"
                    "      - id: attic\n");
        const Event b = load(text);
        CHECK_FALSE(same_entities(a, b).sessions.contains("talk"));
        const auto d = written(diff_events(a, b, Audience::staff));
        bool moved = false;
        for (const auto& line : d)
            moved |= line.starts_with("moved session talk") &&
                     line.find("+room=annex/hall") != std::string::npos;
        CHECK(moved);
        same_as_every_value(a, b);
    }
    SECTION("its venue's time zone changed: the same wall clock, no change of the session") {
        const Event b = load(with(full_text, "    name: Embassy\n",
                                  "    name: Embassy\n    timezone: Europe/London\n"));
        // Another instant: not proved the same; its values (as written) are, so no change.
        CHECK_FALSE(same_entities(a, b).sessions.contains("talk"));
        for (const auto& line : written(diff_events(a, b, Audience::staff)))
            CHECK_FALSE(line.starts_with("moved session talk"));
        same_as_every_value(a, b);
    }
    SECTION("the same instant written in another zone: the session moved") {
        // 18:00 in Paris is 17:00 in London: the instant stays, the time written changes.
        std::string text = with(full_text, "    name: Embassy\n",
                                "    name: Embassy\n    timezone: Europe/London\n");
        text = with(text, "start: 2025-02-10 18:00", "start: 2025-02-10 17:00");
        const Event b = load(text);
        CHECK(a.sessions[0].start == b.sessions[0].start);
        CHECK_FALSE(same_entities(a, b).sessions.contains("talk"));
        bool moved = false;
        for (const auto& line : written(diff_events(a, b, Audience::staff)))
            moved |= line.starts_with("moved session talk");
        CHECK(moved);
        same_as_every_value(a, b);
    }
    SECTION("a person's unavailability, the same instants in another zone: a change") {
        std::string text = with(full_text, "timezone: Europe/Paris", "timezone: Europe/London");
        text = with(text, "{from: 2025-02-11 09:00, to: 2025-02-11 12:00}",
                    "{from: 2025-02-11 08:00, to: 2025-02-11 11:00}");
        const Event b = load(text);
        CHECK(a.people[0].unavailable[0].from == b.people[0].unavailable[0].from);
        CHECK_FALSE(same_entities(a, b).people.contains("ada"));
        CHECK_FALSE(diff_events(a, b, Audience::staff).empty());
        same_as_every_value(a, b);
    }
    SECTION("the event's time zone changed: a person's unavailability is other instants") {
        const Event b = load(with(full_text, "timezone: Europe/Paris", "timezone: Europe/London"));
        CHECK_FALSE(same_entities(a, b).people.contains("ada"));
        CHECK(same_entities(a, b).people.contains("bob"));
        same_as_every_value(a, b);
    }
}

TEST_CASE("same_entities: an id written twice is left to the values") {
    const std::string twice = full_text + R"(  - id: other
    title: Again
    room: salon
    start: 2025-02-10 21:00
    duration: 30min
)";
    LoadResult a = load_event_text(twice, "mem.yaml");
    LoadResult b = load_event_text(twice, "mem.yaml");
    REQUIRE(a.diagnostics.has_errors());  // the merge of the planner may be given such a file
    const SameEntities same = same_entities(a.event, b.event);
    CHECK(same.sessions.contains("other"));  // the first, as event_values keeps it
    CHECK(diff_events(a.event, b.event, Audience::staff).empty());
}

TEST_CASE("same_entities: a merge of what THEIRS left alone changes nothing of OURS") {
    const Event base = load(full_text);
    const Event theirs = load(with(full_text, "title: Another", "title: Another one"));
    const std::string ours_text = with(full_text, "kind: panel", "kind: workshop");
    EventDocument ours = EventDocument::from_text(ours_text, "mem.yaml");
    const MergeResult r = merge_events(base, ours, theirs);
    CHECK(r.conflicts.empty());
    CHECK(r.error.empty());
    CHECK(r.applied == std::vector<std::string>{"sessions/other.title"});
    CHECK(ours.text() == with(ours_text, "title: Another", "title: Another one"));
}
