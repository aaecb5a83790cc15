// SPDX-License-Identifier: MIT
#pragma once
// Who is told what between two releases of an event: one notice per person with an e-mail
// address who takes part (speaker, moderator, host) in a session that changed, before or after
// the change. A change is what the revision rule counts (versions/values.h): a session new,
// removed, moved, retitled, cancelled or reinstated, its people changed; a change of description
// or track tells nobody. Only the people taking part in a session are told of it, so a private
// session is never told to anyone else. No I/O: the releases are loaded by the caller.

#include <string>
#include <vector>

#include "model/event.h"

namespace summitry::notify {

enum class Change {
    added,       // new in the later release
    removed,     // gone from it
    moved,       // start, duration or room
    retitled,    // title, in any language
    cancelled,   // status became cancelled
    reinstated,  // stopped being cancelled
    joined,      // the person was added to it
    left,        // the person was taken off it
    lineup,      // someone else joined or left
};
std::string_view to_string(Change c);

// What a person's calendar is sent for a session (iTIP, RFC 5546): REQUEST for the session as it
// is now (new or changed), CANCEL to drop it (cancelled, removed, or the person left it), or
// nothing when it was in no calendar before and is in none now (not scheduled).
enum class Calendar { none, request, cancel };

struct SessionNotice {
    std::string session;  // id
    std::vector<Change> changes;
    Index before = no_index;                // the session in the earlier release's event, if there
    Index after = no_index;                 // in the later one, if there
    std::vector<std::string> joined, left;  // lineup: the others who joined or left (ids)
    Calendar calendar = Calendar::none;
    // SEQUENCE: the session's revision in the later release; a removed session's earlier
    // revision plus one, so that the CANCEL outranks what calendars have.
    int sequence = 0;
};

struct PersonNotice {
    std::string person;  // id
    std::string name, email;
    std::string lang;  // the message's language: the first of the person's languages the event
                       // has, else the event's first
    Index before = no_index, after = no_index;  // the person in each release's event
    std::vector<SessionNotice> sessions;        // by time in the later release, then id
};

// Whose notices: the people with an e-mail address (who are told), or everyone taking part in
// a changed session (to show who cannot be told).
enum class Addresses { with_email, all };

// The notices from `before` to `after`, by person id. `lang`: every message's language (empty:
// each person's own).
std::vector<PersonNotice> who_gets_what(const Event& before, const Event& after,
                                        const std::string& lang = {},
                                        Addresses whose = Addresses::with_email);

}  // namespace summitry::notify
