// SPDX-License-Identifier: MIT
#include <stdexcept>

#include "output/jobs.h"

namespace summitry {

JobResult run_day_grid(const Event& event, const DayGridJob& job, std::ostream& out) {
    if (!job.select.day)
        throw std::invalid_argument("a day grid is drawn for one day: none is given");
    GridRequest request;
    request.lang = job.select.lang;
    request.include_private = job.select.include_private;
    request.scale = job.scale;
    request.paper = job.paper;
    render_day_grid(event, *job.select.day, request, out, job.format);
    return {};
}

}  // namespace summitry
