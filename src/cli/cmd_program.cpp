// SPDX-License-Identifier: MIT
// summitry-cli program FILE -o OUT.pdf|OUT.html [--paper a4|letter] [--lang L]
//                      [--audience attendees|staff] [--template PATH] [--force]
//                      [--changes-since NAME]
#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>

#include "common.h"
#include "output/jobs.h"
#include "versions/release.h"
#include "views/programme_html.h"

namespace summitry::cli {

namespace {

struct ProgramOptions {
    std::string file, output, paper = "a4", lang, audience = "attendees", template_path,
                              changes_since;
    bool force = false;
    bool confine = false;
};

int program_command(const ProgramOptions& o) {
    std::string ext = std::filesystem::path(o.output).extension().string();
    for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (ext != ".pdf" && ext != ".html" && ext != ".htm")
        throw Failure{Exit::usage,
                      "-o '" + o.output + "': the programme is written as .pdf or .html"};
    if (!o.template_path.empty() && ext == ".pdf")
        throw Failure{Exit::usage, "--template is for an HTML programme (-o OUT.html)"};
    const LoadResult r = load_for_output(o.file, o.force, o.confine);
    auto inputs = inputs_of(r.event);
    if (!o.template_path.empty()) inputs.emplace_back(o.template_path);
    ProgrammeJob job;
    job.select.lang = checked_language(r.event, o.lang);
    job.select.include_private = o.audience == "staff";  // the run-sheet
    job.format = ext == ".pdf" ? ProgrammeJob::Format::pdf : ProgrammeJob::Format::html;
    job.paper = o.paper == "letter" ? Paper::letter : Paper::a4;
    job.template_path = o.template_path;
    if (!o.changes_since.empty()) {
        try {
            job.released = std::make_shared<const Event>(
                versions::load_release(o.file, o.changes_since).event);
        } catch (const versions::ReleaseError& e) {
            throw Failure{Exit::usage, "--changes-since " + o.changes_since + ": " + e.what()};
        }
        job.released_name = o.changes_since;
        inputs.push_back(versions::release_file(o.file, o.changes_since));
    }
    try {
        // An HTML template is rendered whole before the file is written: a broken one leaves
        // no half-written file.
        write_output(o.output, inputs, [&](std::ostream& out) { run_job(r.event, job, out); });
    } catch (const TemplateError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    return Exit::ok;
}

}  // namespace

void add_program(CLI::App& app, Action& run) {
    auto o = std::make_shared<ProgramOptions>();
    CLI::App* cmd = app.add_subcommand("program", "The printable programme, as PDF or HTML");
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("-o,--output", o->output, "OUT.pdf or OUT.html (written atomically)")
        ->required();
    cmd->add_option("--paper", o->paper, "a4 (default) or letter")
        ->check(CLI::IsMember({"a4", "letter"}));
    cmd->add_option("--lang", o->lang, "Language of the texts (default: the event's first)");
    cmd->add_option(
           "--audience", o->audience,
           "attendees (default), or staff: the run-sheet with private sessions and contacts")
        ->check(CLI::IsMember({"attendees", "staff"}));
    cmd->add_option("--template", o->template_path,
                    "HTML: this Mustache template instead of Summitry's");
    cmd->add_option("--changes-since", o->changes_since,
                    "Mark the sessions changed since release NAME, and list the changes");
    cmd->add_flag("--force", o->force, "Print even if the event has errors");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return program_command(*o); }; });
}

}  // namespace summitry::cli
