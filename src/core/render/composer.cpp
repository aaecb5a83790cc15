// SPDX-License-Identifier: MIT
#include "render/composer.h"

#include <cairo.h>

#include <algorithm>

namespace summitry::render {

PageFrame portrait(PageSize paper) {
    PageFrame f;
    f.size = {std::min(paper.w, paper.h), std::max(paper.w, paper.h)};
    return f;
}

PageFrame landscape(PageSize paper) {
    PageFrame f;
    f.size = {std::max(paper.w, paper.h), std::min(paper.w, paper.h)};
    f.margin_x = 40;
    f.header_top = 28;
    f.body_top = 54;
    f.body_bottom = 46;
    f.footer_bottom = 26;
    return f;
}

Composer::Composer(Document& doc, const Typesetter& ts, std::string lang)
    : doc_(doc), ts_(ts), lang_(std::move(lang)) {}

Page& Composer::fixed_page(const PageFrame& frame, std::string running, bool numbered) {
    furniture_.push_back({std::move(running), numbered, frame});
    return doc_.add_page(frame.size);
}

void Composer::flow(const PageFrame& frame, const std::vector<FlowEntry>& entries, int columns,
                    const std::string& running, const std::vector<std::string>& running_per_entry) {
    if (entries.empty()) return;
    const Rect body = frame.body();
    constexpr double gutter = 20;
    const double column_w = (body.w - gutter * (columns - 1)) / columns;
    std::vector<FlowItem> items;
    items.reserve(entries.size());
    for (const FlowEntry& e : entries) items.push_back(e.flow);
    const std::vector<Placement> placed = paginate(items, body.h);
    const int first_page = doc_.page_count();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const int page = first_page + placed[i].frame / columns;
        const int column = placed[i].frame % columns;
        while (doc_.page_count() <= page) {
            // A page's running header names what is on top of it (the day of its first entry).
            std::string label = running;
            if (!running_per_entry.empty()) label = running_per_entry[i];
            fixed_page(frame, label);
        }
        const double x = body.x + column * (column_w + gutter);
        const double y = body.y + placed[i].y;
        const FlowEntry& e = entries[i];
        if (e.draw) doc_.page(page).add([draw = e.draw, x, y](cairo_t* cr) { draw(cr, x, y); });
        if (e.placed) e.placed(page + 1);
    }
}

void Composer::finish(const std::string& header_left, const std::string& footer_left) {
    for (int i = 0; i < doc_.page_count(); ++i) {
        const Furniture& f = furniture_[static_cast<std::size_t>(i)];
        if (!f.numbered) continue;
        const double w = f.frame.size.w - 2 * f.frame.margin_x;
        const TextStyle small{7.5, false, false, grey};
        auto left = std::make_shared<TextBlock>(ts_, header_left, small, w * 0.55, 1);
        auto right = std::make_shared<TextBlock>(
            ts_, f.running, TextStyle{7.5, true, false, grey, Align::right}, w * 0.43, 1);
        auto number = std::make_shared<TextBlock>(
            ts_, std::to_string(i + 1), TextStyle{8, false, false, grey, Align::right}, 60, 1);
        Block note;
        if (!footer_left.empty())
            note = std::make_shared<TextBlock>(
                ts_, footer_left, TextStyle{7, false, false, {0.70, 0.10, 0.10}}, w - 70, 1);
        const PageFrame fr = f.frame;
        doc_.page(i).add([=](cairo_t* cr) {
            const double rule = fr.header_top + left->height() + 4;
            left->draw(cr, fr.margin_x, fr.header_top);
            right->draw(cr, fr.size.w - fr.margin_x - right->width(), fr.header_top);
            set_color(cr, light_grey);
            cairo_set_line_width(cr, 0.5);
            cairo_move_to(cr, fr.margin_x, rule);
            cairo_line_to(cr, fr.size.w - fr.margin_x, rule);
            cairo_stroke(cr);
            const double bottom = fr.size.h - fr.footer_bottom - number->height();
            number->draw(cr, fr.size.w - fr.margin_x - number->width(), bottom);
            if (note) note->draw(cr, fr.margin_x, bottom);
        });
    }
}

void add_lines(std::vector<FlowEntry>& out, const Block& block, double x_offset,
               double space_before, bool glue, bool keep_last) {
    const int n = block->line_count();
    for (int i = 0; i < n; ++i) {
        // Line i's share of the paragraph includes the spacing down to the next line.
        const double h =
            (i + 1 < n) ? block->line_top(i + 1) - block->line_top(i) : block->line_height(i);
        FlowEntry e;
        e.flow.height = h;
        e.flow.space_before = (i == 0) ? space_before : 0;
        e.flow.keep_with_next = (i + 1 == n) ? keep_last : (glue || i < 1 || i >= n - 2);
        e.draw = [block, i, x_offset](cairo_t* cr, double x, double y) {
            block->draw_line(cr, i, x + x_offset, y);
        };
        out.push_back(std::move(e));
    }
}

}  // namespace summitry::render
