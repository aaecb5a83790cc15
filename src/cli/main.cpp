// SPDX-License-Identifier: MIT
// summitry-cli: Summitry without a display. Every command is a thin call into the core.
//
// Two programs are built from this file. summitry-cli-all has every command. summitry-cli runs
// the commands that read, check and edit events (check, agenda, set, schedule) itself and
// links none of the libraries that draw or speak other formats (cairo, pango, libical with
// ICU, pugixml: about 40 shared libraries, whose loading cost 20 ms of every run, a check of
// 100 sessions included); every other command it hands to summitry-cli-all, unchanged (exec).
#include <CLI/CLI.hpp>
#include <iostream>

#include "common.h"
#include "heap.h"
#include "util/terminal.h"

#ifndef SUMMITRY_CLI_ALL
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>

namespace {

// Whether this program runs the command itself: the first argument that is no option names it
// (the commands take no option before their name). Help and --version list every command:
// summitry-cli-all gives them.
bool runs_here(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a.starts_with('-')) continue;
        return a == "check" || a == "agenda" || a == "set" || a == "schedule" || a == "release" ||
               a == "releases" || a == "diff" || a == "merge";
    }
    return false;
}

// summitry-cli-all: beside this program in a build, in libexec/summitry once installed.
[[noreturn]] void run_all(char** argv) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    std::string tried;
    for (const fs::path& dir :
         {self.parent_path(), self.parent_path() / SUMMITRY_LIBEXEC_FROM_BIN}) {
        const fs::path all = dir / "summitry-cli-all";
        ::execv(all.c_str(), argv);
        tried += (tried.empty() ? "" : ", ") + all.string() + " (" + std::strerror(errno) + ")";
    }
    std::cerr << "summitry-cli: cannot run summitry-cli-all: tried " << tried << '\n';
    std::exit(summitry::cli::Exit::usage);
}

}  // namespace
#endif

int main(int argc, char** argv) {
    using namespace summitry::cli;
#ifndef SUMMITRY_CLI_ALL
    if (!runs_here(argc, argv)) run_all(argv);
#endif
    prepare_heap();
    CLI::App app{"Summitry: check, list and export events and summits described in YAML.",
                 "summitry-cli"};
    app.set_version_flag("--version", std::string("summitry-cli ") + SUMMITRY_VERSION);
    app.require_subcommand(1);
    Action run;
    add_check(app, run);
    add_agenda(app, run);
#ifdef SUMMITRY_CLI_ALL
    add_speakers(app, run);
    add_export(app, run);
    add_import(app, run);
    add_program(app, run);
    add_render(app, run);
    add_site(app, run);
    add_notify(app, run);
    add_publish(app, run);
#endif
    add_set(app, run);
    add_schedule(app, run);
    add_release(app, run);
    add_diff(app, run);
    add_merge(app, run);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return finish_standard_output(app.exit(e));
    } catch (const CLI::CallForAllHelp& e) {
        return finish_standard_output(app.exit(e));
    } catch (const CLI::CallForVersion& e) {
        return finish_standard_output(app.exit(e));
    } catch (const CLI::ParseError& e) {
        std::cerr << "summitry-cli: " << e.what()
                  << "\nRun 'summitry-cli --help' for the commands.\n";
        return Exit::usage;
    }
    int code = Exit::usage;
    try {
        code = run ? run() : Exit::usage;
    } catch (const Failure& f) {
        // Messages quote paths, ids and values from files: one line, no escape sequences.
        if (!f.message.empty())
            std::cerr << "summitry-cli: " << summitry::terminal_text(f.message) << '\n';
        code = f.code;
    } catch (const std::exception& e) {
        // A bug, not a user's mistake: say so rather than crash.
        std::cerr << "summitry-cli: internal error: " << summitry::terminal_text(e.what()) << '\n';
        code = Exit::usage;
    }
    // Exit 0 only once everything printed is written.
    return finish_standard_output(code);
}
