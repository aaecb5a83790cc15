// SPDX-License-Identifier: MIT
#include "output/jobs.h"
#include "output/pdf_pages.h"
#include "render/programme_pdf.h"
#include "views/programme_html.h"
#include "views/speakers.h"

namespace summitry {

JobResult run_speakers(const Event& event, const SpeakersJob& job, std::ostream& out,
                       const JobProgress& progress) {
    const SessionSelection& s = job.select;
    switch (job.format) {
        case SpeakersJob::Format::html:
            write_speakers_html(
                event, {s.lang, s.include_private, job.paper, job.template_path, job.now}, out);
            return {};
        case SpeakersJob::Format::pdf: {
            // The list of the programme's pages: for the staff when it holds private people.
            const ProgrammeRequest request{
                s.lang, job.paper, s.include_private ? Audience::staff : Audience::attendees,
                {},     job.now,   std::nullopt};
            return {output_detail::write_pdf_pages(render::build_speakers_list(event, request), out,
                                                   progress),
                    {}};
        }
        case SpeakersJob::Format::text:
        case SpeakersJob::Format::csv:
        case SpeakersJob::Format::json: break;
    }
    const SpeakersFormat format = job.format == SpeakersJob::Format::csv    ? SpeakersFormat::csv
                                  : job.format == SpeakersJob::Format::json ? SpeakersFormat::json
                                                                            : SpeakersFormat::text;
    write_speakers(out, build_speakers(event, {s.lang, s.include_private}), format);
    return {};
}

}  // namespace summitry
