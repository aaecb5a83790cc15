// SPDX-License-Identifier: MIT
// The planner from a blank page (issue 15): the start page while no event is open, File > New
// and its dialog, a new event saved where the organizer chose that `summitry-cli check` finds
// clean, and an autosave that never outlives the edits it kept.
#include <sys/wait.h>
#include <wx/aui/framemanager.h>
#include <wx/datectrl.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/textctrl.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <tuple>

#include "actions/registry.h"
#include "commands.h"
#include "day_grid_canvas.h"
#include "gui_fixture.h"
#include "inspector.h"
#include "new_event_dialog.h"
#include "questions.h"
#include "start_page.h"
#include "translations.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

using EmptyFrame = EmptyFrameFixture;

struct Answers : AnswerAll {
    Answers() : AnswerAll(true) {}
};

bool pane_shown(MainFrame& frame, const char* name) {
    return wxAuiManager::GetManager(&frame)->GetPane(name).IsShown();
}

void fill(NewEventDialog& dialog, const std::string& languages) {
    dialog.languages().ChangeValue(wxString::FromUTF8(languages));
    // ChangeValue sends no event: the dialog rebuilds its title fields on the text event.
    wxCommandEvent typed(wxEVT_TEXT, dialog.languages().GetId());
    typed.SetEventObject(&dialog.languages());
    dialog.languages().GetEventHandler()->ProcessEvent(typed);
}

}  // namespace

TEST_CASE("With no event open the window shows the start page; opening one shows the grid",
          "[gui][start]") {
    EmptyFrame fx;
    MainFrame& frame = *fx.frame;
    CHECK(frame.showing_start_page());
    CHECK(frame.start_page().IsShownOnScreen());
    for (const char* pane : {"inspector", "tray", "lists", "conflicts", "changes"}) {
        INFO(pane);
        CHECK(!pane_shown(frame, pane));
    }
    // File > New is there with Ctrl+N, and enabled with nothing open.
    const Action* create = find_action("file/new");
    REQUIRE(create != nullptr);
    CHECK(std::string(create->accel) == "Ctrl+N");
    wxMenuItem* item = frame.GetMenuBar()->FindItem(create->id);
    REQUIRE(item != nullptr);
    CHECK(item->IsEnabled());
    // The two examples of schedules/, found from the program.
    REQUIRE(frame.start_page().examples().size() == 2);
    CHECK(frame.start_page().examples()[0].ends_with("ai-for-growth-2025.yaml"));
    CHECK(frame.start_page().recent_list().GetCount() == 0);

    // An example is opened as a copy, where the organizer chose: the installed file is untouched.
    const std::filesystem::path dir = scratch("start-page");
    const std::string example = frame.start_page().examples()[0];
    const std::string before = read_file(example);
    CHECK(open_example_copy(frame, example, (dir / "copy.yaml").string()).empty());
    REQUIRE(frame.planner().has_document());
    CHECK(frame.planner().document().path() == (dir / "copy.yaml").string());
    CHECK(!frame.showing_start_page());
    CHECK(frame.grid().IsShownOnScreen());
    for (const char* pane : {"inspector", "tray", "lists", "conflicts", "changes"}) {
        INFO(pane);
        CHECK(pane_shown(frame, pane));
    }
    CHECK(read_file(example) == before);
    CHECK(read_file(dir / "copy.yaml") == before);
    // It is a recent file now, offered by the next start page.
    EmptyFrame second;
    second.frame->recent().AddFileToHistory(wxString::FromUTF8((dir / "copy.yaml").string()));
    second.frame->start_page().refresh();
    REQUIRE(second.frame->start_page().recent_list().GetCount() == 1);
    CHECK(second.frame->start_page().recent_list().GetString(0).utf8_string() ==
          (dir / "copy.yaml").string());
}

TEST_CASE("The New event dialog: a title per language, dates, a searched time zone, rooms",
          "[gui][start]") {
    EmptyFrame fx;
    NewEventDialog dialog(fx.frame);
    fill(dialog, "en, fr");
    dialog.title("en").ChangeValue("Open Data Day");
    dialog.title("fr").ChangeValue(wxString::FromUTF8("Journée des données ouvertes"));
    // Searching: "new york" finds America/New_York alone, and chooses it.
    dialog.zone_search().ChangeValue("new york");
    dialog.filter_zones();
    CHECK(dialog.zones().GetCount() == 1);
    CHECK(dialog.chosen_zone() == "America/New_York");
    dialog.zone_search().ChangeValue("europe/");
    dialog.filter_zones();
    CHECK(dialog.zones().GetCount() > 30);
    CHECK(dialog.chosen_zone() == "America/New_York");  // not changed by a wider search
    dialog.zones().SetStringSelection("Europe/Paris");
    wxCommandEvent chose(wxEVT_LISTBOX, dialog.zones().GetId());
    chose.SetEventObject(&dialog.zones());
    chose.SetInt(dialog.zones().GetSelection());
    dialog.zones().GetEventHandler()->ProcessEvent(chose);
    CHECK(dialog.chosen_zone() == "Europe/Paris");
    dialog.first_day().SetValue(wxDateTime(1, wxDateTime::Jun, 2026));
    dialog.last_day().SetValue(wxDateTime(2, wxDateTime::Jun, 2026));
    dialog.venue().ChangeValue("Maison de la Chimie");
    dialog.rooms().ChangeValue("Grand amphi\n\nSalle 101\n");
    CHECK(dialog.problem().empty());
    const NewEvent spec = dialog.spec();
    CHECK(spec.languages == std::vector<std::string>{"en", "fr"});
    CHECK(spec.timezone == "Europe/Paris");
    CHECK(spec.start_date == *parse_date("2026-06-01"));
    CHECK(spec.end_date == *parse_date("2026-06-02"));
    CHECK(spec.rooms == std::vector<std::string>{"Grand amphi", "Salle 101"});

    // What is typed for a language survives taking it out and back in.
    fill(dialog, "en");
    CHECK_THROWS(dialog.title("fr"));
    fill(dialog, "en, fr");
    CHECK(dialog.title("fr").GetValue().utf8_string() == "Journée des données ouvertes");

    // What cannot make an event is said in the dialog.
    dialog.title("en").ChangeValue("");
    CHECK(dialog.problem() == "the event needs a title in its first language (en)");
    dialog.title("en").ChangeValue("Open Data Day");
    dialog.last_day().SetValue(wxDateTime(30, wxDateTime::May, 2026));
    CHECK(dialog.problem() == "the last day is before the first day");
    fill(dialog, "en, French");
    CHECK(dialog.problem().find("'French' is not a language code") != std::string::npos);
}

TEST_CASE("New event, saved where chosen, checks clean and takes its first sessions",
          "[gui][start]") {
    EmptyFrame fx;
    MainFrame& frame = *fx.frame;
    const std::filesystem::path file = scratch("new-event") / "summit.yaml";
    NewEventDialog dialog(&frame);
    fill(dialog, "en, fr");
    // A hostile title: quotes, a colon, '#', a leading '-', right-to-left text and an emoji.
    const std::string title = "- \"Data\": Summit #1 مؤتمر 🎉";
    dialog.title("en").ChangeValue(wxString::FromUTF8(title));
    dialog.title("fr").ChangeValue(wxString::FromUTF8("Sommet : les données"));
    dialog.zone_search().ChangeValue("Europe/Paris");
    dialog.filter_zones();
    dialog.venue().ChangeValue("Hub");
    dialog.rooms().ChangeValue("Hall\nLab");
    REQUIRE(dialog.problem().empty());
    REQUIRE(create_event(frame, dialog.spec(), file.string()).empty());
    REQUIRE(frame.planner().has_document());
    CHECK(!frame.showing_start_page());
    CHECK(!frame.planner().document().modified());
    const Event& event = frame.planner().event();
    CHECK(event.info.title.get("en") == title);
    CHECK(event.info.title.get("fr") == "Sommet : les données");
    CHECK(event.rooms.size() == 2);

    auto [status, out] = cli_check(file);
    INFO(out);
    CHECK(status == 0);
    CHECK(out.find(" 0 errors, 0 conflicts, 0 other warnings, 0 notes") != std::string::npos);

    // The organizer goes on in the planner: a person, a session placed in the first room.
    REQUIRE(create_entity(frame.planner(), EntityKind::person, "ada").empty());
    REQUIRE(create_entity(frame.planner(), EntityKind::session, "opening").empty());
    const Index opening = frame.planner().event().find_session("opening");
    REQUIRE(opening != no_index);
    REQUIRE(move_session(
                frame.planner(), opening,
                parse_date_time(date::format("%F", event.info.start_date) + " 10:00")->local, 0)
                .empty());
    REQUIRE(save(frame));
    std::tie(status, out) = cli_check(file);
    INFO(out);
    CHECK(status == 0);
    CHECK(out.find("1 session, 0 errors, 0 conflicts, 0 other warnings") != std::string::npos);
}

TEST_CASE("The autosave goes when the document is back to its saved text, and on a clean quit",
          "[gui][start][files]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::filesystem::path autosave = EventDocument::autosave_path(fx.file.string());
    const Index fireside = planner.event().find_session("fireside-chat");
    REQUIRE(fireside != no_index);
    const Index room = planner.event().sessions[static_cast<std::size_t>(fireside)].room;
    const auto move_to = [&](const char* when) {
        REQUIRE(move_session(planner, fireside, parse_date_time(when)->local, room).empty());
    };

    // Undone back to the saved text: the autosave goes, and the timer with it.
    move_to("2025-02-10 19:05");
    REQUIRE(fx.frame->autosaver().write_now().empty());
    REQUIRE(std::filesystem::exists(autosave));
    menu(*fx.frame, "edit/undo");
    CHECK(!planner.document().modified());
    CHECK(!std::filesystem::exists(autosave));
    CHECK(!fx.frame->autosaver().pending());
    // Redone: an edit again, autosaved again on the timer.
    menu(*fx.frame, "edit/redo");
    CHECK(planner.document().modified());
    CHECK(fx.frame->autosaver().pending());
    REQUIRE(fx.frame->autosaver().write_now().empty());
    CHECK(std::filesystem::exists(autosave));
    // Two edits, undone both: gone again.
    move_to("2025-02-10 19:10");
    menu(*fx.frame, "edit/undo");
    CHECK(std::filesystem::exists(autosave));  // one edit is still unsaved
    menu(*fx.frame, "edit/undo");
    CHECK(!std::filesystem::exists(autosave));

    // A clean quit of a saved document leaves none, even one written by the timer just before.
    move_to("2025-02-10 19:05");
    REQUIRE(fx.frame->autosaver().write_now().empty());
    REQUIRE(save(*fx.frame));
    CHECK(!std::filesystem::exists(autosave));
    std::ofstream(autosave) << read_file(fx.file);  // as if written by a crash before the save
    fx.frame->autosaver().forget();
    CHECK(!std::filesystem::exists(autosave));
}

TEST_CASE("Recovery is offered only for edits that exist", "[gui][start][files]") {
    FrameFixture fx(paris);
    const std::filesystem::path autosave = EventDocument::autosave_path(fx.file.string());
    Answers answers;
    // An autosave newer than the file but holding its very text: nothing to recover.
    std::filesystem::copy_file(fx.file, autosave);
    std::filesystem::last_write_time(
        autosave, std::filesystem::last_write_time(fx.file) + std::chrono::seconds(5));
    REQUIRE(EventDocument::has_autosave(fx.file.string()));
    open_file(*fx.frame, fx.file.string());
    CHECK(answers.asked == 0);
    CHECK(!std::filesystem::exists(autosave));
    CHECK(!fx.frame->planner().document().modified());

    // One that differs is offered.
    std::string text = read_file(fx.file);
    text.replace(text.find("start: ", text.find("id: fireside-chat")) + 7, 16, "2025-02-10 19:05");
    std::ofstream(autosave, std::ios::binary) << text;
    std::filesystem::last_write_time(
        autosave, std::filesystem::last_write_time(fx.file) + std::chrono::seconds(5));
    open_file(*fx.frame, fx.file.string());
    CHECK(answers.asked == 1);
    CHECK(fx.frame->planner().document().modified());
}

TEST_CASE("Pictures of the start page, the New event dialog and the French inspector",
          "[gui][screenshot][start]") {
    {
        // No recent file: a path of the build tree is no picture for the documentation.
        EmptyFrame fx;
        fx.frame->start_page().refresh();
        fx.frame->Raise();
        pump(400);
        CHECK(std::filesystem::file_size(screenshot("planner-start.png")) > 10000);

        auto* dialog = new NewEventDialog(fx.frame);
        fill(*dialog, "en, fr");
        dialog->title("en").ChangeValue("Open Data Day 2026");
        dialog->title("fr").ChangeValue(wxString::FromUTF8("Journée des données ouvertes 2026"));
        dialog->zone_search().ChangeValue("paris");
        dialog->filter_zones();
        dialog->venue().ChangeValue("Maison de la Chimie");
        dialog->rooms().ChangeValue(wxString::FromUTF8("Grand amphithéâtre\nSalle 101\nSalle 102"));
        dialog->Move(wxPoint(40, 40));
        dialog->Show();
        pump(400);
        CHECK(std::filesystem::file_size(screenshot("planner-new-event.png")) > 10000);
        dialog->Destroy();
        pump(50);
    }
    // In French: no label of the inspector is cut at the default size.
    REQUIRE(init_translations("fr"));
    {
        FrameFixture fx(paris);
        pump(200);
        CHECK(fx.frame->inspector().cut_labels().empty());  // the event itself
        fx.frame->planner().select({"fireside-chat"});
        pump(400);
        const std::vector<wxString> cut = fx.frame->inspector().cut_labels();
        for (const wxString& label : cut) FAIL_CHECK("cut: " << label.utf8_string());
        CHECK(fx.frame->inspector().shown_text("kind") ==
              wxString::FromUTF8("conversation au coin du feu"));
        CHECK(std::filesystem::file_size(screenshot("planner-inspector-fr.png")) > 10000);
    }
    init_translations("en");
}
