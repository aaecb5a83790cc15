// SPDX-License-Identifier: MIT
#pragma once
// Internal to output/: laid-out pages written as PDF with a job's progress.

#include <ostream>

#include "output/jobs.h"
#include "render/document.h"

namespace summitry::output_detail {

// The pages are laid out first (the first tenth of the work), then written page by page, each
// page a step of the progress. Returns whether it finished.
inline bool write_pdf_pages(const render::Document& pages, std::ostream& out,
                            const JobProgress& progress) {
    if (!progress) return render::write_pdf(pages, out);
    return render::write_pdf(
        pages, out, [&](int done, int count) { return progress(0.1 + 0.9 * done / count); });
}

}  // namespace summitry::output_detail
