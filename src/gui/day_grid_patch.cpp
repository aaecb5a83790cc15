// SPDX-License-Identifier: MIT
// The day grid after an edit: only the boxes that changed are drawn again, in the kept bitmap,
// and only their rectangles repainted (issue 15: a drop on a 1,351-session event redrew and
// measured the text of every box in view).
#include <wx/dcmemory.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "day_grid_canvas.h"
#include "planner.h"

namespace summitry::gui {

namespace {

bool same_box(const render::GridBox& a, const render::GridBox& b) {
    return a.session == b.session && a.column == b.column && a.lane == b.lane &&
           a.lanes == b.lanes && a.from == b.from && a.to == b.to && a.meta == b.meta &&
           a.title == b.title && a.people == b.people && a.color.r == b.color.r &&
           a.color.g == b.color.g && a.color.b == b.color.b && a.is_private == b.is_private &&
           a.cancelled == b.cancelled;
}

// Past this many rectangles, one repaint of the whole costs less than many small ones.
constexpr std::size_t max_areas = 48;

}  // namespace

wxRect DayGridCanvas::area_of(const render::GridBox& box) const {
    const PixelRect p = geometry_.box_rect(box);
    const wxPoint at = CalcScrolledPosition(wxPoint(p.x, p.y));
    // The selection's outline (3 pixels) and the conflict's corner reach past the box.
    return wxRect(at.x, at.y, p.w, p.h).Inflate(3);
}

bool DayGridCanvas::patch_from(const PlannerGrid& old, std::vector<BoxText>& old_text) {
    if (!cache_valid_ || !planner_.has_document() || generation_ != planner_.generation() ||
        drag_.mode != DragMode::none || drawn_selection_ != planner_.selection() ||
        old.day != grid_.day || old.rooms != grid_.rooms || old.from != grid_.from ||
        old.to != grid_.to || old.room_names != grid_.room_names ||
        old.venue_names != grid_.venue_names || old_text.size() != old.boxes.size())
        return false;
    std::unordered_map<Index, std::size_t> before;
    for (std::size_t i = 0; i < old.boxes.size(); ++i)
        if (!before.emplace(old.boxes[i].session, i).second) return false;
    std::vector<wxRect> areas;
    std::vector<bool> matched(old.boxes.size(), false);
    for (std::size_t j = 0; j < grid_.boxes.size(); ++j) {
        const render::GridBox& box = grid_.boxes[j];
        const auto it = before.find(box.session);
        if (it != before.end()) {
            const render::GridBox& was = old.boxes[it->second];
            matched[it->second] = true;
            if (same_box(was, box) &&
                old.in_conflict.count(was.session) == grid_.in_conflict.count(box.session)) {
                text_cache_[j] = std::move(old_text[it->second]);  // measured already
                continue;
            }
            areas.push_back(area_of(was));
        }
        areas.push_back(area_of(box));
        if (areas.size() > max_areas) return false;
    }
    for (std::size_t i = 0; i < old.boxes.size(); ++i)
        if (!matched[i]) areas.push_back(area_of(old.boxes[i]));
    return redraw_areas(std::move(areas));
}

bool DayGridCanvas::redraw_selection() {
    if (!planner_.has_document()) return false;
    const std::vector<std::string>& now = planner_.selection();
    if (now == drawn_selection_) return cache_valid_;
    const std::set<std::string> a(drawn_selection_.begin(), drawn_selection_.end());
    const std::set<std::string> b(now.begin(), now.end());
    std::set<Index> changed;
    const Event& ev = planner_.event();
    for (const auto* ids : {&a, &b})
        for (const std::string& id : *ids)
            if (a.count(id) != b.count(id)) changed.insert(ev.find_session(id));
    std::vector<wxRect> areas;
    for (const render::GridBox& box : grid_.boxes)
        if (changed.count(box.session)) areas.push_back(area_of(box));
    if (!redraw_areas(std::move(areas))) return false;
    drawn_selection_ = now;
    return true;
}

bool DayGridCanvas::redraw_areas(std::vector<wxRect> areas) {
    const wxPoint origin = CalcUnscrolledPosition(wxPoint(0, 0));
    const wxSize size = GetClientSize();
    if (!cache_valid_ || !cache_.IsOk() || cache_.GetSize() != size || cache_origin_ != origin ||
        areas.size() > max_areas)
        return false;
    // Boxes live below the room headers and right of the time column, which stay as they are.
    const wxRect body(GridGeometry::time_column, GridGeometry::header,
                      size.x - GridGeometry::time_column, size.y - GridGeometry::header);
    {
        wxMemoryDC memory(cache_);
        for (wxRect area : areas) {
            area.Intersect(body);
            if (area.IsEmpty()) continue;
            draw_area(memory, origin, area);
            RefreshRect(area, false);
        }
    }
    collect_drawn_titles(origin, size);
    return true;
}

void DayGridCanvas::draw_area(wxDC& dc, wxPoint origin, const wxRect& area) {
    const GridGeometry& g = geometry_;
    dc.SetClippingRegion(area);
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(*wxWHITE_BRUSH);
    dc.DrawRectangle(area);
    // The lines under the boxes, as draw() makes them.
    draw_lines(dc, origin, area);
    const auto cols = g.columns_between(origin.x + area.x, area.width);
    for (std::size_t c = cols.first; c < cols.second; ++c)
        for (std::size_t i : grid_.by_column[c]) {
            const PixelRect p = g.box_rect(grid_.boxes[i]);
            const wxRect r(p.x - origin.x, p.y - origin.y, p.w, p.h);
            if (r.Intersects(area)) draw_box(dc, i, r, false);
        }
    dc.DestroyClippingRegion();
}

void DayGridCanvas::collect_drawn_titles(wxPoint origin, wxSize size) {
    // What draw() would have listed: the boxes in view whose title found room.
    drawn_titles_.clear();
    const GridGeometry& g = geometry_;
    const auto cols =
        g.columns_between(origin.x + GridGeometry::time_column, size.x - GridGeometry::time_column);
    for (std::size_t c = cols.first; c < cols.second; ++c)
        for (std::size_t i : grid_.by_column[c]) {
            const PixelRect p = g.box_rect(grid_.boxes[i]);
            const wxRect r(p.x - origin.x, p.y - origin.y, p.w, p.h);
            if (r.GetBottom() < GridGeometry::header || r.y > size.y) continue;
            if (!text_cache_[i].title.empty()) drawn_titles_.push_back(grid_.boxes[i].title);
        }
}

}  // namespace summitry::gui
