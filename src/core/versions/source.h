// SPDX-License-Identifier: MIT
#pragma once
// Where a version of an event comes from, as `diff` and `merge` name it:
//
//   FILE            the event file (and its includes) as it is on disk
//   FILE@NAME       the snapshot of release NAME (versions/release.h)
//   FILE@git:REV    the file at git revision REV, its includes at the same revision
//
// git runs with an argument vector (never a shell), in the file's folder; REV is refused unless
// it is a plain revision name (letters, digits and . _ / ~ ^ { } @ -, not starting with '-').

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "io/event_loader.h"

namespace summitry::versions {

// A version that cannot be had: no such release, a refused revision, git failing. The message
// says which and why.
class VersionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct LoadedVersion {
    LoadResult loaded;
    std::string label;  // as given: "event.yaml@v1"
};

// Loads the version `spec` names. Throws VersionError; FileError for a file that cannot be read.
LoadedVersion load_version(const std::string& spec);

// Whether `rev` may be given to git as a revision. Sets `why` when not.
bool valid_git_revision(std::string_view rev, std::string* why);

// Runs git with `args` in `folder` and returns its standard output (at most `limit` bytes).
// Throws VersionError when git cannot run, fails (its first line of stderr) or says more.
std::string run_git(const std::filesystem::path& folder, const std::vector<std::string>& args,
                    std::size_t limit);

}  // namespace summitry::versions
