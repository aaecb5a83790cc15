// SPDX-License-Identifier: MIT
#pragma once
// Small helpers shared by the benchmark programs (bench_load.cpp, bench_formats.cpp): clocks,
// best/median of repeated runs, peak memory, the command line, and one line of JSON by hand.

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summitry::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// CPU time of this process (user + system): less disturbed than wall time by other processes
// on a busy machine, so a second reading of the same run.
inline double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Stats {
    double best = 0;
    double median = 0;
};

inline Stats stats(std::vector<double> v) {
    if (v.empty()) return {};
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    const double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return {v.front(), median};
}

// Peak resident memory of this process so far (getrusage ru_maxrss), in MiB.
inline double peak_mb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_maxrss) / 1024.0;  // Linux: KiB
}

inline std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

inline std::string fixed(double x, int digits = 6) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, x);
    return buf;
}

// The value of --repeat: a whole number of at least 1.
inline bool parse_repeat(std::string_view v, int& repeat) {
    const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), repeat);
    return ec == std::errc{} && p == v.data() + v.size() && repeat >= 1;
}

// The command line both programs take: MODE FILE [--repeat N], MODE one of `modes`.
struct Args {
    std::string mode, file;
    int repeat = 5;
};
inline std::optional<Args> parse_args(int argc, char** argv,
                                      std::initializer_list<std::string_view> modes) {
    if (argc < 3) return std::nullopt;
    Args a{argv[1], argv[2], 5};
    if (std::find(modes.begin(), modes.end(), a.mode) == modes.end()) return std::nullopt;
    for (int i = 3; i < argc; ++i) {
        if (std::string_view(argv[i]) != "--repeat" || i + 1 >= argc ||
            !parse_repeat(argv[++i], a.repeat))
            return std::nullopt;
    }
    return a;
}

}  // namespace summitry::bench
