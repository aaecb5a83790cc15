// SPDX-License-Identifier: MIT
// People, organizations, venues and rooms, tracks: created, duplicated and deleted from their
// lists (the functions the New / Duplicate / Delete buttons call after their dialog), shown and
// edited in the inspector, every change one undoable edit; refused plans say why.
// Organizations and tracks in full: every text in each language, a track's colour picked.
#include <wx/clrpicker.h>
#include <wx/propgrid/propgrid.h>

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

TEST_CASE("Organizations and tracks: created, named in every language, coloured, deleted",
          "[gui][entities]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    const std::string original = planner.document().text();
    Inspector& inspector = frame.inspector();
    REQUIRE(planner.event().info.languages == std::vector<std::string>{"en", "fr"});

    // An organization: every text in each of the event's languages, and its words.
    EntityList& orgs = frame.list_of(EntityKind::organization);
    CHECK(orgs.create("inria").empty());
    for (const char* field : {"name.en", "name.fr", "description.en", "description.fr",
                              "short_name", "country", "kind", "website"}) {
        INFO(field);
        CHECK(inspector.property(field) != nullptr);
    }
    CHECK(
        inspector.change("name.en", "National Institute for Research in Digital Science").empty());
    CHECK(inspector
              .change("name.fr",
                      wxString::FromUTF8("Institut national de recherche en sciences du numérique"))
              .empty());
    CHECK(inspector.change("country", "FR").empty());
    const auto org = [&] {
        const Event& ev = planner.event();
        return ev.organizations[static_cast<std::size_t>(ev.find_organization("inria"))];
    };
    CHECK(org().name.get("fr") == "Institut national de recherche en sciences du numérique");
    CHECK(org().country == "FR");
    CHECK(orgs.delete_selected().empty());
    CHECK(planner.event().find_organization("inria") == no_index);

    // A track: names in both languages, a colour from the picker, parallel.
    EntityList& tracks = frame.list_of(EntityKind::track);
    CHECK(tracks.create("robotics").empty());
    CHECK(inspector.change("name.en", "Robotics").empty());
    CHECK(inspector.change("name.fr", "Robotique").empty());
    REQUIRE(tracks.colour_picker() != nullptr);
    CHECK(tracks.colour_picker()->IsEnabled());
    const std::uint64_t before = planner.document().revision_id();
    tracks.colour_picker()->SetColour(wxColour(0x33, 0x66, 0x99));
    wxColourPickerEvent picked(tracks.colour_picker(), tracks.colour_picker()->GetId(),
                               wxColour(0x33, 0x66, 0x99));
    tracks.colour_picker()->GetEventHandler()->ProcessEvent(picked);
    const auto track = [&] {
        const Event& ev = planner.event();
        return ev.tracks[static_cast<std::size_t>(ev.find_track("robotics"))];
    };
    CHECK(planner.document().revision_id() != before);
    CHECK(track().color == "#336699");
    CHECK(inspector.value_of("color") == "#336699");
    CHECK(track().name.get("fr") == "Robotique");
    CHECK(inspector.change("parallel", "true").empty());
    CHECK(track().parallel);
    // The picker follows the selection: another track's colour.
    planner.select_entity(EntityRef{EntityKind::track, "main-stage"});
    pump(50);
    CHECK(tracks.colour_picker()->GetColour() == wxColour("#012169"));
    planner.select_entity(EntityRef{EntityKind::track, "robotics"});
    CHECK(tracks.delete_selected().empty());
    CHECK(planner.event().find_track("robotics") == no_index);
    CHECK(!tracks.colour_picker()->IsEnabled());

    // Every step undone: the file as it was.
    while (planner.document().can_undo()) CHECK(undo(planner).empty());
    CHECK(planner.document().text() == original);
}
