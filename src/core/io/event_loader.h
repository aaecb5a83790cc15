// SPDX-License-Identifier: MIT
#pragma once
// Reads an event file (format version 1, see spec/event-format.md) and the files it includes.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/event.h"
#include "syntax/yaml_tree.h"

namespace summitry {

// The top-level file could not be read at all (missing, a folder, no permission).
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Bounds on what one event may cost; past them a clear error, never a hang. docs/limits.md.
struct LoadOptions {
    std::size_t max_file_bytes = 32u << 20;  // per file, included files too
    std::size_t max_files = 256;             // the top file and everything it includes
    // All of them together: each file's tree lives as long as the event, about 8 times the
    // file's size, so 256 files of 32 MB would have asked for tens of GB.
    std::size_t max_total_bytes = 64u << 20;
    std::size_t max_text_bytes = 64u << 10;  // one piece of text (an abstract, a bio)
    std::size_t max_entities = 100'000;      // sessions, people, ... of one kind in the event
    yaml::ParseLimits yaml;
    // Refuse to include a file outside the folder of the top file (symbolic links resolved, in
    // that folder's path too): `--confine`, for checking files from people one does not trust.
    bool confine_includes = false;
    // Where set, an included file is read through this first (an editor's unsaved text); it gets
    // the file's name as Event::files records it and returns nothing to read the disk instead.
    std::function<std::optional<std::string>(const std::string& name)> included_text;
};

struct LoadResult {
    Event event;
    Diagnostics diagnostics;  // errors and warnings of the file(s); not the conflicts
};

// Throws FileError when `path` cannot be read; everything wrong inside a file is a diagnostic.
LoadResult load_event(const std::filesystem::path& path, const LoadOptions& options = {});

// Reads `text` as if it were the file `name` (includes are resolved relative to `name`).
LoadResult load_event_text(std::string_view text, const std::string& name,
                           const LoadOptions& options = {});

// Reads one session's mapping `node`, of file number `file`, as loading the whole file would
// read it in `event` (which holds every other entity it names; nothing of it is changed), its
// diagnostics into `diags`; nothing when `node` is not a mapping. For an edit of one session,
// read again without the rest of the file (edit/, "Verifying a plan"). Not the check for
// duplicate ids, which needs every session.
std::optional<Session> read_session(const Event& event, const yaml::Node& node, std::uint32_t file,
                                    Diagnostics& diags);

}  // namespace summitry
