// SPDX-License-Identifier: MIT
// The site as a whole: every language's pages, the shared assets, and writing it into a folder
// without touching what did not change.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "io/atomic_file.h"
#include "site/site_page.h"
#include "util/url.h"
#include "versions/release.h"
#include "views/html_words.h"

namespace summitry {

namespace fs = std::filesystem;
using namespace site_detail;

namespace {

bool valid_language_code(std::string_view code) {
    return !code.empty() && code.size() <= 35 && std::all_of(code.begin(), code.end(), [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-';
    });
}

// Track colours, as classes: a style attribute would need 'unsafe-inline' in the CSP.
std::string tracks_css(const Event& ev, const SiteNames& names) {
    std::string css = "/* Track colours, written by Summitry from the event file. */\n";
    for (std::size_t t = 0; t < ev.tracks.size(); ++t) {
        const std::string color = safe_color(ev.tracks[t].color);
        if (!color.empty()) css += ".t-" + names.tracks[t] + " { --track: " + color + "; }\n";
    }
    return css;
}

}  // namespace

Site build_site(const Event& ev, const SiteRequest& given) {
    SiteRequest req = given;
    if (!req.base_url.empty()) {
        if (!is_http_url(req.base_url))
            throw SiteError(
                "--base-url '" + req.base_url +
                "' is not an absolute http(s) URL (such as https://example.org/summit/)");
        if (req.base_url.find_first_of("?#") != std::string::npos)
            throw SiteError("--base-url '" + req.base_url +
                            "' has a query or a fragment; give the folder's address only");
        if (req.base_url.back() != '/') req.base_url += '/';
    }
    std::vector<std::string> languages = req.languages.empty() ? ev.info.languages : req.languages;
    for (const std::string& code : languages) {
        if (std::find(ev.info.languages.begin(), ev.info.languages.end(), code) ==
            ev.info.languages.end()) {
            std::string have;
            for (const auto& l : ev.info.languages) have += (have.empty() ? "" : ", ") + l;
            throw SiteError("the event has no language '" + code + "' (it has " + have + ")");
        }
        if (!valid_language_code(code))
            throw SiteError("the language code '" + code + "' cannot name a folder");
    }
    {
        std::set<std::string> seen;
        languages.erase(
            std::remove_if(languages.begin(), languages.end(),
                           [&](const std::string& l) { return !seen.insert(l).second; }),
            languages.end());
    }
    bool has_releases = false;
    if (!req.event_file.empty()) {
        try {
            has_releases = !versions::list_releases(req.event_file).empty();
        } catch (const versions::ReleaseError& e) {
            throw SiteError(e.what());
        }
    }

    Site site;
    const SiteNames names = site_names(ev);
    SiteTemplates templates(req.template_dir);
    std::optional<Data> first_common;  // kainjow's data can be copied, not assigned
    for (const std::string& lang : languages) {
        LangSite ls(ev, req, names, templates, lang, languages, has_releases);
        ls.out = &site.files;
        if (lang == languages.front()) first_common.emplace(ls.common);
        add_programme_pages(ls);
        add_entity_pages(ls);
        add_calendars(ls, lang == languages.front() ? &site.warnings : nullptr);
        add_search(ls);
        add_changes(ls);
    }
    // The way in: each language in its own words.
    {
        Data d = *first_common;
        std::vector<Data> langs;
        for (const std::string& code : languages) {
            Data ld;
            ld.set("code", code);
            ld.set("name", language_name(code, code));
            ld.set("href", code + "/index.html");
            ld.set("title", std::string(ev.info.title.get(code, ev.default_language())));
            langs.push_back(std::move(ld));
        }
        put_list(d, "languages", std::move(langs));
        d.set("assets", std::string("assets/"));
        site.files.push_back({"index.html", templates.render("languages.html.mustache", d)});
    }
    site.files.push_back({"assets/site.css", templates.text("site.css")});
    site.files.push_back({"assets/search.js", templates.text("search.js")});
    site.files.push_back({"assets/tracks.css", tracks_css(ev, names)});
    std::sort(site.files.begin(), site.files.end(),
              [](const SiteFile& a, const SiteFile& b) { return a.path < b.path; });
    return site;
}

namespace {

// A path of the manifest that may be removed: relative, inside the folder, plain names.
bool safe_relative(const std::string& path) {
    if (path.empty() || path.front() == '/' || path.size() > 4096) return false;
    std::size_t from = 0;
    while (from <= path.size()) {
        std::size_t to = path.find('/', from);
        if (to == std::string::npos) to = path.size();
        const std::string_view part(path.data() + from, to - from);
        if (part.empty() || part == "." || part == "..") return false;
        from = to + 1;
    }
    return path.find('\0') == std::string::npos && path.find('\\') == std::string::npos;
}

bool same_bytes(const fs::path& file, const std::string& content) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec) || fs::file_size(file, ec) != content.size() || ec)
        return false;
    std::ifstream in(file, std::ios::binary);
    std::string have(content.size(), '\0');
    in.read(have.data(), static_cast<std::streamsize>(have.size()));
    return in.gcount() == static_cast<std::streamsize>(have.size()) && have == content;
}

}  // namespace

SiteWriteSummary write_site(const Site& site, const fs::path& folder,
                            const std::vector<fs::path>& inputs) {
    std::error_code ec;
    const fs::path manifest = folder / site_manifest_name;
    std::vector<std::string> before;
    if (fs::exists(folder, ec)) {
        if (!fs::is_directory(folder, ec)) throw SiteError(folder.string() + " is not a folder");
        if (fs::exists(manifest, ec)) {
            std::ifstream in(manifest, std::ios::binary);
            for (std::string line; std::getline(in, line);)
                if (safe_relative(line)) before.push_back(line);
        } else if (!fs::is_empty(folder, ec)) {
            throw SiteError(folder.string() + " holds files and no site made by Summitry (no " +
                            site_manifest_name +
                            "): give an empty or new folder, so that nothing of yours is "
                            "overwritten or removed");
        }
    }
    fs::create_directories(folder, ec);
    if (ec) throw SiteError("cannot make the folder " + folder.string() + ": " + ec.message());

    SiteWriteSummary summary;
    WriteFileOptions options;
    options.inputs = inputs;
    options.durable = false;  // flushed once, at the end (syncfs)
    std::string listed;
    std::set<std::string> now;
    std::set<fs::path> made;  // folders made (or there) already
    for (const SiteFile& f : site.files) {
        const fs::path target = folder / f.path;
        listed += f.path + "\n";
        now.insert(f.path);
        if (same_bytes(target, f.content)) {
            ++summary.unchanged;
            continue;
        }
        if (made.insert(target.parent_path()).second) {
            fs::create_directories(target.parent_path(), ec);
            if (ec)
                throw SiteError("cannot make the folder " + target.parent_path().string() + ": " +
                                ec.message());
        }
        write_file(target, f.content, options);
        ++summary.written;
    }
    // What the previous build made and this one does not (a session deleted): removed, then
    // its folder if that left it empty.
    for (const std::string& old : before) {
        if (now.contains(old)) continue;
        const fs::path target = folder / old;
        if (fs::is_regular_file(fs::symlink_status(target, ec)) && fs::remove(target, ec))
            ++summary.removed;
        const fs::path parent = target.parent_path();
        if (parent != folder && fs::is_empty(parent, ec)) fs::remove(parent, ec);
    }
    if (!same_bytes(manifest, listed)) write_file(manifest, listed, options);
    // Every file written, flushed to disk at once: thousands of fsyncs took minutes.
    if (summary.written + summary.removed > 0) {
        const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            const int flushed = ::syncfs(fd);
            ::close(fd);
            if (flushed != 0)
                throw SiteError("cannot flush the site to disk in " + folder.string() + ": " +
                                std::strerror(errno));
        }
    }
    return summary;
}

}  // namespace summitry
