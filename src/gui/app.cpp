// SPDX-License-Identifier: MIT
// summitry [FILE.yaml]: the planner window, with FILE open, or empty with File > Open.
// SUMMITRY_BENCH_FIRST_PAINT=1 prints the milliseconds from the process's start to the grid's
// first paint with the file's first day on screen, and quits (docs/performance.md).
// SUMMITRY_TEST_LAYOUT=1 prints, once the grid is painted, where the tray's first row and the
// grid are on the screen and how the grid maps minutes to pixels ("layout: {json}"), and then
// the grid's drop preview whenever it changes ("preview: FROM TO COLUMN"): the tests that drive
// the real window with XTest (tests/gui/*.py) aim and check with them.
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/listctrl.h>
#include <wx/timer.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "commands.h"
#include "day_grid_canvas.h"
#include "main_frame.h"
#include "translations.h"
#include "unplaced_tray.h"

namespace {

const auto started = std::chrono::steady_clock::now();

// Measures the first paint of the grid that shows the document, then closes the window.
void bench_first_paint(summitry::gui::MainFrame& frame) {
    auto& grid = frame.grid();
    grid.Bind(wxEVT_PAINT, [&frame](wxPaintEvent& event) {
        event.Skip();  // the grid paints; the time is read once that is done
        if (!frame.planner().has_document() || frame.grid().grid().boxes.empty()) return;
        static bool done = false;
        if (done) return;
        done = true;
        frame.CallAfter([&frame] {
            const double ms = std::chrono::duration<double, std::milli>(
                                  std::chrono::steady_clock::now() - started)
                                  .count();
            std::printf(
                "first paint: %.0f ms after start, %zu sessions, %zu rooms, %zu boxes "
                "on the first day\n",
                ms, frame.planner().event().sessions.size(), frame.planner().event().rooms.size(),
                frame.grid().grid().boxes.size());
            std::fflush(stdout);
            frame.Destroy();
        });
    });
}

// SUMMITRY_TEST_LAYOUT: the geometry the XTest tests need, on stdout (JSON, numbers and ids).
void print_layout(summitry::gui::MainFrame& frame) {
    auto& grid = frame.grid();
    const auto& g = grid.geometry();
    const wxPoint grid_screen = grid.ClientToScreen(wxPoint(0, 0));
    const wxPoint view = grid.CalcUnscrolledPosition(wxPoint(0, 0));
    const wxSize size = grid.GetClientSize();
    wxRect row;
    wxListView& list = frame.tray().list();
    const bool has_row = list.GetItemCount() > 0 && list.GetItemRect(0, row);
    const wxPoint row_screen = list.ClientToScreen(row.GetPosition());
    std::string rooms;
    for (const summitry::Index r : grid.grid().rooms)
        rooms += std::string(rooms.empty() ? "" : ",") + "\"" +
                 frame.planner().event().rooms[static_cast<std::size_t>(r)].ref + "\"";
    std::string tray;
    for (const std::string& id : frame.tray().ids())
        tray += std::string(tray.empty() ? "" : ",") + "\"" + id + "\"";
    std::printf(
        "layout: {\"grid\": [%d, %d, %d, %d], \"view\": [%d, %d], \"from\": %d, \"to\": %d, "
        "\"pixels_per_minute\": %.4f, \"time_column\": %d, \"header\": %d, \"column_width\": "
        "%d, \"rooms\": [%s], \"tray\": [%s], \"tray_row\": [%d, %d, %d, %d]}\n",
        grid_screen.x, grid_screen.y, size.x, size.y, view.x, view.y, grid.grid().from,
        grid.grid().to, g.pixels_per_minute(), summitry::gui::GridGeometry::time_column,
        summitry::gui::GridGeometry::header, g.column_width(), rooms.c_str(), tray.c_str(),
        has_row ? row_screen.x : -1, has_row ? row_screen.y : -1, has_row ? row.width : 0,
        has_row ? row.height : 0);
    std::fflush(stdout);
}

void test_layout(summitry::gui::MainFrame& frame) {
    auto* timer = new wxTimer();
    timer->Bind(wxEVT_TIMER, [&frame, timer](wxTimerEvent&) {
        static bool printed = false;
        static summitry::gui::DayGridCanvas::DropPreview last;
        auto& grid = frame.grid();
        if (!printed) {
            if (!frame.planner().has_document() || grid.paints() == 0) return;
            printed = true;
            print_layout(frame);
        }
        const auto& p = grid.drop_preview();
        if (p.from == last.from && p.to == last.to && p.column == last.column) return;
        last = p;
        std::printf("preview: %d %d %d\n", p.from, p.to, p.column);
        std::fflush(stdout);
    });
    frame.Bind(wxEVT_DESTROY, [&frame, timer](wxWindowDestroyEvent& e) {
        if (e.GetEventObject() == &frame) {
            timer->Stop();
            delete timer;
        }
        e.Skip();
    });
    timer->Start(20);
}

class SummitryApp : public wxApp {
public:
    bool OnInit() override {
        SetAppName("summitry");
        SetAppDisplayName("Summitry");
        summitry::gui::init_translations();  // the system's language, before any label
        if (!wxApp::OnInit()) return false;  // parses the command line
        const bool bench = std::getenv("SUMMITRY_BENCH_FIRST_PAINT") != nullptr;
        auto* frame = new summitry::gui::MainFrame(summitry::gui::FrameOptions{!bench});
        if (bench) bench_first_paint(*frame);
        if (std::getenv("SUMMITRY_TEST_LAYOUT")) test_layout(*frame);
        frame->Show();
        if (!file_.empty()) summitry::gui::open_file(*frame, file_.utf8_string());
        return true;
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddParam(_("event file"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        if (parser.GetParamCount() > 0) file_ = parser.GetParam(0);
        return wxApp::OnCmdLineParsed(parser);
    }

private:
    wxString file_;
};

}  // namespace

wxIMPLEMENT_APP(SummitryApp);
