// SPDX-License-Identifier: MIT
// summitry-cli agenda FILE [--day D] [--room R] [--track T] [--person P] [--format ...]
#include <CLI/CLI.hpp>
#include <memory>

#include "common.h"
#include "output/jobs.h"

namespace summitry::cli {

namespace {

struct AgendaOptions {
    std::string file, day, room, track, person, format = "text", lang, output;
    bool include_private = false;
    bool force = false;
    bool confine = false;
};

int agenda_command(const AgendaOptions& o) {
    const LoadResult r = load_for_output(o.file, o.force, o.confine);
    const Event& ev = r.event;
    AgendaJob job;
    SessionSelection& q = job.select;
    q.lang = checked_language(ev, o.lang);
    q.include_private = o.include_private;
    if (!o.day.empty()) {
        q.day = parse_date(o.day);
        if (!q.day) throw Failure{Exit::usage, "--day '" + o.day + "' is not a date (YYYY-MM-DD)"};
    }
    if (!o.room.empty()) {
        // A venue's id lists all its rooms.
        const Index room = ev.find_room(o.room);
        const Index venue = ev.find_venue(o.room);
        if (room >= 0)
            q.room = room;
        else if (venue >= 0)
            q.venue = venue;
        else
            find_or_fail("room or venue", o.room, room, ev.rooms);
    }
    if (!o.track.empty())
        q.track = find_or_fail("track", o.track, ev.find_track(o.track), ev.tracks);
    if (!o.person.empty())
        q.person = find_or_fail("person", o.person, ev.find_person(o.person), ev.people);
    job.format = *agenda_format_from(o.format);
    // The agenda's own run, not the dispatcher (run_job): summitry-cli links no other output.
    write_output(o.output, inputs_of(ev), [&](std::ostream& out) { run_agenda(ev, job, out); });
    return Exit::ok;
}

}  // namespace

void add_agenda(CLI::App& app, Action& run) {
    auto o = std::make_shared<AgendaOptions>();
    CLI::App* cmd = app.add_subcommand("agenda", "Print the agenda in time order, filtered");
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("--day", o->day, "Only this programme day (YYYY-MM-DD)");
    cmd->add_option("--room", o->room, "Only this room (room, venue/room) or venue");
    cmd->add_option("--track", o->track, "Only this track");
    cmd->add_option("--person", o->person, "Only the sessions this person takes part in");
    cmd->add_option("--format", o->format, "text, markdown, csv or json")
        ->check(CLI::IsMember({"text", "markdown", "md", "csv", "json"}));
    cmd->add_option("--lang", o->lang, "Language of the texts (default: the event's first)");
    cmd->add_option("-o,--output", o->output,
                    "Write to this file (atomically); '-' for standard output");
    cmd->add_flag("--include-private", o->include_private, "List private sessions too");
    cmd->add_flag("--force", o->force, "Print even if the event has errors");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return agenda_command(*o); }; });
}

}  // namespace summitry::cli
