// SPDX-License-Identifier: MIT
// The planner's part of issue 16: File > Make a Release is `summitry-cli release` (the same
// snapshot, the same revisions raised), the Changes panel lists what `summitry-cli diff
// FILE@REL FILE` lists and marks those sessions on the grid, and a change on disk while there
// are unsaved edits is merged, both edits kept, a conflict settled by the organizer.
#include <wx/button.h>
#include <wx/image.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/translation.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "actions/registry.h"
#include "changes_panel.h"
#include "commands.h"
#include "day_grid_canvas.h"
#include "disk_merge.h"
#include "disk_watch.h"
#include "gui_fixture.h"
#include "io/event_loader.h"
#include "questions.h"
#include "release_dialog.h"
#include "translations.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

void replace_on_disk(const std::filesystem::path& file, const std::string& from,
                     const std::string& to) {
    std::string text = read_file(file);
    const auto pos = text.find(from);
    REQUIRE(pos != std::string::npos);
    text.replace(pos, from.size(), to);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// The revision of every session of an event file, as loaded.
std::map<std::string, int> revisions(const std::filesystem::path& file) {
    const LoadResult r = load_event(file.string());
    REQUIRE_FALSE(r.diagnostics.has_errors());
    std::map<std::string, int> out;
    for (const Session& s : r.event.sessions) out[s.id] = s.revision;
    return out;
}

// Answers the disk watcher's three-way question and the conflicts' choices while it lives.
struct MergeAnswers {
    std::optional<DiskChoice> choice;
    std::optional<std::vector<versions::Keep>> keep;
    std::vector<MergeConflictRow> conflicts;
    int asked = 0;
    MergeAnswers() {
        set_disk_choice_hook([this](const wxString&) {
            ++asked;
            return choice;
        });
        set_conflict_choice_hook([this](const std::vector<MergeConflictRow>& rows) {
            conflicts = rows;
            return keep;
        });
    }
    ~MergeAnswers() {
        set_disk_choice_hook({});
        set_conflict_choice_hook({});
    }
};

}  // namespace

TEST_CASE("File > Make a Release records what `summitry-cli release` records, revisions too",
          "[gui][versions]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    // The same event released by the CLI, for comparison.
    const std::filesystem::path twin = fx.file.parent_path() / "twin" / paris;
    std::filesystem::create_directories(twin.parent_path());
    std::filesystem::copy_file(fx.file, twin);

    CHECK(frame.changes().heading().StartsWith("No release yet"));
    CHECK(frame.changes().rows() == 0);
    CHECK(frame.GetMenuBar()->FindItem(action_id("file/release")) != nullptr);
    CHECK(frame.GetMenuBar()->IsEnabled(action_id("file/release")));

    // The first release, from the planner; then the CLI's of the twin.
    const ReleaseOutcome first = release_event(frame, "v1", "programme sent to speakers");
    REQUIRE(first.error.empty());
    CHECK(first.result.raised.empty());
    CHECK(cli({"release", twin.string(), "--name", "v1"}).first == 0);
    const auto [listed, releases] = cli({"releases", fx.file.string()});
    CHECK(listed == 0);
    CHECK(releases.find("v1") != std::string::npos);
    CHECK(releases.find("programme sent to speakers") != std::string::npos);
    CHECK(frame.changes().heading().StartsWith("Since v1"));
    CHECK(frame.changes().rows() == 0);

    // The dialog refuses a name taken (in any case) or one that could leave the folder, and
    // says why; it offers the next free name.
    {
        ReleaseDialog dialog(frame);
        CHECK(dialog.name() == "v2");
        CHECK(dialog.blocked().empty());
        CHECK(dialog.name_problem().empty());
        dialog.name_field().SetValue("V1");
        CHECK(dialog.name_problem().Contains("already"));
        CHECK(dialog.shown_problem().Contains("already"));
        CHECK_FALSE(dialog.FindWindow(wxID_OK)->IsEnabled());
        dialog.name_field().SetValue("../x");
        CHECK_FALSE(dialog.name_problem().empty());
        dialog.name_field().SetValue("v2");
        CHECK(dialog.FindWindow(wxID_OK)->IsEnabled());
    }
    CHECK_FALSE(release_event(frame, "v1", "").error.empty());

    // Edits, unsaved: a move (which raises the revision as it is made) and a new title (which
    // does not); the same on the twin with `set`.
    move_fireside(planner, "2025-02-10 19:05");
    REQUIRE(set_session_value(planner, "coffee-break", "title", "en", "Tea break").empty());
    CHECK(cli({"set", twin.string(), "sessions/fireside-chat.start", "2025-02-10 19:05"}).first ==
          0);
    CHECK(cli({"set", twin.string(), "sessions/coffee-break.title.en", "Tea break"}).first == 0);
    CHECK(planner.document().modified());
    CHECK(frame.changes().rows() == 2);  // live: before any save

    {
        ReleaseDialog dialog(frame);  // the dialog lists them before confirming
        CHECK(dialog.changes_list().GetItemCount() == 2);
    }
    const ReleaseOutcome second = release_event(frame, "v2", "");
    REQUIRE(second.error.empty());
    const auto [twin_status, twin_out] = cli({"release", twin.string(), "--name", "v2"});
    CHECK(twin_status == 0);
    // Saved first, then released: the same sessions raised, to the same revisions.
    CHECK_FALSE(planner.document().modified());
    REQUIRE(second.result.raised.size() == 1);
    CHECK(second.result.raised[0].first == "coffee-break");
    CHECK(twin_out.find("coffee-break: revision") != std::string::npos);
    CHECK(revisions(fx.file) == revisions(twin));
    // The planner shows the file as the release left it; the release is not undoable.
    CHECK(session(planner, "coffee-break").revision == revisions(fx.file)["coffee-break"]);
    CHECK_FALSE(planner.history().CanUndo());
    CHECK(frame.changes().heading().StartsWith("Since v2"));
    CHECK(frame.changes().rows() == 0);
    const auto [now_listed, now_releases] = cli({"releases", fx.file.string()});
    CHECK(now_releases.find("v2") != std::string::npos);
}

TEST_CASE(
    "The Changes panel lists what `summitry-cli diff FILE@REL FILE` lists; the grid marks "
    "them",
    "[gui][versions]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    REQUIRE(cli({"release", fx.file.string(), "--name", "v1"}).first == 0);
    frame.changes().refresh();
    CHECK(frame.changes().heading().StartsWith("Since v1"));
    CHECK(frame.grid().release_marks().empty());

    // Drag the fireside chat 30 minutes down, as the mouse would.
    planner.select({"fireside-chat"});
    pump(100);
    DayGridCanvas& grid = frame.grid();
    drag_down(frame, "fireside-chat", 30);
    REQUIRE(start_of(planner, "fireside-chat") == "2025-02-10 18:50");
    // And a second change of another kind: the coffee break cancelled.
    REQUIRE(set_session_value(planner, "coffee-break", "status", "", "cancelled").empty());
    REQUIRE(save(frame));

    const auto [status, json] =
        cli({"diff", fx.file.string() + "@v1", fx.file.string(), "--format", "json"});
    CHECK(status == 1);
    const auto diff = nlohmann::json::parse(json);
    const ChangesPanel& panel = frame.changes();
    REQUIRE(panel.rows() == static_cast<long>(diff["changes"].size()));
    for (std::size_t i = 0; i < diff["changes"].size(); ++i) {
        const auto& c = diff["changes"][i];
        const ChangeRow& row = panel.changes().rows()[i];
        CHECK(row.kind == c["kind"].get<std::string>());
        CHECK(c.contains(row.noun));
        CHECK(row.id == c[row.noun].get<std::string>());
    }
    CHECK(panel.heading().Contains("2 changes"));

    // The moved row in the planner's words: the title, the old and the new time and room name.
    long moved = -1;
    for (long i = 0; i < panel.rows(); ++i)
        if (panel.changes().rows()[static_cast<std::size_t>(i)].kind == "moved") moved = i;
    REQUIRE(moved >= 0);
    CHECK(panel.cell(moved, 0) == "Moved");
    CHECK(panel.cell(moved, 1).StartsWith("Fireside chat"));
    CHECK(panel.cell(moved, 2).Contains("18:20"));
    CHECK(panel.cell(moved, 3).Contains("18:50"));
    CHECK_FALSE(panel.cell(moved, 3).Contains("residence/salons"));  // a name, not an id

    // The grid marks both, and says what moved in the box's tooltip.
    const auto& marks = grid.release_marks();
    REQUIRE(marks.count("fireside-chat"));
    CHECK(marks.at("fireside-chat").StartsWith("moved since v1: "));
    CHECK(marks.at("fireside-chat").Contains(wxString::FromUTF8("\u2192")));
    CHECK(marks.count("coffee-break"));
    planner.select({});
    pump(50);
    const wxRect moved_box = grid.client_rect_of("fireside-chat");
    mouse(grid, wxEVT_MOTION, moved_box.GetTopLeft() + wxSize(20, 20), false);
    CHECK(grid.tooltip_text().Contains("moved since v1"));

    // A click on a row selects its session and shows its day.
    frame.changes().activate(moved);
    CHECK(planner.selection() == std::vector<std::string>{"fireside-chat"});

    // Undoing the move takes it off the list at once.
    menu(frame, wxID_UNDO);  // the status
    menu(frame, wxID_UNDO);  // the move
    CHECK(panel.rows() == 0);
    CHECK(grid.release_marks().empty());
}

TEST_CASE("A change on disk while there are unsaved edits is merged: both kept, one undo step",
          "[gui][versions][files]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    MergeAnswers answers;
    answers.choice = DiskChoice::merge;

    move_fireside(planner, "2025-02-10 19:05");
    replace_on_disk(fx.file, "{en: Coffee break, fr: Pause café}",
                    "{en: Tea break, fr: Pause café}");
    CHECK_FALSE(frame.disk_watcher().check());
    CHECK(answers.asked == 1);
    const DiskMergeOutcome& m = frame.disk_watcher().last_merge();
    REQUIRE(m.error.empty());
    CHECK(m.merged);
    REQUIRE(m.came_in.size() == 1);
    CHECK(m.came_in[0].StartsWith("Retitled: Tea break"));
    // Both edits, unsaved; the disk's version is no longer a change to offer.
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 19:05");
    CHECK(planner.document().text().find("{en: Tea break, fr: Pause café}") != std::string::npos);
    CHECK(planner.document().modified());
    CHECK(planner.document().changed_on_disk().empty());
    CHECK_FALSE(frame.disk_watcher().check());
    CHECK(answers.asked == 1);
    CHECK(frame.GetStatusBar()->GetStatusText().StartsWith("Merged 1 change from disk"));
    const wxString undo = wxMenuItem::GetLabelText(frame.GetMenuBar()->GetLabel(wxID_UNDO));
    CHECK(undo.Contains("Merge changes from disk"));

    // One undo step: back to our edit alone; redo brings the merge back.
    menu(frame, wxID_UNDO);
    CHECK(planner.document().text().find("Tea break") == std::string::npos);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 19:05");
    menu(frame, wxID_REDO);
    CHECK(planner.document().text().find("Tea break") != std::string::npos);

    // Saved: the file holds both, and the CLI checks it.
    REQUIRE(save(frame));
    const std::string saved = read_file(fx.file);
    CHECK(saved.find("start: 2025-02-10 19:05") != std::string::npos);
    CHECK(saved.find("{en: Tea break, fr: Pause café}") != std::string::npos);
    CHECK(cli_check(fx.file).first != 2);
}

TEST_CASE("A conflicting change on disk is named; cancel changes nothing, a choice settles it",
          "[gui][versions][files]") {
    FrameFixture fx(paris);
    MainFrame& frame = *fx.frame;
    Planner& planner = frame.planner();
    MergeAnswers answers;
    answers.choice = DiskChoice::merge;

    // Both moved the fireside chat, apart; the other program also retitled the coffee break.
    move_fireside(planner, "2025-02-10 19:05");
    const std::string ours = planner.document().text();
    replace_on_disk(fx.file, "start: 2025-02-10 18:20", "start: 2025-02-10 18:35");
    replace_on_disk(fx.file, "{en: Coffee break, fr: Pause café}",
                    "{en: Tea break, fr: Pause café}");

    // Cancelled: nothing changes, and the same change is not offered again.
    answers.keep.reset();
    CHECK_FALSE(frame.disk_watcher().check());
    REQUIRE(answers.conflicts.size() == 1);
    CHECK(answers.conflicts[0].what.StartsWith("Fireside chat"));
    CHECK(answers.conflicts[0].what.EndsWith(": start"));
    CHECK(answers.conflicts[0].ours == "2025-02-10 19:05");
    CHECK(answers.conflicts[0].theirs == "2025-02-10 18:35");
    CHECK(frame.disk_watcher().last_merge().cancelled);
    CHECK(planner.document().text() == ours);
    CHECK_FALSE(frame.disk_watcher().check());
    CHECK(answers.asked == 1);

    // Looked at again (File > Reload from Disk after the file changes once more): theirs kept
    // for the conflict, their other change merged.
    replace_on_disk(fx.file, "{en: Tea break, fr: Pause café}", "{en: Tea time, fr: Pause café}");
    answers.keep = std::vector<versions::Keep>{versions::Keep::theirs};
    CHECK_FALSE(frame.disk_watcher().check());
    CHECK(answers.asked == 2);
    REQUIRE(frame.disk_watcher().last_merge().merged);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:35");
    CHECK(planner.document().text().find("Tea time") != std::string::npos);
    CHECK(planner.document().text().find("merge-conflict") == std::string::npos);
    CHECK_FALSE(planner.document().diagnostics().has_errors());

    // Keeping ours instead, on a fresh conflict: our time stays, theirs is not lost silently:
    // it was shown, and chosen against.
    move_fireside(planner, "2025-02-10 19:10");
    replace_on_disk(fx.file, "start: 2025-02-10 18:35", "start: 2025-02-10 18:40");
    answers.keep = std::vector<versions::Keep>{versions::Keep::ours};
    CHECK_FALSE(frame.disk_watcher().check());
    REQUIRE(frame.disk_watcher().last_merge().merged);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 19:10");
    REQUIRE(save(frame));
    CHECK(read_file(fx.file).find("start: 2025-02-10 19:10") != std::string::npos);
}

namespace {

// The labels and buttons of `window` whose text does not fit the size they were given.
std::vector<wxString> cut_labels(wxWindow& window) {
    std::vector<wxString> cut;
    const wxRect inside(wxPoint(0, 0), window.GetClientSize());
    for (wxWindow* child : window.GetChildren()) {
        if (!child->IsShown()) continue;
        const bool label = dynamic_cast<wxStaticText*>(child) || dynamic_cast<wxButton*>(child);
        if (!label || child->GetLabel().empty()) continue;
        const wxSize best = child->GetBestSize();
        if (child->GetSize().x < best.x || child->GetSize().y < best.y ||
            !inside.Contains(child->GetRect()))
            cut.push_back(child->GetLabel());
    }
    return cut;
}

// The Paris event released as v1, the fireside chat moved and the coffee break cancelled
// since: what the screenshots show.
void changed_since_v1(FrameFixture& fx) {
    REQUIRE(cli({"release", fx.file.string(), "--name", "v1", "--note", "programme"}).first == 0);
    fx.frame->changes().refresh();
    Planner& planner = fx.frame->planner();
    move_fireside(planner, "2025-02-10 18:50");
    REQUIRE(set_session_value(planner, "coffee-break", "status", "", "cancelled").empty());
    REQUIRE(set_session_value(planner, "coffee-break", "title", "en", "Tea break").empty());
}

}  // namespace

TEST_CASE(
    "The release dialog, the Changes panel and the grid's marks render, in French too "
    "(planner-release*.png, planner-changes.png)",
    "[gui][versions][screenshot]") {
    wxInitAllImageHandlers();
    {
        FrameFixture fx(paris);
        changed_since_v1(fx);
        fx.frame->planner().select({"fireside-chat"});
        pump(300);
        CHECK(fx.frame->panel_shown("changes"));
        CHECK(fx.frame->changes().IsShownOnScreen());
        CHECK(fx.frame->changes().rows() == 3);
        fx.frame->planner().select({});
        pump(300);
        screenshot("planner-changes.png");

        ReleaseDialog dialog(*fx.frame);
        dialog.Show();
        pump(400);
        for (const wxString& label : cut_labels(dialog)) FAIL_CHECK("cut: " << label.utf8_string());
        screenshot("planner-release.png");
        dialog.Hide();
    }
    REQUIRE(init_translations("fr"));
    {
        FrameFixture fx(paris);
        changed_since_v1(fx);
        pump(300);
        CHECK(fx.frame->changes().cell(0, 0).length() > 0);
        CHECK(fx.frame->changes().heading().StartsWith("Depuis v1"));
        ReleaseDialog dialog(*fx.frame);
        CHECK(dialog.GetTitle() == "Publier une version");
        dialog.Show();
        pump(400);
        for (const wxString& label : cut_labels(dialog)) FAIL_CHECK("cut: " << label.utf8_string());
        screenshot("planner-release-fr.png");
        dialog.Hide();
    }
    init_translations("en");
    wxTranslations::Set(nullptr);
}
