// SPDX-License-Identifier: MIT
#pragma once
// What `publish caldav` must do to bring a collection in step with the event, decided from three
// things and nothing else (no I/O): the resources the event gives (caldav_resources.h), the
// collection's resources as the server lists them (name, ETag, UID), and the record of the last
// publish to that collection (what was PUT, by digest, and the ETag the server gave it).
//
// Why a record rather than comparing with what the server holds: servers rewrite what they are
// given (Radicale re-serializes with vobject, Google adds its own properties), so the server's
// text cannot tell "unchanged" from "changed"; the ETag it gave our PUT can. A resource whose
// ETag is still the one the server gave us, and whose content would be the same, is unchanged:
// a rerun sends no write. One whose ETag differs was changed on the server since: it is reported
// and left alone, never overwritten. docs/publish.md, "CalDAV".

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "publish/caldav_resources.h"

namespace summitry::publish {

// A member of the collection as the server lists it.
struct ServerResource {
    std::string name;  // decoded (percent_decoded), as CalendarResource::name
    std::string etag;  // as the server writes it, quotes included: sent back in If-Match
    std::string uid;   // of its calendar data; empty when the server did not say
};

// What the last publish to a collection left there, by resource name.
struct RecordEntry {
    std::string uid;
    std::string digest;  // CalendarResource::digest of what was PUT
    std::string etag;    // the ETag the server gave it
};
using PublishRecord = std::map<std::string, RecordEntry>;

enum class ActionKind {
    create,     // PUT with If-None-Match: *
    update,     // PUT with If-Match: etag
    remove,     // DELETE with If-Match: etag
    unchanged,  // nothing sent
    conflict,   // changed on the server since the last publish, or not ours: left alone
};

struct Action {
    ActionKind kind = ActionKind::unchanged;
    std::string name;  // the member's name, decoded
    std::string uid;
    std::string etag;                            // If-Match for update and remove
    const CalendarResource* resource = nullptr;  // what to PUT (create, update, unchanged)
    std::string why;                             // a conflict's reason
};

// The actions, one per resource of the event, of the server and of the record, in a stable
// order: the event's resources first (the agenda's order), then the server's others by name.
// `ours` tells a UID this event published ("@<event id>.summitry"): without a record of it
// (a lost record, another machine), a server resource with one of our UIDs is updated or deleted
// with If-Match its current ETag, and one with another UID is never touched.
std::vector<Action> plan_caldav(const std::vector<CalendarResource>& wanted,
                                const std::vector<ServerResource>& server,
                                const PublishRecord& record, std::string_view uid_suffix);

}  // namespace summitry::publish
