// SPDX-License-Identifier: MIT
// Writing the site (write_site): only what changed is rewritten, what is gone is removed, and a
// folder of someone else's files is never written into.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "site/site.h"

using namespace summitry;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        path =
            fs::temp_directory_path() / ("summitry-site-files-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::remove_all(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Site site_of(std::initializer_list<std::pair<const char*, const char*>> files) {
    Site s;
    for (const auto& [path, content] : files) s.files.push_back({path, content});
    return s;
}

}  // namespace

TEST_CASE("a rebuild writes only the files whose bytes changed") {
    TempDir dir;
    const Site one = site_of({{"index.html", "a"}, {"en/index.html", "b"}, {"en/x/y.html", "c"}});
    auto s = write_site(one, dir.path, {});
    CHECK(s.written == 3);
    CHECK(read(dir.path / "en/x/y.html") == "c");
    const auto before = fs::last_write_time(dir.path / "en/index.html");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    s = write_site(one, dir.path, {});
    CHECK(s.written == 0);
    CHECK(s.unchanged == 3);
    CHECK(fs::last_write_time(dir.path / "en/index.html") == before);

    const Site two = site_of({{"index.html", "a"}, {"en/index.html", "B"}});
    s = write_site(two, dir.path, {});
    CHECK(s.written == 1);
    CHECK(s.removed == 1);
    CHECK(read(dir.path / "en/index.html") == "B");
    CHECK_FALSE(fs::exists(dir.path / "en/x/y.html"));
    CHECK_FALSE(fs::exists(dir.path / "en/x"));  // emptied, so removed
}

TEST_CASE("a folder of other files is refused, and the manifest cannot remove outside it") {
    TempDir dir;
    fs::create_directories(dir.path / "site");
    std::ofstream(dir.path / "site" / "thesis.tex") << "mine";
    CHECK_THROWS_AS(write_site(site_of({{"index.html", "a"}}), dir.path / "site", {}), SiteError);
    CHECK(read(dir.path / "site" / "thesis.tex") == "mine");
    CHECK_FALSE(fs::exists(dir.path / "site" / "index.html"));

    // A manifest edited to list files outside the folder removes none of them.
    fs::create_directories(dir.path / "other");
    std::ofstream(dir.path / "outside.txt") << "keep";
    std::ofstream(dir.path / "other" / site_manifest_name) << "../outside.txt\n/etc/passwd\n./x\n";
    write_site(site_of({{"index.html", "a"}}), dir.path / "other", {});
    CHECK(read(dir.path / "outside.txt") == "keep");
    CHECK(read(dir.path / "other" / site_manifest_name) == "index.html\n");
}

TEST_CASE("an input is never written over") {
    TempDir dir;
    write_site(site_of({{"index.html", "a"}}), dir.path, {});
    CHECK_THROWS(write_site(site_of({{"index.html", "b"}}), dir.path, {dir.path / "index.html"}));
    CHECK(read(dir.path / "index.html") == "a");
}
