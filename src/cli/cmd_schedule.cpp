// SPDX-License-Identifier: MIT
// summitry-cli schedule FILE -o OUT.yaml [--time-limit S] [--seed N] [--repair] [--since NAME]
// Places the unscheduled sessions (and with --repair moves as few sessions as it can out of hard
// conflicts), writes the event with only the changed lines touched, and reports what it did.
// --since NAME prefers where release NAME had each session, and counts moves against it.
// Exit 0 when every session is placed and no hard conflict is left; 1 when some could not be
// placed or freed (the file is written anyway, with what fits) or the input has errors.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "check/rule.h"
#include "common.h"
#include "edit/document.h"
#include "io/atomic_file.h"
#include "plan/schedule.h"
#include "plan/write.h"
#include "util/terminal.h"
#include "versions/release.h"

namespace summitry::cli {

namespace {

struct ScheduleCliOptions {
    std::string file, output;
    double time_limit = 30;
    std::uint64_t seed = 1;
    bool repair = false;
    bool confine = false;
    std::string since;
};

// Where release `name` of `file` had each session of `current`: its room (by "venue/room") and
// start, where both are still there.
std::vector<std::optional<ReleasedPlace>> released_places(const std::string& file,
                                                          const std::string& name,
                                                          const Event& current) {
    const LoadResult release = [&] {
        try {
            return versions::load_release(file, name);
        } catch (const versions::ReleaseError& e) {
            throw Failure{Exit::usage, "--since " + name + ": " + e.what()};
        }
    }();
    const Event& old = release.event;
    std::vector<std::optional<ReleasedPlace>> out(current.sessions.size());
    for (std::size_t i = 0; i < current.sessions.size(); ++i) {
        const Index s = old.find_session(current.sessions[i].id);
        if (s == no_index) continue;
        const Session& was = old.sessions[static_cast<std::size_t>(s)];
        if (!was.scheduled() || was.cancelled()) continue;
        const Index room =
            current.find_room(old.rooms[static_cast<std::size_t>(was.room)].qualified);
        if (room < 0) continue;
        out[i] = ReleasedPlace{room, *was.start};
    }
    return out;
}

int run_schedule(const ScheduleCliOptions& o) {
    // `-o` the event file itself: an edit of the event, saved as `set` saves (locked, with a
    // backup, another program's changes kept); any other file is an output.
    std::error_code ec;
    const bool into_event = o.output != "-" && std::filesystem::equivalent(o.output, o.file, ec);
    std::optional<FileLock> lock;
    if (into_event) lock.emplace(lock_for_edit(o.file));
    EventDocument doc = open_for_edit(o.file, "scheduling it", o.confine);
    ScheduleOptions options;
    options.time_limit_seconds = o.time_limit;
    options.seed = o.seed;
    options.repair = o.repair;
    if (!o.since.empty()) {
        options.released = released_places(o.file, o.since, doc.event());
        options.released_name = o.since;
    }
    const ScheduleResult result = schedule_event(doc.event(), options);
    const WriteStats written = write_schedule(doc, result);
    // The result as the checks see it: the conflicts of the written file.
    int hard = 0;
    for (const Diagnostic& d : doc.diagnostics().items())
        if (is_hard_rule(d.rule)) ++hard;
    std::ostream& report = o.output == "-" ? std::cerr : std::cout;
    // The report names people and features of the file: no escape sequences from them.
    report << terminal_text(format_report(doc.event(), result), LineBreaks::keep);
    report << "written with " << (written.fast_path ? "one edit" : "one edit per session") << " in "
           << written.seconds << " s; the checks find " << hard << " hard conflict"
           << (hard == 1 ? "" : "s") << " in the result"
           << (hard > 0 && !o.repair ? " (run with --repair to move sessions out of them)" : "")
           << '\n';
    if (into_event)
        save_edited(doc);
    else
        write_output(o.output, inputs_of(doc.event()),
                     [&](std::ostream& out) { out << doc.text(); });
    if (!into_event && doc.event().files.size() > 1)
        report << "note: only " << terminal_text(o.file) << " is written to "
               << terminal_text(o.output) << "; placements in included files are not written\n";
    return result.unplaced.empty() && hard == 0 ? Exit::ok : Exit::has_errors;
}

}  // namespace

void add_schedule(CLI::App& app, Action& run) {
    auto o = std::make_shared<ScheduleCliOptions>();
    CLI::App* cmd = app.add_subcommand(
        "schedule",
        "Place unscheduled sessions; with --repair, also move as few as possible out of conflicts");
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("-o,--output", o->output,
                    "Where to write the scheduled event (- for standard output)")
        ->required();
    cmd->add_option("--time-limit", o->time_limit,
                    "Stop searching after this many seconds (default 30)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--seed", o->seed,
                    "Seed of the search: the same seed gives the same schedule (default 1)");
    cmd->add_flag("--repair", o->repair,
                  "Also move placed sessions (never pinned ones) out of hard conflicts");
    cmd->add_option("--since", o->since,
                    "Prefer where release NAME had each session: a session moved back there "
                    "costs nothing, and the report counts moves against it");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return run_schedule(*o); }; });
}

}  // namespace summitry::cli
