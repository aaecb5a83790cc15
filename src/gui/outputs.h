// SPDX-License-Identifier: MIT
#pragma once
// What the planner makes for the event, from File > Export and File > Print: the programme
// and the speakers' list (PDF, HTML), the agenda and the speakers as CSV, calendars
// (iCalendar), frab XML and c3voc JSON. One job shape for all (KiCad's JOB): the dialog fills
// it, export_file() writes it with the same core writers as summitry-cli, in the background.

#include <functional>
#include <string>
#include <vector>

#include "model/event.h"
#include "views/programme.h"

namespace summitry::gui {

class Planner;

enum class OutputKind {
    programme_pdf,
    programme_html,
    speakers_pdf,
    speakers_html,
    speakers_csv,
    agenda_csv,
    ics,
    frab,
    json,
};

// Which of the job's options an output reads (the dialog shows only those).
struct OutputKindInfo {
    OutputKind kind;
    const char* label;      // English; translated where shown
    const char* extension;  // ".pdf"
    bool paper = false;     // paper size
    bool audience = false;  // attendees, or the staff's run-sheet
    bool filter = false;    // one person's, track's or room's sessions
    bool include_private = false;
};
const std::vector<OutputKindInfo>& output_kinds();
const OutputKindInfo& output_kind_info(OutputKind kind);

struct OutputJob {
    OutputKind kind = OutputKind::programme_pdf;
    std::string path;  // written atomically; nothing is written when it fails or is cancelled
    std::string lang;  // empty: the event's first language
    Paper paper = Paper::a4;
    Audience audience = Audience::attendees;
    bool include_private = false;
    Index person = no_index, track = no_index, room = no_index;  // at most one
};

// The output as bytes, on any thread. `progress` gets the share done (0..1); when it returns
// false the work stops and nullopt comes back. Throws ExportError, TemplateError and the
// like with the organizer's reason. What a format could not hold as the event says it (a url
// repaired or left out) is added to `warnings`.
std::optional<std::string> make_output(const Event& event, const OutputJob& job,
                                       const std::function<bool(double done)>& progress,
                                       Diagnostics& warnings);

// Writes the job's file from the open event, in the background (keep_going: see
// run_in_background). "" when written or cancelled (`cancelled` then says which), else why not.
// `warnings` gets what the file could not hold as the event says it.
std::string export_file(Planner& planner, const OutputJob& job,
                        const std::function<bool(double done)>& keep_going, Diagnostics& warnings,
                        bool* cancelled = nullptr);

}  // namespace summitry::gui
