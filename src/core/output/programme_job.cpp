// SPDX-License-Identifier: MIT
#include "output/jobs.h"
#include "output/pdf_pages.h"
#include "render/programme_pdf.h"
#include "views/programme_html.h"

namespace summitry {

JobResult run_programme(const Event& event, const ProgrammeJob& job, std::ostream& out,
                        const JobProgress& progress) {
    const ProgrammeRequest request{
        job.select.lang, job.paper,
        job.select.include_private ? Audience::staff : Audience::attendees, job.template_path,
        job.now};
    if (job.format == ProgrammeJob::Format::html) {
        write_programme_html(event, request, out);
        return {};
    }
    return {output_detail::write_pdf_pages(render::build_programme(event, request), out, progress),
            {}};
}

}  // namespace summitry
