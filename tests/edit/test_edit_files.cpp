// SPDX-License-Identifier: MIT
// An event document's files (edit/document_files.cpp): saving when another program changed the
// file meanwhile keeps both edits or writes nothing; the backup and the autosave are as private as
// the event; a symbolic link to the event stays a link.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "edit/document.h"
#include "io/atomic_file.h"
#include "support/temp_dir.h"

using namespace summitry;
namespace fs = std::filesystem;

namespace {

const char* const base = R"(summitry: 1
event:
  id: evening
  title: An evening
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
people:
  - id: ada
    name: Ada Lovelace
  - id: bob
    name: Bob
venues:
  - id: embassy
    name: Embassy
    rooms:
      - id: hall
        name: Hall
        capacity: 100
sessions:
  - id: opening
    title: Opening
    room: hall
    start: 2025-02-10 18:00
    duration: 30min
    speakers: [ada]
  - id: panel
    title: Panel
    room: hall
    start: 2025-02-10 18:30
    duration: 1h
  - id: drinks
    title: Drinks
    room: hall
    start: 2025-02-10 19:30
    duration: 1h
)";

fs::path fresh_dir(const std::string& name) {
    return test::fresh_dir("test-files", name);
}

std::string read(const fs::path& p) {
    return test::read_file(p);
}

void put(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

// Another program's edit: one line of the file replaced.
void edit_on_disk(const fs::path& p, const std::string& from, const std::string& to) {
    std::string text = read(p);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    put(p, text);
}

ValuePath path(const std::string& text) {
    auto p = parse_value_path(text);
    REQUIRE(p);
    return *p;
}

void set(EventDocument& d, const std::string& where, const std::string& yaml) {
    const Plan plan = d.plan_set(path(where), yaml);
    INFO(plan.error);
    REQUIRE(plan);
    d.apply(*plan.change);
}

std::string title(const EventDocument& d, const std::string& id) {
    const Index s = d.event().find_session(id);
    REQUIRE(s >= 0);
    return std::string(d.event().sessions[static_cast<std::size_t>(s)].title.get("en"));
}

mode_t mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("saving after another program changed other values keeps both edits", "[edit][files]") {
    const fs::path dir = fresh_dir("merge");
    const fs::path file = dir / "evening.yaml";
    put(file, base);
    EventDocument d = EventDocument::open(file.string());
    set(d, "sessions/opening.title", "Welcome");
    set(d, "sessions/drinks.duration", "2h");
    // Meanwhile, another organizer retitles the panel and the same session's start.
    edit_on_disk(file, "title: Panel", "title: Big panel");
    edit_on_disk(file, "start: 2025-02-10 18:00", "start: 2025-02-10 17:45");
    const EventDocument::SaveResult r = d.save();
    CHECK(r.merged == std::vector<std::string>{file.string()});
    const EventDocument back = EventDocument::open(file.string());
    CHECK(title(back, "opening") == "Welcome");
    CHECK(title(back, "panel") == "Big panel");
    CHECK(read(file).find("start: 2025-02-10 17:45") != std::string::npos);
    CHECK(read(file).find("duration: 2h") != std::string::npos);
    // The document is what was written, not modified, its history on the old text gone.
    CHECK(d.text() == read(file));
    CHECK_FALSE(d.modified());
    CHECK_FALSE(d.can_undo());
    CHECK(title(d, "panel") == "Big panel");
    // The backup is the other program's version.
    CHECK(read(dir / "evening.yaml.bak").find("title: Big panel") != std::string::npos);
}

TEST_CASE("saving refuses, writing nothing, when both changed the same value", "[edit][files]") {
    const fs::path dir = fresh_dir("conflict");
    const fs::path file = dir / "evening.yaml";
    put(file, base);
    EventDocument d = EventDocument::open(file.string());
    set(d, "sessions/panel.title", "Our panel");
    edit_on_disk(file, "title: Panel", "title: Their panel");
    const std::string theirs = read(file);
    CHECK_THROWS_AS(d.save(), ChangedOnDisk);
    try {
        d.save();
    } catch (const ChangedOnDisk& e) {
        CHECK(e.files() == std::vector<std::string>{file.string()});
        CHECK(std::string(e.what()).find("changed on disk") != std::string::npos);
    }
    CHECK(read(file) == theirs);
    CHECK_FALSE(fs::exists(dir / "evening.yaml.bak"));
    CHECK(d.modified());
    CHECK(title(d, "panel") == "Our panel");
    // Chosen: ours over theirs; theirs is the backup.
    d.save(EventDocument::OnDiskChange::overwrite);
    CHECK(read(file).find("title: Our panel") != std::string::npos);
    CHECK(read(dir / "evening.yaml.bak") == theirs);
}

TEST_CASE("a merge is checked by its values: one entity's different keys merge, an error does not",
          "[edit][files]") {
    const fs::path dir = fresh_dir("values");
    const fs::path file = dir / "evening.yaml";
    put(file, base);
    {
        // We change a room's capacity; they add a key to the same room, on another line: both
        // are kept.
        EventDocument d = EventDocument::open(file.string());
        set(d, "rooms/embassy/hall.capacity", "120");
        edit_on_disk(file, "      - id: hall\n", "      - id: hall\n        x-note: theirs\n");
        CHECK_NOTHROW(d.save());
        CHECK(read(file).find("x-note: theirs") != std::string::npos);
        CHECK(read(file).find("capacity: 120") != std::string::npos);
    }
    put(file, base);
    {
        // We give the opening a second speaker; they remove that person: it would not load.
        EventDocument d = EventDocument::open(file.string());
        set(d, "sessions/opening.speakers", "[ada, bob]");
        edit_on_disk(file, "  - id: bob\n    name: Bob\n", "");
        CHECK_THROWS_WITH(d.save(), Catch::Contains("changed on disk") && Catch::Contains("error"));
        CHECK(read(file).find("id: bob") == std::string::npos);
    }
}

TEST_CASE("a file removed on disk is not saved over silently", "[edit][files]") {
    const fs::path dir = fresh_dir("removed");
    const fs::path file = dir / "evening.yaml";
    put(file, base);
    EventDocument d = EventDocument::open(file.string());
    set(d, "sessions/panel.title", "Our panel");
    fs::remove(file);
    CHECK_THROWS_AS(d.save(), ChangedOnDisk);
    CHECK_FALSE(fs::exists(file));
    d.save(EventDocument::OnDiskChange::overwrite);
    CHECK(read(file).find("Our panel") != std::string::npos);
}

TEST_CASE("the backup and the autosave are as private as the event file", "[edit][files]") {
    const fs::path dir = fresh_dir("private");
    const fs::path file = dir / "evening.yaml";
    put(file, base);
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    const mode_t old = ::umask(022);
    EventDocument d = EventDocument::open(file.string());
    set(d, "sessions/panel.title", "Secret panel");
    d.write_autosave();
    CHECK(mode_of(EventDocument::autosave_path(file.string())) == 0600);
    d.save();
    ::umask(old);
    CHECK(mode_of(file) == 0600);
    CHECK(mode_of(dir / "evening.yaml.bak") == 0600);
}

TEST_CASE("saving an event through a symbolic link writes the file it leads to", "[edit][files]") {
    const fs::path dir = fresh_dir("symlink");
    fs::create_directories(dir / "shared");
    put(dir / "shared" / "evening.yaml", base);
    fs::create_symlink("shared/evening.yaml", dir / "evening.yaml");
    EventDocument d = EventDocument::open((dir / "evening.yaml").string());
    set(d, "sessions/panel.title", "Linked panel");
    d.save();
    CHECK(fs::is_symlink(dir / "evening.yaml"));
    CHECK(read(dir / "shared" / "evening.yaml").find("Linked panel") != std::string::npos);
    // Saved again with another program's change on the real file: merged there too.
    edit_on_disk(dir / "shared" / "evening.yaml", "title: Drinks", "title: Cocktails");
    set(d, "sessions/opening.title", "Hello");
    CHECK(d.save().merged.size() == 1);
    CHECK(fs::is_symlink(dir / "evening.yaml"));
    CHECK(read(dir / "shared" / "evening.yaml").find("Cocktails") != std::string::npos);
    CHECK(read(dir / "shared" / "evening.yaml").find("title: Hello") != std::string::npos);
}
