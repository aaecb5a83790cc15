// SPDX-License-Identifier: MIT
#pragma once
// What the planner makes for the event, from File > Export: the programme and the speakers'
// list (PDF, HTML), the agenda and the speakers as CSV, calendars (iCalendar), frab XML and
// c3voc JSON. Each is a job of the core (output/jobs.h), the one summitry-cli fills from its
// options: the dialog fills it, export_file() runs it with the core's dispatcher, in the
// background, and writes the file.

#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "output/jobs.h"

namespace summitry::gui {

class Planner;

// One line of the Export dialog's list: the job it starts from, and which of the dialog's
// options that job reads (the dialog shows only those).
struct OutputChoice {
    const char* label;      // English; translated where shown
    OutputJob job;          // before the dialog's options
    bool paper = false;     // paper size
    bool audience = false;  // attendees, or the staff's run-sheet (the selection's private flag)
    bool filter = false;    // one person's, track's or room's sessions
    bool include_private = false;
};
const std::vector<OutputChoice>& output_choices();
// The line of the list that makes `job`'s output (the first line when none does).
const OutputChoice& output_choice(const OutputJob& job);

// Writes `path` with `job`'s output for the open event, in the background (keep_going: see
// run_in_background). "" when written or cancelled (`cancelled` then says which), else why not.
// `warnings` gets what the file could not hold as the event says it.
std::string export_file(Planner& planner, const OutputJob& job, const std::string& path,
                        const std::function<bool(double done)>& keep_going, Diagnostics& warnings,
                        bool* cancelled = nullptr);

}  // namespace summitry::gui
