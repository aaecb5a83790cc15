// SPDX-License-Identifier: MIT
// The whole flow of issue 15, from nothing to a printed programme without a text editor: a new
// event, then a second venue with a room and its opening window, people, a track, sessions with
// their titles, people and places, all through the command layer the menus use; saved;
// `summitry-cli check` clean; `summitry-cli program -o x.pdf` makes a PDF.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "commands.h"
#include "gui_fixture.h"
#include "items_dialog.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

TEST_CASE("New event, venues, rooms, people, sessions, saved, checked clean, printed",
          "[gui][start][flow]") {
    EmptyFrameFixture fx;
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    const std::filesystem::path dir = scratch("whole-flow");
    const std::filesystem::path file = dir / "summit.yaml";

    NewEvent spec;
    spec.languages = {"en", "fr"};
    spec.titles = {{"en", "Open Data Day"}, {"fr", "Journée des données ouvertes"}};
    spec.start_date = *parse_date("2026-03-02");
    spec.end_date = *parse_date("2026-03-03");
    spec.timezone = "Europe/Paris";
    spec.venue = "Hub";
    spec.rooms = {"Hall"};
    REQUIRE(create_event(frame, spec, file.string()).empty());
    REQUIRE(planner.has_document());

    // A second venue, with a room and an opening window.
    REQUIRE(create_entity(planner, EntityKind::venue, "annex").empty());
    REQUIRE(set_entity_value(planner, EntityKind::venue, "annex", "name", "en", "Annex").empty());
    REQUIRE(set_entity_value(planner, EntityKind::venue, "annex", "name", "fr", "Annexe").empty());
    REQUIRE(create_entity(planner, EntityKind::room, "studio", "annex").empty());
    REQUIRE(
        set_entity_value(planner, EntityKind::room, "annex/studio", "capacity", {}, "40").empty());
    REQUIRE(add_item(planner, ValuePath{"venues", "annex", "open", {}},
                     "{from: 2026-03-02 08:00, to: 2026-03-02 20:00}")
                .empty());
    // People and a track.
    REQUIRE(create_entity(planner, EntityKind::person, "ada").empty());
    REQUIRE(
        set_entity_value(planner, EntityKind::person, "ada", "name", {}, "Ada Lovelace").empty());
    REQUIRE(create_entity(planner, EntityKind::person, "grace").empty());
    REQUIRE(
        set_entity_value(planner, EntityKind::person, "grace", "name", {}, "Grace Hopper").empty());
    REQUIRE(create_entity(planner, EntityKind::track, "talks").empty());
    REQUIRE(
        set_entity_value(planner, EntityKind::track, "talks", "color", {}, "\"#336699\"").empty());

    // Two sessions, titled in both languages, with speakers, placed in different venues.
    const Event& ev = planner.event();
    const Index hall = ev.find_room(ev.rooms.front().qualified);
    const Index studio = planner.event().find_room("annex/studio");
    REQUIRE(hall >= 0);
    REQUIRE(studio >= 0);
    struct Planned {
        const char* id;
        const char* en;
        const char* fr;
        const char* speakers;
        const char* start;
        Index room;
    };
    for (const Planned& p :
         {Planned{"opening", "Opening", "Ouverture", "[ada]", "2026-03-02 09:00", hall},
          Planned{"workshop", "Workshop", "Atelier", "[grace, ada]", "2026-03-02 14:00", studio}}) {
        INFO(p.id);
        REQUIRE(create_entity(planner, EntityKind::session, p.id).empty());
        REQUIRE(set_session_value(planner, p.id, "title", "en", p.en).empty());
        REQUIRE(set_session_value(planner, p.id, "title", "fr", p.fr).empty());
        REQUIRE(set_session_value(planner, p.id, "speakers", {}, p.speakers).empty());
        REQUIRE(set_session_value(planner, p.id, "track", {}, "talks").empty());
        REQUIRE(set_session_value(planner, p.id, "duration", {}, "45min").empty());
        REQUIRE(move_session(planner, planner.event().find_session(p.id),
                             parse_date_time(p.start)->local, p.room)
                    .empty());
    }
    CHECK(planner.document().diagnostics().errors() == 0);
    REQUIRE(save(frame));

    const auto [status, out] = cli_check(file);
    INFO(out);
    CHECK(status == 0);
    CHECK(out.find("2 sessions, 0 errors, 0 conflicts, 0 other warnings") != std::string::npos);

    const std::filesystem::path pdf = dir / "x.pdf";
    const auto [printed, said] = cli({"program", file.string(), "-o", pdf.string()});
    INFO(said);
    CHECK(printed == 0);
    REQUIRE(std::filesystem::exists(pdf));
    CHECK(read_file(pdf).starts_with("%PDF-"));
    CHECK(std::filesystem::file_size(pdf) > 1000);
}
