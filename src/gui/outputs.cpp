// SPDX-License-Identifier: MIT
#include "outputs.h"

#include <wx/translation.h>

#include <exception>
#include <sstream>

#include "background.h"
#include "commands.h"
#include "formats/formats.h"
#include "io/atomic_file.h"
#include "planner.h"
#include "render/programme_pdf.h"
#include "views/agenda.h"
#include "views/agenda_format.h"
#include "views/programme_html.h"
#include "views/speakers.h"

namespace summitry::gui {

const std::vector<OutputKindInfo>& output_kinds() {
    using K = OutputKind;
    static const std::vector<OutputKindInfo> kinds = {
        {.kind = K::programme_pdf, .label = wxTRANSLATE("Programme (PDF)"), .extension = ".pdf",
         .paper = true, .audience = true},
        {.kind = K::programme_html, .label = wxTRANSLATE("Programme (HTML)"),
         .extension = ".html", .paper = true, .audience = true},
        {.kind = K::speakers_pdf, .label = wxTRANSLATE("Speakers' list (PDF)"),
         .extension = ".pdf", .include_private = true},
        {.kind = K::speakers_html, .label = wxTRANSLATE("Speakers' list (HTML)"),
         .extension = ".html", .include_private = true},
        {.kind = K::speakers_csv, .label = wxTRANSLATE("Speakers' list (CSV)"),
         .extension = ".csv", .include_private = true},
        {.kind = K::agenda_csv, .label = wxTRANSLATE("Agenda (CSV)"), .extension = ".csv",
         .filter = true, .include_private = true},
        {.kind = K::ics, .label = wxTRANSLATE("Calendar (iCalendar)"), .extension = ".ics",
         .filter = true, .include_private = true},
        {.kind = K::frab, .label = wxTRANSLATE("frab schedule (XML)"), .extension = ".xml",
         .filter = true, .include_private = true},
        {.kind = K::json, .label = wxTRANSLATE("c3voc schedule (JSON)"), .extension = ".json",
         .filter = true, .include_private = true},
    };
    return kinds;
}

const OutputKindInfo& output_kind_info(OutputKind kind) {
    for (const OutputKindInfo& k : output_kinds())
        if (k.kind == kind) return k;
    return output_kinds().front();
}

namespace {

ProgrammeRequest programme_request(const OutputJob& job) {
    ProgrammeRequest r;
    r.lang = job.lang;
    r.paper = job.paper;
    r.audience = job.audience;
    return r;
}

// The PDF writers: the pages are laid out (the first tenth of the work), then written page by
// page, each page a step of the progress.
std::optional<std::string> pdf(const render::Document& doc,
                               const std::function<bool(double)>& progress) {
    std::ostringstream out;
    const bool finished = render::write_pdf(doc, out, [&](int done, int pages) {
        return progress(0.1 + 0.9 * done / pages);
    });
    if (!finished) return std::nullopt;
    return std::move(out).str();
}

// The job's choice of sessions (one person's, track's or room's; private or not), on an export
// request or an agenda query alike.
template <typename Request>
void narrow(Request& r, const OutputJob& job) {
    r.include_private = job.include_private;
    r.person = job.person;
    r.track = job.track;
    r.room = job.room;
}

std::optional<std::string> export_format(const Event& event, const OutputJob& job,
                                         std::string_view name, Diagnostics& warnings) {
    ExportRequest r;
    r.lang = job.lang;
    narrow(r, job);
    std::ostringstream out;
    warnings.append(find_export_format(name)->write(event, r, out));
    return std::move(out).str();
}

}  // namespace

std::optional<std::string> make_output(const Event& event, const OutputJob& job,
                                       const std::function<bool(double done)>& progress,
                                       Diagnostics& warnings) {
    if (!progress(0)) return std::nullopt;
    std::ostringstream out;
    switch (job.kind) {
    case OutputKind::programme_pdf:
        return pdf(render::build_programme(event, programme_request(job)), progress);
    case OutputKind::speakers_pdf: {
        ProgrammeRequest r = programme_request(job);
        r.audience = job.include_private ? Audience::staff : Audience::attendees;
        return pdf(render::build_speakers_list(event, r), progress);
    }
    case OutputKind::programme_html:
        write_programme_html(event, programme_request(job), out);
        break;
    case OutputKind::speakers_html:
        write_speakers_html(event, {job.lang, job.include_private, job.paper, {}, {}}, out);
        break;
    case OutputKind::speakers_csv:
        write_speakers(out, build_speakers(event, {job.lang, job.include_private}),
                       SpeakersFormat::csv);
        break;
    case OutputKind::agenda_csv: {
        AgendaQuery q;
        q.lang = job.lang;
        narrow(q, job);
        write_agenda(out, build_agenda(event, q), *agenda_format_from("csv"));
        break;
    }
    case OutputKind::ics: return export_format(event, job, "ics", warnings);
    case OutputKind::frab: return export_format(event, job, "frab", warnings);
    case OutputKind::json: return export_format(event, job, "json", warnings);
    }
    return std::move(out).str();
}

std::string export_file(Planner& planner, const OutputJob& job,
                        const std::function<bool(double done)>& keep_going, Diagnostics& warnings,
                        bool* cancelled) {
    if (cancelled) *cancelled = false;
    if (std::string why = not_ready_for_output(planner); !why.empty()) return why;
    std::optional<std::string> bytes;
    try {
        const Event& event = planner.event();
        run_in_background(
            [&](const Progress& progress) {
                bytes = make_output(event, job, progress, warnings);
            },
            keep_going);
        if (!bytes) {
            if (cancelled) *cancelled = true;
            return {};
        }
        // Never over the event file or one of its includes.
        WriteFileOptions options;
        for (std::uint32_t f = 0; f < event.files.size(); ++f) options.inputs.emplace_back(event.files.path(f));
        write_file(job.path, *bytes, options);
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

}  // namespace summitry::gui
