// SPDX-License-Identifier: MIT
// summitry-cli: Summitry without a display. Every command is a thin call into the core.
#include <CLI/CLI.hpp>

#include <iostream>

#include "common.h"
#include "util/terminal.h"

int main(int argc, char** argv) {
    using namespace summitry::cli;
    CLI::App app{"Summitry: check, list and export events and summits described in YAML.",
                 "summitry-cli"};
    app.set_version_flag("--version", std::string("summitry-cli ") + SUMMITRY_VERSION);
    app.require_subcommand(1);
    Action run;
    add_check(app, run);
    add_agenda(app, run);
    add_speakers(app, run);
    add_export(app, run);
    add_import(app, run);
    add_program(app, run);
    add_render(app, run);
    add_set(app, run);
    add_schedule(app, run);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return finish_standard_output(app.exit(e));
    } catch (const CLI::CallForAllHelp& e) {
        return finish_standard_output(app.exit(e));
    } catch (const CLI::CallForVersion& e) {
        return finish_standard_output(app.exit(e));
    } catch (const CLI::ParseError& e) {
        std::cerr << "summitry-cli: " << e.what() << "\nRun 'summitry-cli --help' for the commands.\n";
        return Exit::usage;
    }
    int code = Exit::usage;
    try {
        code = run ? run() : Exit::usage;
    } catch (const Failure& f) {
        // Messages quote paths, ids and values from files: one line, no escape sequences.
        if (!f.message.empty()) std::cerr << "summitry-cli: " << summitry::terminal_text(f.message) << '\n';
        code = f.code;
    } catch (const std::exception& e) {
        // A bug, not a user's mistake: say so rather than crash.
        std::cerr << "summitry-cli: internal error: " << summitry::terminal_text(e.what()) << '\n';
        code = Exit::usage;
    }
    // Exit 0 only once everything printed is written.
    return finish_standard_output(code);
}
