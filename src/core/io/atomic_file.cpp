// SPDX-License-Identifier: MIT
#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>

namespace summitry {

namespace fs = std::filesystem;

namespace {

std::string why(int error = errno) {
    return std::strerror(error);
}

std::string quoted(const fs::path& p) {
    return "'" + p.string() + "'";
}

bool same(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

bool is_input(const struct stat& st, const std::vector<fs::path>& inputs) {
    for (const fs::path& in : inputs) {
        struct stat s {};
        if (::stat(in.c_str(), &s) == 0 && same(s, st)) return true;
    }
    return false;
}

[[noreturn]] void refuse_input(const fs::path& target) {
    throw WriteError("refusing to write " + quoted(target) +
                     ": it is a file this command reads (the event file, one of its includes or "
                     "a template); write the output to another file");
}

// The mode a new file gets from open(2) with 0666: the umask, read without changing it (umask(2)
// sets it, and other threads may be creating files meanwhile).
mode_t new_file_mode() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("Umask:", 0) == 0) {
            const unsigned long mask = std::stoul(line.substr(6), nullptr, 8);
            return static_cast<mode_t>(0666 & ~mask);
        }
    }
    return 0644;
}

// The descriptor a path names when it is one of this process's open files: /dev/stdout leads
// to /proc/self/fd/1, /dev/fd/N to /proc/self/fd/N, and so on (/proc/PID/fd, once resolved).
std::optional<int> descriptor_of(const fs::path& p) {
    // Only a path in a folder named "fd" can be one (/proc/self/fd/1, /dev/fd/1 through its
    // link): the folder is canonicalized for those only, not for every file of a site.
    if (p.parent_path().filename() != "fd") return std::nullopt;
    std::error_code ec;
    const fs::path parent = fs::weakly_canonical(p.has_parent_path() ? p.parent_path() : ".", ec);
    if (ec || parent != fs::path("/proc") / std::to_string(::getpid()) / "fd") return std::nullopt;
    const std::string name = p.filename().string();
    if (name.empty() || name.size() > 9 ||
        name.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoi(name);
}

struct LinkTarget {
    fs::path path;          // the end of the chain of symbolic links
    std::optional<int> fd;  // set when that is an open descriptor of this process
};

// Follows symbolic links to the file they lead to, link by link, so that the file is replaced in
// its own folder and the link stays. A link that leads nowhere yet resolves to where it points.
LinkTarget resolve(const fs::path& target) {
    fs::path p = target;
    for (int hops = 0;; ++hops) {
        if (const auto fd = descriptor_of(p)) return {p, fd};
        struct stat st {};
        if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return {p, std::nullopt};
        if (hops == 40)
            throw WriteError("cannot write " + quoted(target) + ": too many symbolic links");
        std::error_code ec;
        const fs::path to = fs::read_symlink(p, ec);
        if (ec) throw WriteError("cannot write " + quoted(target) + ": " + ec.message());
        p = to.is_absolute() ? to : p.parent_path() / to;
    }
}

void write_all(int fd, std::string_view content, const fs::path& target) {
    for (std::size_t done = 0; done < content.size();) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw WriteError("cannot write " + quoted(target) + ": " + why());
        }
        if (n == 0) throw WriteError("cannot write " + quoted(target) + ": nothing was written");
        done += static_cast<std::size_t>(n);
    }
}

// A device or a FIFO: written into as it is. Nothing is created if it went away meanwhile.
void write_in_place(const fs::path& path, std::string_view content, const fs::path& target) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) throw WriteError("cannot write " + quoted(target) + ": " + why());
    try {
        write_all(fd, content, target);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0) throw WriteError("cannot write " + quoted(target) + ": " + why());
}

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

void write_replacing(const fs::path& path, std::string_view content,
                     const WriteFileOptions& options, const fs::path& target) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : ".";
    struct stat old {};
    const bool exists = ::stat(path.c_str(), &old) == 0;
    if (exists && is_input(old, options.inputs)) refuse_input(target);

    // Mode and owner: the model's, else the file's own, else what a new file gets.
    struct stat like {};
    const bool has_model = !options.like.empty() && ::stat(options.like.c_str(), &like) == 0;
    const mode_t mode = has_model ? (like.st_mode & 0777)
                        : exists  ? (old.st_mode & 07777)
                                  : new_file_mode();
    const struct stat* owner = has_model ? &like : exists ? &old : nullptr;

    TempFile tmp;
    // Beside the target, so that the rename stays in one file system; a name short enough to fit.
    tmp.path = (dir / ("." + path.filename().string().substr(0, 200) + ".XXXXXX")).string();
    // Created 0600, so nothing is readable before fchmod; not inherited by a program started
    // meanwhile.
    tmp.fd = ::mkostemp(tmp.path.data(), O_CLOEXEC);
    if (tmp.fd < 0) {
        tmp.path.clear();
        throw WriteError("cannot write " + quoted(target) + ": cannot create a file in '" +
                         dir.string() + "': " + why());
    }
    if (owner) {
        struct stat now {};
        if (::fstat(tmp.fd, &now) == 0 &&
            (now.st_uid != owner->st_uid || now.st_gid != owner->st_gid)) {
            // Only root may give a file away; a user may still set a group they are in.
            if (::fchown(tmp.fd, owner->st_uid, owner->st_gid) != 0 &&
                ::fchown(tmp.fd, static_cast<uid_t>(-1), owner->st_gid) != 0) {
                // The file will be ours, with our group: as if we had created it.
            }
        }
    }
    // After fchown, which clears set-user-id bits. A file system without modes (FAT) refuses:
    // the file then stays 0600, never more open than asked.
    ::fchmod(tmp.fd, mode);
    write_all(tmp.fd, content, target);
    if (options.durable && ::fsync(tmp.fd) != 0)
        throw WriteError("cannot write " + quoted(target) + ": " + why());
    const int fd = tmp.fd;
    tmp.fd = -1;
    if (::close(fd) != 0) throw WriteError("cannot write " + quoted(target) + ": " + why());
    if (::rename(tmp.path.c_str(), path.c_str()) != 0)
        throw WriteError("cannot replace " + quoted(target) + ": " + why());
    tmp.committed = true;
    // Make the rename itself durable.
    const int dfd = options.durable ? ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

}  // namespace

void write_file(const fs::path& target, std::string_view content, const WriteFileOptions& options) {
    if (target.empty()) throw WriteError("cannot write a file without a name");
    const LinkTarget r = resolve(target);
    if (r.fd) {
        if (descriptor_is_input(*r.fd, options.inputs)) refuse_input(target);
        // What the process printed through stdio comes first.
        if (*r.fd == STDOUT_FILENO) std::fflush(stdout);
        if (*r.fd == STDERR_FILENO) std::fflush(stderr);
        write_all(*r.fd, content, target);
        return;
    }
    struct stat st {};
    if (::stat(r.path.c_str(), &st) != 0) {
        if (errno != ENOENT) throw WriteError("cannot write " + quoted(target) + ": " + why());
        write_replacing(r.path, content, options, target);
        return;
    }
    if (S_ISREG(st.st_mode)) {
        write_replacing(r.path, content, options, target);
    } else if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
        write_in_place(r.path, content, target);
    } else if (S_ISDIR(st.st_mode)) {
        throw WriteError("cannot write " + quoted(target) + ": it is a folder");
    } else if (S_ISBLK(st.st_mode)) {
        throw WriteError("refusing to write " + quoted(target) +
                         ": it is a block device (a disk or a partition)");
    } else {
        throw WriteError("cannot write " + quoted(target) +
                         ": it is not a file, a device or a FIFO");
    }
}

bool descriptor_is_input(int fd, const std::vector<fs::path>& inputs) {
    struct stat st {};
    return ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && is_input(st, inputs);
}

}  // namespace summitry
