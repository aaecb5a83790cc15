// SPDX-License-Identifier: MIT
#pragma once
// Writes a schedule into an event document as one edit ("Schedule N sessions"): each placed or
// moved session gets its `room` and `start` (and `end`, where it has one) and a raised
// `revision`; every other line of the files stays as the organizer wrote it. Undo takes the
// whole schedule back.

#include <string>

#include "edit/document.h"
#include "plan/schedule.h"

namespace summitry {

struct WriteStats {
    bool fast_path = true;  // one parse for all patches; false: one planned edit per session
    double seconds = 0;
};

// The start as an organizer writes it in the room's zone: "2025-02-10 18:00", or with its
// offset where the local time is ambiguous (an autumn night).
std::string start_text(const Event& event, Index room, Instant start);

// Applies the placements to `doc` as one undoable change. Throws std::runtime_error when the
// document refuses them (it never should: the fallback goes through plan_set_many).
// `general_only` skips the one-parse path (tests, and the benchmark's comparison).
WriteStats write_schedule(EventDocument& doc, const ScheduleResult& result,
                          bool general_only = false);

}  // namespace summitry
