// SPDX-License-Identifier: MIT
#include "io/disk_stamp.h"

#include <sys/stat.h>

#include <chrono>

namespace summitry {
namespace {

std::int64_t nanoseconds(const timespec& t) {
    return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

}  // namespace

std::optional<DiskStamp> disk_stamp(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    DiskStamp s;
    s.device = static_cast<std::uint64_t>(st.st_dev);
    s.inode = static_cast<std::uint64_t>(st.st_ino);
    s.size = static_cast<std::uint64_t>(st.st_size);
    s.modified_ns = nanoseconds(st.st_mtim);
    s.changed_ns = nanoseconds(st.st_ctim);
    // File times against the wall clock they were stamped with (a file's times, not an instant
    // of an event: nothing here is converted to or from a zone).
    const std::int64_t now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
    constexpr std::int64_t two_seconds = 2'000'000'000;
    s.settled = s.modified_ns <= now - two_seconds && s.changed_ns <= now - two_seconds;
    return s;
}

}  // namespace summitry
