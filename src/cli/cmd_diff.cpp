// SPDX-License-Identifier: MIT
// summitry-cli diff OLD [NEW] [--format text|markdown|json|html] [--audience attendees|staff]
//                  [--lang L]
// What changed between two versions of an event, by session, person, room... never by line
// (versions/diff.h). OLD and NEW: FILE, FILE@RELEASE or FILE@git:REV (versions/source.h).
// Exit 0 when they are equal, 1 when they differ (as diff(1)), 2 on errors. With OLD alone it
// prints the event as one "kind/id.key: value" line a value, for git's textconv.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "common.h"
#include "diag/format.h"
#include "util/terminal.h"
#include "versions/diff.h"
#include "versions/source.h"

namespace summitry::cli {

namespace {

struct DiffOptions {
    std::string from, to, format = "text", audience = "staff", lang;
};

versions::LoadedVersion load(const std::string& spec) {
    versions::LoadedVersion v;
    try {
        v = versions::load_version(spec);
    } catch (const versions::VersionError& e) {
        throw Failure{Exit::usage, spec + ": " + e.what()};
    } catch (const FileError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    if (v.loaded.diagnostics.has_errors()) {
        Diagnostics errors;
        for (const auto& d : v.loaded.diagnostics.items())
            if (d.severity == Severity::error) errors.items().push_back(d);
        write_diagnostics_text(std::cerr, errors, v.loaded.event.files);
        throw Failure{Exit::usage, spec + ": " + std::to_string(errors.errors()) +
                                       " error(s): a version with errors cannot be compared"};
    }
    return v;
}

// The event as lines of values, for git's textconv: git's own diff of them then shows which
// values changed, and the lines stay put however the file is laid out.
void write_values(std::ostream& out, const Event& ev, versions::Audience audience) {
    for (const auto& [key, e] : versions::event_values(ev, audience)) {
        out << terminal_text(key) << '\n';
        for (const auto& [k, v] : e.values)
            out << terminal_text(key + "." + k) << ": " << terminal_text(v) << '\n';
    }
}

int run_diff(const DiffOptions& o) {
    const auto audience =
        o.audience == "attendees" ? versions::Audience::attendees : versions::Audience::staff;
    const versions::LoadedVersion a = load(o.from);
    if (o.to.empty()) {
        write_values(std::cout, a.loaded.event, audience);
        return Exit::ok;
    }
    const versions::LoadedVersion b = load(o.to);
    const std::string lang =
        o.lang.empty() ? std::string() : checked_language(b.loaded.event, o.lang);
    const auto changes = versions::diff_events(a.loaded.event, b.loaded.event, audience, lang);
    const versions::DiffFormat format = o.format == "json"       ? versions::DiffFormat::json
                                        : o.format == "markdown" ? versions::DiffFormat::markdown
                                        : o.format == "html"     ? versions::DiffFormat::html
                                                                 : versions::DiffFormat::text;
    versions::write_differences(std::cout, changes, {a.label, b.label}, format);
    return changes.empty() ? Exit::ok : Exit::has_errors;
}

}  // namespace

void add_diff(CLI::App& app, Action& run) {
    auto o = std::make_shared<DiffOptions>();
    CLI::App* cmd = app.add_subcommand(
        "diff", "What changed between two versions of an event (exit 0 equal, 1 different)");
    cmd->add_option("OLD", o->from, "FILE, FILE@RELEASE or FILE@git:REV")->required();
    cmd->add_option("NEW", o->to,
                    "FILE, FILE@RELEASE or FILE@git:REV; without it, OLD's values one a line "
                    "(git textconv)");
    cmd->add_option("--format", o->format, "text, markdown, json or html")
        ->check(CLI::IsMember({"text", "markdown", "json", "html"}));
    cmd->add_option("--audience", o->audience,
                    "attendees: no private session or field; staff (default): everything")
        ->check(CLI::IsMember({"attendees", "staff"}));
    cmd->add_option("--lang", o->lang, "Language of the titles (default: the event's first)");
    cmd->callback([o, &run] { run = [o] { return run_diff(*o); }; });
}

}  // namespace summitry::cli
