// SPDX-License-Identifier: MIT
// The inspector edits every field of the format (a session's texts in each language, its people
// and needs; a person's unavailability; a venue's travel times; the event), each change one
// undoable edit that the core plans and may refuse; and the sessions table's choice filters.
#include <wx/propgrid/propgrid.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"
#include "gui_fixture.h"
#include "inspector.h"
#include "sessions_table.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

std::vector<std::string> ids(const Event& ev, const std::vector<Index>& people) {
    std::vector<std::string> out;
    for (const Index i : people) out.push_back(ev.people[static_cast<std::size_t>(i)].id);
    return out;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::set<std::string> as_set(const std::vector<std::string>& v) {
    return {v.begin(), v.end()};
}

wxPropertyGrid& grid_of(Inspector& inspector) {
    for (wxWindow* child : inspector.GetChildren())
        if (auto* grid = dynamic_cast<wxPropertyGrid*>(child)) return *grid;
    FAIL("the inspector has no property grid");
    throw;
}

}  // namespace

TEST_CASE("The inspector shows every key of a session; a description in French saves as one line",
          "[gui][inspector]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string original = read_file(fx.file);
    planner.select({"fireside-chat"});
    pump(50);
    Inspector& inspector = fx.frame->inspector();
    const std::vector<std::string> fields = inspector.fields();
    for (const char* key : {"title.en",
                            "title.fr",
                            "kind",
                            "track",
                            "status",
                            "public",
                            "revision",
                            "start",
                            "duration",
                            "room",
                            "pinned",
                            "exclusive",
                            "speakers",
                            "moderators",
                            "hosts",
                            "organizations",
                            "expected_attendance",
                            "requires",
                            "description.en",
                            "description.fr",
                            "abstract.en",
                            "abstract.fr",
                            "language",
                            "interpretation",
                            "tags",
                            "url"})
        CHECK(has(fields, key));
    CHECK(inspector.value_of("speakers") == "audrey-herblin-stoop, clare-barclay");
    CHECK(inspector.value_of("moderators") == "menna-rawlings");
    CHECK(inspector.value_of("requires") == "stage, interpretation");
    CHECK(inspector.value_of("expected_attendance") == "220");
    CHECK(inspector.value_of("description.en").StartsWith("From policy to practice"));
    CHECK(inspector.value_of("description.fr").empty());  // not the English text as French

    const std::string french =
        "Des politiques à la pratique : où en sont le Royaume-Uni et la France.\n"
        "Puis : la diversité dans les métiers de l'IA.";
    CHECK(inspector.change("description.fr", wxString::FromUTF8(french)).empty());
    CHECK(session(planner, "fireside-chat").description.get("fr") == french);
    CHECK(session(planner, "fireside-chat")
              .description.get("en")
              .starts_with("From policy to practice"));
    CHECK(inspector.value_of("description.fr") == wxString::FromUTF8(french));
    CHECK(session(planner, "fireside-chat").revision == 0);  // not a change of time or place
    CHECK(save(*fx.frame));

    const auto [removed, added] = line_diff(original, read_file(fx.file));
    CHECK(removed.empty());
    CHECK(added == std::vector<std::string>{
                       "      fr: \"Des politiques à la pratique : où en sont le Royaume-Uni et la "
                       "France.\\nPuis : la diversité dans les métiers de l'IA.\""});

    CHECK(undo(planner).empty());
    CHECK(session(planner, "fireside-chat").description.get("fr") ==
          session(planner, "fireside-chat").description.get("en"));  // the fallback again
    CHECK(!session(planner, "fireside-chat").description.has("fr"));
}

TEST_CASE(
    "A session's people, organizations and needs: an unknown id is refused and changes nothing",
    "[gui][inspector]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    planner.select({"fireside-chat"});
    pump(50);
    Inspector& inspector = fx.frame->inspector();
    const std::uint64_t before = planner.document().revision_id();

    const std::string refused = inspector.change("speakers", "clare-barclay, nobody-we-know");
    CHECK(!refused.empty());
    CHECK(refused.find("nobody-we-know") != std::string::npos);
    CHECK(planner.document().revision_id() == before);
    CHECK(!planner.document().can_undo());
    CHECK(ids(planner.event(), session(planner, "fireside-chat").speakers) ==
          std::vector<std::string>{"audrey-herblin-stoop", "clare-barclay"});

    // Through the grid, as typed: refused, and the field goes back to the file's value.
    wxPropertyGrid& grid = grid_of(inspector);
    REQUIRE(grid.GetPropertyByName("organizations"));
    grid.ChangePropertyValue("organizations", wxString("mistral-ai, no-such-org"));
    pump(100);
    CHECK(planner.document().revision_id() == before);
    CHECK(inspector.value_of("organizations") ==
          "mistral-ai, industrial-strategy-advisory-council");

    // Accepted edits, each one undoable.
    CHECK(
        inspector.change("speakers", "clare-barclay, feryal-clark, audrey-herblin-stoop").empty());
    CHECK(ids(planner.event(), session(planner, "fireside-chat").speakers) ==
          std::vector<std::string>{"clare-barclay", "feryal-clark", "audrey-herblin-stoop"});
    CHECK(inspector.change("hosts", "[menna-rawlings]").empty());
    CHECK(ids(planner.event(), session(planner, "fireside-chat").hosts) ==
          std::vector<std::string>{"menna-rawlings"});
    CHECK(inspector.change("moderators", "").empty());  // removes the key
    CHECK(session(planner, "fireside-chat").moderators.empty());
    CHECK(inspector.change("requires", "stage").empty());
    CHECK(session(planner, "fireside-chat").requires_features == std::vector<std::string>{"stage"});
    CHECK(inspector.change("expected_attendance", "120").empty());
    CHECK(session(planner, "fireside-chat").expected_attendance == 120);
    CHECK(!inspector.change("expected_attendance", "a lot").empty());
    CHECK(inspector.change("interpretation", "fr, de").empty());
    CHECK(session(planner, "fireside-chat").interpretation == std::vector<std::string>{"fr", "de"});
    CHECK(inspector.change("pinned", "true").empty());
    CHECK(session(planner, "fireside-chat").pinned);
    CHECK(inspector.change("exclusive", "true").empty());
    CHECK(session(planner, "fireside-chat").exclusive);
    CHECK(inspector.change("tags", "AI policy, diversity").empty());
    CHECK(session(planner, "fireside-chat").tags ==
          std::vector<std::string>{"AI policy", "diversity"});
    CHECK(inspector.change("url", "https://example.org/talks/fireside#live").empty());
    CHECK(session(planner, "fireside-chat").url == "https://example.org/talks/fireside#live");
    CHECK(!inspector.change("revision", "7").empty());  // read-only
    CHECK(session(planner, "fireside-chat").revision == 0);

    for (int i = 0; i < 10; ++i) CHECK(undo(planner).empty());
    CHECK(!planner.document().modified());
    CHECK(ids(planner.event(), session(planner, "fireside-chat").speakers) ==
          std::vector<std::string>{"audrey-herblin-stoop", "clare-barclay"});
    CHECK(ids(planner.event(), session(planner, "fireside-chat").moderators) ==
          std::vector<std::string>{"menna-rawlings"});
    CHECK(!session(planner, "fireside-chat").pinned);
}

TEST_CASE("A person's unavailability, bio and languages are edited as the format writes them",
          "[gui][inspector]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    planner.select_entity(EntityRef{EntityKind::person, "feryal-clark"});
    pump(50);
    Inspector& inspector = fx.frame->inspector();
    CHECK(inspector.value_of("unavailable") ==
          "{from: 2025-02-10 08:00, to: 2025-02-10 17:00}\n{from: 2025-02-10 19:15, to: 2025-02-10 "
          "23:30}");
    CHECK(inspector.value_of("bio.en") == "Member of Parliament for Enfield North since 2019.");
    CHECK(inspector.value_of("affiliation") == "dsit");
    CHECK(inspector.value_of("languages") == "en");

    // A line that is no time range, and a range that ends before it starts: refused.
    const std::uint64_t before = planner.document().revision_id();
    CHECK(!inspector.change("unavailable", "next tuesday").empty());
    CHECK(!inspector.change("unavailable", "2025-02-10 12:00 - 09:00").empty());
    CHECK(planner.document().revision_id() == before);

    CHECK(inspector
              .change("unavailable",
                      "2025-02-10 08:00 - 12:00\n{from: 2025-02-10 20:00, to: 2025-02-10 23:30}")
              .empty());
    const Person& p = person(planner, "feryal-clark");
    REQUIRE(p.unavailable.size() == 2);
    const auto& zone = planner.event().zone();
    CHECK(format_local(to_local(zone, p.unavailable[0].to)) == "2025-02-10 12:00");
    CHECK(format_local(to_local(zone, p.unavailable[1].from)) == "2025-02-10 20:00");
    CHECK(inspector.value_of("unavailable") ==
          "{from: 2025-02-10 08:00, to: 2025-02-10 12:00}\n{from: 2025-02-10 20:00, to: 2025-02-10 "
          "23:30}");
    CHECK(inspector.change("unavailable", "2025-02-10").empty());  // the whole day
    CHECK(inspector.value_of("unavailable") == "{date: 2025-02-10}");

    CHECK(inspector.change("bio.fr", wxString::FromUTF8("Députée d'Enfield North depuis 2019."))
              .empty());
    CHECK(person(planner, "feryal-clark").bio.get("fr") == "Députée d'Enfield North depuis 2019.");
    CHECK(person(planner, "feryal-clark").bio.get("en") ==
          "Member of Parliament for Enfield North since 2019.");
    CHECK(inspector.change("languages", "en, fr").empty());
    CHECK(person(planner, "feryal-clark").languages == std::vector<std::string>{"en", "fr"});
    CHECK(inspector.change("affiliation", "(none)").empty());
    CHECK(person(planner, "feryal-clark").affiliation == no_index);

    for (int i = 0; i < 5; ++i) CHECK(undo(planner).empty());
    CHECK(!planner.document().modified());
    CHECK(person(planner, "feryal-clark").unavailable.size() == 2);
}

TEST_CASE("Venues, rooms, tracks and the event: travel times, features, descriptions, languages",
          "[gui][inspector]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    Inspector& inspector = fx.frame->inspector();
    planner.select_entity(EntityRef{EntityKind::venue, "embassy"});
    pump(20);
    CHECK(inspector.value_of("travel_minutes") == "residence: 5");
    CHECK(inspector.value_of("open") == "{from: 2025-02-10 13:00, to: 2025-02-10 19:00}");
    CHECK(inspector.change("travel_minutes", "residence: 8").empty());
    CHECK(planner.event().travel(planner.event().find_venue("embassy"),
                                 planner.event().find_venue("residence")) == Minutes{8});
    CHECK(!inspector.change("travel_minutes", "nowhere: 8").empty());  // no venue 'nowhere'

    planner.select_entity(EntityRef{EntityKind::room, "embassy/room-2"});
    pump(20);
    CHECK(inspector.value_of("features") == "screen");
    CHECK(inspector.change("features", "screen, interpretation").empty());
    const Room& room =
        planner.event()
            .rooms[static_cast<std::size_t>(planner.event().find_room("embassy/room-2"))];
    CHECK(room.features == std::vector<std::string>{"screen", "interpretation"});
    CHECK(inspector.change("unavailable", "2025-02-10 13:00 - 14:00").empty());
    CHECK(planner.event()
              .rooms[static_cast<std::size_t>(planner.event().find_room("embassy/room-2"))]
              .unavailable.size() == 1);

    planner.select_entity(EntityRef{EntityKind::track, "finance"});
    pump(20);
    CHECK(inspector.change("description.fr", wxString::FromUTF8("Banque, assurance et marchés"))
              .empty());
    CHECK(planner.event()
              .tracks[static_cast<std::size_t>(planner.event().find_track("finance"))]
              .description.get("fr") == "Banque, assurance et marchés");

    // Nothing selected: the event itself.
    planner.select_entity(std::nullopt);
    planner.select({});
    pump(20);
    CHECK(has(inspector.fields(), "subtitle.fr"));
    CHECK(inspector.value_of("timezone") == "Europe/Paris");
    CHECK(inspector.change("hours", "09:00-20:00").empty());
    REQUIRE(planner.event().info.hours);
    CHECK(planner.event().info.hours->second == Minutes{20 * 60});
    CHECK(!inspector.change("timezone", "Europe/Atlantis").empty());
    CHECK(inspector.change("languages", "en, fr, de").empty());
    CHECK(has(inspector.fields(), "title.de"));  // a field for the new language at once

    for (int i = 0; i < 6; ++i) CHECK(undo(planner).empty());
    CHECK(!planner.document().can_undo());
    CHECK(!planner.document().modified());
}

TEST_CASE("A session written with an end keeps it when its duration is changed in the inspector",
          "[gui][inspector]") {
    FrameFixture fx(paris);
    std::string text = read_file(fx.file);
    const std::string written = "    start: 2025-02-10 18:20\n    duration: 40min\n";
    REQUIRE(text.find(written) != std::string::npos);
    text.replace(text.find(written), written.size(),
                 "    start: 2025-02-10 18:20\n    end: 2025-02-10 19:00\n");
    {
        std::ofstream out(fx.file, std::ios::binary | std::ios::trunc);
        out << text;
    }
    open_file(*fx.frame, fx.file.string());
    Planner& planner = fx.frame->planner();
    planner.select({"fireside-chat"});
    pump(20);
    Inspector& inspector = fx.frame->inspector();
    CHECK(inspector.value_of("duration") == "40min");
    CHECK(inspector.change("duration", "1h").empty());
    CHECK(*session(planner, "fireside-chat").duration == std::chrono::minutes(60));
    REQUIRE(save(*fx.frame));
    const auto [removed, added] = line_diff(text, read_file(fx.file));
    CHECK(removed == std::vector<std::string>{"    end: 2025-02-10 19:00"});
    CHECK(added == std::vector<std::string>{"    end: 2025-02-10 19:20", "    revision: 1"});
}

TEST_CASE("The sessions table filters by room, person, day, track and status at once",
          "[gui][table]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    SessionsTable& table = fx.frame->table();
    const std::size_t all = planner.event().sessions.size();
    CHECK(table.shown_ids().size() == all);

    CHECK(table.set_filter_choice(SessionsTable::Column::room, "salons"));
    CHECK(table.filter_choice(SessionsTable::Column::room) == "residence/salons");
    CHECK(as_set(table.shown_ids()) ==
          std::set<std::string>{"ministerial-keynote", "fireside-chat", "networking-reception"});

    CHECK(table.set_filter_choice(SessionsTable::Column::person, "menna-rawlings"));
    CHECK(as_set(table.shown_ids()) ==
          std::set<std::string>{"fireside-chat", "networking-reception"});
    CHECK(table.set_filter_choice(SessionsTable::Column::room, ""));
    CHECK(as_set(table.shown_ids()) ==
          std::set<std::string>{"welcome-ambassador", "ministerial-roundtable", "fireside-chat",
                                "networking-reception"});

    // An edit keeps the choices; a choice that no longer exists goes back to "All".
    CHECK(!table.set_filter_choice(SessionsTable::Column::person, "nobody-we-know"));
    CHECK(table.filter_choice(SessionsTable::Column::person) == "menna-rawlings");
    planner.select({"fireside-chat"});
    CHECK(fx.frame->inspector().change("moderators", "").empty());
    CHECK(table.filter_choice(SessionsTable::Column::person) == "menna-rawlings");
    CHECK(as_set(table.shown_ids()) == std::set<std::string>{"welcome-ambassador",
                                                             "ministerial-roundtable",
                                                             "networking-reception"});
    CHECK(undo(planner).empty());
    CHECK(table.shown_ids().size() == 4);

    // Status and track; the text filter on top.
    CHECK(table.set_filter_choice(SessionsTable::Column::person, ""));
    CHECK(table.set_filter_choice(SessionsTable::Column::status, "tentative"));
    CHECK(table.shown_ids() == std::vector<std::string>{"demo-synthesia-avatars"});
    CHECK(table.set_filter_choice(SessionsTable::Column::status, ""));
    CHECK(table.set_filter_choice(SessionsTable::Column::track, "main-stage"));
    const std::size_t main_stage = table.shown_ids().size();
    CHECK(main_stage > 2);
    CHECK(main_stage < all);
    table.set_filter("fireside");
    CHECK(table.shown_ids() == std::vector<std::string>{"fireside-chat"});
    table.set_filter({});
    pump(50);  // GTK hides the search's clear icon (drawn before that, it warns)
    CHECK(table.set_filter_choice(SessionsTable::Column::day, "2025-02-10"));
    CHECK(table.shown_ids().size() == main_stage);
    CHECK(table.set_filter_choice(SessionsTable::Column::day, SessionsTable::none));
    CHECK(table.shown_ids().empty());  // every main-stage session is placed
    CHECK(!table.set_filter_choice(SessionsTable::Column::day, "2031-01-01"));

    // Unplacing a session: it shows under "Unplaced" in the room filter.
    CHECK(table.set_filter_choice(SessionsTable::Column::day, ""));
    CHECK(table.set_filter_choice(SessionsTable::Column::track, ""));
    CHECK(table.set_filter_choice(SessionsTable::Column::room, SessionsTable::none));
    const std::size_t unplaced = table.shown_ids().size();
    planner.select({"fireside-chat"});
    CHECK(unplace_selected(planner).empty());
    CHECK(table.shown_ids().size() == unplaced + 1);
    CHECK(has(table.shown_ids(), "fireside-chat"));
}

TEST_CASE("The inspector on a session renders its new fields (planner-inspector.png)",
          "[gui][screenshot]") {
    FrameFixture fx(paris);
    fx.frame->planner().select({"fireside-chat"});
    Inspector& inspector = fx.frame->inspector();
    CHECK(inspector
              .change("description.fr",
                      wxString::FromUTF8("Des politiques à la pratique.\nEt la diversité."))
              .empty());
    pump(100);
    // The fields below the first screenful: people, needs, content.
    grid_of(inspector).EnsureVisible("url");
    pump(500);
    const std::filesystem::path shot = screenshot("planner-inspector.png");
    CHECK(std::filesystem::file_size(shot) > 10000);
}

// Issue 15, defect 5: a GTK choice measures every one of its entries for its size (909 people
// on 36C3: 19% of the first paint). A filter of more than 12 entries is typed into instead,
// completing the names, and reads what is typed as the inspector's long choices do.
TEST_CASE("A long filter of the sessions table is typed into", "[gui][table]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    SessionsTable& table = fx.frame->table();
    using Column = SessionsTable::Column;
    const std::size_t all = planner.event().sessions.size();
    CHECK(!table.filter_typed(Column::person));  // four people: a choice
    for (int i = 1; i <= 10; ++i)
        REQUIRE(create_entity(planner, EntityKind::person, "guest-" + std::to_string(i)).empty());
    pump(50);
    REQUIRE(planner.event().people.size() == 14);
    CHECK(table.filter_typed(Column::person));
    CHECK(!table.filter_typed(Column::day));
    CHECK(!table.filter_typed(Column::status));
    const std::set<std::string> menna{"welcome-ambassador", "ministerial-roundtable",
                                      "fireside-chat", "networking-reception"};

    table.type_filter(Column::person, "menna");  // a part of one name
    CHECK(table.filter_choice(Column::person) == "menna-rawlings");
    CHECK(as_set(table.shown_ids()) == menna);
    table.type_filter(Column::person, "dame menna rawlings");  // the name, case aside
    CHECK(table.filter_choice(Column::person) == "menna-rawlings");
    CHECK(as_set(table.shown_ids()) == menna);
    table.type_filter(Column::person, "Guest-");  // several: the sessions of any (none here)
    CHECK(table.filter_choice(Column::person).empty());
    CHECK(table.shown_ids().empty());
    table.type_filter(Column::person, "nobody we know");  // nothing named: nothing shown
    CHECK(table.filter_choice(Column::person).empty());
    CHECK(table.shown_ids().empty());
    table.type_filter(Column::person, "");
    CHECK(table.shown_ids().size() == all);
    // Chosen as the user would choose it: the name is written in.
    CHECK(table.set_filter_choice(Column::person, "menna-rawlings"));
    CHECK(table.filter_choice(Column::person) == "menna-rawlings");
    CHECK(as_set(table.shown_ids()) == menna);
    CHECK(!table.set_filter_choice(Column::person, "nobody-we-know"));
    CHECK(table.filter_choice(Column::person) == "menna-rawlings");
    // Back to four people: a choice again, keeping what was chosen.
    for (int i = 1; i <= 10; ++i) REQUIRE(undo(planner).empty());
    pump(50);
    CHECK(!table.filter_typed(Column::person));
    CHECK(table.filter_choice(Column::person) == "menna-rawlings");
    CHECK(as_set(table.shown_ids()) == menna);
}

// Issue 15: on 36C3 the inspector, filled while the big event opened and its pane not laid out
// yet, kept its labels cut ("Tit", "Sub"), every later width going to the values. The label
// column is as wide as the longest label, measured whenever the grid is filled, resized or
// shown; the values take the rest.
TEST_CASE("The inspector's labels fit their longest, however it was filled", "[gui][inspector]") {
    FrameFixture fx(paris);
    Inspector& inspector = fx.frame->inspector();
    pump(100);
    CHECK(inspector.cut_labels().empty());
    CHECK(inspector.spare_label_width() >= 0);
    CHECK(inspector.spare_label_width() < inspector.FromDIP(40));
    // Filled while hidden, then shown.
    inspector.Hide();
    fx.frame->planner().select({"fireside-chat"});
    pump(100);
    inspector.Show();
    fx.frame->Layout();
    pump(200);
    for (const wxString& label : inspector.cut_labels()) FAIL_CHECK("cut: " << label.utf8_string());
    CHECK(inspector.spare_label_width() < inspector.FromDIP(40));
    // A narrower window: the labels keep their width.
    fx.frame->SetSize(wxSize(1000, 800));
    pump(200);
    CHECK(inspector.cut_labels().empty());
}
