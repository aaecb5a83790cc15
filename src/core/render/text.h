// SPDX-License-Identifier: MIT
#pragma once
// The text layer under every printed page: paragraphs shaped by pango, wrapped to a width,
// measured once and drawn on any cairo context (a PDF page, a PNG, an SVG, the planner's printer).
// Units are PostScript points; a page's cairo context draws one point per user unit.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

typedef struct _cairo cairo_t;
typedef struct _PangoContext PangoContext;
typedef struct _PangoLayout PangoLayout;

namespace summitry::render {

struct Rect {
    double x = 0, y = 0, w = 0, h = 0;
    double right() const { return x + w; }
    double bottom() const { return y + h; }
};

struct Color {
    double r = 0, g = 0, b = 0;
    // "#rrggbb"; nullopt for anything else.
    static std::optional<Color> parse(std::string_view hex);
    // This colour moved towards `other` by t (0: this, 1: other): tints and shades.
    Color mix(Color other, double t) const;
    double luminance() const { return 0.2126 * r + 0.7152 * g + 0.0722 * b; }
};

void set_color(cairo_t* cr, Color c);

inline constexpr Color black{0.10, 0.10, 0.12};
inline constexpr Color grey{0.38, 0.39, 0.42};
inline constexpr Color light_grey{0.80, 0.81, 0.83};
inline constexpr Color white{1, 1, 1};

enum class Align { left, center, right };

struct TextStyle {
    double size = 9.5;  // points
    bool bold = false;
    bool italic = false;
    Color color = black;
    Align align = Align::left;
    double leading = 1.0;  // line spacing as a factor of the font's own
};

// A run of text with its own look, inside a paragraph.
struct Span {
    std::string text;
    bool bold = false;
    bool italic = false;
    std::optional<Color> color = std::nullopt;
    double scale = 1.0;  // of the paragraph's size
};
using Rich = std::vector<Span>;

// The fonts and the shaping context. Noto Sans, with DejaVu Sans behind it, covers the Latin,
// Greek and Cyrillic scripts of every European language. Metrics are unhinted, so that a
// paragraph measures the same on a PDF page, a PNG and a printer.
class Typesetter {
public:
    Typesetter();
    ~Typesetter();
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;
    PangoContext* context() const { return context_; }
    static constexpr const char* family = "Noto Sans, DejaVu Sans";

private:
    PangoContext* context_ = nullptr;
};

// One paragraph wrapped to a width. With `max_lines` (or a height given to fit_height), the
// last line that fits ends with an ellipsis: the text never runs past its box.
class TextBlock {
public:
    TextBlock(const Typesetter& ts, const Rich& text, const TextStyle& style, double width,
              int max_lines = 0);
    TextBlock(const Typesetter& ts, std::string_view text, const TextStyle& style, double width,
              int max_lines = 0);
    ~TextBlock();
    TextBlock(const TextBlock&) = delete;
    TextBlock& operator=(const TextBlock&) = delete;

    double width() const { return width_; }  // the box width it was wrapped to
    double height() const;                   // of all its lines
    double ink_width() const;                // of its widest line
    int line_count() const { return static_cast<int>(lines_.size()); }
    double line_top(int i) const { return lines_[static_cast<std::size_t>(i)].top; }
    double line_height(int i) const { return lines_[static_cast<std::size_t>(i)].height; }
    // Keeps only the lines that fit in `height`, the last of them ellipsized; returns the new
    // height (0 when not even one line fits: then nothing is drawn).
    double fit_height(double height);
    bool ellipsized() const;

    // Draws the whole paragraph with its top-left corner at (x, y).
    void draw(cairo_t* cr, double x, double y) const;
    // Draws line i alone with the top of that line at y: a paragraph split across pages.
    void draw_line(cairo_t* cr, int i, double x, double y) const;

private:
    struct Line {
        double top, height, baseline, x;
    };
    void build(const Typesetter& ts, const std::string& text, void* attrs, const TextStyle& style,
               int max_lines);
    void measure();
    PangoLayout* layout_ = nullptr;
    double width_;
    std::vector<Line> lines_;
    bool drawn_nothing_ = false;
};

using Block = std::shared_ptr<TextBlock>;

}  // namespace summitry::render
