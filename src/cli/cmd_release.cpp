// SPDX-License-Identifier: MIT
// summitry-cli release FILE --name NAME [--note TEXT]
// summitry-cli releases FILE
// What was published, kept beside the event (versions/release.h, docs/versions.md).
#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>
#include <memory>

#include "common.h"
#include "io/atomic_file.h"
#include "util/terminal.h"
#include "versions/release.h"

namespace summitry::cli {

namespace {

struct ReleaseOptions {
    std::string file, name, note;
};

int run_release(const ReleaseOptions& o) {
    try {
        const auto now = date::floor<Seconds>(std::chrono::system_clock::now());
        const versions::ReleaseResult r = versions::make_release(o.file, o.name, o.note, now);
        std::cout << terminal_text(o.file) << ": released " << terminal_text(r.info.name) << " ("
                  << r.info.date << ")\n";
        if (r.previous) {
            std::cout << "  " << r.raised.size() << " session" << (r.raised.size() == 1 ? "" : "s")
                      << " changed since " << terminal_text(*r.previous) << ": revision raised\n";
            for (const auto& [id, revision] : r.raised)
                std::cout << "    " << terminal_text(id) << ": revision " << revision << '\n';
        }
        return Exit::ok;
    } catch (const versions::ReleaseError& e) {
        throw Failure{Exit::usage, e.what()};
    } catch (const FileError& e) {
        throw Failure{Exit::usage, e.what()};
    } catch (const WriteError& e) {
        throw Failure{Exit::usage, e.what()};
    }
}

int run_releases(const std::string& file) {
    try {
        const auto list = versions::list_releases(file);
        if (list.empty()) std::cout << terminal_text(file) << ": no release yet\n";
        for (const auto& r : list) {
            std::cout << terminal_text(r.name) << "  " << terminal_text(r.date);
            if (!r.note.empty()) std::cout << "  " << terminal_text(r.note);
            std::cout << '\n';
        }
        return Exit::ok;
    } catch (const versions::ReleaseError& e) {
        throw Failure{Exit::usage, e.what()};
    }
}

}  // namespace

void add_release(CLI::App& app, Action& run) {
    auto o = std::make_shared<ReleaseOptions>();
    CLI::App* cmd = app.add_subcommand(
        "release", "Record what is published: a snapshot beside the event, revisions raised");
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("--name", o->name, "The release's name: v1, 2025-02-final")->required();
    cmd->add_option("--note", o->note, "What this release is (listed by `releases`)");
    cmd->callback([o, &run] { run = [o] { return run_release(*o); }; });

    auto file = std::make_shared<std::string>();
    CLI::App* list = app.add_subcommand("releases", "List the releases of an event");
    list->add_option("FILE", *file, "Event file")->required();
    list->callback([file, &run] { run = [file] { return run_releases(*file); }; });
}

}  // namespace summitry::cli
