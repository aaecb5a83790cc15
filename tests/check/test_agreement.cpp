// SPDX-License-Identifier: MIT
// The checks against the reference checker of bench/gen_event.py: generated events of several
// sizes, clean and disturbed, must give exactly the conflicts its slow, obvious `truth()` finds.
#include <stdlib.h>  // mkdtemp

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "check/rule.h"
#include "io/event_loader.h"

using namespace summitry;
namespace fs = std::filesystem;

namespace {

// What the truth file says of a conflict; the message and location are ours alone.
using Conflict = std::tuple<std::string, std::vector<std::string>, std::vector<std::string>,
                            std::vector<std::string>>;

std::string describe(const Conflict& c) {
    const auto list = [](const std::vector<std::string>& v) {
        std::string s = "[";
        for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + v[i];
        return s + "]";
    };
    return std::get<0>(c) + " sessions=" + list(std::get<1>(c)) +
           " people=" + list(std::get<2>(c)) + " rooms=" + list(std::get<3>(c));
}

// A folder of its own under the system's temporary folder, removed at the end of the test.
class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "summitry-agreement-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

struct Case {
    int sessions;
    int seed;
    int perturb;
    double unscheduled = 0.0;
};

std::vector<Conflict> read_truth(const fs::path& file) {
    std::ifstream in(file);
    const nlohmann::json truth = nlohmann::json::parse(in);
    std::vector<Conflict> out;
    for (const auto& c : truth)
        out.emplace_back(c.at("rule").get<std::string>(),
                         c.at("sessions").get<std::vector<std::string>>(),
                         c.at("people").get<std::vector<std::string>>(),
                         c.at("rooms").get<std::vector<std::string>>());
    std::sort(out.begin(), out.end());
    return out;
}

void agree(const Case& c) {
    const TempDir dir;
    const fs::path yaml = dir.path() / "event.yaml";
    const fs::path json = dir.path() / "truth.json";
    std::ostringstream cmd;
    cmd << "/usr/bin/python3 '" << SUMMITRY_SHARED_DIR << "/bench/gen_event.py'"
        << " --sessions " << c.sessions << " --seed " << c.seed << " --perturb " << c.perturb;
    if (c.unscheduled > 0) cmd << " --unscheduled " << c.unscheduled;
    cmd << " -o '" << yaml.string() << "' --truth '" << json.string() << "' 2>/dev/null";
    INFO(cmd.str());
    REQUIRE(std::system(cmd.str().c_str()) == 0);

    const LoadResult loaded = load_event(yaml);
    for (const Diagnostic& d : loaded.diagnostics.items())
        if (d.severity == Severity::error) UNSCOPED_INFO("load: " << d.rule << ": " << d.message);
    REQUIRE_FALSE(loaded.diagnostics.has_errors());
    REQUIRE(loaded.event.sessions.size() == static_cast<std::size_t>(c.sessions));

    const auto t0 = std::chrono::steady_clock::now();
    const Diagnostics found = check_conflicts(loaded.event);
    const auto t1 = std::chrono::steady_clock::now();
    if (c.sessions >= 2000) {
        std::cout << "check_conflicts, " << c.sessions << " sessions, perturb " << c.perturb << ": "
                  << std::chrono::duration<double, std::milli>(t1 - t0).count() << " ms, "
                  << found.items().size() << " diagnostics\n";
    }

    std::vector<Conflict> ours;
    for (const Diagnostic& d : found.items()) {
        // Conflicts are warnings; only `unscheduled` is a note.
        CHECK(d.severity == (d.rule == "unscheduled" ? Severity::note : Severity::warning));
        CHECK_FALSE(d.message.empty());
        CHECK(d.loc.line > 0);
        ours.emplace_back(d.rule, d.sessions, d.people, d.rooms);
    }
    std::sort(ours.begin(), ours.end());
    const std::vector<Conflict> truth = read_truth(json);

    std::vector<Conflict> missing, extra;
    std::set_difference(truth.begin(), truth.end(), ours.begin(), ours.end(),
                        std::back_inserter(missing));
    std::set_difference(ours.begin(), ours.end(), truth.begin(), truth.end(),
                        std::back_inserter(extra));
    std::string report;
    for (std::size_t i = 0; i < std::min<std::size_t>(missing.size(), 5); ++i)
        report += "\n  missed:   " + describe(missing[i]);
    for (std::size_t i = 0; i < std::min<std::size_t>(extra.size(), 5); ++i)
        report += "\n  too many: " + describe(extra[i]);
    INFO(truth.size() << " expected, " << ours.size() << " found" << report);
    CHECK(missing.empty());
    CHECK(extra.empty());
}

}  // namespace

TEST_CASE("a clean generated schedule has no conflicts the reference does not", "[agreement]") {
    const int sessions = GENERATE(50, 300);
    const int seed = GENERATE(1, 2, 3);
    agree({sessions, seed, 0});
}

TEST_CASE("small disturbed schedules agree with the reference checker", "[agreement]") {
    const int seed = GENERATE(1, 2, 3, 4, 5, 6);
    const int perturb = GENERATE(10, 40);
    agree({50, seed, perturb});
}

TEST_CASE("medium disturbed schedules agree with the reference checker", "[agreement]") {
    const int seed = GENERATE(7, 8, 9);
    const int perturb = GENERATE(10, 40, 200);
    agree({300, seed, perturb});
}

TEST_CASE("2,000-session schedules agree with the reference checker", "[agreement]") {
    const int seed = GENERATE(11, 12);
    const int perturb = GENERATE(0, 40, 200);
    agree({2000, seed, perturb});
}

TEST_CASE("unscheduled sessions are listed as the reference lists them", "[agreement]") {
    const int seed = GENERATE(21, 22);
    agree({300, seed, 40, 0.3});
    agree({2000, seed, 200, 0.3});
}
