// SPDX-License-Identifier: MIT
#include "render/text.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>

#include "util/controls.h"

namespace summitry::render {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int pango_units(double points) {
    return static_cast<int>(std::lround(points * PANGO_SCALE));
}
double points(int units) {
    return static_cast<double>(units) / PANGO_SCALE;
}

guint16 channel(double v) {
    return static_cast<guint16>(std::lround(std::clamp(v, 0.0, 1.0) * 65535));
}

void add_attr(PangoAttrList* list, PangoAttribute* a, std::size_t from, std::size_t to) {
    a->start_index = static_cast<guint>(from);
    a->end_index = static_cast<guint>(to);
    pango_attr_list_insert(list, a);
}

}  // namespace

std::optional<Color> Color::parse(std::string_view hex) {
    if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
    double c[3];
    for (int i = 0; i < 3; ++i) {
        const int hi = hex_digit(hex[static_cast<std::size_t>(1 + 2 * i)]);
        const int lo = hex_digit(hex[static_cast<std::size_t>(2 + 2 * i)]);
        if (hi < 0 || lo < 0) return std::nullopt;
        c[i] = (hi * 16 + lo) / 255.0;
    }
    return Color{c[0], c[1], c[2]};
}

Color Color::mix(Color o, double t) const {
    return {r + (o.r - r) * t, g + (o.g - g) * t, b + (o.b - b) * t};
}

void set_color(cairo_t* cr, Color c) {
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

Typesetter::Typesetter() {
    // A private font map, so that our resolution and font options never touch another user of
    // pango's default map in the same process (the planner's own widgets).
    PangoFontMap* map = pango_cairo_font_map_new();
    context_ = pango_font_map_create_context(map);
    g_object_unref(map);                                 // the context keeps it
    pango_cairo_context_set_resolution(context_, 72.0);  // one point per unit
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context_, FALSE);
}

Typesetter::~Typesetter() {
    g_object_unref(context_);
}

TextBlock::TextBlock(const Typesetter& ts, const Rich& text, const TextStyle& style, double width,
                     int max_lines)
    : width_(width) {
    std::string all;
    PangoAttrList* attrs = pango_attr_list_new();
    for (const Span& s : text) {
        const std::size_t from = all.size();
        all += drop_controls(s.text);  // pango would draw them as boxes of hex digits
        const std::size_t to = all.size();
        if (from == to) continue;
        if (s.bold) add_attr(attrs, pango_attr_weight_new(PANGO_WEIGHT_BOLD), from, to);
        if (s.italic) add_attr(attrs, pango_attr_style_new(PANGO_STYLE_ITALIC), from, to);
        if (s.color)
            add_attr(attrs,
                     pango_attr_foreground_new(channel(s.color->r), channel(s.color->g),
                                               channel(s.color->b)),
                     from, to);
        if (s.scale != 1.0)
            add_attr(attrs, pango_attr_size_new_absolute(pango_units(style.size * s.scale)), from,
                     to);
    }
    build(ts, all, attrs, style, max_lines);
    pango_attr_list_unref(attrs);
}

TextBlock::TextBlock(const Typesetter& ts, std::string_view text, const TextStyle& style,
                     double width, int max_lines)
    : width_(width) {
    build(ts, drop_controls(text), nullptr, style, max_lines);
}

TextBlock::~TextBlock() {
    if (layout_) g_object_unref(layout_);
}

void TextBlock::build(const Typesetter& ts, const std::string& text, void* attrs,
                      const TextStyle& style, int max_lines) {
    layout_ = pango_layout_new(ts.context());
    PangoFontDescription* font = pango_font_description_from_string(Typesetter::family);
    pango_font_description_set_absolute_size(font, pango_units(style.size));
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout_, font);
    pango_font_description_free(font);
    // Long words (URLs, German compounds) break between characters rather than run out.
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_width(layout_, pango_units(std::max(width_, 1.0)));
    pango_layout_set_alignment(layout_, style.align == Align::center  ? PANGO_ALIGN_CENTER
                                        : style.align == Align::right ? PANGO_ALIGN_RIGHT
                                                                      : PANGO_ALIGN_LEFT);
    if (style.leading != 1.0)
        pango_layout_set_line_spacing(layout_, static_cast<float>(style.leading));
    if (max_lines > 0) {
        pango_layout_set_ellipsize(layout_, PANGO_ELLIPSIZE_END);
        pango_layout_set_height(layout_, -max_lines);
    }
    // The colour of the paragraph is an attribute too, so that drawing never depends on the
    // source colour a caller left on the context.
    PangoAttrList* list =
        attrs ? pango_attr_list_copy(static_cast<PangoAttrList*>(attrs)) : pango_attr_list_new();
    PangoAttribute* fg = pango_attr_foreground_new(channel(style.color.r), channel(style.color.g),
                                                   channel(style.color.b));
    fg->start_index = 0;
    fg->end_index = PANGO_ATTR_INDEX_TO_TEXT_END;
    pango_attr_list_insert_before(list, fg);  // spans' own colours win
    pango_layout_set_text(layout_, text.data(), static_cast<int>(text.size()));
    pango_layout_set_attributes(layout_, list);
    pango_attr_list_unref(list);
    measure();
}

void TextBlock::measure() {
    lines_.clear();
    if (pango_layout_get_character_count(layout_) == 0) return;
    PangoLayoutIter* it = pango_layout_get_iter(layout_);
    do {
        int y0 = 0, y1 = 0;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        // A line's logical x carries its alignment within the layout's width.
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        lines_.push_back({points(y0), points(y1 - y0), points(pango_layout_iter_get_baseline(it)),
                          points(logical.x)});
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
}

double TextBlock::height() const {
    if (lines_.empty() || drawn_nothing_) return 0;
    return lines_.back().top + lines_.back().height;
}

double TextBlock::ink_width() const {
    PangoRectangle logical;
    pango_layout_get_extents(layout_, nullptr, &logical);
    return points(logical.width);
}

bool TextBlock::ellipsized() const {
    return pango_layout_is_ellipsized(layout_);
}

double TextBlock::fit_height(double h) {
    if (height() <= h) return height();
    int fit = 0;
    while (fit < line_count() && line_top(fit) + line_height(fit) <= h) ++fit;
    if (fit == 0) {
        drawn_nothing_ = true;
        return 0;
    }
    pango_layout_set_ellipsize(layout_, PANGO_ELLIPSIZE_END);
    pango_layout_set_height(layout_, -fit);
    measure();
    return height();
}

void TextBlock::draw(cairo_t* cr, double x, double y) const {
    for (int i = 0; i < line_count(); ++i) draw_line(cr, i, x, y + line_top(i));
}

void TextBlock::draw_line(cairo_t* cr, int i, double x, double y) const {
    if (drawn_nothing_ || i < 0 || i >= line_count()) return;
    const Line& l = lines_[static_cast<std::size_t>(i)];
    cairo_move_to(cr, x + l.x, y + (l.baseline - l.top));
    pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(layout_, i));
}

}  // namespace summitry::render
