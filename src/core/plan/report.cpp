// SPDX-License-Identifier: MIT
// The scheduler's report, for people: what it did, what it cost, what it could not do and why.
#include <cstdio>

#include "plan/schedule.h"

namespace summitry {

namespace {

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

}  // namespace

std::string format_report(const Event& event, const ScheduleResult& r) {
    std::string out;
    out += "placed " + std::to_string(r.placed) + " of " + std::to_string(r.to_place) +
           " unscheduled sessions";
    if (r.taken_out > 0) out += ", " + std::to_string(r.taken_out) + " taken out of hard conflicts";
    out += ", moved " + std::to_string(r.moved) + ", in " + fixed(r.seconds, 2) + " s (greedy " +
           fixed(r.greedy_seconds, 2) + " s, " + std::to_string(r.iterations) + " search steps" +
           (r.time_limit_hit ? ", stopped by the time limit" : "") +
           (r.cancelled ? ", cancelled" : "") + ")\n";
    out += "hard conflicts: " + std::to_string(r.hard_before) + " before, " +
           std::to_string(r.hard_after) + " after\n";
    if (r.against_release) {
        const auto sessions = [](int n) {
            return std::to_string(n) + (n == 1 ? " session" : " sessions");
        };
        out += "against release " + r.released_name + ": " + sessions(r.away_after) +
               " away from their released place (" + std::to_string(r.away_before) +
               " before this run; " + std::to_string(r.moved_back) + " moved back)\n";
    }
    out += "soft cost: " + fixed(r.before.weighted, 1) + " before, " + fixed(r.after.weighted, 1) +
           " after\n";
    for (std::size_t g = 0; g < goal_count; ++g) {
        out += "  " + std::string(goal_name(static_cast<Goal>(g))) + ": " +
               fixed(r.after.by_goal[g], 1) + "\n";
    }
    if (!r.unplaced.empty()) {
        out += std::to_string(r.unplaced.size()) +
               (r.unplaced.size() == 1 ? " session" : " sessions") +
               " could not be placed or freed of conflicts:\n";
        for (const Unplaced& u : r.unplaced)
            out += "  " + event.sessions[static_cast<std::size_t>(u.session)].id + ": " + u.reason +
                   "\n";
    }
    for (const std::string& why : r.explanations) out += "note: " + why + "\n";
    return out;
}

}  // namespace summitry
