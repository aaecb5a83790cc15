// SPDX-License-Identifier: MIT
// EventDocument::changed_on_disk() with stamps (io/disk_stamp.h): a file known unchanged by its
// stamp is not read again, and every way another program changes a file is still noticed.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "edit/document.h"
#include "io/disk_stamp.h"
#include "support/temp_dir.h"

using namespace summitry;

namespace {

const std::string event_text = R"(summitry: 1
event:
  id: evening
  title: An evening
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
venues:
  - id: embassy
    name: Embassy
    rooms:
      - {id: hall, name: Hall}
sessions:
  - {id: opening, title: Opening, room: hall, start: 2025-02-10 18:00, duration: 30min}
)";

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// The same length, other bytes: what a size check alone would miss.
std::string same_size_other(std::string text) {
    const auto at = text.find("Opening");
    text.replace(at, 7, "Welcome");
    return text;
}

// Past the two seconds in which a file's stamp is not trusted (io/disk_stamp.h).
void let_settle() {
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
}

}  // namespace

TEST_CASE("A file's stamp: what it is, and when it is trusted", "[edit][disk]") {
    test::TempDir dir("stamp", "one");
    const auto file = dir.path / "evening.yaml";
    CHECK_FALSE(disk_stamp((dir.path / "absent.yaml").string()));
    write(file, event_text);
    const auto fresh = disk_stamp(file.string());
    REQUIRE(fresh);
    CHECK(fresh->size == event_text.size());
    CHECK_FALSE(fresh->settled);  // just written: a write in the same tick would not show
    let_settle();
    const auto settled = disk_stamp(file.string());
    REQUIRE(settled);
    CHECK(settled->settled);
    CHECK(settled->inode == fresh->inode);
    CHECK(settled->modified_ns == fresh->modified_ns);
}

TEST_CASE("changed_on_disk reads a settled, unchanged file once, and notices every change",
          "[edit][disk]") {
    test::TempDir dir("ondisk", "stamps");
    const auto file = dir.path / "evening.yaml";
    const std::string name = file.string();
    write(file, event_text);
    let_settle();

    EventDocument d = EventDocument::open(name);
    // Stamped when opened: looking again stats the file, reads nothing.
    for (int i = 0; i < 3; ++i) CHECK(d.changed_on_disk().empty());
    CHECK(d.disk_reads() == 0);

    SECTION("written in place with the same length") {
        write(file, same_size_other(event_text));
        CHECK(d.changed_on_disk() == std::vector<std::string>{name});
        CHECK(d.disk_reads() == 1);
    }
    SECTION("written in place, its modification time set back (touch -r, rsync -t)") {
        const auto modified = std::filesystem::last_write_time(file);
        write(file, same_size_other(event_text));
        std::filesystem::last_write_time(file, modified);
        CHECK(d.changed_on_disk() == std::vector<std::string>{name});
    }
    SECTION("replaced by a rename, the same length and modification time") {
        const auto modified = std::filesystem::last_write_time(file);
        const auto other = dir.path / "new.yaml";
        write(other, same_size_other(event_text));
        std::filesystem::last_write_time(other, modified);
        std::filesystem::rename(other, file);
        CHECK(d.changed_on_disk() == std::vector<std::string>{name});
    }
    SECTION("written back as it was: not a change, and read until it settles again") {
        write(file, same_size_other(event_text));
        CHECK_FALSE(d.changed_on_disk().empty());
        write(file, event_text);
        CHECK(d.changed_on_disk().empty());
        CHECK(d.changed_on_disk().empty());
        CHECK(d.disk_reads() == 3);  // a fresh stamp is not trusted
        let_settle();
        CHECK(d.changed_on_disk().empty());
        CHECK(d.changed_on_disk().empty());
        CHECK(d.disk_reads() == 4);  // settled: read once more, then stamped
    }
    SECTION("saved by the planner: the new text is what the file is compared with") {
        d.take_disk_version({same_size_other(event_text)});
        // The saved text changed, the file did not: the stamp no longer answers for it.
        CHECK(d.changed_on_disk() == std::vector<std::string>{name});
        write(file, same_size_other(event_text));
        CHECK(d.changed_on_disk().empty());
    }
    SECTION("removed") {
        std::filesystem::remove(file);
        CHECK(d.changed_on_disk() == std::vector<std::string>{name});
    }
}

TEST_CASE("A file just written is read every time it is looked at", "[edit][disk]") {
    test::TempDir dir("ondisk", "fresh");
    const auto file = dir.path / "evening.yaml";
    write(file, event_text);
    EventDocument d = EventDocument::open(file.string());
    CHECK(d.changed_on_disk().empty());
    CHECK(d.changed_on_disk().empty());
    CHECK(d.disk_reads() == 2);
    write(file, same_size_other(event_text));
    CHECK(d.changed_on_disk() == std::vector<std::string>{file.string()});
}
