// SPDX-License-Identifier: MIT
#include "versions/source.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "versions/release.h"

extern char** environ;

namespace summitry::versions {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t max_git_file = 32u << 20;  // LoadOptions::max_file_bytes

// Reads both pipes to their end, keeping at most `limit` bytes of `out` and 4 KB of `err`.
void drain(int out_fd, int err_fd, std::size_t limit, std::string& out, std::string& err,
           bool& too_long) {
    pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    int open = 2;
    char buf[65536];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (pollfd& p : fds) {
            if (p.fd < 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const ssize_t n = ::read(p.fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                p.fd = -1;
                --open;
                continue;
            }
            std::string& to = p.fd == out_fd ? out : err;
            const std::size_t cap = p.fd == out_fd ? limit : 4096;
            const std::size_t room = to.size() < cap ? cap - to.size() : 0;
            if (static_cast<std::size_t>(n) > room && p.fd == out_fd) too_long = true;
            to.append(buf, std::min(room, static_cast<std::size_t>(n)));
        }
    }
}

}  // namespace

bool valid_git_revision(std::string_view rev, std::string* why) {
    const auto fail = [&](const char* reason) {
        if (why) *why = reason;
        return false;
    };
    if (rev.empty()) return fail("no revision after 'git:' (FILE@git:HEAD~1)");
    if (rev.size() > 200) return fail("a git revision has at most 200 characters");
    if (rev.front() == '-') return fail("a git revision does not start with '-'");
    for (char c : rev) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || std::strchr("._/~^{}@-", c) != nullptr;
        if (!ok || c == '\0')
            return fail("a git revision has only letters, digits and . _ / ~ ^ { } @ -");
    }
    return true;
}

std::string run_git(const fs::path& folder, const std::vector<std::string>& args,
                    std::size_t limit) {
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0) throw VersionError("cannot run git: no pipe");
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(out[0]);
        ::close(out[1]);
        throw VersionError("cannot run git: no pipe");
    }
    std::vector<std::string> argv_s = {"git", "-C", folder.empty() ? "." : folder.string()};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) throw VersionError(std::string("cannot run git: ") + std::strerror(errno));
    if (pid == 0) {
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        const int null = ::open("/dev/null", O_RDONLY);
        if (null >= 0) ::dup2(null, 0);
        ::execvp("git", argv.data());
        _exit(127);
    }
    ::close(out[1]);
    ::close(err[1]);
    std::string text, error;
    bool too_long = false;
    drain(out[0], err[0], limit, text, error, too_long);
    ::close(out[0]);
    ::close(err[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) == 127)
        throw VersionError("cannot run git (is it installed?)");
    if (WEXITSTATUS(status) != 0) {
        const std::string first = error.substr(0, error.find('\n'));
        throw VersionError("git " + args.front() + " failed: " + first);
    }
    if (too_long)
        throw VersionError("git gave more than " + std::to_string(limit >> 20) +
                           " MB: too large for an event file");
    return text;
}

LoadedVersion load_version(const std::string& spec) {
    std::error_code ec;
    const auto at = spec.rfind('@');
    if (at == std::string::npos || at == 0 || fs::exists(spec, ec)) return {load_event(spec), spec};
    const std::string file = spec.substr(0, at);
    const std::string what = spec.substr(at + 1);
    if (!what.starts_with("git:")) {
        try {
            return {load_release(file, what), spec};
        } catch (const ReleaseError& e) {
            throw VersionError(e.what());
        }
    }
    const std::string rev = what.substr(4);
    std::string why;
    if (!valid_git_revision(rev, &why)) throw VersionError("'" + rev + "': " + why);
    const fs::path main(file);
    const fs::path folder = main.parent_path();
    // "REV:./name" is the file at REV, relative to the folder git runs in.
    const auto show = [&](const fs::path& relative) {
        return run_git(folder, {"show", rev + ":./" + relative.generic_string()}, max_git_file);
    };
    const std::string text = show(main.filename());
    LoadOptions options;
    std::string missing;
    options.included_text = [&](const std::string& name) -> std::optional<std::string> {
        const fs::path rel = fs::path(name).lexically_relative(folder.empty() ? "." : folder);
        try {
            return show(rel.empty() ? fs::path(name) : rel);
        } catch (const VersionError& e) {
            if (missing.empty()) missing = name + ": " + e.what();
            return std::string();
        }
    };
    LoadResult loaded = load_event_text(text, file, options);
    if (!missing.empty())
        throw VersionError("an include of '" + file + "' at " + rev + ": " + missing);
    return {std::move(loaded), spec};
}

}  // namespace summitry::versions
