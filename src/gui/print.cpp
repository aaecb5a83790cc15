// SPDX-License-Identifier: MIT
#include "print.h"

#include <cairo.h>
#include <wx/dcmemory.h>
#include <wx/image.h>
#include <wx/msgdlg.h>
#include <wx/printdlg.h>

#include <cmath>
#include <exception>

#include "background.h"
#include "commands.h"
#include "main_frame.h"
#include "render/programme_pdf.h"

namespace summitry::gui {
namespace {

// The printer's settings for the whole session: paper, orientation, printer.
wxPrintData& print_data() {
    static wxPrintData data = [] {
        wxPrintData d;
        d.SetPaperId(wxPAPER_A4);
        return d;
    }();
    return data;
}

// The page as a picture of `size` pixels, for DCs without a cairo context.
wxBitmap page_picture(const render::Document& pages, int index, wxSize size) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, size.x, size.y);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    pages.draw_page(cr, index, render::Rect{0, 0, double(size.x), double(size.y)});
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    wxImage image(size.x, size.y, false);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    unsigned char* rgb = image.GetData();
    for (int y = 0; y < size.y; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = 0; x < size.x; ++x, rgb += 3) {
            rgb[0] = static_cast<unsigned char>(row[x] >> 16);
            rgb[1] = static_cast<unsigned char>(row[x] >> 8);
            rgb[2] = static_cast<unsigned char>(row[x]);
        }
    }
    cairo_surface_destroy(surface);
    return wxBitmap(image);
}

}  // namespace

void draw_page_on(wxDC& dc, const render::Document& pages, int index, const wxRect& area) {
    if (auto* cr = static_cast<cairo_t*>(dc.GetImpl()->GetCairoContext())) {
        // The cairo context is in the DC's user space, whatever wx's scale: its clip is the
        // printable area there. Vector output: the printer gets text, not a picture.
        double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        cairo_clip_extents(cr, &x1, &y1, &x2, &y2);
        if (x2 - x1 > 1 && y2 - y1 > 1 && x2 - x1 < 1e6 && y2 - y1 < 1e6) {
            pages.draw_page(cr, index, render::Rect{x1, y1, x2 - x1, y2 - y1});
            return;
        }
    }
    if (area.width > 0 && area.height > 0)
        dc.DrawBitmap(page_picture(pages, index, area.GetSize()), area.GetPosition());
}

ProgrammePrintout::ProgrammePrintout(std::shared_ptr<const render::Document> pages)
    : wxPrintout(wxString::FromUTF8(pages->title)), pages_(std::move(pages)) {}

bool ProgrammePrintout::OnPrintPage(int page) {
    wxDC* dc = GetDC();
    if (!dc || !HasPage(page)) return false;
    int w = 0, h = 0;
    dc->GetSize(&w, &h);
    draw_page_on(*dc, *pages_, page - 1, wxRect(0, 0, w, h));
    return true;
}

bool ProgrammePrintout::HasPage(int page) {
    return page >= 1 && page <= pages_->page_count();
}

void ProgrammePrintout::GetPageInfo(int* min, int* max, int* from, int* to) {
    *min = *from = 1;
    *max = *to = pages_->page_count();
}

namespace {

// The programme's pages for the open event, laid out in the background; null when cancelled
// or refused (said to the user).
std::shared_ptr<const render::Document> layout(MainFrame& frame) {
    Planner& planner = frame.planner();
    if (const std::string why = not_ready_for_output(planner); !why.empty()) {
        if (planner.has_document())
            wxMessageBox(wxString::FromUTF8(why), _("Print"), wxOK | wxICON_ERROR, &frame);
        return nullptr;
    }
    ProgrammeRequest request;
    request.lang = planner.lang();
    request.paper = print_data().GetPaperId() == wxPAPER_LETTER ? Paper::letter : Paper::a4;
    std::shared_ptr<render::Document> pages;
    try {
        const MainFrame::Busy busy(frame);
        ProgressWindow progress(&frame, _("Print"), _("Laying out the programme..."));
        run_in_background(
            [&](const Progress&) {
                pages = std::make_shared<render::Document>(
                    render::build_programme(planner.event(), request));
            },
            std::ref(progress));
        if (progress.cancelled()) return nullptr;
    } catch (const std::exception& e) {
        wxMessageBox(wxString::FromUTF8(e.what()), _("Print"), wxOK | wxICON_ERROR, &frame);
        return nullptr;
    }
    return pages;
}

}  // namespace

void print_preview(MainFrame& frame) {
    const auto pages = layout(frame);
    if (!pages) return;
    wxPrintDialogData data(print_data());
    auto* preview =
        new wxPrintPreview(new ProgrammePrintout(pages), new ProgrammePrintout(pages), &data);
    if (!preview->IsOk()) {
        delete preview;
        wxMessageBox(_("No print preview: is a printer set up?"), _("Print"), wxOK | wxICON_ERROR,
                     &frame);
        return;
    }
    auto* window = new wxPreviewFrame(preview, &frame, _("Print Preview"), wxDefaultPosition,
                                      frame.FromDIP(wxSize(900, 1000)));
    window->Centre();
    window->Initialize();
    window->Show();
}

void print_programme(MainFrame& frame) {
    const auto pages = layout(frame);
    if (!pages) return;
    wxPrintDialogData data(print_data());
    wxPrinter printer(&data);
    ProgrammePrintout printout(pages);
    if (printer.Print(&frame, &printout, true)) {
        print_data() = printer.GetPrintDialogData().GetPrintData();
        frame.set_message(_("The programme was sent to the printer").utf8_string());
    } else if (wxPrinter::GetLastError() == wxPRINTER_ERROR) {
        wxMessageBox(_("The programme could not be printed."), _("Print"), wxOK | wxICON_ERROR,
                     &frame);
    }
}

void page_setup(MainFrame& frame) {
    wxPageSetupDialogData data(print_data());
    wxPageSetupDialog dialog(&frame, &data);
    if (dialog.ShowModal() == wxID_OK) print_data() = dialog.GetPageSetupData().GetPrintData();
}

}  // namespace summitry::gui
