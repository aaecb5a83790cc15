// SPDX-License-Identifier: MIT
#pragma once
// Why a session could not be placed, in an organizer's words: "Audrey Herblin-Stoop has 3 hours
// of sessions but is available 2 hours, on 10 February"; "3 sessions need 'interpretation', 1
// room has it".

#include <string>
#include <vector>

#include "plan/problem.h"
#include "plan/schedule.h"
#include "plan/state.h"

namespace summitry::plan {

std::string explain_unplaced(const Problem& pb, const State& st, Index s);
std::string explain_pinned(const Problem& pb, Index s);
// Reasons that hold for the event as a whole, from the sessions that could not be placed.
std::vector<std::string> explain_overall(const Problem& pb, const std::vector<Unplaced>& unplaced);

// "1h30", "45 minutes", "3 hours"
std::string minutes_words(Min m);

}  // namespace summitry::plan
