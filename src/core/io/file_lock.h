// SPDX-License-Identifier: MIT
#pragma once
// An advisory lock (flock(2)) on a file for the time Summitry reads it, changes it and writes it
// back, so that two Summitry processes saving one event take turns instead of one losing the
// other's edit. Other programs ignore it; what they change is found by reading the file again
// under the lock (EventDocument::save).
//
// The lock is on the file itself, the one its symbolic links lead to: no lock file is left beside
// it. Saving replaces the file by a new one (write_file renames), so a process that waited for the
// lock of the replaced file takes the lock of the new one instead. In one process, locking a file
// that is locked already shares that lock (flock would make the second wait for the first).

#include <chrono>
#include <filesystem>
#include <memory>

namespace summitry {

class FileLock {
public:
    // Takes the lock of `file`, waiting at most `timeout` for another process to release it;
    // throws WriteError naming the file when it does not. A file that does not exist, is not a
    // regular file or is on a file system without locks is not locked (nothing to wait for).
    explicit FileLock(const std::filesystem::path& file,
                      std::chrono::milliseconds timeout = std::chrono::seconds(20));
    FileLock(FileLock&&) noexcept;
    FileLock& operator=(FileLock&&) noexcept;
    ~FileLock();

    bool held() const { return held_ != nullptr; }

    struct Held;

private:
    std::shared_ptr<Held> held_;
};

}  // namespace summitry
