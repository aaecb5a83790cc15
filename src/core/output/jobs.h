// SPDX-License-Identifier: MIT
#pragma once
// What Summitry makes from an event, as jobs (KiCad's JOB structs): one plain request per output,
// filled by a summitry-cli command from its options or by the planner's Export dialog, and run by
// the same core function for both. Every job names its sessions and its language with the one
// SessionSelection (model/selection.h); each job says which of its fields it reads.
//
// run_job() is the dispatcher. Each output also has a run function of its own, in an object file
// of its own (output/<output>_job.cpp), so that a program that makes only the agenda
// (summitry-cli) links the agenda and not cairo, pango, libical and pugixml, which the
// dispatcher pulls in with every other output.

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>

#include "diag/diagnostic.h"
#include "model/event.h"
#include "model/selection.h"
#include "render/day_grid.h"
#include "views/agenda_format.h"
#include "views/programme.h"

namespace summitry {

// The agenda in time order (views/agenda.h): every field of the selection, unscheduled sessions
// last (none when a day is selected).
struct AgendaJob {
    SessionSelection select{};
    AgendaFormat format = AgendaFormat::text;
};

// The speakers' list (views/speakers.h): the selection's language and include_private (people
// of private sessions, and their contact details).
struct SpeakersJob {
    enum class Format { text, csv, json, html, pdf };
    SessionSelection select{};
    Format format = Format::text;
    Paper paper = Paper::a4;                // HTML and PDF
    std::filesystem::path template_path{};  // HTML: this Mustache template instead of Summitry's
    std::optional<Instant> now{};           // "printed on"; set by tests for stable output
};

// The printed programme (render/programme_pdf.h, views/programme_html.h): the selection's
// language; include_private makes it the staff's run-sheet (Audience::staff: private sessions,
// contacts, set-up), else it is the attendees'.
struct ProgrammeJob {
    enum class Format { pdf, html };
    SessionSelection select{};
    Format format = Format::pdf;
    Paper paper = Paper::a4;
    std::filesystem::path template_path{};  // HTML: this Mustache template instead of Summitry's
    std::optional<Instant> now{};           // "printed on"; set by tests for stable output
    // --changes-since NAME: the event as release NAME had it; the sessions changed since are
    // marked and listed on a page of changes (for the programme's audience).
    std::shared_ptr<const Event> released{};
    std::string released_name{};
};

// One day's grid (render/day_grid.h): the selection's day (required), language and
// include_private.
struct DayGridJob {
    SessionSelection select{};
    ImageFormat format = ImageFormat::png;
    double scale = 1.5;       // PNG: pixels per point
    Paper paper = Paper::a4;  // PDF: landscape pages of this paper
};

// The event in another tool's format (formats/formats.h: ics, frab, json): the selection's
// language, include_private, person, track and room (and venue and day).
struct ExportJob {
    SessionSelection select{};
    std::string format = "ics";    // the name of an export format
    std::optional<Instant> now{};  // DTSTAMP and the like; set by tests for stable output
    std::string release{};         // ExportRequest::release
};

using OutputJob = std::variant<AgendaJob, SpeakersJob, ProgrammeJob, DayGridJob, ExportJob>;

// How far a job is, from 0 to 1; returning false stops it (JobResult::finished is then false).
using JobProgress = std::function<bool(double done)>;

struct JobResult {
    bool finished = true;  // false: stopped by its JobProgress; what was written is a part
    // What the output could not hold as the event says it (an export's repaired or left-out
    // url), at its place in the event file. The output is written all the same.
    Diagnostics warnings;
};

// Runs `job` on `event`, writing the output to `out`. Throws, before writing anything,
// TemplateError (an HTML template that cannot be read or rendered), ExportError (an event the
// format cannot hold) and std::invalid_argument (a day grid without a day or without public
// sessions that day; an export format that does not exist).
JobResult run_job(const Event& event, const OutputJob& job, std::ostream& out,
                  const JobProgress& progress = {});

// The dispatcher's parts, one object file each.
JobResult run_agenda(const Event& event, const AgendaJob& job, std::ostream& out);
JobResult run_speakers(const Event& event, const SpeakersJob& job, std::ostream& out,
                       const JobProgress& progress = {});
JobResult run_programme(const Event& event, const ProgrammeJob& job, std::ostream& out,
                        const JobProgress& progress = {});
JobResult run_day_grid(const Event& event, const DayGridJob& job, std::ostream& out);
JobResult run_export(const Event& event, const ExportJob& job, std::ostream& out);

// The file name extension of the job's output: ".pdf", ".csv", ".ics"...
std::string_view output_extension(const OutputJob& job);

// Whether two jobs make the same output in the same format, whatever their other options.
bool same_output(const OutputJob& a, const OutputJob& b);

}  // namespace summitry
