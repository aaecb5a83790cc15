// SPDX-License-Identifier: MIT
// The agenda's part of the dispatcher (output/jobs.h), alone in its object file: summitry-cli
// runs it without linking the other outputs.
#include "output/jobs.h"
#include "views/agenda.h"

namespace summitry {

JobResult run_agenda(const Event& event, const AgendaJob& job, std::ostream& out) {
    AgendaQuery query;
    static_cast<SessionSelection&>(query) = job.select;
    write_agenda(out, build_agenda(event, query), job.format);
    return {};
}

}  // namespace summitry
