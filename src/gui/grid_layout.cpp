// SPDX-License-Identifier: MIT
#include "grid_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>
#include <utility>

namespace summitry::gui {

PlannerGrid build_planner_grid(const Event& event, const Diagnostics& diagnostics, Date day,
                               const std::string& lang) {
    PlannerGrid g;
    g.day = day;
    render::DayGrid day_grid = render::build_day_grid(event, day, lang, true);
    const std::string_view fallback = event.default_language();
    for (std::size_t r = 0; r < event.rooms.size(); ++r) {
        const Room& room = event.rooms[r];
        g.rooms.push_back(static_cast<Index>(r));
        const std::string_view name = room.name.get(lang, fallback);
        g.room_names.emplace_back(name.empty() ? std::string_view(room.id) : name);
        std::string venue;
        if (room.venue >= 0)
            venue = event.venues[static_cast<std::size_t>(room.venue)].name.get(lang, fallback);
        g.venue_names.push_back(std::move(venue));
    }
    g.by_column.resize(g.rooms.size());
    // The day the core's grids span (render::day_span): the event's hours, the venues' opening
    // windows and the sessions, whichever is widest; 08:00-20:00 when the event says nothing,
    // so that a new event has room for the afternoon (issue 15, defect 7).
    std::tie(g.from, g.to) =
        day_grid.empty() ? render::day_span(event, day) : std::pair{day_grid.from, day_grid.to};
    for (render::GridBox& box : day_grid.boxes) {
        const Session& s = event.sessions[static_cast<std::size_t>(box.session)];
        box.column = static_cast<std::size_t>(s.room);  // every room is a column, in file order
        g.by_column[box.column].push_back(g.boxes.size());
        g.boxes.push_back(std::move(box));
    }
    for (const Diagnostic& d : diagnostics.items())
        for (const std::string& id : d.sessions)
            if (const Index i = event.find_session(id); i != no_index) g.in_conflict.insert(i);
    return g;
}

std::string clock_text(int minute) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", (minute / 60) % 24, minute % 60);
    return text;
}

void GridGeometry::set(double zoom, int from, int to, std::size_t columns) {
    zoom_ = zoom;
    from_ = from;
    to_ = to;
    columns_ = columns;
}

bool GridGeometry::set_available_width(int width) {
    const int before = column_width();
    available_ = width;
    return column_width() != before;
}

int GridGeometry::min_column_width() const {
    return static_cast<int>(std::lround(168 * zoom_));
}

int GridGeometry::column_width() const {
    const int least = min_column_width();
    if (columns_ == 0) return least;
    return std::max(least, (available_ - time_column) / static_cast<int>(columns_));
}
double GridGeometry::pixels_per_minute() const {
    return 2.0 * zoom_;
}

int GridGeometry::total_width() const {
    return time_column + static_cast<int>(columns_) * column_width();
}
int GridGeometry::total_height() const {
    return y_of_minute(to_) + 1;
}

int GridGeometry::x_of_column(std::size_t column) const {
    return time_column + static_cast<int>(column) * column_width();
}

int GridGeometry::y_of_minute(int minute) const {
    return header + static_cast<int>(std::lround((minute - from_) * pixels_per_minute()));
}

int GridGeometry::column_at(int x) const {
    if (columns_ == 0) return -1;
    const int c = (x - time_column) / column_width();
    return std::clamp(c, 0, static_cast<int>(columns_) - 1);
}

double GridGeometry::minute_at(int y) const {
    return from_ + (y - header) / pixels_per_minute();
}

int GridGeometry::snapped(double minute) {
    return static_cast<int>(std::lround(minute / snap)) * snap;
}

PixelRect GridGeometry::box_rect(const render::GridBox& box) const {
    const int lanes = std::max(1, box.lanes);
    const int width = column_width() - 6;
    const int x = x_of_column(box.column) + 3 + width * box.lane / lanes;
    const int y = y_of_minute(box.from);
    return {x, y + 1, width / lanes - 2, std::max(6, y_of_minute(box.to) - y - 2)};
}

std::pair<std::size_t, std::size_t> GridGeometry::columns_between(int x, int w) const {
    if (columns_ == 0) return {0, 0};
    const int cw = column_width();
    const int first = std::max(0, (x - time_column) / cw);
    const int last = std::max(0, (x + w - time_column + cw - 1) / cw);
    return {std::min<std::size_t>(static_cast<std::size_t>(first), columns_),
            std::min<std::size_t>(static_cast<std::size_t>(last), columns_)};
}

}  // namespace summitry::gui
