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
#include <cstdio>
#include <cstdlib>
#include <ctime>
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

// Issue 15, defect 5: on the 36C3 import (SUMMITRY_BENCH_EVENT) a drop (the move planned and
// applied, the conflicts checked, every view told, the window repainted at once) and the first
// paint against the small Paris event's (SUMMITRY_BENCH_SMALL, else the example): bench/gui.sh
// runs it beside a whole `summitry-cli check` of the big file and prints the ratios.
namespace {

// The process's CPU time in ms: on a shared machine, the steadier figure beside the wall time.
double cpu_ms() {
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

// From a new frame to the first paint of `path`'s first day, in ms; `cpu` gets the CPU time.
double first_paint_of(const std::string& path, double* cpu = nullptr) {
    const double cpu_begin = cpu_ms();
    const auto begin = Clock::now();
    auto* frame = new MainFrame(FrameOptions{false});
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1400, 900));
    frame->Show();
    open_file(*frame, path);
    DayGridCanvas& grid = frame->grid();
    while (grid.paints() == 0 && ms_since(begin) < 20000) {
        wxTheApp->Yield(true);
        wxTheApp->ProcessPendingEvents();
    }
    const double ms = ms_since(begin);
    if (cpu) *cpu = cpu_ms() - cpu_begin;
    REQUIRE(grid.paints() > 0);
    frame->Destroy();
    pump(100);
    return ms;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

TEST_CASE("36C3: a drop, and the first paint against the Paris event's", "[.bench][drop]") {
    const char* path = std::getenv("SUMMITRY_BENCH_EVENT");
    if (!path) {
        WARN("set SUMMITRY_BENCH_EVENT to an event file (the 36C3 import)");
        return;
    }
    const char* small_env = std::getenv("SUMMITRY_BENCH_SMALL");
    const std::string small =
        small_env ? small_env
                  : std::string(SUMMITRY_SOURCE_DIR) + "/schedules/ai-for-growth-2025.yaml";
    const char* runs_env = std::getenv("SUMMITRY_BENCH_RUNS");
    const int runs = runs_env ? std::max(1, std::atoi(runs_env)) : 5;
    start_wx();
    first_paint_of(small);  // GTK's own start-up, paid once, in neither figure
    std::vector<double> small_paint, big_paint, small_cpu, big_cpu;
    for (int i = 0; i < runs; ++i) {
        double cpu = 0;
        small_paint.push_back(first_paint_of(small, &cpu));
        small_cpu.push_back(cpu);
        big_paint.push_back(first_paint_of(path, &cpu));
        big_cpu.push_back(cpu);
    }

    auto* frame = new MainFrame(FrameOptions{false});
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1400, 900));
    frame->Show();
    open_file(*frame, path);
    pump(500);
    Planner& planner = frame->planner();
    DayGridCanvas& grid = frame->grid();
    // A session of the first day in view, dropped an hour later and back into its room or the
    // next, as the tray's drop does (drop_session: plan, apply, check, views), repainted at once.
    std::string id;
    for (const auto& box : grid.grid().boxes) {
        const std::string& sid = planner.event().sessions[static_cast<std::size_t>(box.session)].id;
        const wxRect r = grid.client_rect_of(sid);
        if (r.height > 20 && grid.GetClientRect().Contains(r) &&
            r.GetBottom() < grid.GetClientSize().y - 150) {
            id = sid;
            break;
        }
    }
    REQUIRE(!id.empty());
    const wxRect box = grid.client_rect_of(id);
    const Index session = planner.event().find_session(id);
    std::vector<double> drops, plans, views, drops_cpu;
    for (int i = 0; i < 2 * runs; ++i) {
        const wxPoint at(box.x + 10 + (i % 2) * grid.geometry().column_width(),
                         box.y + 1 + static_cast<int>(60 * grid.geometry().pixels_per_minute()));
        // The plan alone (the core's parse check of the new text), not applied.
        auto t = Clock::now();
        const int minute =
            GridGeometry::snapped(grid.geometry().minute_at(grid.CalcUnscrolledPosition(at).y));
        const Plan plan = planner.document().plan_move_session(
            session, day_start(grid.grid().day) + Minutes{minute},
            grid.grid().rooms[static_cast<std::size_t>(
                grid.geometry().column_at(grid.CalcUnscrolledPosition(at).x))]);
        plans.push_back(ms_since(t));
        REQUIRE(plan);
        t = Clock::now();
        const double cpu = cpu_ms();
        REQUIRE(grid.drop_session(id, at).empty());
        frame->Update();
        grid.Update();
        drops.push_back(ms_since(t));
        drops_cpu.push_back(cpu_ms() - cpu);
        // The views alone: what every edit makes them do after the document changed.
        t = Clock::now();
        planner.document_changed();
        frame->Update();
        grid.Update();
        views.push_back(ms_since(t));
        REQUIRE(undo(planner).empty());
        pump(20);
    }
    const double drop = median(drops), plan = median(plans), view = median(views);
    std::printf(
        "bench: sessions %zu\nbench: first_paint_small_ms %.1f\nbench: first_paint_big_ms %.1f\n"
        "bench: drop_ms %.1f\nbench: drop_max_ms %.1f\nbench: plan_ms %.1f\n"
        "bench: views_ms %.1f\nbench: drop_cpu_ms %.1f\nbench: first_paint_small_cpu_ms %.1f\n"
        "bench: first_paint_big_cpu_ms %.1f\n",
        planner.event().sessions.size(), median(small_paint), median(big_paint), drop,
        *std::max_element(drops.begin(), drops.end()), plan, view, median(drops_cpu),
        median(small_cpu), median(big_cpu));
    std::fflush(stdout);
    CHECK(!planner.document().modified());
    frame->Destroy();
    pump(50);
}
