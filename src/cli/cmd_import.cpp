// SPDX-License-Identifier: MIT
// summitry-cli import FORMAT IN -o OUT.yaml
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "common.h"
#include "diag/format.h"
#include "formats/formats.h"
#include "formats/import_limits.h"
#include "io/event_writer.h"

namespace summitry::cli {

namespace {

struct ImportOptions {
    std::string format, input, output;
};

std::string read_input(const std::string& path) {
    constexpr std::size_t limit = 64u << 20;
    std::ifstream in(path, std::ios::binary);
    std::error_code ec;
    if (!in || std::filesystem::is_directory(path, ec))
        throw Failure{Exit::usage, "cannot read '" + path + "'"};
    std::string text;
    char buf[1 << 16];
    while (in && text.size() <= limit) {
        in.read(buf, sizeof buf);
        text.append(buf, static_cast<std::size_t>(in.gcount()));
    }
    if (text.size() > limit) throw Failure{Exit::has_errors, "'" + path + "' is larger than 64 MB"};
    return text;
}

int run_import(const ImportOptions& o) {
    const ImportFormat* format = find_import_format(o.format);
    if (format == nullptr) throw Failure{Exit::usage, "no import format '" + o.format + "'"};
    const std::string text = read_input(o.input);
    ImportResult r = import_counted(*format, text, o.input);
    check_import_limits(r);  // what `check` would refuse is not written
    r.diagnostics.sort();
    write_diagnostics_text(std::cerr, r.diagnostics, r.event.files);
    // The count always ends the report: what the source holds, and what became of it.
    const auto summary = [&] { std::cerr << o.input << ": " << import_summary(r) << '\n'; };
    if (r.diagnostics.has_errors()) {
        summary();
        return Exit::has_errors;
    }
    WriteOptions w;
    w.header_comment = "Imported by summitry-cli from " + std::string(format->description) + ": " +
                       std::filesystem::path(o.input).filename().string() + "\n" +
                       std::to_string(r.event.sessions.size()) + " sessions, " +
                       std::to_string(r.event.rooms.size()) + " rooms, " +
                       std::to_string(r.event.people.size()) + " people.";
    write_output(o.output, {o.input},
                 [&](std::ostream& out) { write_event_yaml(out, r.event, w); });
    summary();
    return Exit::ok;
}

}  // namespace

void add_import(CLI::App& app, Action& run) {
    auto o = std::make_shared<ImportOptions>();
    std::vector<std::string> names;
    for (const auto& f : import_formats()) names.emplace_back(f.name);
    CLI::App* cmd = app.add_subcommand("import", "Turn another tool's schedule into an event file");
    cmd->add_option("FORMAT", o->format, "frab, json, ics or indico")
        ->required()
        ->check(CLI::IsMember(names));
    cmd->add_option("IN", o->input, "The schedule to read")->required();
    cmd->add_option("-o,--output", o->output, "The event file to write")->required();
    cmd->callback([o, &run] { run = [o] { return run_import(*o); }; });
}

}  // namespace summitry::cli
