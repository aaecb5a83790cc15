// SPDX-License-Identifier: MIT
// The French interface: po/fr.po, compiled at build time, translates the menus, panes and
// questions when the language is French (the system's, or asked for); English needs no catalog.
#include <wx/menu.h>
#include <wx/translation.h>

#include <catch2/catch.hpp>

#include "commands.h"
#include "gui_fixture.h"
#include "translations.h"

using namespace summitry::gui;
using namespace summitry::gui::test;

TEST_CASE("In French the menus and panes are French", "[gui][i18n]") {
    start_wx();
    REQUIRE(init_translations("fr"));
    CHECK(wxGetTranslation("Inspector") == wxString::FromUTF8("Inspecteur"));
    CHECK(wxGetTranslation("%lu session", "%lu sessions", 3) == wxString::FromUTF8("%lu séances"));
    {
        FrameFixture fx("ai-for-growth-2025.yaml");
        wxMenuBar* bar = fx.frame->GetMenuBar();
        CHECK(bar->GetMenuLabelText(0) == "Fichier");
        CHECK(bar->GetMenuLabelText(1) == wxString::FromUTF8("Édition"));
        CHECK(wxMenuItem::GetLabelText(bar->GetLabel(wxID_SAVE)) == "Enregistrer");
        CHECK(fx.frame->GetStatusBar()->GetStatusText(1) == wxString::FromUTF8("17 séances"));
        summitry::gui::Planner& planner = fx.frame->planner();
        planner.select({"fireside-chat"});
        CHECK(summitry::gui::nudge_selected(planner, 5, 0).empty());
        CHECK(wxMenuItem::GetLabelText(bar->GetLabel(wxID_UNDO)).StartsWith("Annuler Move '"));
    }
    // Back to the source's English for the other tests.
    init_translations("en");
    wxTranslations::Set(nullptr);
    CHECK(wxGetTranslation("Inspector") == "Inspector");
}
