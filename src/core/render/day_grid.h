// SPDX-License-Identifier: MIT
#pragma once
// The day grid: rooms as columns, time as rows, each session a box in its track's colour with its
// time, kind, title and speakers. A wide day is split into views (some rooms, some hours) that
// each keep the time column and the rooms' headers, so 90 rooms stay readable on paper.

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "model/event.h"
#include "render/text.h"
#include "views/programme.h"

namespace summitry {

enum class ImageFormat { png, svg, pdf };

struct GridRequest {
    std::string lang;              // empty: the event's first language
    bool include_private = false;  // staff only
    double scale = 1.5;            // PNG: pixels per point
    Paper paper = Paper::a4;       // PDF: landscape pages of this paper
};

// One day's grid as picture or pages: PNG and SVG give one picture of every room; PDF gives
// landscape pages, rooms and hours split as the paper needs. Throws std::invalid_argument for
// a day without public sessions in a room.
void render_day_grid(const Event& event, Date day, const GridRequest& request, std::ostream& out,
                     ImageFormat format);

namespace render {

struct GridBox {
    Index session = no_index;
    std::size_t column = 0;   // in DayGrid::rooms
    int lane = 0, lanes = 1;  // side by side when sessions of one room overlap
    int from = 0, to = 0;     // minutes after the day's midnight (past 24:00 after midnight)
    std::string meta, title, people;
    Color color;
    bool is_private = false, cancelled = false;
};

struct DayGrid {
    Date day{};
    std::string lang;
    std::vector<Index> rooms;  // the rooms in use that day, in the order of the file
    std::vector<std::string> room_names, venue_names;
    bool several_venues = false;
    int from = 0, to = 0;  // whole hours: day_span of the sessions
    std::vector<GridBox> boxes;
    std::vector<std::pair<std::string, Color>> legend;  // tracks of the day
    bool empty() const { return boxes.empty(); }
};

// The hours a day's grid spans, in minutes after the day's midnight as the clock reads in the
// event's zone (venues' windows and sessions in their own zones' clock): the event's `hours`,
// the venues' `open` windows that day and the sessions ([from, to) of `sessions` when given),
// whichever is widest, in whole hours; 08:00–20:00 where the event gives neither `hours` nor
// windows that day. So a new event's grid has room for the afternoon (issue 15, defect 7).
std::pair<int, int> day_span(const Event& event, Date day,
                             std::optional<std::pair<int, int>> sessions = std::nullopt);

// The scheduled sessions of one programme day. Strings come from build_agenda.
DayGrid build_day_grid(const Event& event, Date day, const std::string& lang, bool include_private);

// A part of a day's grid: some rooms, some hours.
struct GridView {
    std::size_t first_room = 0, room_count = 0;
    int from = 0, to = 0;
};

// Splits a day into views each drawable in `area` with columns at least `min_column` wide and
// at least `min_hour` points per hour.
std::vector<GridView> split_day_grid(const DayGrid& grid, Rect area, double min_column = 92,
                                     double min_hour = 40);

// One view laid out in an area (text shaped once), drawn any number of times: a programme page,
// a picture, the planner's print preview.
class GridPicture {
public:
    GridPicture(const Typesetter& ts, const DayGrid& grid, const GridView& view, Rect area);
    ~GridPicture();
    GridPicture(const GridPicture&) = delete;
    GridPicture& operator=(const GridPicture&) = delete;
    void draw(cairo_t* cr) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The colour of a track: its own, else one of a fixed palette.
Color track_color(const Event& event, Index track);

}  // namespace render
}  // namespace summitry
