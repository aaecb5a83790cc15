// SPDX-License-Identifier: MIT
// People, organizations, venues and rooms, tracks: created, duplicated and deleted from their
// lists (the functions the New / Duplicate / Delete buttons call after their dialog), shown and
// edited in the inspector, every change one undoable edit; refused plans say why.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "commands.h"
#include "entity_list.h"
#include "gui_fixture.h"
#include "inspector.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

bool listed(const EntityList& list, EntityKind kind, const std::string& id) {
    const auto& rows = list.rows();
    return std::find(rows.begin(), rows.end(), EntityRef{kind, id}) != rows.end();
}

}  // namespace

TEST_CASE("A person is created from the People list, edited in the inspector, and undone",
          "[gui][entities]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    EntityList& people = frame.list_of(EntityKind::person);
    REQUIRE(people.kind() == EntityKind::person);
    const std::size_t before = people.rows().size();
    REQUIRE(before > 0);

    CHECK(people.create("ada-lovelace").empty());
    CHECK(planner.event().find_person("ada-lovelace") != no_index);
    CHECK(people.rows().size() == before + 1);
    CHECK(listed(people, EntityKind::person, "ada-lovelace"));
    REQUIRE(planner.selected_entity());
    CHECK(planner.selected_entity()->id == "ada-lovelace");
    CHECK(planner.selection().empty());

    // Its fields in the inspector, edited there.
    Inspector& inspector = frame.inspector();
    CHECK(inspector.change("name", "Ada Lovelace").empty());
    CHECK(inspector.change("role.en", "Analyst: engines").empty());
    CHECK(inspector.change("email", "ada@example.org").empty());
    const Person& ada =
        planner.event()
            .people[static_cast<std::size_t>(planner.event().find_person("ada-lovelace"))];
    CHECK(ada.name == "Ada Lovelace");
    CHECK(ada.role.get("en") == "Analyst: engines");
    CHECK(ada.email == "ada@example.org");

    // An existing id is refused and changes nothing.
    const std::uint64_t revision = planner.document().revision_id();
    CHECK(!people.create("ada-lovelace").empty());
    CHECK(planner.document().revision_id() == revision);

    // Undo the three edits and the creation.
    for (int i = 0; i < 4; ++i) CHECK(undo(planner).empty());
    CHECK(planner.event().find_person("ada-lovelace") == no_index);
    CHECK(people.rows().size() == before);
    CHECK(!planner.document().modified());
}

TEST_CASE(
    "Rooms and tracks: create, duplicate, the inspector's capacity and colour, delete refused "
    "while used",
    "[gui][entities]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    const Event& ev0 = planner.event();
    const std::string venue = ev0.venues.front().id;

    EntityList& rooms = frame.list_of(EntityKind::room);
    CHECK(rooms.create(venue + "/annex").empty());
    CHECK(listed(rooms, EntityKind::room, venue + "/annex"));
    CHECK(frame.inspector().change("capacity", "40").empty());
    const Index annex = planner.event().find_room(venue + "/annex");
    REQUIRE(annex >= 0);
    CHECK(planner.event().rooms[static_cast<std::size_t>(annex)].capacity == 40);
    CHECK(rooms.proposed_copy_id() == "annex-2");
    CHECK(rooms.duplicate_selected("annex-2").empty());
    CHECK(planner.event().find_room(venue + "/annex-2") >= 0);

    EntityList& tracks = frame.list_of(EntityKind::track);
    CHECK(tracks.create("hardware").empty());
    CHECK(frame.inspector().change("color", "#336699").empty());
    CHECK(planner.event()
              .tracks[static_cast<std::size_t>(planner.event().find_track("hardware"))]
              .color == "#336699");
    CHECK(tracks.delete_selected().empty());
    CHECK(planner.event().find_track("hardware") == no_index);

    // A track sessions use cannot go: the refusal names them.
    const Session& used =
        *std::find_if(planner.event().sessions.begin(), planner.event().sessions.end(),
                      [](const Session& s) { return s.track != no_index; });
    planner.select_entity(EntityRef{
        EntityKind::track, planner.event().tracks[static_cast<std::size_t>(used.track)].id});
    const std::string refused = tracks.delete_selected();
    CHECK(!refused.empty());
}
