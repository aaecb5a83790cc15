// SPDX-License-Identifier: MIT
// Drawing the day grid: boxes, their text (wrapped once, cached), the sticky headers.
#include <wx/dc.h>
#include <wx/dcmemory.h>

#include <algorithm>
#include <cmath>

#include "day_grid_canvas.h"
#include "gui_text.h"
#include "planner.h"

namespace summitry::gui {
namespace {

wxColour to_wx(render::Color c) {
    auto byte = [](double v) {
        return static_cast<unsigned char>(std::lround(std::clamp(v, 0.0, 1.0) * 255));
    };
    return wxColour(byte(c.r), byte(c.g), byte(c.b));
}

const wxColour grid_line(0xe4, 0xe5, 0xe8);
const wxColour hour_line(0xc8, 0xca, 0xcf);
const wxColour header_fill(0xf3, 0xf4, 0xf6);
const wxColour text_grey(0x5e, 0x60, 0x66);
const wxColour selected_blue(0x1a, 0x5f, 0xb4);
const wxColour conflict_red(0xc0, 0x1c, 0x28);
// Changed since the release: a violet unlike the red of conflicts and the blue of the
// selection, dark enough on every track's pale tint (the grid is drawn on white in every theme).
const wxColour changed_violet(0x6a, 0x2c, 0xb0);

// Words of `text` in lines no wider than `width`; at most `max_lines`, the last one ellipsized
// when the text goes on.
std::vector<wxString> wrap(wxDC& dc, const wxString& text, int width, int max_lines) {
    std::vector<wxString> lines;
    if (width <= 4 || max_lines <= 0) return lines;
    wxString line;
    bool cut = false;
    for (const wxString& word : wxSplit(text, ' ', 0)) {
        if (word.empty()) continue;
        const wxString candidate = line.empty() ? word : line + " " + word;
        if (line.empty() || dc.GetTextExtent(candidate).x <= width) {
            line = candidate;
            continue;
        }
        lines.push_back(line);
        line = word;
        if (static_cast<int>(lines.size()) == max_lines) {
            cut = true;
            break;
        }
    }
    if (!cut && !line.empty()) lines.push_back(line);
    if (lines.empty()) return lines;
    wxString& last = lines.back();
    if (cut || dc.GetTextExtent(last).x > width) {
        const wxString ellipsis = wxString::FromUTF8("\xe2\x80\xa6");
        while (!last.empty() && dc.GetTextExtent(last + ellipsis).x > width) last.RemoveLast();
        last.Trim();
        last += ellipsis;
    }
    return lines;
}

}  // namespace

const DayGridCanvas::BoxText& DayGridCanvas::box_text(wxDC& dc, std::size_t index, int width,
                                                      int height) {
    BoxText& t = text_cache_[index];
    if (t.width == width && t.height == height) return t;
    const render::GridBox& box = grid_.boxes[index];
    t = BoxText{};
    t.width = width;
    t.height = height;
    dc.SetFont(meta_font_);
    const int meta_h = dc.GetCharHeight();
    dc.SetFont(title_font_);
    const int title_h = dc.GetCharHeight();
    const wxString title = wxString::FromUTF8(box.title);
    if (height < meta_h + title_h) {
        // A short session still says what it is: "14:10 Welcome from the British Ambassador".
        t.compact = true;
        dc.SetFont(meta_font_);
        t.meta = wxString::FromUTF8(box.meta).Left(5) + " ";
        const int clock_w = dc.GetTextExtent(t.meta).x;
        dc.SetFont(title_font_);
        if (height >= title_h - 2) {
            t.title = wrap(dc, title, width - clock_w, 1);
        } else {
            dc.SetFont(compact_font_);
            t.small = true;
            t.title = wrap(dc, title, width - clock_w, height >= dc.GetCharHeight() - 3 ? 1 : 0);
        }
        return t;
    }
    dc.SetFont(meta_font_);
    const std::vector<wxString> meta = wrap(dc, wxString::FromUTF8(box.meta), width, 1);
    t.meta = meta.empty() ? wxString() : meta.front();
    dc.SetFont(title_font_);
    t.title = wrap(dc, title, width, std::clamp((height - meta_h) / title_h, 1, 4));
    dc.SetFont(people_font_);
    const int room = height - meta_h - static_cast<int>(t.title.size()) * title_h;
    t.people =
        wrap(dc, wxString::FromUTF8(box.people), width, std::min(2, room / dc.GetCharHeight()));
    return t;
}

void DayGridCanvas::draw_box(wxDC& dc, std::size_t index, wxRect r, bool ghost) {
    const render::GridBox& box = grid_.boxes[index];
    const wxColour strong = to_wx(box.color);
    const render::Color tint = box.cancelled ? render::light_grey.mix(render::white, 0.5)
                                             : box.color.mix(render::white, 0.74);
    const bool selected =
        planner_.is_selected(planner_.event().sessions[static_cast<std::size_t>(box.session)].id);
    const bool conflict = grid_.in_conflict.count(box.session) != 0;
    if (ghost) {
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.SetPen(wxPen(selected_blue, 2, wxPENSTYLE_SHORT_DASH));
        dc.DrawRoundedRectangle(r, 3);
        return;
    }
    dc.SetBrush(wxBrush(to_wx(tint)));
    dc.SetPen(wxPen(to_wx(box.color.mix(render::black, 0.25)), 1,
                    box.is_private ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID));
    dc.DrawRoundedRectangle(r, 3);
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(box.cancelled ? text_grey : strong));
    dc.DrawRectangle(r.x, r.y, 4, r.height);
    if (conflict) {
        dc.SetBrush(wxBrush(conflict_red));
        const wxPoint corner[] = {
            {r.GetRight() - 12, r.y}, {r.GetRight() + 1, r.y}, {r.GetRight() + 1, r.y + 13}};
        dc.DrawPolygon(3, corner);
    }
    if (release_marks_.count(planner_.event().sessions[static_cast<std::size_t>(box.session)].id)) {
        // A tab at the bottom right corner, apart from the conflict's at the top right.
        dc.SetBrush(wxBrush(changed_violet));
        dc.SetPen(wxPen(*wxWHITE, 1));
        const wxPoint corner[] = {{r.GetRight() + 1, r.GetBottom() - 13},
                                  {r.GetRight() + 1, r.GetBottom() + 1},
                                  {r.GetRight() - 13, r.GetBottom() + 1}};
        dc.DrawPolygon(3, corner);
        dc.SetPen(*wxTRANSPARENT_PEN);
    }
    if (selected || conflict) {
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.SetPen(wxPen(selected ? selected_blue : conflict_red, selected ? 3 : 2));
        dc.DrawRoundedRectangle(r, 3);
    }
    // Text, top to bottom, as much as the box holds.
    const int x = r.x + 8, width = r.width - 14;
    const BoxText& t = box_text(dc, index, width, r.height - 3);
    int y = r.y + 2;
    auto line = [&](const wxFont& font, const wxColour& colour, const wxString& text) {
        dc.SetFont(font);
        dc.SetTextForeground(colour);
        dc.DrawText(text, x, y);
        y += dc.GetCharHeight();
    };
    const wxColour title_colour = box.cancelled ? text_grey : *wxBLACK;
    if (t.compact) {
        if (t.title.empty()) return;
        const wxFont& font = t.small ? compact_font_ : title_font_;
        dc.SetFont(font);
        const int baseline_gap = dc.GetCharHeight();
        dc.SetFont(meta_font_);
        dc.SetTextForeground(text_grey);
        const int clock_w = dc.GetTextExtent(t.meta).x;
        y = r.y + (r.height - baseline_gap) / 2;
        dc.DrawText(t.meta, x, y + (baseline_gap - dc.GetCharHeight()) / 2);
        dc.SetFont(font);
        dc.SetTextForeground(title_colour);
        dc.DrawText(t.title.front(), x + clock_w, y);
        drawn_titles_.push_back(box.title);
        return;
    }
    if (!t.meta.empty()) line(meta_font_, text_grey, t.meta);
    if (!t.title.empty()) drawn_titles_.push_back(box.title);
    for (const wxString& l : t.title) line(title_font_, title_colour, l);
    for (const wxString& l : t.people) line(people_font_, text_grey, l);
}

void DayGridCanvas::draw(wxDC& dc, wxPoint origin, wxSize size) {
    drawn_titles_.clear();
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    if (!planner_.has_document()) {
        dc.SetFont(header_font_);
        dc.SetTextForeground(text_grey);
        dc.DrawText(_("Open an event with File > Open"), 24, 24);
        return;
    }
    const GridGeometry& g = geometry_;
    const auto cols =
        g.columns_between(origin.x + GridGeometry::time_column, size.x - GridGeometry::time_column);
    draw_lines(dc, origin,
               wxRect(GridGeometry::time_column, GridGeometry::header,
                      size.x - GridGeometry::time_column, size.y - GridGeometry::header));
    dc.SetClippingRegion(GridGeometry::time_column, GridGeometry::header,
                         size.x - GridGeometry::time_column, size.y - GridGeometry::header);
    for (std::size_t c = cols.first; c < cols.second; ++c)
        for (std::size_t i : grid_.by_column[c]) {
            const PixelRect p = g.box_rect(grid_.boxes[i]);
            const wxRect r(p.x - origin.x, p.y - origin.y, p.w, p.h);
            if (r.GetBottom() < GridGeometry::header || r.y > size.y) continue;
            draw_box(dc, i, r, false);
        }
    dc.DestroyClippingRegion();
    draw_headers(dc, origin, size, cols);
}

void DayGridCanvas::draw_lines(wxDC& dc, wxPoint origin, const wxRect& area) {
    const GridGeometry& g = geometry_;
    // Rows: a line every 15 minutes, darker on the hour.
    for (int m = grid_.from; m <= grid_.to; m += 15) {
        const int y = g.y_of_minute(m) - origin.y;
        if (y < area.y || y > area.GetBottom() + 1) continue;
        dc.SetPen(wxPen(m % 60 == 0 ? hour_line : grid_line));
        dc.DrawLine(area.x, y, area.GetRight() + 1, y);
    }
    dc.SetPen(wxPen(hour_line));
    const auto cols = g.columns_between(origin.x + area.x, area.width);
    for (std::size_t c = cols.first; c <= cols.second && c <= grid_.rooms.size(); ++c) {
        const int x = g.x_of_column(c) - origin.x;
        dc.DrawLine(x, area.y, x, area.GetBottom() + 1);
    }
}

void DayGridCanvas::draw_ghost(wxDC& dc, wxPoint origin, wxSize size) {
    if (drag_.mode == DragMode::none || !drag_.moved) return;
    const GridGeometry& g = geometry_;
    dc.SetClippingRegion(GridGeometry::time_column, GridGeometry::header,
                         size.x - GridGeometry::time_column, size.y - GridGeometry::header);
    render::GridBox ghost = grid_.boxes[drag_.box];
    ghost.from = drag_.from;
    ghost.to = drag_.to;
    ghost.column = static_cast<std::size_t>(drag_.column);
    ghost.lane = 0;
    ghost.lanes = 1;
    const PixelRect p = g.box_rect(ghost);
    draw_box(dc, drag_.box, wxRect(p.x - origin.x, p.y - origin.y, p.w, p.h), true);
    dc.SetFont(meta_font_);
    dc.SetTextForeground(selected_blue);
    dc.DrawText(
        clock_label(drag_.from) + wxString::FromUTF8("\xe2\x80\x93") + clock_label(drag_.to),
        p.x - origin.x + 6, p.y - origin.y + p.h + 2);
    dc.DestroyClippingRegion();
}

void DayGridCanvas::paint(wxDC& dc, wxPoint origin, wxSize size) {
    // The grid itself changes only with the document, the selection, the view: kept in a
    // bitmap, so that a drag repaints a blit and a dashed box.
    if (size.x <= 0 || size.y <= 0) return;
    const bool resized = !cache_.IsOk() || cache_.GetSize() != size;
    if (!cache_valid_ || resized || cache_origin_ != origin) {
        if (resized) cache_.Create(size);
        wxMemoryDC memory(cache_);
        draw(memory, origin, size);
        cache_origin_ = origin;
        cache_valid_ = true;
        drawn_selection_ =
            planner_.has_document() ? planner_.selection() : std::vector<std::string>{};
    }
    dc.DrawBitmap(cache_, 0, 0);
    draw_ghost(dc, origin, size);
    draw_drop_preview(dc, origin, size);
}

void DayGridCanvas::draw_drop_preview(wxDC& dc, wxPoint origin, wxSize size) {
    if (preview_.to <= preview_.from) return;
    dc.SetClippingRegion(GridGeometry::time_column, GridGeometry::header,
                         size.x - GridGeometry::time_column, size.y - GridGeometry::header);
    render::GridBox box;
    box.from = preview_.from;
    box.to = preview_.to;
    box.column = static_cast<std::size_t>(preview_.column);
    box.lane = 0;
    box.lanes = 1;
    const PixelRect p = geometry_.box_rect(box);
    dc.SetPen(wxPen(selected_blue, 2, wxPENSTYLE_SHORT_DASH));
    dc.SetBrush(
        wxBrush(wxColour(selected_blue.Red(), selected_blue.Green(), selected_blue.Blue(), 40)));
    dc.DrawRectangle(p.x - origin.x, p.y - origin.y, p.w, p.h);
    dc.SetFont(meta_font_);
    dc.SetTextForeground(selected_blue);
    dc.DrawText(
        clock_label(preview_.from) + wxString::FromUTF8("\xe2\x80\x93") + clock_label(preview_.to),
        p.x - origin.x + 6, p.y - origin.y + 3);
    dc.DestroyClippingRegion();
}

void DayGridCanvas::draw_headers(wxDC& dc, wxPoint origin, wxSize size,
                                 std::pair<std::size_t, std::size_t> cols) {
    const GridGeometry& g = geometry_;
    // The time column, sticky at the left.
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(header_fill));
    dc.DrawRectangle(0, GridGeometry::header, GridGeometry::time_column, size.y);
    dc.SetFont(small_font_);
    dc.SetTextForeground(text_grey);
    for (int m = grid_.from; m < grid_.to; m += 30) {
        const int y = g.y_of_minute(m) - origin.y;
        if (y < GridGeometry::header - 4 || y > size.y) continue;
        if (m % 60 == 0 || g.pixels_per_minute() * 30 >= 2 * dc.GetCharHeight()) {
            const wxString text = clock_label(m);
            dc.DrawText(text, GridGeometry::time_column - 8 - dc.GetTextExtent(text).x, y + 1);
        }
    }
    // The room headers, sticky at the top: room, and venue below it.
    dc.SetBrush(wxBrush(header_fill));
    dc.DrawRectangle(0, 0, size.x, GridGeometry::header);
    dc.SetPen(wxPen(hour_line));
    dc.DrawLine(0, GridGeometry::header - 1, size.x, GridGeometry::header - 1);
    dc.DrawLine(GridGeometry::time_column - 1, 0, GridGeometry::time_column - 1, size.y);
    dc.SetClippingRegion(GridGeometry::time_column, 0, size.x - GridGeometry::time_column,
                         GridGeometry::header);
    for (std::size_t c = cols.first; c < cols.second; ++c) {
        const int x = g.x_of_column(c) - origin.x;
        const int w = g.column_width();
        dc.SetPen(wxPen(hour_line));
        dc.DrawLine(x, 0, x, GridGeometry::header);
        dc.SetFont(header_font_);
        dc.SetTextForeground(*wxBLACK);
        const std::vector<wxString> name =
            wrap(dc, wxString::FromUTF8(grid_.room_names[c]), w - 12, 1);
        if (!name.empty()) dc.DrawText(name.front(), x + 6, 5);
        dc.SetFont(small_font_);
        dc.SetTextForeground(text_grey);
        const std::vector<wxString> venue =
            wrap(dc, wxString::FromUTF8(grid_.venue_names[c]), w - 12, 1);
        if (!venue.empty()) dc.DrawText(venue.front(), x + 6, 7 + dc.GetCharHeight() + 2);
    }
    dc.DestroyClippingRegion();
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(header_fill));
    dc.DrawRectangle(0, 0, GridGeometry::time_column - 1, GridGeometry::header - 1);
    if (planner_.day()) {
        dc.SetFont(small_font_);
        dc.SetTextForeground(text_grey);
        const std::string day = format_date(*planner_.day());
        dc.DrawText(wxString::FromUTF8(day.substr(5)), 6, 5);
    }
}

}  // namespace summitry::gui
