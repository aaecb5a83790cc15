// SPDX-License-Identifier: MIT
#pragma once
// What the commands share: loading an event with its diagnostics, exit codes, output files.

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

#include "edit/document.h"
#include "io/event_loader.h"
#include "util/suggest.h"

namespace CLI {
class App;
}

namespace summitry::cli {

// cli.md: 0 done; 1 the event has errors (with --strict, also conflicts); 2 bad usage,
// unreadable or unwritable file.
enum Exit : int { ok = 0, has_errors = 1, usage = 2 };

// Thrown by a command to end with an exit code after printing `message` (if any) to stderr.
struct Failure {
    int code;
    std::string message;
};

// Loads an event for a command that prints or exports it: errors are printed to stderr and end
// the command with exit 1, unless `force`. `confine`: --confine (add_confine_flag).
LoadResult load_for_output(const std::string& path, bool force, bool confine);

// Opens an event to edit it (set, schedule): unreadable → exit 2; errors are printed and end
// with exit 1 ("fix them before `doing`").
EventDocument open_for_edit(const std::string& path, std::string_view doing, bool confine);

// --confine, for every command that loads an event: includes outside the event file's folder
// (symbolic links followed) are errors, so that checking a file from someone else cannot read
// the rest of the machine. docs/security.md.
void add_confine_flag(CLI::App& cmd, bool& confine);

// Writes what `produce` prints to `output`: standard output for "" or "-", else a file
// written atomically.
void write_output(const std::string& output, const std::function<void(std::ostream&)>& produce);

// A language code the event may not have: warns, and returns it (empty for the default).
std::string checked_language(const Event& event, const std::string& lang);

// Resolves an id given as a filter (--person, --track, ...), or ends with exit 2 and a suggestion.
template <class List>
Index find_or_fail(std::string_view what, const std::string& id, Index found, const List& all) {
    if (found >= 0) return found;
    Suggester s(id);
    for (const auto& e : all) s.consider(e.id);
    throw Failure{Exit::usage, "no " + std::string(what) + " '" + id + "' in this event" + s.did_you_mean()};
}

// Each command adds itself to the app; `run` is set to the command's action.
using Action = std::function<int()>;
void add_check(CLI::App& app, Action& run);
void add_agenda(CLI::App& app, Action& run);
void add_speakers(CLI::App& app, Action& run);
void add_export(CLI::App& app, Action& run);
void add_import(CLI::App& app, Action& run);
void add_program(CLI::App& app, Action& run);
void add_render(CLI::App& app, Action& run);
void add_set(CLI::App& app, Action& run);
void add_schedule(CLI::App& app, Action& run);

}  // namespace summitry::cli
