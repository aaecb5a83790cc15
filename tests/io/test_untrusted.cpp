// SPDX-License-Identifier: MIT
// Issue 13, items 11 and 12: what the loader does with files from people one does not trust.
// Control characters in any text are a `bad-value` warning at their value; an included file that
// is not part of an event is said once and never quoted; with confine_includes (--confine) no
// file outside the event's folder is read, whatever links lead there. docs/security.md.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/event_loader.h"

using namespace summitry;
namespace fs = std::filesystem;

namespace {

const std::string head = R"(summitry: 1
event:
  id: untrusted
  title: Summit
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
)";

std::size_t count(const Diagnostics& d, std::string_view rule) {
    std::size_t n = 0;
    for (const auto& x : d.items()) n += x.rule == rule;
    return n;
}

// Every message and hint, one after the other.
std::string all_text(const Diagnostics& d) {
    std::string out;
    for (const auto& x : d.items()) out += x.message + "\n" + x.hint + "\n";
    return out;
}

// A folder of its own for each test, removed after it.
struct Folder {
    fs::path path;
    explicit Folder(const std::string& name)
        : path(fs::temp_directory_path() /
               ("summitry-untrusted-" + std::to_string(::getpid()) + "-" + name)) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }
    fs::path write(const std::string& name, const std::string& text) const {
        const fs::path p = path / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }
};

const std::string part = "sessions:\n  - {id: extra, title: Extra, kind: talk}\n";

}  // namespace

// ---------------------------------------------------------------------------------------------
// Control characters

TEST_CASE("a control character in a text is a bad-value warning at its value") {
    const std::string text = head + R"(people:
  - id: ada
    name: "Ada\e[2J Lovelace"
    role: {en: "Chair\0", fr: Présidente}
    bio: "line one\nline two\twith a tab"
sessions:
  - id: s1
    title: "Opening\r\n- injected"
    kind: talk
  - id: s2
    title: "C1 CSI \x9b31m and DEL \x7f"
    kind: talk
    tags: ["a\x07"]
)";
    const LoadResult r = load_event_text(text, "controls.yaml");
    CHECK_FALSE(r.diagnostics.has_errors());
    std::vector<std::uint32_t> lines;
    for (const auto& d : r.diagnostics.items()) {
        CHECK(d.rule == "bad-value");
        CHECK(d.severity == Severity::warning);
        lines.push_back(d.loc.line);
    }
    // name, role.en, title s1, title s2, tags: not the bio (newline and tab are text).
    CHECK(lines == std::vector<std::uint32_t>{10, 11, 15, 18, 20});
    CHECK(r.diagnostics.items()[0].message.find("U+001B") != std::string::npos);
    CHECK(r.diagnostics.items()[1].message.find("U+0000") != std::string::npos);
    CHECK(r.diagnostics.items()[3].message.find("U+009B") != std::string::npos);
    // Kept as written: the outputs drop them (test_escaping.cpp).
    CHECK(r.event.people[0].name == "Ada\x1b[2J Lovelace");
}

TEST_CASE("a control character in an id is one error, not a warning too") {
    const LoadResult r =
        load_event_text(head + "sessions:\n  - {id: \"s\\e1\", title: T, kind: talk}\n", "id.yaml");
    CHECK(r.diagnostics.items().size() == 1);
    CHECK(count(r.diagnostics, "bad-value") == 1);
    CHECK(r.diagnostics.has_errors());
}

// ---------------------------------------------------------------------------------------------
// Including what is not part of an event

TEST_CASE("including a file that is not part of an event is said once, never quoted") {
    const Folder f("foreign");
    f.write("passwd",
            "root:x:0:0:root:/root:/bin/bash\n"
            "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
    f.write("secrets.yml",
            "aws_secret_access_key: wJalrXUtnFEMI\ndb_password: hunter2\n"
            "aws_secret_access_key: twice\n");
    f.write("list.yaml", "- first-secret-line\n- second\n");
    f.write("broken.yaml", "token: {\"unclosed-secret\n");
    for (const std::string name : {"passwd", "secrets.yml", "list.yaml"}) {
        INFO(name);
        const fs::path ev = f.write("event.yaml", head + "include: " + name + "\n");
        const LoadResult r = load_event(ev);
        REQUIRE(r.diagnostics.items().size() == 1);
        const Diagnostic& d = r.diagnostics.items()[0];
        CHECK(d.rule == "include-error");
        CHECK(d.loc.file == 0);
        CHECK(d.loc.line == 8);
        CHECK(d.message.find("not an event file") != std::string::npos);
        const std::string said = all_text(r.diagnostics);
        for (const char* secret :
             {"root:x", "daemon", "aws_secret", "wJalr", "hunter2", "db_password", "first-secret"})
            CHECK(said.find(secret) == std::string::npos);
    }
    // Not YAML at all: where it breaks, in the parser's words, and nothing of the text.
    const fs::path ev = f.write("event.yaml", head + "include: broken.yaml\n");
    const LoadResult r = load_event(ev);
    CHECK(r.diagnostics.has_errors());
    CHECK(all_text(r.diagnostics).find("unclosed-secret") == std::string::npos);
}

TEST_CASE("an included part with a misspelt key still gets its unknown-key warning") {
    const Folder f("typo");
    f.write("parts/more.yaml", part + "speakres: []\n");
    const fs::path ev = f.write("event.yaml", head + "include: parts/more.yaml\n");
    const LoadResult r = load_event(ev);
    CHECK_FALSE(r.diagnostics.has_errors());
    CHECK(count(r.diagnostics, "unknown-key") == 1);
    CHECK(r.event.sessions.size() == 1);
}

// ---------------------------------------------------------------------------------------------
// Confinement

TEST_CASE("confined, includes outside the event's folder are refused, links followed") {
    const Folder f("confine");
    const fs::path outside = f.write("outside.yaml", part);
    f.write("event/parts/inside.yaml", "sessions:\n  - {id: inside, title: In, kind: talk}\n");
    f.write("event-other/sibling.yaml", "sessions:\n  - {id: sibling, title: S, kind: talk}\n");
    fs::create_symlink(outside, f.path / "event" / "link-out.yaml");
    fs::create_symlink(f.path / "event" / "parts" / "inside.yaml",
                       f.path / "event" / "link-in.yaml");
    fs::create_symlink(f.path, f.path / "event" / "parts" / "up");
    LoadOptions confined;
    confined.confine_includes = true;

    const auto load = [&](const std::string& include, const LoadOptions& o) {
        const fs::path ev = f.write("event/event.yaml", head + "include: " + include + "\n");
        return load_event(ev, o);
    };
    for (const std::string& inc :
         std::vector<std::string>{"../outside.yaml", "link-out.yaml", "parts/up/outside.yaml",
                                  "../event-other/sibling.yaml", outside.string()}) {
        INFO(inc);
        const LoadResult free = load(inc, {});
        CHECK_FALSE(free.diagnostics.has_errors());
        CHECK(free.event.sessions.size() == 1);
        const LoadResult r = load(inc, confined);
        REQUIRE(r.diagnostics.items().size() == 1);
        CHECK(r.diagnostics.items()[0].rule == "include-error");
        CHECK(r.diagnostics.items()[0].loc.line == 8);
        CHECK(r.diagnostics.items()[0].message.find("outside the event's folder") !=
              std::string::npos);
        CHECK(r.event.sessions.empty());
        CHECK(r.event.files.size() == 1);  // nothing read
    }
    for (const std::string inc :
         {"parts/inside.yaml", "link-in.yaml", "./parts/../parts/inside.yaml"}) {
        INFO(inc);
        const LoadResult r = load(inc, confined);
        CHECK_FALSE(r.diagnostics.has_errors());
        CHECK(r.event.sessions.size() == 1);
    }
}

TEST_CASE("confined, the event's folder is where its file is, links in that path followed") {
    const Folder f("confine-top");
    f.write("real/event.yaml", head + "include: part.yaml\n");
    f.write("real/part.yaml", part);
    fs::create_symlink(f.path / "real", f.path / "alias");
    LoadOptions confined;
    confined.confine_includes = true;
    const LoadResult r = load_event(f.path / "alias" / "event.yaml", confined);
    CHECK_FALSE(r.diagnostics.has_errors());
    CHECK(r.event.sessions.size() == 1);
}
