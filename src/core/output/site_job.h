// SPDX-License-Identifier: MIT
#pragma once
// The event website as a job (site/site.h). It writes a folder, not one stream, so it is not an
// alternative of OutputJob (run_job writes to a stream); the CLI's `site` command fills it, as
// the planner's dialog may.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "output/jobs.h"
#include "site/site.h"

namespace summitry {

// Unlike the other jobs it has no SessionSelection: the site shows every public session, in
// several languages, with pages for every person, room and track (each a selection of its own).
struct SiteJob {
    std::vector<std::string> languages;         // empty: every language of the event
    std::filesystem::path folder;               // where the site is written
    std::string base_url;                       // SiteRequest::base_url
    std::filesystem::path template_dir;         // SiteRequest::template_dir
    std::filesystem::path event_file;           // SiteRequest::event_file (its releases)
    std::optional<Instant> now{};               // the calendars' DTSTAMP; else the clock
    std::vector<std::filesystem::path> inputs;  // never written over
};

struct SiteJobResult {
    JobResult result;
    SiteWriteSummary summary;
    std::size_t files = 0;
};

// Builds the site whole, then writes it (nothing is written when building fails). Throws
// SiteError, TemplateError, ExportError, WriteError.
SiteJobResult run_site(const Event& event, const SiteJob& job);

}  // namespace summitry
