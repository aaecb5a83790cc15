// SPDX-License-Identifier: MIT
// The window renders: the grid draws the sessions' boxes with their titles on screen, a picture of
// the grid has the boxes' colours, and a screenshot of the whole window (ImageMagick's `import`
// of the Xvfb screen) is a real picture, not a blank one. docs/planner.png comes from here.
#include <wx/dcmemory.h>
#include <wx/image.h>
#include <wx/notebook.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "commands.h"
#include "day_grid_canvas.h"
#include "entity_list.h"
#include "gui_fixture.h"

using namespace summitry;
using namespace summitry::gui;
using namespace summitry::gui::test;

namespace {

std::size_t colours(const wxImage& image) {
    std::set<unsigned long> seen;
    const unsigned char* rgb = image.GetData();
    const std::size_t n =
        static_cast<std::size_t>(image.GetWidth()) * static_cast<std::size_t>(image.GetHeight());
    for (std::size_t i = 0; i < n; i += 7)
        seen.insert((static_cast<unsigned long>(rgb[3 * i]) << 16) |
                    (static_cast<unsigned long>(rgb[3 * i + 1]) << 8) | rgb[3 * i + 2]);
    return seen.size();
}

bool any_contains(const std::vector<std::string>& titles, const std::string& part) {
    return std::any_of(titles.begin(), titles.end(),
                       [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("The window draws the day grid with the sessions' titles", "[gui][screenshot]") {
    FrameFixture fx(paris);
    wxInitAllImageHandlers();
    DayGridCanvas& grid = fx.frame->grid();
    fx.frame->planner().select({"fireside-chat"});  // scrolls it into view, the inspector fills
    grid.Refresh();
    grid.Update();
    pump(500);

    // What the last paint on screen drew.
    const std::vector<std::string>& titles = grid.drawn_titles();
    INFO("titles drawn: " << titles.size());
    REQUIRE(!titles.empty());
    CHECK(any_contains(titles, "Fireside chat"));

    // The same drawing into a bitmap: boxes in their tracks' colours, text, lines.
    const wxSize size = grid.GetClientSize();
    REQUIRE(size.x > 400);
    REQUIRE(size.y > 200);
    wxBitmap bitmap(size);
    {
        wxMemoryDC dc(bitmap);
        grid.draw(dc, grid.CalcUnscrolledPosition(wxPoint(0, 0)), size);
    }
    CHECK(any_contains(grid.drawn_titles(), "Fireside chat"));
    const wxImage picture = bitmap.ConvertToImage();
    CHECK(colours(picture) > 20);
    const std::filesystem::path out = std::filesystem::path(SUMMITRY_TEST_OUTPUT);
    CHECK(picture.SaveFile((out / "planner-grid.png").string(), wxBITMAP_TYPE_PNG));

    // The whole window as the X server shows it.
    const std::filesystem::path shot = screenshot("planner.png");
    wxImage screen;
    REQUIRE(screen.LoadFile(shot.string(), wxBITMAP_TYPE_PNG));
    CHECK(screen.GetWidth() >= 1000);
    CHECK(colours(screen) > 100);
}

TEST_CASE("A day of 100 rooms and 1,000 sessions draws a screenful in a frame's time",
          "[gui][speed]") {
    start_wx();
    // The shape of a big congress: 100 rooms, ten 45-minute sessions in each, four tracks.
    const std::filesystem::path file = scratch("hundred-rooms") / "hundred-rooms.yaml";
    {
        std::ofstream out(file);
        out << "summitry: 1\nevent:\n  id: big\n  title: Big\n  timezone: Europe/Berlin\n"
               "  start_date: 2025-12-27\n  end_date: 2025-12-27\n"
               "venues:\n  - id: hall\n    name: Congress hall\n    rooms:\n";
        for (int r = 0; r < 100; ++r)
            out << "      - {id: room-" << r << ", name: Room " << r << "}\n";
        out << "tracks:\n";
        for (int t = 0; t < 4; ++t) out << "  - {id: track-" << t << ", name: Track " << t << "}\n";
        out << "sessions:\n";
        for (int r = 0; r < 100; ++r)
            for (int k = 0; k < 10; ++k) {
                const int minute = 9 * 60 + k * 50;
                char start[32];
                std::snprintf(start, sizeof start, "2025-12-27 %02d:%02d", minute / 60,
                              minute % 60);
                out << "  - id: s-" << r << "-" << k << "\n    title: A talk about topic " << k
                    << " in room " << r << " with a long enough title\n    kind: talk\n"
                    << "    track: track-" << (r + k) % 4 << "\n    room: room-" << r
                    << "\n    start: " << start << "\n    duration: 45min\n";
            }
    }
    auto* frame = new MainFrame(FrameOptions{false});
    frame->SetSize(wxSize(1400, 900));
    frame->Show();
    open_file(*frame, file.string());
    pump(200);
    DayGridCanvas& grid = frame->grid();
    REQUIRE(grid.grid().rooms.size() == 100);
    REQUIRE(grid.grid().boxes.size() == 1000);
    const wxSize size(1280, 800);
    wxBitmap bitmap(size);
    wxMemoryDC dc(bitmap);
    auto per_paint = [&](auto&& paint_once) {
        const int paints = 20;
        const auto begin = std::chrono::steady_clock::now();
        for (int i = 0; i < paints; ++i) paint_once(i);
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin)
                   .count() /
               paints;
    };
    // Scrolling: every paint draws the grid anew, text of new columns wrapped on the way.
    grid.draw(dc, wxPoint(0, 0), size);
    const double scrolling =
        per_paint([&](int i) { grid.draw(dc, wxPoint(i * 40, i * 10), size); });
    CHECK(grid.drawn_titles().size() < 200);  // only what is in view
    // Dragging: the grid does not change under the dragged box; a paint is a blit and the box.
    grid.invalidate();
    grid.paint(dc, wxPoint(0, 0), size);
    const double dragging = per_paint([&](int) { grid.paint(dc, wxPoint(0, 0), size); });
    WARN("a 1280x800 paint of 100 rooms: " << scrolling << " ms scrolling, " << dragging
                                           << " ms dragging");
    // The times are reported, not asserted: speed is measured by the benchmark
    // (test_gui "[.bench]", docs/performance.md), on a quiet machine.
    frame->Destroy();
    pump(50);
}

TEST_CASE("The people list and the inspector on a person render (planner-people.png)",
          "[gui][screenshot]") {
    FrameFixture fx(paris);
    wxInitAllImageHandlers();
    EntityList& people = fx.frame->list_of(EntityKind::person);
    auto* book = dynamic_cast<wxNotebook*>(people.GetParent());
    REQUIRE(book);
    book->SetSelection(static_cast<std::size_t>(book->FindPage(&people)));
    REQUIRE(!people.rows().empty());
    fx.frame->planner().select_entity(people.rows().front());
    pump(500);
    const std::filesystem::path shot = screenshot("planner-people.png");
    wxImage screen;
    REQUIRE(screen.LoadFile(shot.string(), wxBITMAP_TYPE_PNG));
    CHECK(colours(screen) > 100);
}
