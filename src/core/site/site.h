// SPDX-License-Identifier: MIT
#pragma once
// The event website (`summitry-cli site`): static pages, calendars to subscribe to, schedules for
// conference apps, a feed of changes and a search that needs no server. docs/publish.md.
//
// build_site() makes every file in memory from the Mustache templates of templates/site/
// (docs/templates.md, "The site"); write_site() puts them in a folder and rewrites only the
// files whose bytes changed, so that rsync and git publish only what changed. The same event
// gives the same bytes: nothing on a page depends on the clock (the calendars' DTSTAMP is
// SiteRequest::now, which the caller takes from something stable).

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/event.h"

namespace summitry {

struct SiteRequest {
    std::vector<std::string> languages;  // empty: every language of the event
    // Where the site will be published ("https://example.org/summit/"): webcal:// links and the
    // Atom feed's absolute links. Empty: relative links only, and no webcal:// link.
    std::string base_url;
    // A folder of the organizer's templates: a file there of the same name as one of
    // templates/site/ is used instead of it. Empty: the stock templates only.
    std::filesystem::path template_dir;
    // The event file, for its releases (FILE.releases: the pages of changes and the feed).
    // Empty: no releases.
    std::filesystem::path event_file;
    Instant now{};  // the calendars' DTSTAMP
};

// A site that cannot be made: a base URL that is no http(s) URL, a language the event does not
// have, a release that cannot be read. TemplateError (views/programme_html.h) for templates.
class SiteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SiteFile {
    std::string path;  // relative, '/'-separated: "en/sessions/opening.html"
    std::string content;
};

struct Site {
    std::vector<SiteFile> files;  // sorted by path
    Diagnostics warnings;         // what the exports could not hold (a url left out)
};

// Every file of the site. Throws SiteError, TemplateError, ExportError.
Site build_site(const Event& event, const SiteRequest& request);

struct SiteWriteSummary {
    std::size_t written = 0, unchanged = 0, removed = 0;
};

// The name of the list of files a site's folder holds, so that a rebuild removes the files of
// sessions, people... that are gone, and nothing else.
inline constexpr const char* site_manifest_name = ".summitry-site";

// Writes `site` into `folder` (made if missing): each file whose bytes differ from what is there
// is written atomically (io/atomic_file.h), an equal one is left untouched (its time too), and
// the files the previous build listed in the manifest and this one does not make are removed.
// A folder that is neither empty nor a site Summitry made is refused (SiteError), so that a
// mistyped -o never mixes a site into, or removes from, a folder of other files. `inputs` are
// never written over.
SiteWriteSummary write_site(const Site& site, const std::filesystem::path& folder,
                            const std::vector<std::filesystem::path>& inputs);

}  // namespace summitry
