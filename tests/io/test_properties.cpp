// SPDX-License-Identifier: MIT
// Properties that hold for any event, checked on events made by ../shared/bench/gen_event.py
// (several seeds and sizes, times across the spring DST change): loading, writing and loading
// again gives the same event; exporting to iCalendar, frab XML or c3voc JSON and importing
// again gives every exported session back with the same instants.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

#include "formats/formats.h"
#include "io/event_loader.h"
#include "io/event_writer.h"

using namespace summitry;
namespace fs = std::filesystem;

namespace {

LoadResult generated(int sessions, int seed, double unscheduled) {
    // One folder per process: CTest runs the test cases of this file side by side.
    const fs::path dir =
        fs::temp_directory_path() /
        ("summitry-prop-" + std::to_string(::getpid()) + "-" + std::to_string(seed));
    fs::create_directories(dir);
    const fs::path yaml = dir / ("event-" + std::to_string(sessions) + ".yaml");
    std::ostringstream cmd;
    cmd << "/usr/bin/python3 '" << SUMMITRY_SHARED_DIR << "/bench/gen_event.py' --sessions "
        << sessions << " --seed " << seed << " --perturb " << sessions / 20 << " --unscheduled "
        << unscheduled << " -o '" << yaml.string() << "' 2>/dev/null";
    INFO(cmd.str());
    REQUIRE(std::system(cmd.str().c_str()) == 0);
    LoadResult r = load_event(yaml);
    fs::remove_all(dir);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return r;
}

// Scheduled sessions by id: start and end in UTC seconds.
std::map<std::string, std::pair<long long, long long>> instants(const Event& ev) {
    std::map<std::string, std::pair<long long, long long>> out;
    for (const Session& s : ev.sessions) {
        if (!s.scheduled() || s.cancelled()) continue;
        out[s.id] = {s.start->time_since_epoch().count(), s.end().time_since_epoch().count()};
    }
    return out;
}

struct Case {
    int sessions, seed;
    double unscheduled;
};

const Case cases[] = {{60, 1, 0.0}, {200, 2, 0.1}, {400, 3, 0.2}};

}  // namespace

TEST_CASE("load, write, load gives the same event, and writing is stable", "[property]") {
    for (const Case& c : cases) {
        INFO("sessions " << c.sessions << ", seed " << c.seed);
        const LoadResult first = generated(c.sessions, c.seed, c.unscheduled);
        std::ostringstream a;
        write_event_yaml(a, first.event);
        const LoadResult second = load_event_text(a.str(), "written.yaml");
        REQUIRE_FALSE(second.diagnostics.has_errors());
        CHECK(instants(second.event) == instants(first.event));
        CHECK(second.event.sessions.size() == first.event.sessions.size());
        CHECK(second.event.people.size() == first.event.people.size());
        CHECK(second.event.rooms.size() == first.event.rooms.size());
        std::ostringstream b;
        write_event_yaml(b, second.event);
        CHECK(b.str() == a.str());
    }
}

TEST_CASE("export and import give every exported session back at the same instants", "[property]") {
    for (const Case& c : cases) {
        const LoadResult loaded = generated(c.sessions, c.seed, c.unscheduled);
        const auto expected = instants(loaded.event);
        REQUIRE(expected.size() > static_cast<std::size_t>(c.sessions) / 2);
        for (const char* format : {"ics", "frab", "json"}) {
            INFO(format << ", sessions " << c.sessions << ", seed " << c.seed);
            ExportRequest req;
            req.include_private = true;
            req.now = Instant{std::chrono::seconds{1735689600}};
            std::ostringstream out;
            find_export_format(format)->write(loaded.event, req, out);
            const ImportResult back =
                find_import_format(format)->read(out.str(), std::string("export.") + format);
            for (const Diagnostic& d : back.diagnostics.items())
                if (d.severity == Severity::error) UNSCOPED_INFO(d.message);
            REQUIRE_FALSE(back.diagnostics.has_errors());
            const auto got = instants(back.event);
            CHECK(got.size() == expected.size());
            std::size_t same = 0;
            for (const auto& [id, when] : expected) {
                const auto it = got.find(id);
                if (it != got.end() && it->second == when)
                    ++same;
                else
                    UNSCOPED_INFO("session " << id << " came back "
                                             << (it == got.end() ? "missing" : "moved"));
            }
            CHECK(same == expected.size());
        }
    }
}
