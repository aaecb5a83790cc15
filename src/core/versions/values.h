// SPDX-License-Identifier: MIT
#pragma once
// An event as the versions compare it: every entity (sessions, people, rooms, ...) by kind and
// id, each value written as one line of YAML, as `summitry-cli set` takes it ("2025-02-10 19:30",
// "[ada, bob]", "{en: Keynote, fr: Discours}"). Two values are equal exactly when the event
// means the same, whatever the layout of the files: `end` or `duration`, includes, key order.

#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "edit/document.h"
#include "model/event.h"

namespace summitry::versions {

// Who a comparison is for: attendees see public sessions only, and no private field (a person's
// email and phone); the staff see everything.
enum class Audience { attendees, staff };

// One entity: its values by key. Keys whose value is absent or the format's default are left
// out, so that writing a default or leaving it out is no change.
struct EntityValues {
    EntityKind kind = EntityKind::session;
    bool is_event = false;  // the `event` mapping (kind unused)
    std::string id;         // rooms: "venue/room"
    std::map<std::string, std::string> values;
};

// Every entity of `event` the audience sees, keyed "kind/id" ("event" for the event itself).
std::map<std::string, EntityValues> event_values(const Event& event, Audience audience);

// The sessions and people (by id) whose values are the same in two events, for every audience:
// found on the events' own fields, without making a value. Two versions a few hundred edits
// apart share nearly all of their 10,000 sessions, and making the text of every value of every
// one of them was most of what a diff or a merge cost. Only a sufficient test: an entity left
// out here may still have the same values (written another way); what is here has. The ids
// live in the events (`a`'s), which must outlive this.
struct SameEntities {
    std::unordered_set<std::string_view> sessions, people;
};
SameEntities same_entities(const Event& a, const Event& b);

// event_values less the sessions and people of `leave_out`: what a comparison of the two events
// `leave_out` came from needs, since the entities left out are the same on both sides.
std::map<std::string, EntityValues> event_values(const Event& event, Audience audience,
                                                 const SameEntities& leave_out);

// The values of one session of `event` (or read against it: edit's read_session), as
// event_values makes them.
EntityValues session_values(const Event& event, const Session& session);

// The values the revision rule looks at: a change to any of them raises the session's
// `revision` at the next release (time, duration, room, status, title, people).
bool raises_revision(std::string_view key);

// "session", "person", "room"... as the JSON of a diff names an entity.
std::string_view entity_noun(EntityKind kind);

}  // namespace summitry::versions
