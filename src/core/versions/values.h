// SPDX-License-Identifier: MIT
#pragma once
// An event as the versions compare it: every entity (sessions, people, rooms, ...) by kind and
// id, each value written as one line of YAML, as `summitry-cli set` takes it ("2025-02-10 19:30",
// "[ada, bob]", "{en: Keynote, fr: Discours}"). Two values are equal exactly when the event
// means the same, whatever the layout of the files: `end` or `duration`, includes, key order.

#include <map>
#include <string>
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

// The values the revision rule looks at: a change to any of them raises the session's
// `revision` at the next release (time, duration, room, status, title, people).
bool raises_revision(std::string_view key);

// "session", "person", "room"... as the JSON of a diff names an entity.
std::string_view entity_noun(EntityKind kind);

}  // namespace summitry::versions
