// SPDX-License-Identifier: MIT
#include "io/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include "io/atomic_file.h"

namespace summitry {

namespace {

using Key = std::pair<dev_t, ino_t>;

// The locks this process holds, by file, so that locking a file twice shares one lock.
std::mutex registry_mutex;
std::map<Key, std::weak_ptr<FileLock::Held>>& registry() {
    static std::map<Key, std::weak_ptr<FileLock::Held>> held;
    return held;
}

}  // namespace

struct FileLock::Held {
    int fd = -1;
    Key key{};
    ~Held() {
        {
            const std::lock_guard guard(registry_mutex);
            const auto it = registry().find(key);
            if (it != registry().end() && it->second.expired()) registry().erase(it);
        }
        ::close(fd);  // releases the lock
    }
};

FileLock::FileLock(const std::filesystem::path& file, std::chrono::milliseconds timeout) {
    std::error_code ec;
    const std::filesystem::path path = std::filesystem::canonical(file, ec);
    if (ec) return;  // nothing there (yet) to lock
    const auto give_up = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0) return;  // unreadable: loading it fails and says so
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            return;
        }
        const Key key{st.st_dev, st.st_ino};
        {
            const std::lock_guard guard(registry_mutex);
            if (const auto it = registry().find(key); it != registry().end()) {
                if (auto shared = it->second.lock()) {
                    ::close(fd);
                    held_ = std::move(shared);
                    return;
                }
            }
        }
        std::chrono::milliseconds pause{1};
        bool locked = false;
        for (;;) {
            if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
                locked = true;
                break;
            }
            if (errno == EINTR) continue;
            if (errno != EWOULDBLOCK) break;  // no locks on this file system (some network ones)
            if (std::chrono::steady_clock::now() >= give_up) {
                ::close(fd);
                throw WriteError("'" + file.string() +
                                 "' is being saved by another program that "
                                 "holds its lock; try again when it is done");
            }
            std::this_thread::sleep_for(pause);
            pause = std::min(pause * 2, std::chrono::milliseconds(20));
        }
        if (!locked) {
            ::close(fd);
            return;
        }
        // The file may have been replaced while we waited: the lock of the old one guards nothing.
        struct stat now {};
        if (::stat(path.c_str(), &now) != 0 || now.st_dev != st.st_dev || now.st_ino != st.st_ino) {
            ::close(fd);
            continue;
        }
        auto held = std::make_shared<Held>();
        held->fd = fd;
        held->key = key;
        const std::lock_guard guard(registry_mutex);
        registry()[key] = held;
        held_ = std::move(held);
        return;
    }
}

FileLock::FileLock(FileLock&&) noexcept = default;
FileLock& FileLock::operator=(FileLock&&) noexcept = default;
FileLock::~FileLock() = default;

}  // namespace summitry
