// SPDX-License-Identifier: MIT
// summitry-cli site FILE -o DIR [--base-url URL] [--lang L]... [--templates DIR] [--force]
// The event website (site/site.h, docs/publish.md).
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "common.h"
#include "diag/format.h"
#include "formats/formats.h"
#include "io/atomic_file.h"
#include "output/site_job.h"
#include "util/terminal.h"
#include "versions/release.h"
#include "views/programme_html.h"

namespace summitry::cli {

namespace {

namespace fs = std::filesystem;

struct SiteOptions {
    std::string file, output, base_url, templates;
    std::vector<std::string> langs;
    bool force = false;
    bool confine = false;
};

// The calendars' DTSTAMP, from something that changes only when the event does, so that
// building an unchanged event again gives the same bytes: $SOURCE_DATE_EPOCH when set (the
// reproducible-builds convention), else the time of the latest release, else the time the
// event file or one of its includes was last written.
Instant stable_now(const SiteOptions& o, const Event& ev) {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch) {
        char* end = nullptr;
        const long long seconds = std::strtoll(epoch, &end, 10);
        if (*end != '\0' || seconds < 0)
            throw Failure{Exit::usage, std::string("SOURCE_DATE_EPOCH '") + epoch +
                                           "' is not a number of seconds"};
        return Instant{Seconds{seconds}};
    }
    try {
        const auto releases = versions::list_releases(o.file);
        if (!releases.empty() && releases.back().date.size() >= 16)
            if (const auto t = parse_date_time(releases.back().date.substr(0, 16)))
                return to_instant(t->local, Seconds{0});
    } catch (const versions::ReleaseError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    Instant newest{};
    for (const fs::path& input : inputs_of(ev)) {
        std::error_code ec;
        const auto written = fs::last_write_time(input, ec);
        if (ec) continue;
        const auto t = date::floor<Seconds>(std::chrono::file_clock::to_sys(written));
        newest = std::max(newest, Instant{t.time_since_epoch()});
    }
    return newest;
}

int site_command(const SiteOptions& o) {
    const LoadResult r = load_for_output(o.file, o.force, o.confine);
    const Event& ev = r.event;
    SiteJob job;
    for (const std::string& lang : o.langs) job.languages.push_back(checked_language(ev, lang));
    job.folder = o.output;
    job.base_url = o.base_url;
    job.template_dir = o.templates;
    job.event_file = o.file;
    job.now = stable_now(o, ev);
    job.inputs = inputs_of(ev);
    if (!o.templates.empty() && !fs::is_directory(o.templates))
        throw Failure{Exit::usage, "--templates '" + o.templates + "' is not a folder"};
    SiteJobResult result;
    try {
        result = run_site(ev, job);
    } catch (const SiteError& e) {
        throw Failure{Exit::usage, e.what()};
    } catch (const TemplateError& e) {
        throw Failure{Exit::usage, e.what()};
    } catch (const WriteError& e) {
        throw Failure{Exit::usage, e.what()};
    } catch (const ExportError& e) {
        throw Failure{Exit::has_errors, "cannot make the site of '" + o.file + "': " + e.what()};
    }
    Diagnostics warnings = result.result.warnings;
    warnings.sort();
    write_diagnostics_text(std::cerr, warnings, ev.files);
    std::cout << terminal_text(o.output) << ": " << result.files
              << " files: " << result.summary.written << " written, " << result.summary.unchanged
              << " unchanged, " << result.summary.removed << " removed\n";
    return Exit::ok;
}

}  // namespace

void add_site(CLI::App& app, Action& run) {
    auto o = std::make_shared<SiteOptions>();
    CLI::App* cmd = app.add_subcommand(
        "site", "The event website: static pages, calendars to subscribe to, feeds, search");
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("-o,--output", o->output,
                    "Folder of the site (new, empty, or a site made before: only what changed "
                    "is rewritten)")
        ->required();
    cmd->add_option("--base-url", o->base_url,
                    "Where the site will be published (https://...): webcal:// links and the "
                    "feed's links");
    cmd->add_option("--lang", o->langs,
                    "Only these languages (repeat; default: every language of the event)");
    cmd->add_option("--templates", o->templates,
                    "A folder of templates replacing Summitry's of the same name "
                    "(templates/site/)");
    cmd->add_flag("--force", o->force, "Make the site even if the event has errors");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return site_command(*o); }; });
}

}  // namespace summitry::cli
