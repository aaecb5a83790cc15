// SPDX-License-Identifier: MIT
// summitry_bench_plan: the automatic scheduler (issue 7) on one event file.
//
//   summitry_bench_plan EVENT.yaml [--repair] [--seed N] [--time-limit S] [--effort X] [--write]
//
// Loads the event, schedules it, sets the placements on the loaded event and runs the conflict
// checks on the result (the judge: hard violations as check_conflicts counts them). With
// --write, also opens the file as an EventDocument and writes the schedule into its text as
// `summitry-cli schedule` does, timing that too. Prints one JSON line.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "bench_util.h"
#include "check/rule.h"
#include "edit/document.h"
#include "io/event_loader.h"
#include "plan/schedule.h"
#include "plan/write.h"

using namespace summitry;
using namespace summitry::bench;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: summitry_bench_plan EVENT.yaml [--repair] [--seed N] [--time-limit S] "
                     "[--effort X] [--write]\n");
        return 2;
    }
    const std::string path = argv[1];
    ScheduleOptions options;
    bool write = false;
    int general = 0;  // also time EventDocument::plan_set_many on this many placements
    for (int i = 2; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--repair")
            options.repair = true;
        else if (a == "--write")
            write = true;
        else if (a == "--seed" && i + 1 < argc)
            options.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--general" && i + 1 < argc)
            general = std::atoi(argv[++i]);
        else if (a == "--effort" && i + 1 < argc)
            options.search_effort = std::strtod(argv[++i], nullptr);
        else if (a == "--time-limit" && i + 1 < argc)
            options.time_limit_seconds = std::strtod(argv[++i], nullptr);
        else {
            std::fprintf(stderr, "summitry_bench_plan: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    auto t0 = Clock::now();
    LoadResult r = load_event(path);
    const double load_s = seconds_since(t0);
    if (r.diagnostics.has_errors()) {
        std::fprintf(stderr, "summitry_bench_plan: %s has errors\n", path.c_str());
        return 1;
    }
    int sessions = 0, unscheduled = 0, hard_before = 0;
    for (const Session& s : r.event.sessions) {
        ++sessions;
        unscheduled += !s.scheduled();
    }
    {
        const Diagnostics before = check_conflicts(r.event);
        for (const Diagnostic& d : before.items()) hard_before += is_hard_rule(d.rule);
    }
    const double cpu0 = cpu_seconds();
    t0 = Clock::now();
    const ScheduleResult res = schedule_event(r.event, options);
    const double schedule_s = seconds_since(t0);
    const double schedule_cpu = cpu_seconds() - cpu0;
    apply_placements(r.event, res);
    int hard_after = 0, left = 0;
    const Diagnostics after = check_conflicts(r.event);
    for (const Diagnostic& d : after.items()) hard_after += is_hard_rule(d.rule);
    for (const Session& s : r.event.sessions) left += !s.scheduled() && !s.cancelled();
    double write_s = -1;
    bool fast = true;
    if (write) {
        t0 = Clock::now();
        EventDocument doc = EventDocument::open(path);
        const WriteStats w = write_schedule(doc, res);
        write_s = seconds_since(t0);
        fast = w.fast_path;
    }
    if (general > 0) {
        // The general edit path, for comparison: one plan_set_many for `general` sessions at
        // once, then one plan per session (each value parses the files again).
        EventDocument doc = EventDocument::open(path);
        std::vector<std::pair<ValuePath, std::string>> values;
        const int n = std::min<int>(general, static_cast<int>(res.placements.size()));
        for (int k = 0; k < n; ++k) {
            const Placement& p = res.placements[static_cast<std::size_t>(k)];
            const std::string& id = r.event.sessions[static_cast<std::size_t>(p.session)].id;
            values.push_back({{"sessions", id, "room", {}},
                              r.event.rooms[static_cast<std::size_t>(p.room)].ref});
            values.push_back({{"sessions", id, "start", {}}, start_text(r.event, p.room, p.start)});
        }
        t0 = Clock::now();
        const Plan batch = doc.plan_set_many("batch", values);
        const double batch_s = seconds_since(t0);
        t0 = Clock::now();
        for (int k = 0; k < n; ++k) {
            Plan one = doc.plan_set_many("one", {values[static_cast<std::size_t>(2 * k)],
                                                 values[static_cast<std::size_t>(2 * k + 1)]});
            if (one) doc.apply(std::move(*one.change));
        }
        const double each_s = seconds_since(t0);
        std::fprintf(stderr,
                     "general path, %d sessions: one plan_set_many %.3f s (%s); one plan and apply "
                     "per session %.3f s\n",
                     n, batch_s, batch ? "ok" : batch.error.c_str(), each_s);
    }
    std::string soft = "{";
    for (std::size_t g = 0; g < goal_count; ++g)
        soft += (g ? "," : "") + json_string(goal_name(static_cast<Goal>(g))) + ":" +
                fixed(res.after.by_goal[g], 1);
    soft += "}";
    std::printf(
        "{\"file\":%s,\"mode\":%s,\"sessions\":%d,\"rooms\":%zu,\"unscheduled_before\":%d,\"hard_"
        "before\":%d,"
        "\"load_s\":%s,\"schedule_s\":%s,\"schedule_cpu_s\":%s,\"greedy_s\":%s,\"iterations\":%lld,"
        "\"placed\":%d,\"moved\":%d,\"unplaced\":%zu,\"unscheduled_after\":%d,\"hard_after\":%d,"
        "\"soft_before\":%s,\"soft_after\":%s,\"soft\":%s,\"time_limit_hit\":%s,\"write_s\":%s,"
        "\"write_fast_path\":%s,\"peak_mb\":%s}\n",
        json_string(path).c_str(), options.repair ? "\"repair\"" : "\"place\"", sessions,
        r.event.rooms.size(), unscheduled, hard_before, fixed(load_s, 3).c_str(),
        fixed(schedule_s, 3).c_str(), fixed(schedule_cpu, 3).c_str(),
        fixed(res.greedy_seconds, 3).c_str(), res.iterations, res.placed, res.moved,
        res.unplaced.size(), left, hard_after, fixed(res.before.weighted, 1).c_str(),
        fixed(res.after.weighted, 1).c_str(), soft.c_str(), res.time_limit_hit ? "true" : "false",
        fixed(write_s, 3).c_str(), fast ? "true" : "false", fixed(peak_mb(), 1).c_str());
    return hard_after == 0 ? 0 : 1;
}
