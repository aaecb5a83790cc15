// SPDX-License-Identifier: MIT
// Names where a person reads (issue 15, defect 4): the Conflicts panel says the names of the
// rooms, sessions and people a conflict is about, in the planner's language, and its tooltip
// has the whole message; what a click selects is still found by id. The inspector's people,
// organizations, tracks and rooms show names, take names typed, and store ids; a long choice
// is typed into.
#include <wx/listctrl.h>
#include <wx/propgrid/propgrid.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "commands.h"
#include "conflicts_panel.h"
#include "gui_fixture.h"
#include "inspector.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

// The row of the panel for `rule`, or -1.
long row_of(ConflictsPanel& panel, const wxString& rule) {
    for (long i = 0; i < panel.GetItemCount(); ++i)
        if (panel.GetItemText(i, 1) == rule) return i;
    return -1;
}

}  // namespace

TEST_CASE("The Conflicts panel names rooms and sessions; its tooltip has the whole message",
          "[gui][conflicts][names]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    ConflictsPanel& conflicts = fx.frame->conflicts();
    const Event& ev = planner.event();
    const Session& keynote =
        ev.sessions[static_cast<std::size_t>(ev.find_session("ministerial-keynote"))];
    REQUIRE(move_session(planner, ev.find_session("fireside-chat"),
                         to_local(ev.zone_of(keynote), *keynote.start), keynote.room)
                .empty());
    const long row = row_of(conflicts, "room-double-booked");
    REQUIRE(row >= 0);
    const std::string shown = conflicts.GetItemText(row, 3).utf8_string();
    INFO(shown);
    CHECK(shown.find("'Reception rooms'") != std::string::npos);
    CHECK(shown.find("'Keynote: AI for growth, from Bletchley Park to Paris'") !=
          std::string::npos);
    CHECK(shown.find("'Fireside chat: the UK, France and the global AI race'") !=
          std::string::npos);
    // No id is left where a name is known.
    for (const char* id : {"'salons'", "'fireside-chat'", "'ministerial-keynote'"})
        CHECK(shown.find(id) == std::string::npos);
    CHECK(conflicts.message(row) == conflicts.GetItemText(row, 3));

    // The tooltip: the whole text, hint included, on lines of a readable width.
    const wxString tip = conflicts.tooltip(row);
    wxString joined = tip;
    joined.Replace("\n", " ");
    CHECK(joined == conflicts.message(row));
    CHECK(tip.Contains("\n"));
    for (const wxString& line : wxSplit(tip, '\n', '\0')) CHECK(line.length() <= 100);

    // The message column takes the width the others leave.
    fx.frame->SetSize(wxSize(1400, 900));
    pump(200);
    int others = 0;
    for (int c = 0; c < 3; ++c) others += conflicts.GetColumnWidth(c);
    CHECK(conflicts.GetColumnWidth(3) >= conflicts.GetClientSize().x - others - 2);

    // A click still finds the sessions by id.
    conflicts.activate(row);
    const auto& selected = planner.selection();
    CHECK(std::find(selected.begin(), selected.end(), "fireside-chat") != selected.end());
    CHECK(std::find(selected.begin(), selected.end(), "ministerial-keynote") != selected.end());
    CHECK(undo(planner).empty());
    CHECK(row_of(conflicts, "room-double-booked") == -1);
}

TEST_CASE("The inspector's people and organizations show names, take names, store ids",
          "[gui][inspector][names]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    Inspector& inspector = fx.frame->inspector();
    planner.select({"fireside-chat"});
    pump(50);
    CHECK(inspector.shown_text("speakers") == "Audrey Herblin-Stoop, Clare Barclay");
    CHECK(inspector.value_of("speakers") == "audrey-herblin-stoop, clare-barclay");
    CHECK(inspector.shown_text("moderators") == "Dame Menna Rawlings");
    CHECK(inspector.shown_text("organizations") ==
          "Mistral AI, Industrial Strategy Advisory Council");
    CHECK(inspector.shown_text("track") == "Main stage");
    CHECK(inspector.value_of("track") == "main-stage");

    // Typed by name (case aside) or id, mixed: the file gets ids.
    CHECK(inspector.type("hosts", "feryal clark, menna-rawlings").empty());
    const Event& ev = planner.event();
    const Session& s = ev.sessions[static_cast<std::size_t>(ev.find_session("fireside-chat"))];
    REQUIRE(s.hosts.size() == 2);
    CHECK(ev.people[static_cast<std::size_t>(s.hosts[0])].id == "feryal-clark");
    CHECK(ev.people[static_cast<std::size_t>(s.hosts[1])].id == "menna-rawlings");
    CHECK(inspector.shown_text("hosts") == "Feryal Clark, Dame Menna Rawlings");
    // A name no one has is refused by the core, and nothing changes.
    const std::uint64_t revision = planner.document().revision_id();
    CHECK(!inspector.type("hosts", "Nobody Known").empty());
    CHECK(planner.document().revision_id() == revision);

    // A person's affiliation, a room's venue, the event's organizers: names.
    planner.select_entity(EntityRef{EntityKind::person, "clare-barclay"});
    pump(50);
    CHECK(inspector.shown_text("affiliation") == "Industrial Strategy Advisory Council");
    CHECK(inspector.value_of("affiliation") == "industrial-strategy-advisory-council");
    planner.select_entity(EntityRef{EntityKind::room, "residence/salons"});
    pump(50);
    CHECK(inspector.shown_text("venue").utf8_string() ==
          std::string(
              ev.venues[static_cast<std::size_t>(ev.find_venue("residence"))].name.get("en")));
    planner.select_entity(std::nullopt);
    pump(50);
    CHECK(inspector.shown_text("organizers") == "British Embassy in Paris");
    CHECK(inspector.value_of("organizers") == "british-embassy-paris");
}

TEST_CASE("A choice of 60 tracks is typed into: a unique start or part of a name chooses",
          "[gui][inspector][names]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    for (int i = 1; i <= 60; ++i) {
        const std::string n = std::to_string(i);
        REQUIRE(submit_plan(planner, planner.document().plan_create(
                                         EntityKind::track, "t-" + n, {},
                                         {{"name", "\"Topic " + n + " room talks\""}}))
                    .empty());
    }
    REQUIRE(planner.event().tracks.size() > 60);
    Inspector& inspector = fx.frame->inspector();
    planner.select({"fireside-chat"});
    pump(50);
    wxPGProperty* track = inspector.property("track");
    REQUIRE(track != nullptr);
    // A combo box that completes the names as they are typed.
    CHECK(track->GetEditorClass() == wxPGEditor_ComboBox);
    CHECK(track->GetAttribute(wxPG_ATTR_AUTOCOMPLETE).GetArrayString().size() ==
          planner.event().tracks.size() + 1);  // and "(none)"

    CHECK(inspector.type("track", "topic 42").empty());
    const auto track_of = [&] {
        const Event& ev = planner.event();
        const Session& s = ev.sessions[static_cast<std::size_t>(ev.find_session("fireside-chat"))];
        return s.track == no_index ? std::string()
                                   : ev.tracks[static_cast<std::size_t>(s.track)].id;
    };
    CHECK(track_of() == "t-42");
    CHECK(inspector.shown_text("track") == "Topic 42 room talks");
    // A part of one name only.
    CHECK(inspector.type("track", "sustainable").empty());
    CHECK(track_of() == "sustainable-ai");
    // "Topic 4" starts ten names (4, 40-49): nothing is chosen, nothing changes.
    const std::uint64_t revision = planner.document().revision_id();
    CHECK(!inspector.type("track", "Topic 4").empty());
    CHECK(planner.document().revision_id() == revision);
    CHECK(track_of() == "sustainable-ai");
    // The short lists stay plain choices.
    CHECK(inspector.property("status")->GetEditorClass() != wxPGEditor_ComboBox);
}
