// SPDX-License-Identifier: MIT
// The planner and its files beyond open and save: the autosave timer writes unsaved edits beside
// the event (never into it) and the next open offers them back; a change made by another program
// is noticed when the window is activated and a reload offered, saying what would be lost.
#include <wx/app.h>
#include <wx/statusbr.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "commands.h"
#include "disk_watch.h"
#include "gui_fixture.h"
#include "questions.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

// Another program edits the file: the fireside chat to `to`.
void edit_on_disk(const std::filesystem::path& file, const std::string& to) {
    std::string text = read_file(file);
    const auto pos = text.find("start: ", text.find("id: fireside-chat"));
    REQUIRE(pos != std::string::npos);
    text.replace(pos + 7, to.size(), to);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

struct Answers {
    std::optional<bool> answer;
    int asked = 0;
    wxString last;
    Answers() {
        set_answer_hook([this](Question, const wxString& message) {
            ++asked;
            last = message;
            return answer;
        });
    }
    ~Answers() {
        set_answer_hook([](Question, const wxString&) { return std::optional<bool>(false); });
    }
};

}  // namespace

TEST_CASE("The autosave timer writes unsaved edits beside the file; opening offers them back",
          "[gui][files]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string original = read_file(fx.file);
    const std::filesystem::path autosave = EventDocument::autosave_path(fx.file.string());
    CHECK(fx.frame->autosaver().interval() > 0);
    CHECK(!fx.frame->autosaver().pending());
    fx.frame->autosaver().set_interval(150);

    move_fireside(planner, "2025-02-10 19:05");
    CHECK(fx.frame->autosaver().pending());  // the timer runs after an edit
    CHECK(!std::filesystem::exists(autosave));
    for (int i = 0; i < 100 && !std::filesystem::exists(autosave); ++i) pump(50);
    CHECK(std::filesystem::exists(autosave));
    CHECK(!fx.frame->autosaver().pending());
    CHECK(read_file(fx.file) == original);
    CHECK(EventDocument::has_autosave(fx.file.string()));

    // The planner "crashed" with the edit unsaved: a second window opens the file, as the next
    // start would.
    Answers answers;
    answers.answer = true;  // Recover
    auto* restarted = new MainFrame(FrameOptions{false});
    restarted->Show();
    Planner& again = restarted->planner();
    open_file(*restarted, fx.file.string());
    CHECK(answers.asked == 1);
    CHECK(answers.last.StartsWith("Recover unsaved changes?"));
    CHECK(start_of(again, "fireside-chat") == "2025-02-10 19:05");
    CHECK(again.document().modified());
    // The file on disk is the one recovered from: not "changed by another program".
    CHECK(!restarted->disk_watcher().check());
    CHECK(answers.asked == 1);

    // Saving keeps the edits and removes the autosave.
    REQUIRE(save(*restarted));
    CHECK(!std::filesystem::exists(autosave));
    restarted->Destroy();
    pump(50);
}

TEST_CASE(
    "A change on disk is noticed on activation and reloaded; declined, it is not asked "
    "again",
    "[gui][files]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    Answers answers;

    // Nothing changed: nothing asked.
    CHECK(!fx.frame->disk_watcher().check());
    CHECK(answers.asked == 0);

    // Unsaved edits, then another program writes the file: the question says they will be lost.
    move_fireside(planner, "2025-02-10 19:05");
    edit_on_disk(fx.file, "2025-02-10 18:35");
    answers.answer = false;  // keep mine
    CHECK(!fx.frame->disk_watcher().check());
    CHECK(answers.asked == 1);
    CHECK(answers.last.Contains("unsaved changes will be lost"));
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 19:05");
    CHECK(!fx.frame->disk_watcher().check());
    CHECK(answers.asked == 1);  // declined: not asked again for the same change

    // Activating the window looks again (the file changed once more): reload.
    edit_on_disk(fx.file, "2025-02-10 18:40");
    answers.answer = true;
    wxActivateEvent activate(wxEVT_ACTIVATE, true);
    fx.frame->GetEventHandler()->ProcessEvent(activate);
    pump(100);
    CHECK(answers.asked == 2);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:40");
    CHECK(!planner.document().modified());
    CHECK(!planner.document().can_undo());
    CHECK(!planner.history().CanUndo());

    // Without unsaved edits the question only mentions the history.
    edit_on_disk(fx.file, "2025-02-10 18:45");
    CHECK(fx.frame->disk_watcher().check());
    CHECK(!answers.last.Contains("unsaved"));
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:45");
}

TEST_CASE("Saving after another program changed other values keeps both, without a question",
          "[gui][files]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    Answers answers;
    move_fireside(planner, "2025-02-10 19:05");
    // Another organizer, at the same time, renames the coffee break.
    std::string text = read_file(fx.file);
    const auto at = text.find("{en: Coffee break, fr: Pause café}");
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string("{en: Coffee break,").size(), "{en: Tea break,");
    std::ofstream(fx.file, std::ios::binary | std::ios::trunc) << text;

    REQUIRE(save(*fx.frame));
    CHECK(answers.asked == 0);
    const std::string saved = read_file(fx.file);
    CHECK(saved.find("start: 2025-02-10 19:05") != std::string::npos);
    CHECK(saved.find("{en: Tea break, fr: Pause café}") != std::string::npos);
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 19:05");
    CHECK(!planner.document().modified());
    CHECK(!planner.history().CanUndo());  // its edits were on the old text
    CHECK(fx.frame->GetStatusBar()->GetStatusText().Contains("another program"));
    CHECK(!fx.frame->disk_watcher().check());  // what is on disk is what is shown
}

TEST_CASE(
    "Saving when another program changed the same value asks; either answer loses nothing "
    "silently",
    "[gui][files]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    Answers answers;
    const std::filesystem::path backup = fx.file.string() + ".bak";

    // Reload: their version is shown, ours was chosen to be dropped; nothing written.
    move_fireside(planner, "2025-02-10 19:05");
    edit_on_disk(fx.file, "2025-02-10 18:35");
    const std::string theirs = read_file(fx.file);
    answers.answer = true;
    CHECK(!save(*fx.frame));
    CHECK(answers.asked == 1);
    CHECK(answers.last.Contains("touch the same values"));
    CHECK(read_file(fx.file) == theirs);
    CHECK(!std::filesystem::exists(backup));
    CHECK(start_of(planner, "fireside-chat") == "2025-02-10 18:35");
    CHECK(!planner.document().modified());

    // Save Mine: ours is written, theirs is the backup.
    move_fireside(planner, "2025-02-10 19:10");
    edit_on_disk(fx.file, "2025-02-10 18:40");
    const std::string theirs_again = read_file(fx.file);
    answers.answer = false;
    CHECK(save(*fx.frame));
    CHECK(answers.asked == 2);
    CHECK(read_file(fx.file).find("start: 2025-02-10 19:10") != std::string::npos);
    CHECK(read_file(backup) == theirs_again);
    CHECK(!planner.document().modified());
    CHECK(fx.frame->GetStatusBar()->GetStatusText().Contains(".bak"));
}

TEST_CASE("The autosave of a private event is private", "[gui][files]") {
    FrameFixture fx(paris);
    std::filesystem::permissions(
        fx.file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    const std::filesystem::path autosave = EventDocument::autosave_path(fx.file.string());
    fx.frame->autosaver().set_interval(100);
    move_fireside(fx.frame->planner(), "2025-02-10 19:05");
    for (int i = 0; i < 100 && !std::filesystem::exists(autosave); ++i) pump(50);
    REQUIRE(std::filesystem::exists(autosave));
    CHECK(std::filesystem::status(autosave).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
}
