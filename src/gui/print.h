// SPDX-License-Identifier: MIT
#pragma once
// File > Print and Print Preview: the programme's pages, the very pages of the PDF
// (render/programme_pdf.h), drawn through the cairo context of wx's printer DC. Laying them out
// runs in the background; the pages are then self-contained and drawing one is cheap.

#include <wx/print.h>

#include <memory>

#include "render/document.h"

namespace summitry::gui {

class MainFrame;

class ProgrammePrintout : public wxPrintout {
public:
    explicit ProgrammePrintout(std::shared_ptr<const render::Document> pages);
    bool OnPrintPage(int page) override;  // 1-based, as wx counts
    bool HasPage(int page) override;
    void GetPageInfo(int* min, int* max, int* from, int* to) override;

private:
    std::shared_ptr<const render::Document> pages_;
};

// Draws page `index` (0-based) of `pages` onto `dc`, scaled to fit the rectangle (device
// units) and centred: through the DC's cairo context where it has one (printing on GTK), else
// as a picture drawn at the DC's resolution.
void draw_page_on(wxDC& dc, const render::Document& pages, int index, const wxRect& area);

void print_preview(MainFrame& frame);
void print_programme(MainFrame& frame);
void page_setup(MainFrame& frame);

}  // namespace summitry::gui
