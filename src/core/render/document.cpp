// SPDX-License-Identifier: MIT
#include "render/document.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <stdexcept>

namespace summitry::render {

Page& Document::add_page(PageSize size) {
    pages_.push_back(Page{size, {}});
    return pages_.back();
}

void Document::draw_page(cairo_t* cr, int i, Rect target) const {
    const Page& p = page(i);
    const double scale = std::min(target.w / p.size.w, target.h / p.size.h);
    cairo_save(cr);
    cairo_translate(cr, target.x + (target.w - p.size.w * scale) / 2,
                    target.y + (target.h - p.size.h * scale) / 2);
    cairo_scale(cr, scale, scale);
    cairo_rectangle(cr, 0, 0, p.size.w, p.size.h);
    cairo_clip(cr);
    for (const DrawStep& step : p.steps) {
        cairo_save(cr);
        step(cr);
        cairo_restore(cr);
    }
    cairo_restore(cr);
}

namespace {
cairo_status_t write_to_ostream(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::ostream*>(closure);
    out->write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(length));
    return out->good() ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}
}  // namespace

bool write_pdf(const Document& doc, std::ostream& out, const PageProgress& progress) {
    if (doc.page_count() == 0) throw std::logic_error("a document without pages");
    const PageSize first = doc.page(0).size;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(write_to_ostream, &out, first.w, first.h);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Summitry");
    cairo_t* cr = cairo_create(surface);
    bool stopped = false;
    for (int i = 0; i < doc.page_count(); ++i) {
        const PageSize size = doc.page(i).size;
        // The size applies to the page about to start: set it before the first drawing.
        cairo_pdf_surface_set_size(surface, size.w, size.h);
        doc.draw_page(cr, i, Rect{0, 0, size.w, size.h});
        cairo_show_page(cr);
        if (progress && !progress(i + 1, doc.page_count())) {
            stopped = true;
            break;
        }
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("PDF: ") + cairo_status_to_string(status));
    return !stopped;
}

}  // namespace summitry::render
