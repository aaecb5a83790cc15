// SPDX-License-Identifier: MIT
// What the planner makes and runs from its menus, driven as the menus drive it: Tools >
// Schedule (in the background, one undoable edit, cancellable), File > Export (every kind,
// with its options; a cancelled export writes nothing) and File > Print (the programme's pages
// drawn through a DC, as the printer and the preview get them).
#include <wx/dcmemory.h>
#include <wx/print.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "commands.h"
#include "export_dialog.h"
#include "gui_fixture.h"
#include "outputs.h"
#include "print.h"
#include "render/programme_pdf.h"
#include "unplaced_tray.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

std::size_t unplaced(const Event& ev) {
    return static_cast<std::size_t>(
        std::count_if(ev.sessions.begin(), ev.sessions.end(), [](const Session& s) {
            return s.status != SessionStatus::cancelled && (!s.start || s.room == no_index);
        }));
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// A generated event of `sessions` sessions, none of them placed (gen_event.py).
std::filesystem::path generated(const std::string& name, int sessions) {
    const auto dir = scratch(name);
    const auto file = dir / "event.yaml";
    const std::string command =
        "python3 '" SUMMITRY_SOURCE_DIR "/../shared/bench/gen_event.py' --sessions " +
        std::to_string(sessions) + " --unscheduled 1.0 --seed 3 -o '" + file.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    return file;
}

}  // namespace

TEST_CASE("Tools > Schedule places the unplaced sessions in the background, as one undoable edit",
          "[gui][schedule]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const std::string before = planner.document().text();
    const std::size_t waiting = unplaced(planner.event());
    REQUIRE(waiting > 0);
    REQUIRE(fx.frame->tray().ids().size() == waiting);

    const ScheduleRun run = schedule_sessions(planner, false, [&](double done) {
        CHECK(done >= 0.0);
        CHECK(done <= 1.0);
        return true;
    });
    CHECK(run.error.empty());
    CHECK_FALSE(run.cancelled);
    CHECK(static_cast<std::size_t>(run.placed + run.not_placed) == waiting);
    CHECK(run.placed > 0);
    CHECK(unplaced(planner.event()) == waiting - static_cast<std::size_t>(run.placed));
    CHECK(fx.frame->tray().ids().size() == unplaced(planner.event()));
    CHECK(run.report.find("placed") != std::string::npos);
    CHECK_FALSE(planner.document().diagnostics().has_errors());

    // One edit, named; undo takes all of it back, redo brings it again.
    CHECK(undo_label(planner).rfind("&Undo Schedule ", 0) == 0);
    CHECK(undo(planner).empty());
    CHECK(planner.document().text() == before);
    CHECK(fx.frame->tray().ids().size() == waiting);
    CHECK(redo(planner).empty());
    CHECK(unplaced(planner.event()) == waiting - static_cast<std::size_t>(run.placed));

    // Saved, the file differs from the original only in lines of the placed sessions' keys.
    REQUIRE(save(*fx.frame));
    const std::string saved = read_file(fx.file);
    CHECK(saved.size() > before.size());
    CHECK(count(saved, "\n    room: ") + count(saved, ", room: ") >
          count(before, "\n    room: ") + count(before, ", room: "));
}

TEST_CASE("a schedule cancelled from the progress keeps what was placed and says so",
          "[gui][schedule]") {
    start_wx();
    const auto file = generated("schedule-cancel", 1500);
    MainFrame* frame = new MainFrame(FrameOptions{false});
    frame->Show();
    frame->planner().open(file.string());
    Planner& planner = frame->planner();
    const std::size_t waiting = unplaced(planner.event());
    REQUIRE(waiting == 1500);
    const ScheduleRun run = schedule_sessions(planner, false, [](double) { return false; });
    CHECK(run.error.empty());
    CHECK(run.cancelled);
    CHECK(run.not_placed > 0);  // stopped long before the 1,500 were placed
    CHECK(static_cast<std::size_t>(run.placed + run.not_placed) == waiting);
    CHECK(unplaced(planner.event()) == waiting - static_cast<std::size_t>(run.placed));
    CHECK(run.report.find("cancelled") != std::string::npos);
    frame->Destroy();
    pump(50);
}

TEST_CASE("File > Export writes every kind of output, with its options", "[gui][export]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const auto dir = scratch("export");
    const auto always = [](double) { return true; };
    Diagnostics warnings;  // the Paris event exports as it is: none expected
    struct Expect {
        OutputJob job;
        std::string start;
    };
    const Expect expected[] = {
        {ProgrammeJob{.format = ProgrammeJob::Format::pdf}, "%PDF-"},
        {ProgrammeJob{.format = ProgrammeJob::Format::html}, "<!DOCTYPE html>"},
        {SpeakersJob{.format = SpeakersJob::Format::pdf}, "%PDF-"},
        {SpeakersJob{.format = SpeakersJob::Format::html}, "<!DOCTYPE html>"},
        {SpeakersJob{.format = SpeakersJob::Format::csv}, "id,name,"},
        {AgendaJob{.format = AgendaFormat::csv}, "day,"},
        {ExportJob{.format = "ics"}, "BEGIN:VCALENDAR\r\n"},
        {ExportJob{.format = "frab"}, "<?xml"},
        {ExportJob{.format = "json"}, "{"},
    };
    REQUIRE(std::size(expected) == output_choices().size());
    int n = 0;
    for (const Expect& e : expected) {
        const OutputChoice& choice = output_choice(e.job);
        CAPTURE(choice.label);
        CHECK(same_output(choice.job, e.job));
        const std::string path =
            (dir / ("out" + std::to_string(n++) + std::string(output_extension(e.job)))).string();
        bool cancelled = true;
        CHECK(export_file(planner, e.job, path, always, warnings, &cancelled).empty());
        CHECK_FALSE(cancelled);
        const std::string bytes = read_file(path);
        CHECK(bytes.find(e.start) != std::string::npos);
        CHECK(bytes.find(e.start) < 200);
    }

    // One person's calendar has fewer events than the whole one, and all of them hers.
    const ExportJob all{.format = "ics"};
    const std::string all_path = (dir / "all.ics").string();
    REQUIRE(export_file(planner, all, all_path, always, warnings).empty());
    ExportJob one = all;
    const std::string one_path = (dir / "one.ics").string();
    const Event& ev = planner.event();
    // Someone who speaks: the first speaker of the first session that has one.
    for (const Session& s : ev.sessions)
        if (!s.speakers.empty() && one.select.person == no_index)
            one.select.person = s.speakers.front();
    REQUIRE(one.select.person != no_index);
    REQUIRE(export_file(planner, one, one_path, always, warnings).empty());
    const auto events_all = count(read_file(all_path), "BEGIN:VEVENT");
    const auto events_one = count(read_file(one_path), "BEGIN:VEVENT");
    CHECK(events_one >= 1);
    CHECK(events_one < events_all);

    // In French, the programme's HTML says so.
    ProgrammeJob fr{.format = ProgrammeJob::Format::html};
    fr.select.lang = "fr";
    const std::string fr_path = (dir / "fr.html").string();
    REQUIRE(export_file(planner, fr, fr_path, always, warnings).empty());
    CHECK(read_file(fr_path).find("lang=\"fr\"") != std::string::npos);

    // Cancelled: nothing is written, and no error.
    const ProgrammeJob stopped{.format = ProgrammeJob::Format::pdf};
    const std::string stopped_path = (dir / "cancelled.pdf").string();
    bool cancelled = false;
    CHECK(export_file(
              planner, stopped, stopped_path, [](double) { return false; }, warnings, &cancelled)
              .empty());
    CHECK(cancelled);
    CHECK_FALSE(std::filesystem::exists(stopped_path));
    CHECK(warnings.empty());
}

TEST_CASE("the export dialog gives the options the user chose", "[gui][export]") {
    FrameFixture fx(paris);
    Planner& planner = fx.frame->planner();
    const Event& ev = planner.event();
    ExportDialog dialog(fx.frame, ev, "fr", ExportJob{.format = "ics"});
    const Index person = static_cast<Index>(ev.people.size() - 1);
    dialog.select_filter(EntityKind::person, person);
    OutputJob job = dialog.job();
    REQUIRE(std::holds_alternative<ExportJob>(job));
    CHECK(std::get<ExportJob>(job).format == "ics");
    CHECK(std::get<ExportJob>(job).select.lang == "fr");
    CHECK(std::get<ExportJob>(job).select.person == person);
    CHECK(std::get<ExportJob>(job).select.track == no_index);
    // The programme takes no filter: the choice made for the calendar does not leak into it.
    dialog.select_kind(ProgrammeJob{.format = ProgrammeJob::Format::pdf});
    job = dialog.job();
    REQUIRE(std::holds_alternative<ProgrammeJob>(job));
    CHECK(std::get<ProgrammeJob>(job).format == ProgrammeJob::Format::pdf);
    CHECK(std::get<ProgrammeJob>(job).select.person == no_index);
    CHECK(std::get<ProgrammeJob>(job).paper == Paper::a4);
}

TEST_CASE("File > Print draws the programme's pages, the same as the PDF's", "[gui][print]") {
    FrameFixture fx(paris);
    const Event& ev = fx.frame->planner().event();
    ProgrammeRequest request;
    request.lang = "en";
    const auto pages =
        std::make_shared<const render::Document>(render::build_programme(ev, request));
    REQUIRE(pages->page_count() > 2);
    ProgrammePrintout printout(pages);
    int min = 0, max = 0, from = 0, to = 0;
    printout.GetPageInfo(&min, &max, &from, &to);
    CHECK(min == 1);
    CHECK(max == pages->page_count());
    CHECK(printout.HasPage(max));
    CHECK_FALSE(printout.HasPage(max + 1));

    // Each page drawn on a DC, as the preview does: ink on paper, and two pages differ.
    const wxSize size(420, 594);
    auto ink = [&](int page) {
        wxBitmap bitmap(size);
        {
            wxMemoryDC dc(bitmap);
            dc.SetBackground(*wxWHITE_BRUSH);
            dc.Clear();
            draw_page_on(dc, *pages, page, wxRect(wxPoint(0, 0), size));
        }
        const wxImage image = bitmap.ConvertToImage();
        std::string dark;
        for (int y = 0; y < size.y; y += 2)
            for (int x = 0; x < size.x; x += 2) dark += image.GetRed(x, y) < 128 ? '#' : '.';
        return dark;
    };
    const std::string first = ink(0), second = ink(1);
    CHECK(count(first, "#") > 200);   // the cover's title
    CHECK(count(second, "#") > 200);  // the agenda
    CHECK(first != second);

    // The preview window, as File > Print Preview opens it, counts the same pages.
    wxPrintDialogData data;
    auto* preview =
        new wxPrintPreview(new ProgrammePrintout(pages), new ProgrammePrintout(pages), &data);
    REQUIRE(preview->IsOk());
    auto* window =
        new wxPreviewFrame(preview, fx.frame, "Print Preview", wxDefaultPosition, wxSize(700, 860));
    window->Initialize();
    window->Show();
    pump(300);
    CHECK(preview->GetMaxPage() == pages->page_count());
    CHECK(preview->GetCurrentPage() == 1);
    // The source of docs/planner-preview.png (looked at, not compared).
    preview->SetCurrentPage(2);
    pump(300);
    CHECK(std::filesystem::file_size(screenshot("planner-preview.png")) > 10000);
    window->Destroy();
    pump(50);
}
