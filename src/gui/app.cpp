// SPDX-License-Identifier: MIT
// summitry [FILE.yaml]: the planner window, with FILE open, or empty with File > Open.
// SUMMITRY_BENCH_FIRST_PAINT=1 prints the milliseconds from the process's start to the grid's
// first paint with the file's first day on screen, and quits (docs/performance.md).
#include <wx/app.h>
#include <wx/cmdline.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "commands.h"
#include "day_grid_canvas.h"
#include "main_frame.h"
#include "translations.h"

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
