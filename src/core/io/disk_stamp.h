// SPDX-License-Identifier: MIT
#pragma once
// What a file is on disk without reading it: its device and inode, size, and modification and
// change times. The planner looks every few seconds whether another program changed the event's
// files (EventDocument::changed_on_disk); reading and comparing a 1.8 MB file each time cost
// 13 ms of CPU, a tenth of opening 36C3 (docs/performance.md). A file whose stamp is the one it
// had when its text was last read and found the same is the same file.
//
// What a stamp cannot see: a write within the file system's time granularity after the stamp
// was taken, leaving every field as it was. Like git's "racily clean" entries, a stamp taken
// less than two seconds after the file's last modification or change is not trusted
// (`settled` is false): the file is read again the next time. The change time cannot be set by
// a program (touch -d, rsync -t set the modification time only, and change the change time),
// and a file replaced by a rename (how Summitry and most editors save) has another inode.

#include <cstdint>
#include <optional>
#include <string>

namespace summitry {

struct DiskStamp {
    std::uint64_t device = 0, inode = 0, size = 0;
    std::int64_t modified_ns = 0, changed_ns = 0;
    bool settled = false;  // both times at least two seconds before the stamp was taken
    bool operator==(const DiskStamp&) const = default;
};

// The stamp of `path` now (symbolic links followed); nothing when it cannot be read.
std::optional<DiskStamp> disk_stamp(const std::string& path);

}  // namespace summitry
