// SPDX-License-Identifier: MIT
// summitry-cli check FILE... [--format text|json] [--strict]
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "check/rule.h"
#include "common.h"
#include "diag/format.h"
#include "util/terminal.h"

namespace summitry::cli {

namespace {

struct CheckOptions {
    std::vector<std::string> files;
    std::string format = "text";
    bool strict = false;
    bool confine = false;
};

bool is_conflict(const Diagnostic& d) {
    for (const auto& rule : all_rules())
        if (rule->id() == d.rule) return true;
    return false;
}

std::string count(std::size_t n, std::string_view noun) {
    return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

int run_check(const CheckOptions& o) {
    std::vector<LoadResult> results;
    bool errors = false, conflicts = false;
    for (const std::string& file : o.files) {
        LoadResult r;
        try {
            LoadOptions options;
            options.confine_includes = o.confine;
            r = load_event(file, options);
        } catch (const FileError& e) {
            throw Failure{Exit::usage, e.what()};
        }
        // Conflicts are only meaningful on an event that loaded without errors.
        if (!r.diagnostics.has_errors()) r.diagnostics.append(check_conflicts(r.event));
        r.diagnostics.sort();
        for (const auto& d : r.diagnostics.items()) {
            errors |= d.severity == Severity::error;
            conflicts |= d.severity == Severity::warning && is_conflict(d);
        }
        results.push_back(std::move(r));
    }
    if (o.format == "json") {
        std::vector<DiagnosticSet> sets;
        for (const auto& r : results) sets.push_back({&r.diagnostics, &r.event.files});
        write_diagnostics_json(std::cout, sets);
    } else {
        for (std::size_t i = 0; i < results.size(); ++i) {
            const LoadResult& r = results[i];
            write_diagnostics_text(std::cout, r.diagnostics, r.event.files);
            std::size_t conflict_count = 0;
            for (const auto& d : r.diagnostics.items())
                conflict_count += is_conflict(d) && d.severity == Severity::warning;
            std::cout << terminal_text(o.files[i]) << ": "
                      << count(r.event.sessions.size(), "session") << ", "
                      << count(r.diagnostics.errors(), "error") << ", "
                      << count(conflict_count, "conflict") << ", "
                      << count(r.diagnostics.count(Severity::warning) - conflict_count,
                               "other warning")
                      << ", " << count(r.diagnostics.count(Severity::note), "note") << '\n';
        }
    }
    if (errors || (o.strict && conflicts)) return Exit::has_errors;
    return Exit::ok;
}

}  // namespace

void add_check(CLI::App& app, Action& run) {
    auto o = std::make_shared<CheckOptions>();
    CLI::App* cmd =
        app.add_subcommand("check", "Load events, validate them and report their conflicts");
    cmd->add_option("FILE", o->files, "Event files")->required();
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->add_flag("--strict", o->strict, "Exit 1 on conflicts too, not only on errors");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return run_check(*o); }; });
}

}  // namespace summitry::cli
