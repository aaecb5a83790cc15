// SPDX-License-Identifier: MIT
#include "outputs.h"

#include <wx/translation.h>

#include <exception>
#include <optional>
#include <sstream>

#include "background.h"
#include "commands.h"
#include "io/atomic_file.h"
#include "planner.h"

namespace summitry::gui {

const std::vector<OutputChoice>& output_choices() {
    using P = ProgrammeJob::Format;
    using S = SpeakersJob::Format;
    static const std::vector<OutputChoice> choices = {
        {.label = wxTRANSLATE("Programme (PDF)"),
         .job = ProgrammeJob{.format = P::pdf},
         .paper = true,
         .audience = true},
        {.label = wxTRANSLATE("Programme (HTML)"),
         .job = ProgrammeJob{.format = P::html},
         .paper = true,
         .audience = true},
        {.label = wxTRANSLATE("Speakers' list (PDF)"),
         .job = SpeakersJob{.format = S::pdf},
         .include_private = true},
        {.label = wxTRANSLATE("Speakers' list (HTML)"),
         .job = SpeakersJob{.format = S::html},
         .include_private = true},
        {.label = wxTRANSLATE("Speakers' list (CSV)"),
         .job = SpeakersJob{.format = S::csv},
         .include_private = true},
        {.label = wxTRANSLATE("Agenda (CSV)"),
         .job = AgendaJob{.format = AgendaFormat::csv},
         .filter = true,
         .include_private = true},
        {.label = wxTRANSLATE("Calendar (iCalendar)"),
         .job = ExportJob{.format = "ics"},
         .filter = true,
         .include_private = true},
        {.label = wxTRANSLATE("frab schedule (XML)"),
         .job = ExportJob{.format = "frab"},
         .filter = true,
         .include_private = true},
        {.label = wxTRANSLATE("c3voc schedule (JSON)"),
         .job = ExportJob{.format = "json"},
         .filter = true,
         .include_private = true},
    };
    return choices;
}

const OutputChoice& output_choice(const OutputJob& job) {
    for (const OutputChoice& c : output_choices())
        if (same_output(c.job, job)) return c;
    return output_choices().front();
}

std::string export_file(Planner& planner, const OutputJob& job, const std::string& path,
                        const std::function<bool(double done)>& keep_going, Diagnostics& warnings,
                        bool* cancelled) {
    if (cancelled) *cancelled = false;
    if (std::string why = not_ready_for_output(planner); !why.empty()) return why;
    std::optional<std::string> bytes;
    try {
        const Event& event = planner.event();
        run_in_background(
            [&](const Progress& progress) {
                std::ostringstream out;
                JobResult r = run_job(event, job, out, progress);
                warnings.append(std::move(r.warnings));
                if (r.finished) bytes = std::move(out).str();
            },
            keep_going);
        if (!bytes) {
            if (cancelled) *cancelled = true;
            return {};
        }
        // Never over the event file or one of its includes.
        WriteFileOptions options;
        for (std::uint32_t f = 0; f < event.files.size(); ++f)
            options.inputs.emplace_back(event.files.path(f));
        write_file(path, *bytes, options);
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

}  // namespace summitry::gui
