// SPDX-License-Identifier: MIT
#pragma once
// A notice as a person reads it: subject, plain text and HTML naming what changed (before →
// after: date, time, room, venue and address; the travel time from their previous session when
// the venue changes), then their whole current agenda; and one iTIP calendar object per session
// whose calendar entry must change (formats/ics/ics_export.h: write_itip). In the person's
// language (notify/words.h for the words, each text in that language else the event's first).
// Every text from the event goes through html_text in the HTML (util/html.h).

#include <map>
#include <string>
#include <vector>

#include "model/event.h"
#include "notify/changes.h"

namespace summitry::notify {

// Who sends: the ORGANIZER of the invitations and the From of the messages.
struct Sender {
    std::string address;  // checked by valid_address (notify/message.h)
    std::string name;     // a display name; empty: the event's title
    std::string reply_to;
};

struct CalendarPart {
    Calendar method = Calendar::request;  // request or cancel
    std::string session;                  // id
    std::string ics;                      // one VCALENDAR, CRLF lines
};

struct Composed {
    std::string subject;
    std::string text;  // LF lines
    std::string html;
    std::vector<CalendarPart> calendars;  // one UID each, REQUESTs first
};

// Composes the notices between two releases; indexes the later release's agendas once.
class Composer {
public:
    Composer(const Event& before, const Event& after, Sender sender, Instant now);
    Composed compose(const PersonNotice& notice) const;
    const Sender& sender() const { return sender_; }

private:
    const Event& before_;
    const Event& after_;
    Sender sender_;
    Instant now_;
    std::map<Index, std::vector<Index>> agenda_;  // person (after) → scheduled sessions by time
};

}  // namespace summitry::notify
