// SPDX-License-Identifier: MIT
#pragma once
// What the commands share: loading an event with its diagnostics, exit codes, output files.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "edit/document.h"
#include "io/event_loader.h"
#include "io/file_lock.h"
#include "util/suggest.h"

namespace CLI {
class App;
}

namespace summitry::cli {

// cli.md: 0 done; 1 the event has errors (with --strict, also conflicts), or an edit could not
// be made because the file changed on disk meanwhile; 2 bad usage, unreadable or unwritable
// file, an output that would replace an input (docs/security.md).
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

// The files a command read to make its output: the event file and its includes. An output is
// never written over one of them (exit 2).
std::vector<std::filesystem::path> inputs_of(const Event& event);

// The lock of an event file for a command that edits it (set; schedule into the event file),
// taken before reading it: exit 2 when another program holds it too long.
FileLock lock_for_edit(const std::string& path);

// Saves an edited event (EventDocument::save): a file another program changed meanwhile whose
// changes cannot be merged with this edit → exit 1 ("changed on disk"); unwritable → exit 2.
void save_edited(EventDocument& doc);

// Writes what `produce` prints to `output`: standard output for "" or "-", else the file, by
// the rules of write_file (io/atomic_file.h). An output that is one of `inputs`, or that cannot
// be written whole, ends the command with exit 2 naming it.
void write_output(const std::string& output, const std::vector<std::filesystem::path>& inputs,
                  const std::function<void(std::ostream&)>& produce);

// Flushes and closes standard output at the end of a command: what could not be written (a full
// disk, a closed pipe's error) turns an exit 0 into exit 2 with a message. Returns the exit code.
int finish_standard_output(int code);

// A language code the event may not have: warns, and returns it (empty for the default).
std::string checked_language(const Event& event, const std::string& lang);

// Resolves an id given as a filter (--person, --track, ...), or ends with exit 2 and a suggestion.
template <class List>
Index find_or_fail(std::string_view what, const std::string& id, Index found, const List& all) {
    if (found >= 0) return found;
    Suggester s(id);
    for (const auto& e : all) s.consider(e.id);
    throw Failure{Exit::usage,
                  "no " + std::string(what) + " '" + id + "' in this event" + s.did_you_mean()};
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
void add_site(CLI::App& app, Action& run);
void add_set(CLI::App& app, Action& run);
void add_schedule(CLI::App& app, Action& run);
void add_release(CLI::App& app, Action& run);  // release and releases
void add_diff(CLI::App& app, Action& run);
void add_merge(CLI::App& app, Action& run);
void add_notify(CLI::App& app, Action& run);   // summitry-cli-all only
void add_publish(CLI::App& app, Action& run);  // publish caldav

}  // namespace summitry::cli
