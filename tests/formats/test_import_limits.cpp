// SPDX-License-Identifier: MIT
// The loader's limits, applied by every importer through one check (io/import_limits.h): an
// import that `check` would refuse is refused, naming the limit, before anything is written.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "formats/formats.h"
#include "formats/import_limits.h"
#include "io/event_loader.h"
#include "io/event_writer.h"

using namespace summitry;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string calendar(int events) {
    std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n";
    for (int i = 0; i < events; ++i) {
        const std::string n = std::to_string(i);
        text += "BEGIN:VEVENT\r\nUID:e" + n +
                "@t\r\nDTSTAMP:20250101T000000Z\r\n"
                "DTSTART:20250301T100000Z\r\nDTEND:20250301T110000Z\r\nSUMMARY:Talk " +
                n + "\r\nEND:VEVENT\r\n";
    }
    return text + "END:VCALENDAR\r\n";
}

bool has_error(const Diagnostics& d, std::string_view part) {
    for (const auto& x : d.items())
        if (x.severity == Severity::error && x.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("every importer is held to the loader's number of entities", "[import][limits]") {
    LoadOptions limits;
    limits.max_entities = 1000;
    const std::string shared = SUMMITRY_SHARED_DIR "/data/";
    struct Source {
        const char* format;
        std::string text;
        std::size_t sessions;
    };
    const Source sources[] = {
        {"ics", calendar(1001), 1001},
        {"frab", read_file(shared + "frab/36c3-everything.xml"), 1351},
        {"json", read_file(shared + "c3voc-json/36c3-everything.json"), 1351},
    };
    for (const Source& s : sources) {
        SECTION(s.format) {
            ImportResult r = find_import_format(s.format)->read(s.text, "in");
            REQUIRE(r.diagnostics.errors() == 0);
            REQUIRE(r.event.sessions.size() == s.sessions);
            check_import_limits(r, limits);
            CHECK(has_error(r.diagnostics, "the source holds " + std::to_string(s.sessions) +
                                               " sessions; an event file holds at most 1000"));
            // At the first session past the limit.
            for (const auto& d : r.diagnostics.items())
                if (d.severity == Severity::error)
                    CHECK(d.loc.line == r.event.sessions[1000].loc.line);
        }
    }
}

TEST_CASE("an import within the limits passes the check untouched", "[import][limits]") {
    ImportResult r = find_import_format("ics")->read(calendar(1000), "in");
    LoadOptions limits;
    limits.max_entities = 1000;
    check_import_limits(r, limits);
    CHECK(r.diagnostics.errors() == 0);
    // And what it writes loads.
    std::ostringstream yaml;
    write_event_yaml(yaml, r.event);
    CHECK(load_event_text(yaml.str(), "back.yaml", limits).diagnostics.errors() == 0);
}

TEST_CASE("an event file larger than the loader reads is refused, not written",
          "[import][limits]") {
    ImportResult r = find_import_format("ics")->read(calendar(2000), "in");
    std::ostringstream yaml;
    write_event_yaml(yaml, r.event);
    LoadOptions limits;
    limits.max_file_bytes = yaml.str().size() + import_header_allowance - 1;  // one byte short
    check_import_limits(r, limits);
    CHECK(has_error(r.diagnostics, "the event file would be larger than"));
    // The loader agrees: it refuses that text at that limit.
    CHECK(load_event_text(yaml.str() + std::string(import_header_allowance, '#'), "x.yaml", limits)
              .diagnostics.has_errors());
}
