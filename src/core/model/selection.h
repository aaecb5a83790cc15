// SPDX-License-Identifier: MIT
#pragma once
// Which sessions an output shows, and in which language: one selection, filled by a command's
// options or a dialog, read alike by the agenda (views/), the calendars and schedules
// (formats/) and every output job (output/). The order is the agenda's, so a calendar lists
// what the agenda lists, in the same order.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/event.h"

namespace summitry {

struct SessionSelection {
    std::string lang;              // empty: the event's first language
    bool include_private = false;  // private sessions, and private contact details
    Index person = no_index;       // only the sessions this person takes part in
    Index track = no_index;        // only this track's sessions
    Index room = no_index;         // only the sessions in this room
    Index venue = no_index;        // only the sessions in this venue's rooms
    std::optional<Date> day;       // only this programme day (and then no unscheduled session)
};

// The selection's language: its own, else the event's first.
std::string_view selected_language(const Event& event, const SessionSelection& selection);

// Whether `person` is a speaker, moderator or host of `session`.
bool takes_part(const Session& session, Index person);

struct SelectedDay {
    Date day;
    std::vector<Index> sessions;  // in time order (see select_sessions)
};

struct SelectedSessions {
    std::vector<SelectedDay> days;   // programme days in order, only those with a session
    std::vector<Index> unscheduled;  // in the file's order
};

// The sessions `selection` holds: the scheduled ones by programme day, each day in time order
// (parallel sessions in the order of their rooms in the file, then by end, then by id), and,
// when `include_unscheduled` and no day is selected, the unscheduled ones.
SelectedSessions select_sessions(const Event& event, const SessionSelection& selection,
                                 bool include_unscheduled);

// Whether session `a` comes before `b` in that order, with the unscheduled after every day: where
// a view that lists them all (the planner's sessions table) puts a session that changed, without
// selecting every session again.
bool listed_before(const Event& event, Index a, Index b);

}  // namespace summitry
