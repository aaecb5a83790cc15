// SPDX-License-Identifier: MIT
#include "io/event_loader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "diag/quote.h"
#include "io/readers.h"

namespace summitry {

namespace {

using io::Item;
using yaml::Node;

// Every list the files hold, in file order, before any of it is read.
struct Collected {
    const Item* event = nullptr;
    Item event_item;
    std::vector<Item> organizations, people, venues, tracks, sessions;
};

class Loader {
public:
    Loader(LoadResult& result, const LoadOptions& options)
        : result_(result), options_(options), reader_(result.event, result.diagnostics, options) {}

    void run(std::string_view text, std::uintmax_t size, const std::string& name) {
        const std::uint32_t file = result_.event.files.add(name);
        chain_.push_back(canonical(name));
        if (options_.confine_includes) folder_ = canonical(absolute(name).parent_path().string());
        read_file(text, size, file, /*top=*/true);
        if (!root_ok_) return;
        Event& ev = result_.event;
        io::read_organizations(reader_, collected_.organizations);
        io::read_event_info(reader_, collected_.event, {0, 1, 1});
        io::read_venues(reader_, collected_.venues);
        io::read_people(reader_, collected_.people);
        io::read_tracks(reader_, collected_.tracks);
        io::read_sessions(reader_, collected_.sessions);
        ev.reindex();
    }

private:
    static std::string canonical(const std::string& name) {
        std::error_code ec;
        auto p = std::filesystem::weakly_canonical(name, ec);
        return ec ? name : p.string();
    }

    static std::filesystem::path absolute(const std::string& name) {
        std::error_code ec;
        auto p = std::filesystem::absolute(name, ec);
        return ec ? std::filesystem::path(name) : p;
    }

    // Whether `resolved` (weakly canonical: every symbolic link that exists followed) lies in
    // the event's folder or below it, compared name by name ("/ev/parts", not "/ev-other").
    bool inside_folder(const std::filesystem::path& resolved) const {
        const std::filesystem::path folder(folder_);
        auto f = folder.begin();
        auto r = resolved.begin();
        for (; f != folder.end(); ++f, ++r) {
            if (f->empty()) continue;  // a trailing separator
            if (r == resolved.end() || *r != *f) return false;
        }
        return r != resolved.end();
    }

    Diagnostics& diags() { return result_.diagnostics; }

    // The top-level keys of an event file: an included file with none of them is something else.
    static bool is_event_part(const Node& root) {
        if (!root.is_map()) return false;
        for (std::size_t i = 0; i < root.map_size(); ++i)
            if (root.key(i).is_scalar() && is_known(root.key(i).text)) return true;
        return false;
    }
    static bool is_known(std::string_view key) {
        for (std::string_view k : top_keys)
            if (k == key) return true;
        return false;
    }
    static constexpr std::string_view top_keys[] = {
        "summitry", "include", "event", "organizations", "people", "venues", "tracks", "sessions"};

    // `included_at`: where the include of a file that is not the top one is written.
    void read_file(std::string_view text, std::uintmax_t size, std::uint32_t file, bool top,
                   SourceLoc included_at = {}) {
        if (size > options_.max_file_bytes) {
            diags().error(top ? "wrong-type" : "include-error", {file, 0, 0},
                          "the file is " + std::to_string(size >> 20) +
                              " MB; Summitry reads event files of up to " +
                              std::to_string(options_.max_file_bytes >> 20) + " MB",
                          "split it with 'include', or check that it is the right file");
            if (top) root_ok_ = false;
            return;
        }
        total_bytes_ += size;
        if (total_bytes_ > options_.max_total_bytes) {
            diags().error("include-error", {file, 0, 0},
                          "with this file, the event's files hold " +
                              std::to_string(total_bytes_ >> 20) + " MB; Summitry reads at most " +
                              std::to_string(options_.max_total_bytes >> 20) + " MB for one event",
                          "check that the includes are the right files");
            return;
        }
        // An included file's diagnostics wait until it is known to be part of an event: one
        // that is not (/etc/passwd, someone's key file) must not have its lines quoted in
        // messages. Said once, at the include.
        Diagnostics parsed;
        auto doc = yaml::parse(text, file, top ? diags() : parsed, options_.yaml);
        const Node* root = doc->root();
        result_.event.documents.push_back(std::move(doc));
        if (!top) {
            if (root != nullptr && !is_event_part(*root)) {
                diags().error("include-error", included_at,
                              "cannot include " +
                                  quote(result_.event.files.path(file), max_path_chars) +
                                  ": it is not an event file (it has none of the keys "
                                  "organizations, people, venues, tracks, sessions, include)",
                              "include only files that hold parts of this event");
                return;
            }
            // Not YAML at all: the parser's messages say where, and quote nothing of the file.
            for (Diagnostic& d : parsed.items())
                if (root != nullptr || d.rule == "yaml-syntax" || d.rule == "yaml-alias")
                    diags().items().push_back(std::move(d));
        }
        if (root == nullptr) {
            const bool blank = text.find_first_not_of(" \t\r\n") == std::string_view::npos;
            if (blank || !diags().has_errors()) {
                diags().error("missing-key", {file, 1, 1}, "the file is empty",
                              "an event file begins with 'summitry: 1' and an 'event:' mapping");
            }
            if (top) root_ok_ = false;
            return;
        }
        if (!root->is_map()) {
            diags().error(
                "wrong-type", {file, root->line, root->column},
                "an event file must be a mapping of keys (summitry, event, sessions, ...), "
                "not " +
                    std::string(yaml::describe(*root)),
                "begin the file with 'summitry: 1'");
            if (top) root_ok_ = false;
            return;
        }
        reader_.file = file;
        const Node* version = nullptr;
        reader_.fields(*root, top ? "the event file" : "an included file",
                       {"summitry", "include", "event", "organizations", "people", "venues",
                        "tracks", "sessions"},
                       {}, &extra_top_, [&](std::string_view key, const Node& value) {
                           if (key == "summitry")
                               version = &value;
                           else if (key == "include")
                               includes(value, file);
                           else if (key == "event")
                               event(value, file, top);
                           else
                               collect(key, value, file);
                       });
        reader_.file = file;
        if (version == nullptr) {
            if (top)
                diags().error("missing-key", {file, root->line, root->column},
                              "the file does not say its format version",
                              "add 'summitry: 1' as its first line");
        } else if (auto v = reader_.integer(*version, "summitry", 0, 1'000'000); v && *v != 1) {
            diags().error("bad-value", {file, version->line, version->column},
                          "this file is in format version " + std::to_string(*v) +
                              "; this Summitry reads version 1",
                          "use a newer Summitry, or 'summitry: 1'");
        }
        if (top) result_.event.extra = extra_top_;
    }

    void event(const Node& value, std::uint32_t file, bool top) {
        if (!top) {
            diags().error("include-error", {file, value.line, value.column},
                          "an included file cannot hold 'event'",
                          "keep 'event' in the main file; included files hold lists only");
            return;
        }
        collected_.event_item = {&value, file};
        collected_.event = &collected_.event_item;
    }

    void collect(std::string_view key, const Node& value, std::uint32_t file) {
        if (value.is_null()) return;
        if (!reader_.expect_list(value, "'" + std::string(key) + "'")) return;
        std::vector<Item>& out = key == "organizations" ? collected_.organizations
                                 : key == "people"      ? collected_.people
                                 : key == "venues"      ? collected_.venues
                                 : key == "tracks"      ? collected_.tracks
                                                        : collected_.sessions;
        if (out.size() + value.count > options_.max_entities) {
            // Past what any real event holds (CCC has 1,400 sessions): refuse the list rather
            // than spend minutes checking it.
            diags().error("bad-value", {file, value.line, value.column},
                          "'" + std::string(key) + "' holds " +
                              std::to_string(out.size() + value.count) +
                              " items; Summitry reads at most " +
                              std::to_string(options_.max_entities) + " of one kind",
                          "split the event, or check that the file is the right one");
            return;
        }
        out.reserve(out.size() + value.count);
        for (const Node* item : value.items()) out.push_back({item, file});
    }

    void includes(const Node& value, std::uint32_t file) {
        std::vector<const Node*> names;
        if (value.is_scalar())
            names.push_back(&value);
        else if (value.is_sequence())
            names.assign(value.items().begin(), value.items().end());
        else if (!value.is_null())
            reader_.expect_list(value, "'include'");
        const std::filesystem::path base =
            std::filesystem::path(result_.event.files.path(file)).parent_path();
        for (const Node* n : names) {
            reader_.file = file;
            auto rel = reader_.string(*n, "include");
            if (!rel) continue;
            include_one(base / *rel, {file, n->line, n->column});
        }
    }

    void include_one(const std::filesystem::path& path, SourceLoc at) {
        const std::string name = path.lexically_normal().string();
        const std::string key = canonical(name);
        for (const std::string& open : chain_) {
            if (open == key) {
                diags().error("include-error", at,
                              quote(name, max_path_chars) + " includes itself, through this line",
                              "remove one of the includes of the cycle");
                return;
            }
        }
        if (std::find(seen_.begin(), seen_.end(), key) != seen_.end()) {
            diags().error("include-error", at, quote(name, max_path_chars) + " is already included",
                          "include each file once");
            return;
        }
        if (result_.event.files.size() >= options_.max_files) {
            diags().error(
                "include-error", at,
                "more than " + std::to_string(options_.max_files) + " files are included");
            return;
        }
        if (options_.confine_includes && !inside_folder(key)) {
            diags().error("include-error", at,
                          "cannot include " + quote(name, max_path_chars) +
                              ": it is outside the event's folder " + folder_ + " (--confine)",
                          "keep the event's files in its folder; symbolic links count where "
                          "they lead");
            return;
        }
        std::string text;
        std::string why;
        std::uintmax_t size = 0;
        std::error_code ec;
        if (options_.included_text) {
            if (auto given = options_.included_text(name)) {
                seen_.push_back(key);
                const std::uint32_t file = result_.event.files.add(name);
                chain_.push_back(key);
                read_file(*given, given->size(), file, /*top=*/false, at);
                chain_.pop_back();
                return;
            }
        }
        // A FIFO or a device would block or never end; only the top file may be one (/dev/stdin).
        if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec) &&
            !std::filesystem::is_directory(path, ec)) {
            diags().error(
                "include-error", at,
                "cannot include " + quote(name, max_path_chars) + ": it is not a regular file");
            return;
        }
        // Confined, the file checked is the file read: the resolved path, not the links again.
        const std::filesystem::path source =
            options_.confine_includes ? std::filesystem::path(key) : path;
        if (!read_whole_file(source, options_.max_file_bytes, text, size, why)) {
            diags().error("include-error", at,
                          "cannot include " + quote(name, max_path_chars) + ": " + why,
                          "the path is relative to the file that includes it");
            return;
        }
        seen_.push_back(key);
        const std::uint32_t file = result_.event.files.add(name);
        chain_.push_back(key);
        read_file(text, size, file, /*top=*/false, at);
        chain_.pop_back();
    }

public:
    // Reads a whole file, refusing folders. Reads at most `limit` + 1 bytes: a larger file
    // comes back cut there, with `size` saying how large it is, and the loader refuses it.
    static bool read_whole_file(const std::filesystem::path& path, std::size_t limit,
                                std::string& out, std::uintmax_t& size, std::string& why) {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            why = "it is a folder";
            return false;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            why = std::filesystem::exists(path, ec) ? "it cannot be read" : "there is no such file";
            return false;
        }
        out.clear();
        // A regular file is read into one buffer of its size: grown piece by piece, the text of
        // a 3 MB event touched 7 MB of fresh memory (issue 13: page faults cost more than
        // copying here). Anything else (a pipe, /dev/stdin) is read until its end or the limit.
        if (const auto known = std::filesystem::file_size(path, ec); !ec && known <= limit) {
            out.resize(static_cast<std::size_t>(known));
            in.read(out.data(), static_cast<std::streamsize>(out.size()));
            out.resize(static_cast<std::size_t>(in.gcount()));
        }
        char buf[1 << 16];
        while (in && out.size() <= limit) {
            in.read(buf, sizeof buf);
            out.append(buf, static_cast<std::size_t>(in.gcount()));
        }
        if (in.bad()) {
            why = "reading it failed";
            return false;
        }
        size = out.size();
        if (size > limit) {
            const auto on_disk = std::filesystem::file_size(path, ec);
            if (!ec) size = on_disk;
        }
        return true;
    }

private:
    LoadResult& result_;
    const LoadOptions& options_;
    io::Reader reader_;
    Collected collected_;
    std::vector<std::string> chain_;  // files being read, to find cycles
    std::vector<std::string> seen_;
    std::vector<ExtraKey> extra_top_;
    std::string folder_;              // the top file's folder, resolved, when includes are confined
    std::uintmax_t total_bytes_ = 0;  // read so far, the top file included
    bool root_ok_ = true;
};

}  // namespace

LoadResult load_event_text(std::string_view text, const std::string& name,
                           const LoadOptions& options) {
    LoadResult result;
    Loader loader(result, options);
    loader.run(text, text.size(), name);
    return result;
}

LoadResult load_event(const std::filesystem::path& path, const LoadOptions& options) {
    std::string text, why;
    std::uintmax_t size = 0;
    if (!Loader::read_whole_file(path, options.max_file_bytes, text, size, why))
        throw FileError("cannot read '" + path.string() + "': " + why);
    LoadResult result;
    Loader loader(result, options);
    loader.run(text, size, path.string());
    return result;
}

}  // namespace summitry
