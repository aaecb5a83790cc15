// SPDX-License-Identifier: MIT
// The inspector's editors for the lists inside an entity (issue 15): a venue's opening windows
// and travel times, a person's unavailability and languages. Each Add, Replace and Remove is one
// undoable edit of one item; the file saved changes by those lines only, and checks clean.
#include <wx/app.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "commands.h"
#include "gui_fixture.h"
#include "inspector.h"
#include "items_dialog.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

Instant at(const date::time_zone& zone, const std::string& written) {
    const std::optional<WrittenTime> t = parse_date_time(written);
    REQUIRE(t);
    return resolve(zone, *t).instant;
}

}  // namespace

TEST_CASE("A time range item is written as the format writes it, in the entity's zone",
          "[gui][items]") {
    std::string error;
    CHECK(range_item("2025-02-11", false, "09:00", "12:30", error) ==
          "{from: 2025-02-11 09:00, to: 2025-02-11 12:30}");
    CHECK(range_item("2025-02-11", true, "", "", error) == "{date: 2025-02-11}");
    // Past midnight: the end is on the next day.
    CHECK(range_item("2025-02-11", false, "22:00", "02:00", error) ==
          "{from: 2025-02-11 22:00, to: 2025-02-12 02:00}");
    CHECK(!range_item("2025-02-30", false, "09:00", "10:00", error));
    CHECK(!error.empty());
    error.clear();
    CHECK(!range_item("2025-02-11", false, "9h", "10:00", error));
    CHECK(!error.empty());
}

TEST_CASE("A venue's opening windows: added, replaced and removed one by one, each undoable",
          "[gui][items]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string original = planner.document().text();
    planner.select_entity(EntityRef{EntityKind::venue, "embassy"});
    pump(50);
    const date::time_zone& zone = *venue(planner, "embassy").zone;

    ItemsDialog dialog(fx.frame, planner, EntityRef{EntityKind::venue, "embassy"}, "open");
    CHECK(dialog.kind() == ItemsKind::ranges);
    REQUIRE(dialog.items().size() == 1);
    CHECK(dialog.items()[0] == "{from: 2025-02-10 13:00, to: 2025-02-10 19:00}");

    dialog.set_range("2025-02-11", false, "09:00", "12:30");
    CHECK(dialog.add().empty());
    REQUIRE(venue(planner, "embassy").open.size() == 2);
    CHECK(venue(planner, "embassy").open[1].from == at(zone, "2025-02-11 09:00"));
    CHECK(venue(planner, "embassy").open[1].to == at(zone, "2025-02-11 12:30"));
    CHECK(dialog.items().size() == 2);
    // The source of docs/planner-venue-open.png: the venue in the inspector, its editor over it.
    dialog.set_range("2025-02-11", false, "09:00", "12:30");
    dialog.Move(wxPoint(520, 260));
    dialog.Show();
    pump(400);
    CHECK(std::filesystem::file_size(screenshot("planner-venue-open.png")) > 10000);
    dialog.Hide();

    dialog.set_range("2025-02-11", true);
    CHECK(dialog.replace(1).empty());
    CHECK(dialog.items()[1] == "{date: 2025-02-11}");
    CHECK(venue(planner, "embassy").open[1].to == at(zone, "2025-02-12 00:00"));

    // A day that does not exist changes nothing, and says why.
    const std::uint64_t revision = planner.document().revision_id();
    dialog.set_range("2025-02-31", false, "09:00", "10:00");
    CHECK(!dialog.add().empty());
    CHECK(planner.document().revision_id() == revision);

    CHECK(dialog.remove(0).empty());
    CHECK(dialog.items().size() == 1);
    CHECK(dialog.items()[0] == "{date: 2025-02-11}");
    // The inspector shows what the dialog did.
    CHECK(fx.frame->inspector().value_of("open") == "{date: 2025-02-11}");

    // Three edits, three steps back to the file as it was.
    for (int i = 0; i < 3; ++i) CHECK(undo(planner).empty());
    CHECK(planner.document().text() == original);
}

TEST_CASE("A venue's travel times: to another venue chosen by name, in minutes", "[gui][items]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string original = planner.document().text();
    ItemsDialog dialog(fx.frame, planner, EntityRef{EntityKind::venue, "embassy"},
                       "travel_minutes");
    CHECK(dialog.kind() == ItemsKind::travel);
    REQUIRE(dialog.items().size() == 1);
    // The residence by its name, not its id.
    const std::string shown = dialog.items()[0].utf8_string();
    INFO(shown);
    CHECK(shown.find("residence") == std::string::npos);
    CHECK(shown.find("5 min") != std::string::npos);

    dialog.set_travel("residence", 12);
    CHECK(dialog.replace(0).empty());
    const Index residence = planner.event().find_venue("residence");
    REQUIRE(venue(planner, "embassy").travel.size() == 1);
    CHECK(venue(planner, "embassy").travel[0].first == residence);
    CHECK(venue(planner, "embassy").travel[0].second == Minutes(12));
    CHECK(dialog.remove(0).empty());
    CHECK(venue(planner, "embassy").travel.empty());
    CHECK(dialog.items().empty());
    dialog.set_travel("residence", 7);
    CHECK(dialog.add().empty());
    CHECK(venue(planner, "embassy").travel.at(0).second == Minutes(7));
    for (int i = 0; i < 3; ++i) CHECK(undo(planner).empty());
    CHECK(planner.document().text() == original);
}

TEST_CASE("A person's unavailability and languages; saved with a minimal diff, checked clean",
          "[gui][items]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string original = read_file(fx.file);
    {
        ItemsDialog languages(fx.frame, planner, EntityRef{EntityKind::person, "menna-rawlings"},
                              "languages");
        CHECK(languages.kind() == ItemsKind::languages);
        // The event's languages are offered; another code may be typed.
        CHECK(languages.language_choices() == std::vector<wxString>{"en", "fr"});
        CHECK(languages.items() == std::vector<wxString>{"en", "fr"});
        languages.set_language("de");
        CHECK(languages.add().empty());
        CHECK(person(planner, "menna-rawlings").languages ==
              std::vector<std::string>{"en", "fr", "de"});
        languages.set_language("");
        CHECK(!languages.add().empty());
    }
    {
        ItemsDialog unavailable(fx.frame, planner, EntityRef{EntityKind::person, "menna-rawlings"},
                                "unavailable");
        CHECK(unavailable.items().empty());
        unavailable.set_range("2025-02-10", false, "14:00", "15:00");
        CHECK(unavailable.add().empty());
        REQUIRE(person(planner, "menna-rawlings").unavailable.size() == 1);
        CHECK(person(planner, "menna-rawlings").unavailable[0].from ==
              at(planner.event().zone(), "2025-02-10 14:00"));
    }
    {
        ItemsDialog open(fx.frame, planner, EntityRef{EntityKind::venue, "embassy"}, "open");
        open.set_range("2025-02-11", false, "09:00", "12:30");
        CHECK(open.add().empty());
    }
    REQUIRE(save(*fx.frame));
    const auto [removed, added] = line_diff(original, read_file(fx.file));
    INFO("removed: " << removed.size() << ", added: " << added.size());
    std::string all;
    for (const std::string& line : added) all += line + "|\n";
    INFO(all);
    REQUIRE(removed.size() == 1);
    CHECK(removed[0] == "    languages: [en, fr]");
    // The language in the list as written; the new list of unavailability after the person's
    // last key, as a block; the venue's new window, one line in its block list.
    REQUIRE(added.size() == 4);
    CHECK(added[0] == "    languages: [en, fr, de]");
    CHECK(added[1] == "    unavailable:");
    CHECK(added[2] == "      - {from: 2025-02-10 14:00, to: 2025-02-10 15:00}");
    CHECK(added[3] == "      - {from: 2025-02-11 09:00, to: 2025-02-11 12:30}");
    const auto [status, out] = cli_check(fx.file);
    INFO(out);
    CHECK(status == 0);
}

TEST_CASE("The inspector's list fields open their editor", "[gui][items]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    Inspector& inspector = fx.frame->inspector();
    // No entity shown: nothing to edit.
    CHECK(!inspector.edit_items("open"));
    planner.select_entity(EntityRef{EntityKind::venue, "embassy"});
    pump(50);
    // The dialog is modal: close it as soon as it shows.
    bool shown = false;
    wxTheApp->CallAfter([&] {
        for (auto node = wxTopLevelWindows.GetFirst(); node; node = node->GetNext())
            if (auto* d = dynamic_cast<ItemsDialog*>(node->GetData()); d && d->IsModal()) {
                shown = d->items().size() == 1;
                d->EndModal(wxID_CANCEL);
            }
    });
    CHECK(inspector.edit_items("open"));
    CHECK(shown);
}
