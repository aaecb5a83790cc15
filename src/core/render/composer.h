// SPDX-License-Identifier: MIT
#pragma once
// Composing a document out of flowing sections: a section is a list of lines and small blocks,
// broken into pages (or the columns of pages) by paginate(), with running headers and page
// numbers added once every page exists. Internal to render/.

#include <functional>
#include <string>
#include <vector>

#include "render/document.h"
#include "render/flow.h"
#include "render/text.h"

namespace summitry::render {

// The page's furniture, in points from the page's edges.
struct PageFrame {
    PageSize size;
    double margin_x = 56;    // body, header and footer share it: one left edge for everything
    double header_top = 34;  // the running header's text
    double body_top = 66;
    double body_bottom = 62;    // from the bottom edge
    double footer_bottom = 34;  // the page number's baseline region, from the bottom edge
    Rect body() const {
        return {margin_x, body_top, size.w - 2 * margin_x, size.h - body_top - body_bottom};
    }
};

PageFrame portrait(PageSize paper);
PageFrame landscape(PageSize paper);

// One entry of a flowing section: its height and how it breaks, and how to draw it once placed.
struct FlowEntry {
    FlowItem flow;
    // Draws at the item's top-left corner in its column.
    std::function<void(cairo_t*, double x, double y)> draw;
    std::function<void(int page)> placed;  // told the page number (1-based) it landed on
};

class Composer {
public:
    Composer(Document& doc, const Typesetter& ts, std::string lang);
    const Typesetter& ts() const { return ts_; }
    const std::string& lang() const { return lang_; }
    Document& doc() { return doc_; }

    // A page drawn by the caller; `running` is the right-hand running header (none: no header
    // and no number, for the cover).
    Page& fixed_page(const PageFrame& frame, std::string running, bool numbered = true);

    // Lays `entries` out in `columns` columns of frame's body, from a new page.
    void flow(const PageFrame& frame, const std::vector<FlowEntry>& entries, int columns,
              const std::string& running, const std::vector<std::string>& running_per_entry = {});

    // Adds the running headers and page numbers; call once, after the last page.
    void finish(const std::string& header_left, const std::string& footer_left);

private:
    struct Furniture {
        std::string running;
        bool numbered;
        PageFrame frame;
    };
    Document& doc_;
    const Typesetter& ts_;
    std::string lang_;
    std::vector<Furniture> furniture_;
};

// The lines of a paragraph as flow entries. `glue` keeps all lines together; otherwise only
// the first two and the last two (no orphans, no widows). `keep_last` glues the last line to
// what follows.
void add_lines(std::vector<FlowEntry>& out, const Block& block, double x_offset,
               double space_before, bool glue, bool keep_last);

}  // namespace summitry::render
