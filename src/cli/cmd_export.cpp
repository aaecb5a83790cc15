// SPDX-License-Identifier: MIT
// summitry-cli export FORMAT FILE [-o OUT] [--person P|--track T|--room R] [--include-private]
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "common.h"
#include "diag/format.h"
#include "formats/formats.h"
#include "output/jobs.h"
#include "versions/diff.h"
#include "versions/release.h"

namespace summitry::cli {

namespace {

struct ExportOptions {
    std::string format, file, output, person, track, room, lang;
    bool include_private = false;
    bool force = false;
    bool confine = false;
};

// The version the export carries: the latest release's name, "NAME+" (the formats add a digest)
// when the event changed since it; "" when there is none (docs/versions.md).
std::string latest_release(const std::string& file, const Event& ev) {
    try {
        const auto list = versions::list_releases(file);
        if (list.empty()) return {};
        const LoadResult released = versions::load_release(file, list.back().name);
        const bool same =
            versions::diff_events(released.event, ev, versions::Audience::staff).empty();
        return list.back().name + (same ? "" : "+");
    } catch (const versions::ReleaseError& e) {
        throw Failure{Exit::usage, e.what()};
    }
}

int export_command(const ExportOptions& o) {
    const ExportFormat* format = find_export_format(o.format);
    if (format == nullptr) throw Failure{Exit::usage, "no export format '" + o.format + "'"};
    if (!o.person.empty() + !o.track.empty() + !o.room.empty() > 1)
        throw Failure{Exit::usage, "give one of --person, --track and --room"};
    const LoadResult r = load_for_output(o.file, o.force, o.confine);
    const Event& ev = r.event;
    ExportJob job;
    job.format = o.format;
    SessionSelection& req = job.select;
    req.lang = checked_language(ev, o.lang);
    req.include_private = o.include_private;
    if (!o.person.empty())
        req.person = find_or_fail("person", o.person, ev.find_person(o.person), ev.people);
    if (!o.track.empty())
        req.track = find_or_fail("track", o.track, ev.find_track(o.track), ev.tracks);
    if (!o.room.empty()) req.room = find_or_fail("room", o.room, ev.find_room(o.room), ev.rooms);
    job.release = latest_release(o.file, ev);
    ExportWarnings warnings;
    try {
        write_output(o.output, inputs_of(ev),
                     [&](std::ostream& out) { warnings = run_job(ev, job, out).warnings; });
    } catch (const ExportError& e) {
        // The event is valid but this format cannot hold all of it: the organizer's to fix.
        throw Failure{Exit::has_errors,
                      "cannot export '" + o.file + "' as " + o.format + ": " + e.what()};
    }
    // Written; what the format could not hold as the event says it is said, at its place in
    // the event file.
    warnings.sort();
    write_diagnostics_text(std::cerr, warnings, ev.files);
    return Exit::ok;
}

}  // namespace

void add_export(CLI::App& app, Action& run) {
    auto o = std::make_shared<ExportOptions>();
    std::vector<std::string> names;
    std::string help = "Format:";
    for (const auto& f : export_formats()) {
        names.emplace_back(f.name);
        help += " " + std::string(f.name) + " (" + std::string(f.description) + ")";
    }
    CLI::App* cmd =
        app.add_subcommand("export", "Export the event for calendars and conference apps");
    cmd->add_option("FORMAT", o->format, help)->required()->check(CLI::IsMember(names));
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("-o,--output", o->output,
                    "Write to this file (atomically); '-' for standard output");
    cmd->add_option("--person", o->person, "Only the sessions this person takes part in");
    cmd->add_option("--track", o->track, "Only this track's sessions");
    cmd->add_option("--room", o->room, "Only this room's sessions");
    cmd->add_option("--lang", o->lang, "Language of the texts (default: the event's first)");
    cmd->add_flag("--include-private", o->include_private,
                  "Private sessions and contact details too");
    cmd->add_flag("--force", o->force, "Export even if the event has errors");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return export_command(*o); }; });
}

}  // namespace summitry::cli
