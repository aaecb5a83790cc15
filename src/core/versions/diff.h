// SPDX-License-Identifier: MIT
#pragma once
// What changed between two versions of an event, as organizers and attendees say it: a session
// added, removed, cancelled, reinstated, moved, retitled, its people changed, its details; a
// person, room, venue, track or organization added, removed or changed. Never as lines.
//
// Every value is one line of YAML as `summitry-cli set` takes it (versions/values.h), so that a
// list of changes can be made on another version (apply_differences): diff(A, B) made on A
// gives B, and a merge makes THEIRS' changes on OURS this way (versions/merge.h).

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "edit/document.h"
#include "model/event.h"
#include "versions/values.h"

namespace summitry::versions {

struct Difference {
    std::string kind;   // added removed cancelled reinstated moved retitled people details
    std::string noun;   // session person organization venue room track event
    std::string id;     // rooms: "venue/room"; the event: its id
    std::string label;  // a session's title, a person's name, in the language asked for
    // The values that changed (moved: start, duration and room, all three); for `added` and
    // `removed`, all of the entity's values. A key missing on one side is absent there.
    std::map<std::string, std::string> before, after;
    std::vector<std::string> joined, left;  // people: the ids of who joined and who left
};

// The changes from `from` to `to`, for `audience` (attendees: private sessions and private
// fields are left out entirely, as if they did not exist). `lang`: the labels' language
// (empty: each event's first). Ordered: the event, organizations, people, venues, rooms,
// tracks, sessions; by id within a kind; a session's changes in the order of `kind` above.
std::vector<Difference> diff_events(const Event& from, const Event& to, Audience audience,
                                    const std::string& lang = {});

// The same, between the values of two versions (event_values) and with labels from `to`
// (or `from` for what was removed).
std::vector<Difference> diff_values(const std::map<std::string, EntityValues>& from,
                                    const std::map<std::string, EntityValues>& to);

// Makes `changes` on `doc` with the planner's own edits (plan_create, plan_set_many,
// plan_move_session, plan_delete), one applied edit each. Returns "" when done, else why the
// first change that could not be made was refused (the edits before it stay applied).
std::string apply_differences(EventDocument& doc, const std::vector<Difference>& changes);

// How a list of changes is written.
enum class DiffFormat { text, markdown, json, html };
struct DiffLabels {
    std::string from, to;  // "event.yaml@v1", "event.yaml"
};
void write_differences(std::ostream& out, const std::vector<Difference>& changes,
                       const DiffLabels& labels, DiffFormat format);

}  // namespace summitry::versions
