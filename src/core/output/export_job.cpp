// SPDX-License-Identifier: MIT
#include <stdexcept>

#include "formats/formats.h"
#include "output/jobs.h"

namespace summitry {

JobResult run_export(const Event& event, const ExportJob& job, std::ostream& out) {
    const ExportFormat* format = find_export_format(job.format);
    if (format == nullptr) throw std::invalid_argument("no export format '" + job.format + "'");
    ExportRequest request;
    static_cast<SessionSelection&>(request) = job.select;
    request.now = job.now;
    request.release = job.release;
    return {true, format->write(event, request, out)};
}

}  // namespace summitry
