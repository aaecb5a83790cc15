// SPDX-License-Identifier: MIT
#pragma once
// A laid-out document: pages of known size, each a list of drawing steps in points. Laying out
// happens once; drawing a page is cheap and needs only a cairo context, so the same pages go to
// a PDF file here and to the planner's print preview and printer later.

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "render/text.h"

namespace summitry::render {

struct PageSize {
    double w = 0, h = 0;  // points
    bool landscape() const { return w > h; }
};

using DrawStep = std::function<void(cairo_t*)>;

struct Page {
    PageSize size;
    std::vector<DrawStep> steps;
    void add(DrawStep step) { steps.push_back(std::move(step)); }
};

class Document {
public:
    Page& add_page(PageSize size);
    int page_count() const { return static_cast<int>(pages_.size()); }
    const Page& page(int i) const { return pages_[static_cast<std::size_t>(i)]; }
    Page& page(int i) { return pages_[static_cast<std::size_t>(i)]; }
    std::string title;  // the PDF's metadata

    // Draws page i into `target` (in the context's user units), scaled to fit and centred:
    // the entry point of a print preview.
    void draw_page(cairo_t* cr, int i, Rect target) const;

private:
    std::vector<Page> pages_;
};

// Called after each page written with the pages done and the pages in all; false stops.
using PageProgress = std::function<bool(int done, int pages)>;

// Writes every page as one PDF (fonts embedded as subsets by cairo). With `progress`, false
// when it said to stop: `out` then holds an unfinished PDF, to be thrown away.
bool write_pdf(const Document& doc, std::ostream& out, const PageProgress& progress = {});

}  // namespace summitry::render
