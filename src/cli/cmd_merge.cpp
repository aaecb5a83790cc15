// SPDX-License-Identifier: MIT
// summitry-cli merge BASE OURS THEIRS [-o OUT]
// A three-way merge by entity and key (versions/merge.h), usable as git's merge driver:
//   git config merge.summitry.driver 'summitry-cli merge %O %A %B -o %A'
// Exit 0: merged (new scheduling conflicts are printed as warnings); 1: conflicts, each named,
// written into the result as `merge-conflict` keys; 2: bad usage, unreadable files, or THEIRS'
// changes cannot be made on OURS (nothing written).
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <set>

#include "common.h"
#include "diag/format.h"
#include "io/atomic_file.h"
#include "util/terminal.h"
#include "versions/merge.h"
#include "versions/merge_texts.h"
#include "versions/source.h"

namespace summitry::cli {

namespace {

struct MergeOptions {
    std::string base, ours, theirs, output;
};

LoadResult load_side(const std::string& spec, const char* side) {
    try {
        LoadResult r = versions::load_version(spec).loaded;
        if (r.diagnostics.has_errors()) {
            write_diagnostics_text(std::cerr, r.diagnostics, r.event.files);
            throw Failure{Exit::usage,
                          std::string(side) + " (" + spec + ") has errors: it cannot be merged"};
        }
        return r;
    } catch (const versions::VersionError& e) {
        throw Failure{Exit::usage, spec + ": " + e.what()};
    } catch (const FileError& e) {
        throw Failure{Exit::usage, e.what()};
    }
}

// The file (index of Event::files) holding the entity "kind/id" ("event": the event mapping).
std::optional<std::uint32_t> file_of(const Event& ev, const std::string& entity) {
    if (entity == "event") return ev.info.loc.file;
    const auto slash = entity.find('/');
    if (slash == std::string::npos) return std::nullopt;
    const std::string kind = entity.substr(0, slash), id = entity.substr(slash + 1);
    const auto at = [](const auto& list, Index i) -> std::optional<std::uint32_t> {
        if (i < 0) return std::nullopt;
        return list[static_cast<std::size_t>(i)].loc.file;
    };
    if (kind == "sessions") return at(ev.sessions, ev.find_session(id));
    if (kind == "people") return at(ev.people, ev.find_person(id));
    if (kind == "rooms") return at(ev.rooms, ev.find_room(id));
    if (kind == "venues") return at(ev.venues, ev.find_venue(id));
    if (kind == "tracks") return at(ev.tracks, ev.find_track(id));
    if (kind == "organizations") return at(ev.organizations, ev.find_organization(id));
    return std::nullopt;
}

// What of THEIRS' changes (and the conflicts written) fell in file `f`: "sessions/x.start, ...".
std::string changes_in(const Event& before, const Event& after, const versions::MergeResult& r,
                       std::uint32_t f) {
    std::set<std::string> named;
    const auto note = [&](const std::string& entity, const std::string& what) {
        if (file_of(after, entity) == f ||
            (!file_of(after, entity) && file_of(before, entity) == f))
            named.insert(what);
    };
    for (const std::string& a : r.applied) {
        // "sessions/x.start", "sessions/x (added)", "sessions/x (removed)"
        const auto space = a.find(' ');
        std::string entity = a.substr(0, space);
        if (space == std::string::npos) entity = entity.substr(0, entity.rfind('.'));  // the key
        note(entity, a);
    }
    for (const auto& c : r.conflicts)
        note(c.entity, c.entity + (c.key.empty() ? "" : "." + c.key) + " (conflict)");
    std::string out;
    for (const auto& n : named) out += (out.empty() ? "" : ", ") + n;
    return out;
}

std::string shown(const std::string& v) {
    return v.empty() ? std::string("(absent)") : v;
}

// The text of a version named by a plain file (not FILE@NAME, FILE@git:REV), as load_event
// would read it; nothing for anything else (a release, a pipe, a file past the loader's limit).
std::optional<std::string> plain_text(const std::string& spec) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(spec, ec)) return std::nullopt;
    const auto size = std::filesystem::file_size(spec, ec);
    if (ec || size > LoadOptions{}.max_file_bytes) return std::nullopt;
    std::ifstream in(spec, std::ios::binary);
    std::string text(static_cast<std::size_t>(size), '\0');
    if (!in.read(text.data(), static_cast<std::streamsize>(text.size())) || in.peek() != EOF)
        return std::nullopt;
    return text;
}

// The merge from the texts of BASE and THEIRS, read where they differ (versions/
// merge_texts.h), with OURS opened; nothing when it cannot say (then everything is loaded whole,
// in the order the errors are reported in). SUMMITRY_MERGE=whole turns it off: for the tests
// and benchmarks that compare the two.
std::optional<versions::MergeResult> merge_from_texts(const MergeOptions& o,
                                                      std::optional<EventDocument>& doc,
                                                      std::set<std::string>& conflicts_before) {
    if (const char* v = std::getenv("SUMMITRY_MERGE"); v && std::string_view(v) == "whole")
        return std::nullopt;
    const auto base = plain_text(o.base);
    const auto theirs = base ? plain_text(o.theirs) : std::nullopt;
    if (!theirs) return std::nullopt;
    try {
        doc.emplace(EventDocument::open(o.ours));
    } catch (const FileError&) {
        return std::nullopt;
    }
    if (doc->diagnostics().has_errors()) return std::nullopt;
    for (const auto& d : doc->diagnostics().items()) conflicts_before.insert(d.rule + d.message);
    return versions::merge_texts(*base, *doc, *theirs);
}

int run_merge(const MergeOptions& o) {
    std::optional<EventDocument> opened;
    std::set<std::string> conflicts_before;
    std::optional<versions::MergeResult> fast = merge_from_texts(o, opened, conflicts_before);
    std::optional<LoadResult> base, theirs;
    if (!fast) {
        base = load_side(o.base, "BASE");
        theirs = load_side(o.theirs, "THEIRS");
    }
    EventDocument doc = [&] {
        if (opened) return std::move(*opened);
        try {
            return EventDocument::open(o.ours);
        } catch (const FileError& e) {
            throw Failure{Exit::usage, e.what()};
        }
    }();
    // (The merge from the texts opened it without errors, and has made its changes since.)
    if (!fast && doc.diagnostics().has_errors()) {
        write_diagnostics_text(std::cerr, doc.diagnostics(), doc.event().files);
        throw Failure{Exit::usage, "OURS (" + o.ours + ") has errors: it cannot be merged"};
    }
    // (The merge from the texts takes files without includes: the loop below has nothing to do.)
    std::vector<std::string> texts_before;
    if (!fast) {
        conflicts_before.clear();
        for (const auto& d : doc.diagnostics().items()) conflicts_before.insert(d.rule + d.message);
        for (std::uint32_t f = 0; f < doc.event().files.size(); ++f)
            texts_before.push_back(doc.text(f));
    }
    const versions::MergeResult r =
        fast ? std::move(*fast) : versions::merge_events(base->event, doc, theirs->event);
    if (!r.error.empty())
        throw Failure{Exit::usage, "cannot make THEIRS' changes (" + o.theirs + ") on " + o.ours +
                                       ": " + r.error + "; nothing written"};
    // Only the main file is written: a change that lives in an included file would be lost.
    for (std::uint32_t f = 1; f < texts_before.size(); ++f)
        if (doc.text(f) != texts_before[f]) {
            // Where each entity of OURS was written (what THEIRS removed is gone from `doc`).
            const LoadResult ours_before = load_side(o.ours, "OURS");
            const std::string what = changes_in(ours_before.event, doc.event(), r, f);
            throw Failure{Exit::usage, "THEIRS' changes fall in " + doc.event().files.path(f) +
                                           ", a file " + o.ours + " includes (" +
                                           (what.empty() ? std::string("its text") : what) +
                                           "): merge that file on its own; nothing written"};
        }
    try {
        if (o.output.empty() || o.output == "-")
            std::cout << doc.text(0);
        else
            write_file(o.output, doc.text(0));
    } catch (const WriteError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    for (const auto& c : r.conflicts)
        std::cerr << terminal_text(o.ours) << ": merge conflict: "
                  << terminal_text(c.entity + (c.key.empty() ? "" : "." + c.key)) << ": ours "
                  << terminal_text(shown(c.ours)) << ", theirs " << terminal_text(shown(c.theirs))
                  << '\n';
    if (!r.conflicts.empty()) {
        std::cerr << "summitry-cli: " << r.conflicts.size()
                  << " conflict(s), written as 'merge-conflict' keys: choose, then remove them\n";
        return Exit::has_errors;
    }
    // Clean, but what both did together may clash: say so, as `check` would.
    Diagnostics added;
    for (const auto& d : doc.diagnostics().items())
        if (!conflicts_before.contains(d.rule + d.message)) added.items().push_back(d);
    write_diagnostics_text(std::cerr, added, doc.event().files);
    return Exit::ok;
}

}  // namespace

void add_merge(CLI::App& app, Action& run) {
    auto o = std::make_shared<MergeOptions>();
    CLI::App* cmd = app.add_subcommand(
        "merge", "Three-way merge of an event by entity and key (a git merge driver)");
    cmd->add_option("BASE", o->base, "The common ancestor")->required();
    cmd->add_option("OURS", o->ours, "Our version: its text, comments and layout are kept")
        ->required();
    cmd->add_option("THEIRS", o->theirs, "Their version: its changes are made on ours")->required();
    cmd->add_option("-o,--output", o->output,
                    "Write the result here (git: -o %A); default: standard output");
    cmd->callback([o, &run] { run = [o] { return run_merge(*o); }; });
}

}  // namespace summitry::cli
