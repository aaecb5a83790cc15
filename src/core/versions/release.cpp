// SPDX-License-Identifier: MIT
#include "versions/release.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "edit/document.h"
#include "io/atomic_file.h"
#include "io/event_writer.h"
#include "io/file_lock.h"
#include "syntax/yaml_tree.h"
#include "versions/batch.h"
#include "versions/values.h"

namespace summitry::versions {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t max_index_bytes = 4u << 20;
constexpr std::size_t max_note_bytes = 4096;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

fs::path index_file(const fs::path& event_file) {
    return releases_folder(event_file) / "index.yaml";
}

// The whole of a small file; nullopt when it is not there.
std::optional<std::string> read_small(const fs::path& path, std::size_t limit) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::nullopt;
    if (!fs::is_regular_file(path, ec))
        throw ReleaseError("'" + path.string() + "' is not a regular file");
    if (fs::file_size(path, ec) > limit)
        throw ReleaseError("'" + path.string() + "' is larger than " + std::to_string(limit >> 20) +
                           " MB: not an index of releases");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ReleaseError("cannot read '" + path.string() + "'");
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

std::string index_text(const fs::path& event_file, const std::vector<ReleaseInfo>& list) {
    std::string out = "# The releases of " + yaml_scalar(event_file.filename().string()) +
                      ", oldest first: written by `summitry-cli release`.\nreleases:\n";
    for (const auto& r : list) {
        out += "  - name: " + yaml_scalar(r.name) + "\n    date: " + yaml_scalar(r.date) + "\n";
        if (!r.note.empty()) out += "    note: " + yaml_scalar(r.note) + "\n";
    }
    return out;
}

}  // namespace

fs::path releases_folder(const fs::path& event_file) {
    fs::path folder = event_file;
    folder += ".releases";
    return folder;
}

fs::path release_file(const fs::path& event_file, std::string_view name) {
    return releases_folder(event_file) / (std::string(name) + ".yaml");
}

bool valid_release_name(std::string_view name, std::string* why) {
    const auto fail = [&](std::string reason) {
        if (why) *why = std::move(reason);
        return false;
    };
    if (name.empty()) return fail("a release needs a name (--name v1)");
    if (name.size() > 64) return fail("a release name has at most 64 characters");
    const auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (!alnum(name.front()))
        return fail("a release name starts with a letter or a digit (v1, 2025-02-final)");
    for (char c : name)
        if (!alnum(c) && c != '.' && c != '_' && c != '-')
            return fail("a release name has only letters, digits, '.', '_' and '-'");
    if (name.find("..") != std::string_view::npos) return fail("a release name has no \"..\"");
    if (lower(name) == "index") return fail("'index' names the list of releases");
    return true;
}

std::vector<ReleaseInfo> list_releases(const fs::path& event_file) {
    const fs::path path = index_file(event_file);
    const auto text = read_small(path, max_index_bytes);
    if (!text) return {};
    const std::string where = path.string();
    Diagnostics diags;
    const auto doc = yaml::parse(*text, 0, diags);
    const auto bad = [&](const yaml::Node* at, const std::string& what) {
        const std::string pos =
            at ? ":" + std::to_string(at->line) + ":" + std::to_string(at->column) : std::string();
        return ReleaseError(where + pos + ": " + what +
                            " (the index of releases is written by `summitry-cli release`; "
                            "restore it from version control)");
    };
    if (!doc || diags.has_errors() || !doc->root())
        throw bad(nullptr, "not an index of releases: it is not well-formed YAML");
    const yaml::Node* list = doc->root()->is_map() ? doc->root()->find("releases") : nullptr;
    if (!list || !list->is_sequence()) throw bad(doc->root(), "no list 'releases'");
    std::vector<ReleaseInfo> out;
    for (const yaml::Node* item : list->items()) {
        if (!item->is_map()) throw bad(item, "a release is a mapping of name, date and note");
        ReleaseInfo r;
        for (const auto& [key, field] :
             {std::pair{"name", &r.name}, std::pair{"date", &r.date}, std::pair{"note", &r.note}}) {
            const yaml::Node* v = item->find(key);
            if (v && !v->is_scalar()) throw bad(v, std::string("'") + key + "' is not text");
            if (v) *field = std::string(v->text);
        }
        std::string why;
        if (!valid_release_name(r.name, &why)) throw bad(item, "a release with a bad name: " + why);
        for (const auto& o : out)
            if (lower(o.name) == lower(r.name)) throw bad(item, "release '" + r.name + "' twice");
        out.push_back(std::move(r));
    }
    return out;
}

LoadResult load_release(const fs::path& event_file, std::string_view name) {
    std::string why;
    if (!valid_release_name(name, &why)) throw ReleaseError(why);
    const auto list = list_releases(event_file);
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const ReleaseInfo& r) { return r.name == name; });
    if (it == list.end()) {
        std::string names;
        for (const auto& r : list) names += (names.empty() ? "" : ", ") + r.name;
        throw ReleaseError(
            "'" + event_file.string() + "' has no release '" + std::string(name) + "'" +
            (names.empty() ? std::string(": it has none yet") : " (its releases: " + names + ")"));
    }
    try {
        LoadResult r = load_event(release_file(event_file, name));
        if (r.diagnostics.has_errors())
            throw ReleaseError("the snapshot of release '" + std::string(name) + "' (" +
                               release_file(event_file, name).string() +
                               ") has errors: restore it from version control");
        return r;
    } catch (const FileError& e) {
        throw ReleaseError(std::string("release '") + std::string(name) +
                           "' is listed but its snapshot cannot be read: " + e.what());
    }
}

std::vector<std::pair<std::string, int>> revisions_to_raise(const Event& released,
                                                            const Event& current) {
    // The sessions the same on both sides are left out: no values made, nothing raised.
    const SameEntities same = same_entities(released, current);
    const auto before = event_values(released, Audience::staff, same);
    const auto after = event_values(current, Audience::staff, same);
    std::vector<std::pair<std::string, int>> out;
    for (const Session& s : current.sessions) {
        const Index old = released.find_session(s.id);
        if (old == no_index) continue;  // new since the release: nothing to replace
        if (same.sessions.contains(s.id)) continue;
        const std::string key = "sessions/" + s.id;
        const auto& a = before.at(key).values;
        const auto& b = after.at(key).values;
        bool changed = false;
        for (const char* k :
             {"start", "duration", "room", "status", "title", "speakers", "moderators", "hosts"}) {
            const auto ia = a.find(k);
            const auto ib = b.find(k);
            const std::string_view va = ia == a.end() ? "" : std::string_view(ia->second);
            const std::string_view vb = ib == b.end() ? "" : std::string_view(ib->second);
            if (va != vb) changed = true;
        }
        const int was = released.sessions[static_cast<std::size_t>(old)].revision;
        if (changed && s.revision <= was) out.emplace_back(s.id, was + 1);
    }
    return out;
}

ReleaseResult make_release(const fs::path& event_file, const std::string& name,
                           const std::string& note, Instant now) {
    std::string why;
    if (!valid_release_name(name, &why)) throw ReleaseError("'" + name + "': " + why);
    if (note.size() > max_note_bytes)
        throw ReleaseError("a release note has at most " + std::to_string(max_note_bytes) +
                           " bytes");
    // Read, raised, saved and recorded under the event's lock: a `set` or another release
    // waits, and a planner saving meanwhile merges (edit/document.h).
    const FileLock lock(event_file);
    EventDocument doc = EventDocument::open(event_file.string());
    if (doc.diagnostics().has_errors())
        throw ReleaseError("'" + event_file.string() +
                           "' has errors (summitry-cli check says which): fix them before "
                           "releasing it");
    std::vector<ReleaseInfo> list = list_releases(event_file);
    for (const auto& r : list)
        if (lower(r.name) == lower(name))
            throw ReleaseError("'" + event_file.string() + "' has a release '" + r.name +
                               "' already (" + r.date + "): give another name");
    ReleaseResult result;
    if (!list.empty()) {
        const LoadResult previous = load_release(event_file, list.back().name);
        result.raised = revisions_to_raise(previous.event, doc.event());
        result.previous = list.back().name;
    }
    if (!result.raised.empty()) {
        std::vector<std::pair<ValuePath, std::string>> values;
        for (const auto& [id, revision] : result.raised)
            values.push_back({{"sessions", id, "revision", {}}, std::to_string(revision)});
        // One parse for all of them (versions/batch.h); verified once, as a plan is.
        bool done = false;
        if (auto change = plan_values(doc, values, "Release " + name)) {
            doc.apply(std::move(*change));
            done = !doc.diagnostics().has_errors();
            if (!done) doc.undo();
        }
        if (!done) {
            const Plan plan = doc.plan_set_many("Release " + name, values);
            if (!plan)
                throw ReleaseError("cannot raise the revisions of '" + event_file.string() +
                                   "': " + plan.error);
            doc.apply(*plan.change);
        }
        doc.save();
    }
    result.info = {name, format_local(utc_reading(now)) + " UTC", note};
    std::ostringstream snapshot;
    WriteOptions options;
    options.header_comment = "Release " + name + " of " + event_file.filename().string() + ", " +
                             result.info.date +
                             ": the event as it was published (summitry-cli release). Do not "
                             "edit: `summitry-cli diff` compares with it.";
    write_event_yaml(snapshot, doc.event(), options);
    std::error_code ec;
    fs::create_directories(releases_folder(event_file), ec);
    if (ec)
        throw WriteError("cannot make the folder '" + releases_folder(event_file).string() +
                         "': " + ec.message());
    WriteFileOptions like_event;
    like_event.like = event_file;  // a private event's releases are private too
    write_file(release_file(event_file, name), snapshot.str(), like_event);
    // The index last: a release is listed only once its snapshot is whole.
    list.push_back(result.info);
    write_file(index_file(event_file), index_text(event_file, list), like_event);
    return result;
}

}  // namespace summitry::versions
