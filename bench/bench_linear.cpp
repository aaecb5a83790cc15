// SPDX-License-Identifier: MIT
// summitry_bench_linear MODE N [--repeat R]
//
//   flow-seq       "items: [0, 1, ..., N-1]" on one line, through yaml::parse (the YAML tree)
//   flow-map       "items: {k0: 0, k1: 1, ...}" on one line, likewise
//   flow-seq-bare  the same text through yaml-cpp's event parser alone: the floor
//   flow-map-bare  likewise
//   block          a block list of N mappings of three keys (plain, quoted, flow), through the
//                  fast path alone (yaml::parse_fast; an error if it does not take it)
//   block-yaml-cpp the same text through yaml-cpp's path (yaml::parse_with_yaml_cpp)
//   literal        a literal block scalar of N lines, through the fast path alone
//   long-line      one plain scalar of N words ("été ") on one line, through the fast path alone
//   ics-folds      a calendar whose one DESCRIPTION is folded N times (" abcdefghij" lines),
//                  through the iCalendar import
//   includes       an event whose N sessions are spread over 250 included files, through
//                  load_event (past 100,000 sessions it is refused: docs/limits.md)
//
// Linear in N is the claim (issue 13): a flow list of 100,000 items took 6 s, 300,000 folds
// 65 s. Prints one line of JSON: the input's size, the best and median wall time and CPU time
// over R runs (default 3), the time per item and the peak resident memory (ru_maxrss) of this
// process. One mode and size per process, so that the peak is its own; bench/linear.sh runs
// them all.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bench_util.h"
#include "formats/formats.h"
#include "io/event_loader.h"
#include "syntax/yaml_fast.h"
#include "syntax/yaml_tree.h"

namespace {

using namespace summitry::bench;
namespace fs = std::filesystem;

class NullHandler final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

std::string flow(bool map, std::size_t n) {
    std::string text = map ? "items: {" : "items: [";
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) text += ", ";
        const std::string k = std::to_string(i);
        text += map ? "k" + k + ": " + k : k;
    }
    return text + (map ? "}\n" : "]\n");
}

std::string folded_calendar(std::size_t n) {
    std::string text =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//summitry//bench//EN\r\nBEGIN:VEVENT\r\n"
        "UID:folded@bench\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:20250301T100000Z\r\n"
        "DTEND:20250301T110000Z\r\nSUMMARY:Folded\r\nDESCRIPTION:start";
    text.reserve(text.size() + 12 * n + 64);
    for (std::size_t i = 0; i < n; ++i) text += "\r\n abcdefghij";
    return text + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

// bench/out/includes-N/event.yaml and its 250 parts; returns the top file and its total size.
std::string block_list(std::size_t n) {
    std::string text = "sessions:\n";
    for (std::size_t i = 0; i < n; ++i) {
        const std::string k = std::to_string(i);
        text += "  - id: s" + k + "\n    title: \"Séance " + k + " \\u00e9\"\n    tags: [a, b" + k +
                "]\n";
    }
    return text;
}

std::string literal(std::size_t n) {
    std::string text = "description: |\n";
    for (std::size_t i = 0; i < n; ++i) text += "  line " + std::to_string(i) + " été\n";
    return text;
}

std::string long_line(std::size_t n) {
    std::string text = "title: ";
    for (std::size_t i = 0; i < n; ++i) text += "été ";
    return text + "x\n";
}

fs::path write_includes(std::size_t n, std::size_t& bytes) {
    constexpr std::size_t parts = 250;
    const fs::path dir = fs::path("bench/out") / ("includes-" + std::to_string(n));
    fs::create_directories(dir);
    std::string top =
        "summitry: 1\nevent:\n  id: includes\n  title: Includes\n  timezone: Europe/Paris\n"
        "  start_date: 2025-03-01\n  end_date: 2025-03-03\ninclude:\n";
    bytes = 0;
    for (std::size_t p = 0; p < parts; ++p) {
        const std::string name = "part-" + std::to_string(p) + ".yaml";
        top += "  - " + name + "\n";
        std::string text = "sessions:\n";
        for (std::size_t i = p; i < n; i += parts)
            text += "  - id: s" + std::to_string(i) + "\n    title: Session " + std::to_string(i) +
                    "\n    duration: 45min\n";
        std::ofstream(dir / name, std::ios::binary) << text;
        bytes += text.size();
    }
    std::ofstream(dir / "event.yaml", std::ios::binary) << top;
    bytes += top.size();
    return dir / "event.yaml";
}

int usage() {
    std::fputs(
        "usage: summitry_bench_linear flow-seq|flow-map|flow-seq-bare|flow-map-bare|block|"
        "block-yaml-cpp|literal|long-line|ics-folds|includes N [--repeat R]\n",
        stderr);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) return usage();
    const std::string mode = argv[1];
    std::size_t n = 0;
    const std::string_view ns = argv[2];
    if (std::from_chars(ns.data(), ns.data() + ns.size(), n).ec != std::errc{} || n == 0)
        return usage();
    int repeat = 3;
    for (int i = 3; i < argc; ++i)
        if (std::string_view(argv[i]) != "--repeat" || i + 1 >= argc ||
            !parse_repeat(argv[++i], repeat))
            return usage();

    std::string text;
    fs::path top;
    std::size_t bytes = 0;
    if (mode == "flow-seq" || mode == "flow-seq-bare")
        text = flow(false, n);
    else if (mode == "flow-map" || mode == "flow-map-bare")
        text = flow(true, n);
    else if (mode == "block" || mode == "block-yaml-cpp")
        text = block_list(n);
    else if (mode == "literal")
        text = literal(n);
    else if (mode == "long-line")
        text = long_line(n);
    else if (mode == "ics-folds")
        text = folded_calendar(n);
    else if (mode == "includes")
        top = write_includes(n, bytes);
    else
        return usage();
    if (bytes == 0) bytes = text.size();

    std::vector<double> wall, cpu;
    std::size_t errors = 0;
    for (int r = 0; r < repeat; ++r) {
        const double c0 = cpu_seconds();
        const auto t0 = Clock::now();
        if (mode == "flow-seq" || mode == "flow-map") {
            summitry::Diagnostics diags;
            const auto doc = summitry::yaml::parse(text, 0, diags);
            errors = diags.errors();
        } else if (mode == "block" || mode == "literal" || mode == "long-line") {
            summitry::Diagnostics diags;
            const auto doc = summitry::yaml::parse_fast(text, 0, diags);
            errors = doc ? diags.errors() : 1;
        } else if (mode == "block-yaml-cpp") {
            summitry::Diagnostics diags;
            const auto doc = summitry::yaml::parse_with_yaml_cpp(text, 0, diags);
            errors = diags.errors();
        } else if (mode.ends_with("-bare")) {
            std::istringstream in(text);
            YAML::Parser parser(in);
            NullHandler handler;
            while (parser.HandleNextDocument(handler)) {
            }
        } else if (mode == "ics-folds") {
            const summitry::ImportResult result =
                summitry::find_import_format("ics")->read(text, "bench.ics");
            errors = result.diagnostics.errors();
        } else {
            const summitry::LoadResult result = summitry::load_event(top);
            errors = result.diagnostics.errors();
        }
        wall.push_back(seconds_since(t0));
        cpu.push_back(cpu_seconds() - c0);
    }
    const Stats w = stats(wall), c = stats(cpu);
    std::printf(
        "{\"mode\":%s,\"n\":%zu,\"bytes\":%zu,\"repeat\":%d,\"best_s\":%s,\"median_s\":%s,"
        "\"cpu_median_s\":%s,\"us_per_item\":%s,\"errors\":%zu,\"peak_mb\":%s}\n",
        json_string(mode).c_str(), n, bytes, repeat, fixed(w.best).c_str(), fixed(w.median).c_str(),
        fixed(c.median).c_str(), fixed(c.median / static_cast<double>(n) * 1e6, 3).c_str(), errors,
        fixed(peak_mb(), 1).c_str());
    return 0;
}
