// SPDX-License-Identifier: MIT
// summitry-cli speakers FILE [--format text|csv|json|html] [--template PATH]
#include <CLI/CLI.hpp>
#include <memory>
#include <sstream>

#include "common.h"
#include "output/jobs.h"
#include "views/programme_html.h"

namespace summitry::cli {

namespace {

struct SpeakersOptions {
    std::string file, format = "text", lang, output, template_path;
    bool include_private = false;
    bool force = false;
    bool confine = false;
};

int speakers_command(const SpeakersOptions& o) {
    const LoadResult r = load_for_output(o.file, o.force, o.confine);
    auto inputs = inputs_of(r.event);
    if (!o.template_path.empty()) inputs.emplace_back(o.template_path);
    SpeakersJob job;
    job.select.lang = checked_language(r.event, o.lang);
    job.select.include_private = o.include_private;
    if (!o.template_path.empty() && o.format != "html")
        throw Failure{Exit::usage, "--template is for --format html"};
    using F = SpeakersJob::Format;
    job.format = o.format == "html"   ? F::html
                 : o.format == "pdf"  ? F::pdf
                 : o.format == "csv"  ? F::csv
                 : o.format == "json" ? F::json
                                      : F::text;
    job.template_path = o.template_path;
    try {
        if (job.format == F::html) {
            // The page is rendered before the output is opened, standard output included.
            std::ostringstream page;
            run_job(r.event, job, page);
            write_output(o.output, inputs, [&](std::ostream& out) { out << page.str(); });
        } else {
            write_output(o.output, inputs, [&](std::ostream& out) { run_job(r.event, job, out); });
        }
    } catch (const TemplateError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    return Exit::ok;
}

}  // namespace

void add_speakers(CLI::App& app, Action& run) {
    auto o = std::make_shared<SpeakersOptions>();
    CLI::App* cmd = app.add_subcommand(
        "speakers", "Everyone taking part, by family name, with organization, role and sessions");
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("--format", o->format, "text, csv, json, html or pdf")
        ->check(CLI::IsMember({"text", "csv", "json", "html", "pdf"}));
    cmd->add_option("--template", o->template_path,
                    "HTML: this Mustache template instead of Summitry's");
    cmd->add_option("--lang", o->lang, "Language of the texts (default: the event's first)");
    cmd->add_option("-o,--output", o->output,
                    "Write to this file (atomically); '-' for standard output");
    cmd->add_flag("--include-private", o->include_private, "Include people of private sessions");
    cmd->add_flag("--force", o->force, "Print even if the event has errors");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return speakers_command(*o); }; });
}

}  // namespace summitry::cli
