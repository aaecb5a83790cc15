// SPDX-License-Identifier: MIT
#include "output/site_job.h"

namespace summitry {

SiteJobResult run_site(const Event& event, const SiteJob& job) {
    SiteRequest request;
    request.languages = job.languages;
    request.base_url = job.base_url;
    request.template_dir = job.template_dir;
    request.event_file = job.event_file;
    request.now = job.now ? *job.now : date::floor<Seconds>(std::chrono::system_clock::now());
    const Site site = build_site(event, request);
    SiteJobResult out;
    out.result.warnings = site.warnings;
    out.files = site.files.size();
    out.summary = write_site(site, job.folder, job.inputs);
    return out;
}

}  // namespace summitry
