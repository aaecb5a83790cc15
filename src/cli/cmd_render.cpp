// SPDX-License-Identifier: MIT
// summitry-cli render FILE --day D -o OUT.png|OUT.svg|OUT.pdf
#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include "common.h"
#include "output/jobs.h"

namespace summitry::cli {

namespace {

struct RenderOptions {
    std::string file, day, output, lang, paper = "a4";
    double scale = 1.5;
    bool include_private = false;
    bool force = false;
    bool confine = false;
};

int render_command(const RenderOptions& o) {
    std::string ext = std::filesystem::path(o.output).extension().string();
    for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    ImageFormat format;
    if (ext == ".png")
        format = ImageFormat::png;
    else if (ext == ".svg")
        format = ImageFormat::svg;
    else if (ext == ".pdf")
        format = ImageFormat::pdf;
    else
        throw Failure{Exit::usage,
                      "-o '" + o.output + "': the grid is drawn as .png, .svg or .pdf"};
    const std::optional<Date> day = parse_date(o.day);
    if (!day) throw Failure{Exit::usage, "--day '" + o.day + "' is not a date (YYYY-MM-DD)"};
    const LoadResult r = load_for_output(o.file, o.force, o.confine);
    DayGridJob job;
    job.select.day = day;
    job.select.lang = checked_language(r.event, o.lang);
    job.select.include_private = o.include_private;
    job.format = format;
    job.scale = o.scale;
    job.paper = o.paper == "letter" ? Paper::letter : Paper::a4;
    try {
        write_output(o.output, inputs_of(r.event),
                     [&](std::ostream& out) { run_job(r.event, job, out); });
    } catch (const std::invalid_argument& e) {
        throw Failure{Exit::usage, e.what()};
    }
    return Exit::ok;
}

}  // namespace

void add_render(CLI::App& app, Action& run) {
    auto o = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "A picture of one day's grid (rooms as columns)");
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("--day", o->day, "The programme day (YYYY-MM-DD)")->required();
    cmd->add_option("-o,--output", o->output, "OUT.png, OUT.svg or OUT.pdf (written atomically)")
        ->required();
    cmd->add_option("--lang", o->lang, "Language of the texts (default: the event's first)");
    cmd->add_option("--scale", o->scale, "PNG: pixels per point (default 1.5)")
        ->check(CLI::Range(0.25, 8.0));
    cmd->add_option("--paper", o->paper, "PDF: landscape pages of a4 (default) or letter")
        ->check(CLI::IsMember({"a4", "letter"}));
    cmd->add_flag("--include-private", o->include_private, "Draw private sessions too (staff)");
    cmd->add_flag("--force", o->force, "Draw even if the event has errors");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return render_command(*o); }; });
}

}  // namespace summitry::cli
