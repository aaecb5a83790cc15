// SPDX-License-Identifier: MIT
// summitry_bench_load MODE FILE [--repeat N]
//
//   bare      yaml-cpp's event parser (YAML::Parser) with a handler that does nothing: the floor
//   yamlcpp   YAML::LoadFile, for reference
//   summitry  load_event + check_conflicts, with the load and check times apart
//
// Prints one line of JSON: the best and median wall time over N runs (default 5), the median
// CPU time (a check on a busy machine) and the peak resident memory of this process (getrusage
// ru_maxrss). Run one mode per process, so that the peak is that mode's own. bench/run.sh runs
// every mode on generated events.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <exception>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench_util.h"
#include "check/rule.h"
#include "io/event_loader.h"

namespace {

using namespace summitry::bench;

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

int usage() {
    std::fputs("usage: summitry_bench_load bare|yamlcpp|summitry FILE [--repeat N]\n", stderr);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    const auto args = parse_args(argc, argv, {"bare", "yamlcpp", "summitry"});
    if (!args) return usage();
    const std::string& mode = args->mode;
    const std::string& file = args->file;
    const int repeat = args->repeat;
    if (!std::ifstream(file)) {
        std::fprintf(stderr, "summitry_bench_load: cannot read %s\n", file.c_str());
        return 1;
    }

    std::vector<double> total, cpu, load, check;
    std::optional<std::size_t> sessions;
    std::size_t load_diags = 0, conflicts = 0;
    try {
        for (int r = 0; r < repeat; ++r) {
            const double c0 = cpu_seconds();
            const auto t0 = Clock::now();
            if (mode == "bare") {
                std::ifstream in(file, std::ios::binary);
                YAML::Parser parser(in);
                NullHandler handler;
                while (parser.HandleNextDocument(handler)) {
                }
                total.push_back(seconds_since(t0));
                cpu.push_back(cpu_seconds() - c0);
            } else if (mode == "yamlcpp") {
                const YAML::Node root = YAML::LoadFile(file);
                total.push_back(seconds_since(t0));
                cpu.push_back(cpu_seconds() - c0);
                if (root.IsMap() && root["sessions"] && root["sessions"].IsSequence())
                    sessions = root["sessions"].size();
            } else {
                summitry::LoadResult result = summitry::load_event(file);
                const double l = seconds_since(t0);
                const auto t1 = Clock::now();
                const summitry::Diagnostics found = summitry::check_conflicts(result.event);
                const double c = seconds_since(t1);
                total.push_back(seconds_since(t0));
                cpu.push_back(cpu_seconds() - c0);
                load.push_back(l);
                check.push_back(c);
                sessions = result.event.sessions.size();
                load_diags = result.diagnostics.items().size();
                conflicts = found.items().size();
            }
            // The result (the tree, the event) is freed here, outside the timing, as in use.
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "summitry_bench_load: %s\n", e.what());
        return 1;
    }

    const Stats t = stats(total);
    std::string out = "{\"mode\":" + json_string(mode) + ",\"file\":" + json_string(file) +
                      ",\"sessions\":" + (sessions ? std::to_string(*sessions) : "null") +
                      ",\"repeat\":" + std::to_string(repeat) + ",\"best_s\":" + fixed(t.best) +
                      ",\"median_s\":" + fixed(t.median) +
                      ",\"cpu_median_s\":" + fixed(stats(cpu).median);
    if (mode == "summitry") {
        const Stats l = stats(load), c = stats(check);
        out += ",\"load_best_s\":" + fixed(l.best) + ",\"load_median_s\":" + fixed(l.median) +
               ",\"check_best_s\":" + fixed(c.best) + ",\"check_median_s\":" + fixed(c.median) +
               ",\"load_diagnostics\":" + std::to_string(load_diags) +
               ",\"conflicts\":" + std::to_string(conflicts) +
               ",\"diagnostics\":" + std::to_string(load_diags + conflicts);
    }
    out += ",\"peak_mb\":" + fixed(peak_mb(), 1) + "}\n";
    std::fputs(out.c_str(), stdout);
    return 0;
}
