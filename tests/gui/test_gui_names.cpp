// SPDX-License-Identifier: MIT
// Names where a person reads (issue 15, defect 4): the Conflicts panel says the names of the
// rooms, sessions and people a conflict is about, in the planner's language, and its tooltip
// has the whole message; what a click selects is still found by id.
#include <wx/listctrl.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "commands.h"
#include "conflicts_panel.h"
#include "gui_fixture.h"

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
