// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace summitry {

class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes `content` to `target` so that a reader (or a crash) sees either the old file or the
// new one, never a mix: a temporary file beside the target, flushed to disk, then renamed over
// it. An existing file keeps its permissions. Throws WriteError; the target is then untouched.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace summitry
