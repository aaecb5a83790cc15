// SPDX-License-Identifier: MIT
#pragma once
// The planner's day grid as data and geometry, apart from drawing: every room a column (so that
// a session can be dragged into a room empty that day), time as rows, and the arithmetic
// between pixels, minutes and columns that drawing, hit testing and dragging share.
// Coordinates are "content" pixels: (0, 0) is the top-left corner of the whole unscrolled grid,
// time column and room headers included.

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "render/day_grid.h"

namespace summitry::gui {

struct PlannerGrid {
    Date day{};
    std::vector<Index> rooms;  // columns: every room of the event, in the order of the file
    std::vector<std::string> room_names, venue_names;
    std::vector<render::GridBox> boxes;               // column = position in `rooms`
    std::vector<std::vector<std::size_t>> by_column;  // indices into boxes
    int from = 8 * 60, to = 20 * 60;        // render::day_span: minutes after midnight, whole hours
    std::unordered_set<Index> in_conflict;  // sessions named by a conflict
};

// The sessions of a programme day (private ones too: the planner is for staff).
PlannerGrid build_planner_grid(const Event& event, const Diagnostics& diagnostics, Date day,
                               const std::string& lang);

// "18:20" for minutes after a day's midnight (past 24:00 too: "00:30").
std::string clock_text(int minute);

struct Pixel {
    int x = 0, y = 0;
};
struct PixelRect {
    int x = 0, y = 0, w = 0, h = 0;
    bool contains(Pixel p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
};

class GridGeometry {
public:
    static constexpr int time_column = 58;  // pixels
    static constexpr int header = 46;
    static constexpr int snap = 5;  // minutes

    void set(double zoom, int from, int to, std::size_t columns);
    // The width the grid is shown in (the window's client width): the columns share what the
    // time column leaves, each at least the zoom's width (then the grid scrolls sideways).
    // Whether the column width changed.
    bool set_available_width(int width);
    double zoom() const { return zoom_; }
    // The zoom's width of a column: the least a column gets.
    int min_column_width() const;
    int column_width() const;
    double pixels_per_minute() const;
    int total_width() const;
    int total_height() const;

    int x_of_column(std::size_t column) const;
    int y_of_minute(int minute) const;
    // The column under x, clamped to the grid; -1 when there are no columns.
    int column_at(int x) const;
    // The minute at y, not snapped and not clamped.
    double minute_at(int y) const;
    static int snapped(double minute);  // to the nearest 5 minutes
    PixelRect box_rect(const render::GridBox& box) const;
    // Columns [first, last) that meet the horizontal span [x, x + w).
    std::pair<std::size_t, std::size_t> columns_between(int x, int w) const;

private:
    double zoom_ = 1.0;
    int from_ = 0, to_ = 0;
    std::size_t columns_ = 0;
    int available_ = 0;
};

}  // namespace summitry::gui
