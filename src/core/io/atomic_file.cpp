// SPDX-License-Identifier: MIT
#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace summitry {

namespace {

std::string why() { return std::strerror(errno); }

// Closes and removes the temporary file unless it was renamed into place.
struct TempFile {
    std::string path;
    int fd = -1;
    bool committed = false;
    ~TempFile() {
        if (fd >= 0) ::close(fd);
        if (!committed && !path.empty()) ::unlink(path.c_str());
    }
};

}  // namespace

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
    TempFile tmp;
    tmp.path = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    tmp.fd = ::mkstemp(tmp.path.data());
    if (tmp.fd < 0) {
        tmp.path.clear();
        throw WriteError("cannot write in '" + dir.string() + "': " + why());
    }
    struct stat st {};
    const mode_t mode = ::stat(target.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644;
    ::fchmod(tmp.fd, mode);
    for (std::size_t done = 0; done < content.size();) {
        const ssize_t n = ::write(tmp.fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw WriteError("cannot write '" + target.string() + "': " + why());
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(tmp.fd) != 0) throw WriteError("cannot write '" + target.string() + "': " + why());
    ::close(tmp.fd);
    tmp.fd = -1;
    if (::rename(tmp.path.c_str(), target.c_str()) != 0)
        throw WriteError("cannot replace '" + target.string() + "': " + why());
    tmp.committed = true;
    // Make the rename itself durable.
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

}  // namespace summitry
