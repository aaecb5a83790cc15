// SPDX-License-Identifier: MIT
// The French interface: po/fr.po, compiled at build time, translates the menus, panes and
// questions when the language is French (the system's, or asked for); English needs no catalog.
#include <wx/menu.h>
#include <wx/translation.h>

#include <catch2/catch.hpp>

#include "commands.h"
#include "conflicts_panel.h"
#include "gui_fixture.h"
#include "translations.h"
#include "util/i18n.h"

using namespace summitry::gui;
using namespace summitry::gui::test;

TEST_CASE("In French the menus and panes are French", "[gui][i18n]") {
    start_wx();
    REQUIRE(init_translations("fr"));
    CHECK(wxGetTranslation("Inspector") == wxString::FromUTF8("Inspecteur"));
    CHECK(wxGetTranslation("%lu session", "%lu sessions", 3) == wxString::FromUTF8("%lu séances"));
    {
        FrameFixture fx(paris);
        wxMenuBar* bar = fx.frame->GetMenuBar();
        CHECK(bar->GetMenuLabelText(0) == "Fichier");
        CHECK(bar->GetMenuLabelText(1) == wxString::FromUTF8("Édition"));
        CHECK(wxMenuItem::GetLabelText(bar->GetLabel(wxID_SAVE)) == "Enregistrer");
        CHECK(fx.frame->GetStatusBar()->GetStatusText(1) == wxString::FromUTF8("17 séances"));
        summitry::gui::Planner& planner = fx.frame->planner();
        planner.select({"fireside-chat"});
        CHECK(summitry::gui::nudge_selected(planner, 5, 0).empty());
        CHECK(wxMenuItem::GetLabelText(bar->GetLabel(wxID_UNDO))
                  .StartsWith(wxString::FromUTF8("Annuler : Déplacer « Fireside chat")));
    }
    // Back to the source's English for the other tests.
    init_translations("en");
    wxTranslations::Set(nullptr);
    CHECK(wxGetTranslation("Inspector") == "Inspector");
}

namespace {

// The text of the Conflicts panel's row for `rule` about `session`, or "".
wxString conflict_row(summitry::gui::ConflictsPanel& panel, const wxString& rule,
                      const wxString& session, int column = 3) {
    for (long i = 0; i < panel.GetItemCount(); ++i)
        if (panel.GetItemText(i, 1) == rule && panel.GetItemText(i, 3).Contains(session))
            return panel.GetItemText(i, column);
    return {};
}

}  // namespace

TEST_CASE("In French the conflicts and refused edits that come from the core are French",
          "[gui][i18n]") {
    start_wx();
    REQUIRE(init_translations("fr"));
    // The core's translator looks in the same catalog (util/i18n.h).
    CHECK(summitry::tr("no such session") == "cette séance n'existe pas");
    {
        FrameFixture fx(paris);
        summitry::gui::Planner& planner = fx.frame->planner();
        summitry::gui::ConflictsPanel& conflicts = fx.frame->conflicts();
        // The seed's one note, as the panel shows it: message — hint.
        CHECK(conflict_row(conflicts, "unscheduled", wxString::FromUTF8("Démo")) ==
              wxString::FromUTF8(
                  "« Démo : avatars vidéo IA multilingues » n'a encore ni heure de début ni "
                  "salle \u2014 "
                  "donnez-lui une heure de début et une salle, ou laissez « summitry-cli "
                  "schedule » la placer"));
        CHECK(conflict_row(conflicts, "unscheduled", wxString::FromUTF8("Démo"), 0) == "note");

        // The fireside chat onto the ministerial keynote's time, in the same room.
        const summitry::Event& ev = planner.event();
        const summitry::Session& keynote =
            ev.sessions[static_cast<std::size_t>(ev.find_session("ministerial-keynote"))];
        const summitry::LocalTime start = summitry::to_local(ev.zone_of(keynote), *keynote.start);
        CHECK(summitry::gui::move_session(planner, ev.find_session("fireside-chat"), start,
                                          keynote.room)
                  .empty());
        // Names, in French, where the core's message has ids (check/names.h).
        const wxString fireside = wxString::FromUTF8("Conversation au coin du feu");
        const wxString row = conflict_row(conflicts, "room-double-booked", fireside);
        INFO(row.ToUTF8().data());
        CHECK(row == wxString::FromUTF8(
                         "« Salons de réception » accueille à la fois « Keynote : l'IA pour la "
                         "croissance, de Bletchley Park à Paris » (18:00\u201318:20) et "
                         "« Conversation au coin du feu : le Royaume-Uni, la France et la course "
                         "mondiale à l'IA » (18:00\u201318:40) \u2014 "
                         "déplacez l'une d'elles dans une autre salle ou à une autre heure"));
        CHECK(conflict_row(conflicts, "room-double-booked", fireside, 0) == "avertissement");
        CHECK(summitry::gui::undo(planner).empty());
        CHECK(conflict_row(conflicts, "room-double-booked", fireside).empty());

        // A refused edit, as the status bar would show it.
        CHECK(summitry::gui::create_entity(planner, summitry::EntityKind::track, "main-stage") ==
              "« main-stage » existe déjà dans la liste « tracks »");
        // Why is the core's; what the loader says of the file stays English (src/core/io).
        CHECK(wxString::FromUTF8(
                  summitry::gui::delete_entity(planner, summitry::EntityKind::track, "main-stage"))
                  .StartsWith(wxString::FromUTF8("impossible de supprimer « main-stage » : ")));
    }
    init_translations("en");
    wxTranslations::Set(nullptr);
    // English again: the core's messages are the msgids.
    CHECK(summitry::tr("no such session") == "no such session");
    {
        FrameFixture fx(paris);
        CHECK(conflict_row(fx.frame->conflicts(), "unscheduled", "Demo:") ==
              wxString::FromUTF8("'Demo: multilingual AI video avatars' has no start and no room "
                                 "yet \u2014 give it a start and a room, or let 'summitry-cli "
                                 "schedule' place it"));
        CHECK(conflict_row(fx.frame->conflicts(), "unscheduled", "Demo:", 0) == "note");
    }
}
