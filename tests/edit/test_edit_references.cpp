// SPDX-License-Identifier: MIT
// Deleting what is still referenced: the query of what names an entity, and the organizer's
// choices: refuse (naming what refers to it), remove the references, or reassign them.
#include <catch2/catch.hpp>

#include "edit/document.h"

using namespace summitry;

namespace {

const char* const text = R"(summitry: 1
event:
  id: ev
  title: {en: Ev, fr: Év}
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
  organizers: [acme]
organizations:
  - {id: acme, name: Acme}
  - {id: initech, name: Initech}
people:
  - {id: ada, name: Ada Lovelace, affiliation: acme}
  - id: bob
    name: Bob
    affiliation: acme   # since 2020
  - {id: cy, name: Cy}
venues:
  - id: hub
    name: Hub
    rooms:
      - {id: hall, name: Hall}
      - {id: salon, name: Salon}
  - id: annex
    name: Annex
    travel_minutes: {hub: 10, far: 5}
    rooms: [{id: a1, name: A1}]
  - {id: far, name: Far, travel_minutes: {hub: 30}}
tracks:
  - {id: main, name: {en: Main track}}
  - {id: side, name: Side}
sessions:
  - id: opening
    title: Opening
    track: main
    room: hall
    start: 2025-02-10 10:00
    duration: 30min
    speakers: [ada, bob]
    moderators: ada
    organizations: [acme]
  - {id: panel, title: Panel, track: main, room: a1, start: 2025-02-10 11:00, duration: 1h, speakers: [bob, cy]}
  - id: late
    title: Late
    room: salon
    start: 2025-02-10 12:00
    duration: 30min
    hosts:
      - cy
      - ada
)";

EventDocument doc() {
    return EventDocument::from_text(text, "ev.yaml");
}

std::vector<std::string> where(const std::vector<Reference>& refs) {
    std::vector<std::string> out;
    for (const auto& r : refs)
        out.push_back(r.label + ":" + r.where.kind + "/" + r.where.id + "." + r.where.key);
    return out;
}

void apply_ok(EventDocument& d, const Plan& plan) {
    INFO(plan.error);
    REQUIRE(plan);
    d.apply(*plan.change);
    CHECK_FALSE(d.diagnostics().has_errors());
}

}  // namespace

TEST_CASE("what refers to an entity, named as a person reads it", "[edit][references]") {
    const EventDocument d = doc();
    CHECK(where(d.references_to(EntityKind::person, "ada")) ==
          std::vector<std::string>{"Opening:sessions/opening.speakers",
                                   "Opening:sessions/opening.moderators",
                                   "Late:sessions/late.hosts"});
    CHECK(where(d.references_to(EntityKind::organization, "acme")) ==
          std::vector<std::string>{"Ev:event/.organizers", "Ada Lovelace:people/ada.affiliation",
                                   "Bob:people/bob.affiliation",
                                   "Opening:sessions/opening.organizations"});
    CHECK(where(d.references_to(EntityKind::track, "main")).size() == 2);
    CHECK(where(d.references_to(EntityKind::room, "hub/salon")) ==
          std::vector<std::string>{"Late:sessions/late.room"});
    CHECK(where(d.references_to(EntityKind::venue, "hub")) ==
          std::vector<std::string>{"Annex:venues/annex.travel_minutes",
                                   "Far:venues/far.travel_minutes", "Opening:sessions/opening.room",
                                   "Late:sessions/late.room"});
    CHECK(d.references_to(EntityKind::track, "side").empty());
    CHECK(d.references_to(EntityKind::person, "nobody").empty());
}

TEST_CASE("deleting what is referenced is refused by default, naming what refers to it",
          "[edit][references]") {
    const EventDocument d = doc();
    const Plan p = d.plan_delete(EntityKind::person, "ada");
    REQUIRE_FALSE(p);
    CHECK(p.error.find("Opening (speakers)") != std::string::npos);
    CHECK(p.error.find("Late (hosts)") != std::string::npos);
    CHECK(d.plan_delete(EntityKind::track, "side"));
}

TEST_CASE("deleting with the references removed, in every shape they are written",
          "[edit][references]") {
    for (const auto& [kind, id] :
         std::vector<std::pair<EntityKind, std::string>>{{EntityKind::person, "ada"},
                                                         {EntityKind::person, "bob"},
                                                         {EntityKind::person, "cy"},
                                                         {EntityKind::organization, "acme"},
                                                         {EntityKind::track, "main"},
                                                         {EntityKind::room, "hub/hall"},
                                                         {EntityKind::room, "a1"},
                                                         {EntityKind::venue, "hub"},
                                                         {EntityKind::venue, "annex"},
                                                         {EntityKind::venue, "far"}}) {
        INFO(entity_list_key(kind) << " " << id);
        EventDocument d = doc();
        apply_ok(d, d.plan_delete(kind, id, OnReferences::remove));
        CHECK(d.references_to(kind, id).empty());
        CHECK(d.diagnostics().errors() == 0);
        const Event& e = d.event();
        CHECK(e.sessions.size() == 3);  // no session is lost
        if (kind == EntityKind::person) CHECK(e.find_person(id) < 0);
        if (kind == EntityKind::venue) CHECK(e.find_venue(id) < 0);
        d.undo();
        CHECK(d.text() == text);
    }
    EventDocument d = doc();
    apply_ok(d, d.plan_delete(EntityKind::person, "ada", OnReferences::remove));
    const Session& opening = d.event().sessions[0];
    CHECK(opening.speakers.size() == 1);
    CHECK(opening.moderators.empty());
    CHECK(d.text().find("    speakers: [bob]\n    moderators: []\n") != std::string::npos);
    apply_ok(d, d.plan_delete(EntityKind::room, "hub/hall", OnReferences::remove));
    CHECK(d.event().sessions[0].room == no_index);  // unplaced, not lost
}

TEST_CASE("deleting with the references given to another entity", "[edit][references]") {
    EventDocument d = doc();
    apply_ok(d, d.plan_delete(EntityKind::person, "ada", OnReferences::reassign, "cy"));
    const Event& e = d.event();
    const Index cy = e.find_person("cy");
    CHECK(e.sessions[0].speakers == std::vector<Index>{cy, e.find_person("bob")});
    CHECK(e.sessions[0].moderators == std::vector<Index>{cy});
    // Late already had cy as host: ada's place goes rather than naming cy twice.
    CHECK(e.sessions[2].hosts == std::vector<Index>{cy});
    apply_ok(d, d.plan_delete(EntityKind::room, "hub/hall", OnReferences::reassign, "a1"));
    CHECK(d.event().sessions[0].room == d.event().find_room("annex/a1"));
    apply_ok(d, d.plan_delete(EntityKind::track, "main", OnReferences::reassign, "side"));
    CHECK(d.event().sessions[1].track == d.event().find_track("side"));
    apply_ok(d, d.plan_delete(EntityKind::organization, "acme", OnReferences::reassign, "initech"));
    const Event& after = d.event();
    CHECK(after.people[static_cast<std::size_t>(after.find_person("bob"))].affiliation ==
          after.find_organization("initech"));
    CHECK_FALSE(d.plan_delete(EntityKind::track, "side", OnReferences::reassign, "nothing"));
    CHECK_FALSE(d.plan_delete(EntityKind::track, "side", OnReferences::reassign, "side"));
    CHECK_FALSE(d.plan_delete(EntityKind::venue, "hub", OnReferences::reassign, "annex"));
    while (d.can_undo()) d.undo();
    CHECK(d.text() == text);
}
