// SPDX-License-Identifier: MIT
#pragma once
// What the frab XML and c3voc JSON import tests share: the shared schedules, what an import said
// and wrote.

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "check/rule.h"
#include "formats/formats.h"
#include "formats/schedule/c3voc_import.h"
#include "formats/schedule/frab_import.h"
#include "formats/schedule/schedule_text.h"
#include "io/event_loader.h"
#include "io/event_writer.h"

using namespace summitry;

namespace schedule_import_test {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string shared(const std::string& name) {
    return read_file(SUMMITRY_SHARED_DIR "/data/" + name);
}

inline std::size_t count(const Diagnostics& d, std::string_view rule,
                         Severity severity = Severity::warning) {
    std::size_t n = 0;
    for (const auto& x : d.items()) n += (x.rule == rule && x.severity == severity) ? 1 : 0;
    return n;
}

inline std::string dump(const Diagnostics& d) {
    std::string out;
    for (const auto& x : d.items())
        out += std::to_string(x.loc.line) + ":" + std::to_string(x.loc.column) + " " +
               std::string(to_string(x.severity)) + " [" + x.rule + "] " + x.message + "\n";
    return out;
}

inline std::string written(const Event& ev) {
    std::ostringstream out;
    write_event_yaml(out, ev);
    return out.str();
}

// What `summitry-cli import` writes must load with no error.
inline LoadResult load_written(const Event& ev) {
    LoadResult r = load_event_text(written(ev), "imported.yaml");
    INFO(dump(r.diagnostics));
    REQUIRE(r.diagnostics.errors() == 0);
    return r;
}

inline Instant utc(const char* text) {
    auto w = parse_date_time(text);
    REQUIRE(w);
    return resolve(*date::locate_zone("UTC"), *w).instant;
}

inline const Session& session(const Event& ev, std::string_view id) {
    const Index i = ev.find_session(id);
    INFO(id);
    REQUIRE(i >= 0);
    return ev.sessions[static_cast<std::size_t>(i)];
}

// The source's events counted without the importers: frab's day/room/event, c3voc's
// conference.days[].rooms.*[].
inline std::size_t xml_events(const std::string& text) {
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(text.data(), text.size()));
    return doc.select_nodes("/schedule/day/room/event").size();
}
inline std::size_t json_events(const std::string& text) {
    const auto j = nlohmann::json::parse(text);
    std::size_t n = 0;
    for (const auto& day : j.at("schedule").at("conference").at("days"))
        for (const auto& [room, events] : day.at("rooms").items()) n += events.size();
    return n;
}

// A frab schedule around some <event> elements, all in room "Hall" of one day.
inline std::string frab(const std::string& events, const std::string& conference_extra = {}) {
    return "<?xml "
           "version=\"1.0\"?>\n<schedule><version>1</version><conference><acronym>demo</acronym>"
           "<title>Demo</title><start>2025-03-01</start><end>2025-03-02</end>"
           "<time_zone_name>Europe/Berlin</time_zone_name>" +
           conference_extra +
           "</conference>\n<day index=\"1\" date=\"2025-03-01\" "
           "start=\"2025-03-01T09:00:00+01:00\" "
           "end=\"2025-03-02T04:00:00+01:00\"><room name=\"Hall\">\n" +
           events + "</room></day></schedule>\n";
}

inline std::string frab_event(const std::string& id, const std::string& date,
                              const std::string& duration, const std::string& extra = {}) {
    return "<event id=\"" + id + "\" guid=\"00000000-0000-4000-8000-" +
           std::string(12 - id.size(), '0') + id + "\"><date>" + date + "</date><duration>" +
           duration + "</duration><slug>demo-" + id + "-talk</slug><title>Talk " + id +
           "</title><type>lecture</type>" + extra + "</event>\n";
}

}  // namespace schedule_import_test
