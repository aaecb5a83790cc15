// SPDX-License-Identifier: MIT
// summitry-cli speakers FILE [--format text|csv|json|html] [--template PATH]
#include <CLI/CLI.hpp>

#include <memory>
#include <sstream>

#include "common.h"
#include "render/programme_pdf.h"
#include "views/programme_html.h"
#include "views/speakers.h"

namespace summitry::cli {

namespace {

struct SpeakersOptions {
    std::string file, format = "text", lang, output, template_path;
    bool include_private = false;
    bool force = false;
    bool confine = false;
};

int run_speakers(const SpeakersOptions& o) {
    const LoadResult r = load_for_output(o.file, o.force, o.confine);
    auto inputs = inputs_of(r.event);
    if (!o.template_path.empty()) inputs.emplace_back(o.template_path);
    SpeakersQuery q;
    q.lang = checked_language(r.event, o.lang);
    q.include_private = o.include_private;
    if (!o.template_path.empty() && o.format != "html")
        throw Failure{Exit::usage, "--template is for --format html"};
    if (o.format == "html") {
        const SpeakersHtmlRequest h{q.lang, q.include_private, Paper::a4, o.template_path, {}};
        try {
            std::ostringstream page;
            write_speakers_html(r.event, h, page);
            write_output(o.output, inputs, [&](std::ostream& out) { out << page.str(); });
        } catch (const TemplateError& e) {
            throw Failure{Exit::usage, e.what()};
        }
        return Exit::ok;
    }
    if (o.format == "pdf") {
        const Audience who = o.include_private ? Audience::staff : Audience::attendees;
        const ProgrammeRequest p{q.lang, Paper::a4, who, {}, {}};
        write_output(o.output, inputs, [&](std::ostream& out) { write_speakers_pdf(r.event, p, out); });
        return Exit::ok;
    }
    const auto speakers = build_speakers(r.event, q);
    const SpeakersFormat format = *speakers_format_from(o.format);
    write_output(o.output, inputs, [&](std::ostream& out) { write_speakers(out, speakers, format); });
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
    cmd->add_option("--template", o->template_path, "HTML: this Mustache template instead of Summitry's");
    cmd->add_option("--lang", o->lang, "Language of the texts (default: the event's first)");
    cmd->add_option("-o,--output", o->output, "Write to this file (atomically); '-' for standard output");
    cmd->add_flag("--include-private", o->include_private, "Include people of private sessions");
    cmd->add_flag("--force", o->force, "Print even if the event has errors");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return run_speakers(*o); }; });
}

}  // namespace summitry::cli
