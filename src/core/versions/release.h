// SPDX-License-Identifier: MIT
#pragma once
// Releases: what was published, kept beside the event as plain text that diffs well.
//
//   event.yaml                    the event, as the organizers edit it
//   event.yaml.releases/index.yaml    the releases, oldest first: name, date (UTC), note
//   event.yaml.releases/NAME.yaml     the event as loaded at that release, includes inlined,
//                                     private parts too (written by write_event_yaml)
//
// A release raises the `revision` of every session whose time, duration, room, status, title or
// people changed since the previous release, so that calendars replace their copy.
// docs/versions.md.

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "io/event_loader.h"
#include "time/time.h"

namespace summitry::versions {

// A release name refused, a damaged index, a release that is not there. The message names the
// file (and line) and says what to do.
class ReleaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ReleaseInfo {
    std::string name;
    std::string date;  // "2026-12-05 23:10 UTC"
    std::string note;
};

// FILE.releases, beside the event file.
std::filesystem::path releases_folder(const std::filesystem::path& event_file);
// FILE.releases/NAME.yaml.
std::filesystem::path release_file(const std::filesystem::path& event_file, std::string_view name);

// Whether `name` may name a release: 1 to 64 letters, digits, '.', '_' and '-', starting with a
// letter or digit, no "..", not "index" (in any case). It becomes a file name: nothing that could
// leave the folder, hide, or clash on a file system that ignores case. Sets `why` when not.
bool valid_release_name(std::string_view name, std::string* why);

// The releases of the event, oldest first; none when there is no index. Throws ReleaseError
// when the index cannot be read or is not what `release` writes.
std::vector<ReleaseInfo> list_releases(const std::filesystem::path& event_file);

// Loads the snapshot of release `name`. Throws ReleaseError when there is no such release (with
// the names there are) or it cannot be read.
LoadResult load_release(const std::filesystem::path& event_file, std::string_view name);

// The sessions the revision rule raises between `released` and `current`, with their new
// revision: a session of both whose time, duration, room, status, title or people differ, and
// whose revision is not above the released one already (an edit in the planner raised it).
std::vector<std::pair<std::string, int>> revisions_to_raise(const Event& released,
                                                            const Event& current);

struct ReleaseResult {
    ReleaseInfo info;
    std::vector<std::pair<std::string, int>> raised;  // session id, new revision
    std::optional<std::string> previous;              // the release compared with
};

// Records a release of `event_file` under its file lock: raises the revisions (one edit, saved
// as `set` saves), writes the snapshot, then the index. Throws ReleaseError (bad or taken name,
// an event with errors), WriteError, FileError.
ReleaseResult make_release(const std::filesystem::path& event_file, const std::string& name,
                           const std::string& note, Instant now);

}  // namespace summitry::versions
