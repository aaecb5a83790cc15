// SPDX-License-Identifier: MIT
#pragma once
// What the iCalendar import's tests share: the shared calendars, an import, what it said and wrote.

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "formats/formats.h"
#include "formats/ics/ics_import.h"
#include "formats/ics/ics_import_detail.h"
#include "io/event_loader.h"
#include "io/event_writer.h"

using namespace summitry;

namespace ics_import_test {

const std::string ical_dir = SUMMITRY_SHARED_DIR "/data/ical/";

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// BEGIN:VEVENT lines, counted on the bytes without the importer's help.
inline std::size_t count_vevents(std::string_view text) {
    std::size_t n = 0, pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line == "BEGIN:VEVENT") ++n;
        pos = end + 1;
    }
    return n;
}

inline ImportResult import(std::string_view text, const std::string& name = "test.ics") {
    return import_ics(text, name);
}

inline std::string messages(const Diagnostics& d) {
    std::string out;
    for (const auto& x : d.items())
        out += std::string(to_string(x.severity)) + " " + x.rule + " line " +
               std::to_string(x.loc.line) + ": " + x.message + "\n";
    return out;
}

inline bool has(const Diagnostics& d, std::string_view rule, std::uint32_t line = 0) {
    return std::any_of(d.items().begin(), d.items().end(), [&](const Diagnostic& x) {
        return x.rule == rule && (line == 0 || x.loc.line == line);
    });
}

// What `import` writes must load without errors (spec: every imported file loads).
inline LoadResult written_and_loaded(const Event& ev) {
    std::ostringstream out;
    write_event_yaml(out, ev);
    LoadResult r = load_event_text(out.str(), "imported.yaml");
    INFO(out.str().substr(0, 2000));
    INFO(messages(r.diagnostics));
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return r;
}

inline const Session& session(const Event& ev, std::string_view id) {
    const Index i = ev.find_session(id);
    INFO("session " << id);
    REQUIRE(i != no_index);
    return ev.sessions[static_cast<std::size_t>(i)];
}

// An instant from its UTC reading, "2014-08-29 12:00:00".
inline Instant utc(std::string_view text) {
    const auto t = parse_date_time(text);
    REQUIRE(t);
    return Instant{t->local.time_since_epoch()};
}

inline std::string calendar(std::string_view body) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + std::string(body) +
           "END:VCALENDAR\r\n";
}

}  // namespace ics_import_test
