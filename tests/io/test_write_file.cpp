// SPDX-License-Identifier: MIT
// The one write path (io/atomic_file.h) and the lock of a file being saved (io/file_lock.h): what
// happens to each kind of path, and that nothing is left half-written or lost.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "io/atomic_file.h"
#include "io/file_lock.h"
#include "support/temp_dir.h"

using namespace summitry;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
    return test::fresh_dir("test-write", name);
}

std::string read(const fs::path& p) {
    return test::read_file(p);
}

void put(const fs::path& p, const std::string& text, mode_t mode = 0644) {
    std::ofstream(p, std::ios::binary) << text;
    fs::permissions(p, static_cast<fs::perms>(mode));
}

mode_t mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

std::size_t entries(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

bool is_root() {
    return ::geteuid() == 0;
}

}  // namespace

TEST_CASE("a regular file is replaced whole and keeps its mode, leaving nothing else", "[write]") {
    const fs::path dir = fresh_dir("regular");
    const fs::path file = dir / "agenda.csv";
    put(file, "old\n", 0640);
    struct stat before {};
    REQUIRE(::stat(file.c_str(), &before) == 0);
    write_file(file, "new\n");
    CHECK(read(file) == "new\n");
    CHECK(mode_of(file) == 0640);
    struct stat after {};
    REQUIRE(::stat(file.c_str(), &after) == 0);
    CHECK(after.st_ino != before.st_ino);  // renamed into place, not written into
    CHECK(entries(dir) == 1);              // no temporary file left
}

TEST_CASE("a new file gets 0666 less the umask", "[write]") {
    const fs::path dir = fresh_dir("umask");
    const mode_t old = ::umask(077);
    write_file(dir / "private.ics", "x");
    ::umask(022);
    write_file(dir / "public.ics", "x");
    ::umask(old);
    CHECK(mode_of(dir / "private.ics") == 0600);
    CHECK(mode_of(dir / "public.ics") == 0644);
}

TEST_CASE("a backup takes the mode of the file it keeps, even over an older backup", "[write]") {
    const fs::path dir = fresh_dir("like");
    put(dir / "event.yaml", "secret\n", 0600);
    put(dir / "event.yaml.bak", "older\n", 0644);
    write_file(dir / "event.yaml.bak", "secret\n", {{}, dir / "event.yaml"});
    CHECK(mode_of(dir / "event.yaml.bak") == 0600);
    write_file(dir / "new.autosave", "secret\n", {{}, dir / "event.yaml"});
    CHECK(mode_of(dir / "new.autosave") == 0600);
}

TEST_CASE("the owner and group of a file are kept when the system allows it", "[write]") {
    const fs::path dir = fresh_dir("owner");
    const fs::path file = dir / "event.yaml";
    put(file, "a\n", 0660);
    // As root (CI), a file of another user keeps that user; as a user, one's own file stays one's.
    const uid_t uid = is_root() ? 65534 : ::geteuid();
    const gid_t gid = is_root() ? 65534 : ::getegid();
    REQUIRE(::chown(file.c_str(), uid, gid) == 0);
    write_file(file, "b\n");
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK(st.st_uid == uid);
    CHECK(st.st_gid == gid);
    CHECK(mode_of(file) == 0660);
    write_file(dir / "event.yaml.bak", "a\n", {{}, file});
    REQUIRE(::stat((dir / "event.yaml.bak").c_str(), &st) == 0);
    CHECK(st.st_uid == uid);
}

TEST_CASE("a symbolic link is followed: its file is replaced in its own folder, the link stays",
          "[write]") {
    const fs::path dir = fresh_dir("symlink");
    fs::create_directories(dir / "real");
    fs::create_directories(dir / "links");
    put(dir / "real" / "event.yaml", "old\n", 0600);
    // Two links in a row, relative ones: links/event.yaml -> step.yaml -> ../real/event.yaml
    fs::create_symlink("../real/event.yaml", dir / "links" / "step.yaml");
    fs::create_symlink("step.yaml", dir / "links" / "event.yaml");
    write_file(dir / "links" / "event.yaml", "new\n");
    CHECK(fs::is_symlink(dir / "links" / "event.yaml"));
    CHECK(fs::is_symlink(dir / "links" / "step.yaml"));
    CHECK(read(dir / "real" / "event.yaml") == "new\n");
    CHECK(mode_of(dir / "real" / "event.yaml") == 0600);
    CHECK(entries(dir / "links") == 2);
    CHECK(entries(dir / "real") == 1);
    // A link to a file not written yet: the file is made where the link points.
    fs::create_symlink("../real/later.ics", dir / "links" / "later.ics");
    write_file(dir / "links" / "later.ics", "ics\n");
    CHECK(fs::is_symlink(dir / "links" / "later.ics"));
    CHECK(read(dir / "real" / "later.ics") == "ics\n");
    // A loop of links is an error, not a hang.
    fs::create_symlink("b", dir / "links" / "a");
    fs::create_symlink("a", dir / "links" / "b");
    CHECK_THROWS_AS(write_file(dir / "links" / "a", "x"), WriteError);
}

TEST_CASE("a FIFO is written into, never replaced", "[write]") {
    const fs::path dir = fresh_dir("fifo");
    const fs::path fifo = dir / "printer";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string got;
    std::thread reader([&] { got = read(fifo); });
    write_file(fifo, "to the printer\n");
    reader.join();
    CHECK(got == "to the printer\n");
    CHECK(fs::is_fifo(fifo));
    CHECK(entries(dir) == 1);
}

TEST_CASE("a character device is written into, never replaced", "[write]") {
    // As root a rename over /dev/null would replace the machine's; a copy of it is made here.
    fs::path null = "/dev/null";
    const fs::path dir = fresh_dir("device");
    if (is_root()) {
        null = dir / "null";
        REQUIRE(::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    }
    write_file(null, "nothing\n");
    CHECK(fs::is_character_file(null));
    struct stat st {};
    REQUIRE(::stat(null.c_str(), &st) == 0);
    CHECK(st.st_rdev == makedev(1, 3));
    CHECK(entries(dir) == (is_root() ? 1u : 0u));
    // A block device (a disk) is refused, whoever runs it.
    if (is_root()) {
        REQUIRE(::mknod((dir / "disk").c_str(), S_IFBLK | 0600, makedev(7, 0)) == 0);
        CHECK_THROWS_WITH(write_file(dir / "disk", "x"), Catch::Contains("block device"));
    }
}

TEST_CASE("/dev/fd/N and /proc/self/fd/N are the descriptors the process has", "[write]") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    write_file("/dev/fd/" + std::to_string(fds[1]), "one ");
    write_file("/proc/self/fd/" + std::to_string(fds[1]), "two");
    ::close(fds[1]);
    char buf[64];
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    ::close(fds[0]);
    REQUIRE(n > 0);
    CHECK(std::string(buf, static_cast<std::size_t>(n)) == "one two");
}

TEST_CASE("an input is never written over, however it is named", "[write]") {
    const fs::path dir = fresh_dir("inputs");
    const fs::path event = dir / "event.yaml";
    put(event, "summitry: 1\n");
    fs::create_symlink("event.yaml", dir / "link.yaml");
    fs::create_hard_link(event, dir / "hard.yaml");
    const WriteFileOptions options{{event}, {}};
    for (const fs::path& target :
         {event, dir / "link.yaml", dir / "hard.yaml", dir / "." / "event.yaml"}) {
        INFO(target);
        CHECK_THROWS_WITH(write_file(target, "BEGIN:VCALENDAR\n", options),
                          Catch::Contains("refusing"));
        CHECK(read(event) == "summitry: 1\n");
    }
    // A descriptor open on it (`>> event.yaml`).
    const int fd = ::open(event.c_str(), O_WRONLY | O_APPEND);
    REQUIRE(fd >= 0);
    CHECK(descriptor_is_input(fd, {event}));
    CHECK_THROWS_AS(write_file("/dev/fd/" + std::to_string(fd), "x", options), WriteError);
    ::close(fd);
    CHECK(read(event) == "summitry: 1\n");
    // Another file is written.
    write_file(dir / "event.ics", "ics", options);
    CHECK(read(dir / "event.ics") == "ics");
}

TEST_CASE("a write that fails says which file and leaves it as it was", "[write]") {
    CHECK_THROWS_WITH(write_file("/dev/full", "x"),
                      Catch::Contains("'/dev/full'") && Catch::Contains("No space"));
    const fs::path dir = fresh_dir("fail");
    CHECK_THROWS_WITH(write_file(dir, "x"), Catch::Contains("folder"));
    CHECK_THROWS_WITH(write_file(dir / "missing" / "out.csv", "x"), Catch::Contains("out.csv"));
    CHECK(entries(dir) == 0);
}

TEST_CASE(
    "a file locked by another process is waited for, and locked twice in one process is "
    "one lock",
    "[write][lock]") {
    const fs::path dir = fresh_dir("lock");
    const fs::path file = dir / "event.yaml";
    put(file, "a\n");
    int ready[2], release[2];
    REQUIRE(::pipe(ready) == 0);
    REQUIRE(::pipe(release) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        int code = 0;
        try {
            const FileLock held(file);
            code = held.held() ? 0 : 3;
            char c = 'x';
            if (::write(ready[1], &c, 1) != 1) code = 4;
            if (::read(release[0], &c, 1) != 1) code = 5;
        } catch (...) {
            code = 6;
        }
        ::_exit(code);
    }
    char c;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    // Held by the child: not had within the time given, and the error names the file.
    CHECK_THROWS_WITH(FileLock(file, std::chrono::milliseconds(50)), Catch::Contains("event.yaml"));
    REQUIRE(::write(release[1], &c, 1) == 1);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WEXITSTATUS(status) == 0);
    const FileLock mine(file, std::chrono::seconds(20));
    CHECK(mine.held());
    const FileLock again(dir / "." / "event.yaml",
                         std::chrono::milliseconds(50));  // shared, no wait
    CHECK(again.held());
    // Nothing to lock where there is no file, or no regular one.
    CHECK_FALSE(FileLock(dir / "none.yaml").held());
    CHECK_FALSE(FileLock("/dev/null").held());
    for (int fd : {ready[0], ready[1], release[0], release[1]}) ::close(fd);
}
