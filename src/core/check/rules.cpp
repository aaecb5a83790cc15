// SPDX-License-Identifier: MIT
// The one list of rules, and the function that runs them.
#include <array>

#include "check/rule.h"
#include "check/rules_list.h"

namespace summitry {

std::span<const std::unique_ptr<Rule>> all_rules() {
    // Built on first use (thread-safe) and never changed: rules hold no state.
    static const std::array<std::unique_ptr<Rule>, 9> rules = {
        make_room_double_booked(), make_person_double_booked(), make_person_unavailable(),
        make_travel_time(),        make_room_unavailable(),     make_over_capacity(),
        make_missing_feature(),    make_track_overlap(),        make_unscheduled(),
    };
    return rules;
}

Diagnostics check_conflicts(const Event& event) {
    const CheckContext ctx(event);
    Diagnostics out;
    for (const auto& rule : all_rules()) rule->run(ctx, out);
    out.sort();
    return out;
}

}  // namespace summitry
