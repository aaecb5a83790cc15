// SPDX-License-Identifier: MIT
// Speed on a real big event (issue 5): hidden, run by hand with SUMMITRY_BENCH_EVENT set to the
// 36C3 import (docs/performance.md gives the commands):
//   SUMMITRY_BENCH_EVENT=build-gui/bench/36c3.yaml xvfb-run -a -s "-screen 0 1400x900x24"
//       build-gui/tests/gui/test_gui "[.bench]"   (one line)
// It opens the event in the planner window and times the first paint of its first day, then
// drags a box across the grid with mouse events and times each move's repaint (Update() paints
// at once), and a full redraw of the grid for comparison.
#include <wx/app.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <vector>

#include "commands.h"
#include "day_grid_canvas.h"
#include "gui_fixture.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct Figures {
    double median = 0, p95 = 0, max = 0;
};
Figures figures(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[v.size() * 95 / 100], v.back()};
}

}  // namespace

TEST_CASE("36C3: first paint of the first day, and the grid's repaint while dragging", "[.bench]") {
    const char* path = std::getenv("SUMMITRY_BENCH_EVENT");
    if (!path) {
        WARN("set SUMMITRY_BENCH_EVENT to an event file (the 36C3 import)");
        return;
    }
    start_wx();
    const auto begin = Clock::now();
    auto* frame = new MainFrame(FrameOptions{false});
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1400, 900));
    frame->Show();
    open_file(*frame, path);
    const double opened = ms_since(begin);
    DayGridCanvas& grid = frame->grid();
    const long paints = grid.paints();
    while (grid.paints() == paints && ms_since(begin) < 20000) {
        wxTheApp->Yield(true);
        wxTheApp->ProcessPendingEvents();
    }
    const double first_paint = ms_since(begin);
    REQUIRE(grid.paints() > paints);
    pump(300);
    const wxSize view = grid.GetClientSize();

    // A box in view, grabbed and dragged down and right, 80 moves of 7 pixels each way.
    const Planner& planner = frame->planner();
    std::string id;
    for (const auto& box : grid.grid().boxes) {
        const std::string& sid = planner.event().sessions[static_cast<std::size_t>(box.session)].id;
        const wxRect r = grid.client_rect_of(sid);
        if (r.height > 20 && grid.GetClientRect().Contains(r.GetTopLeft()) &&
            r.GetBottom() < view.y - 200 && r.GetRight() < view.x - 300) {
            id = sid;
            break;
        }
    }
    REQUIRE(!id.empty());
    const wxRect box = grid.client_rect_of(id);
    const wxPoint grab(box.x + box.width / 2, box.y + 8);
    mouse(grid, wxEVT_LEFT_DOWN, grab, true);
    std::vector<double> moves;
    for (int step = 1; step <= 80; ++step) {
        const auto t = Clock::now();
        mouse(grid, wxEVT_MOTION, grab + wxSize(step * 3, step * 2), true);
        grid.Update();
        moves.push_back(ms_since(t));
    }
    wxKeyEvent escape(wxEVT_KEY_DOWN);
    escape.m_keyCode = WXK_ESCAPE;
    grid.GetEventHandler()->ProcessEvent(escape);
    CHECK(!frame->planner().document().modified());

    // A full redraw (what scrolling and an edit cost), for comparison.
    std::vector<double> redraws;
    for (int i = 0; i < 20; ++i) {
        const auto t = Clock::now();
        grid.invalidate();
        grid.Update();
        redraws.push_back(ms_since(t));
    }
    const Figures drag = figures(moves), full = figures(redraws);
    WARN(planner.event().sessions.size()
         << " sessions, " << planner.event().rooms.size() << " rooms, " << grid.grid().boxes.size()
         << " boxes on the first day; view " << view.x << "x" << view.y
         << "\nopen (load and fill the views): " << opened
         << " ms; first paint of the grid: " << first_paint << " ms\ndrag repaint per move: median "
         << drag.median << " ms, 95th percentile " << drag.p95 << " ms, max " << drag.max
         << " ms\nfull redraw: median " << full.median << " ms, max " << full.max << " ms");
    CHECK(drag.median < 16.0);
    frame->Destroy();
    pump(50);
}
