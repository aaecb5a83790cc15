// SPDX-License-Identifier: MIT
#pragma once
// iCalendar (RFC 5545) export: the event's scheduled sessions as VEVENTs, for calendar programs
// to subscribe to. libical builds the components and gives the VTIMEZONEs; the content lines
// are written here, because libical 3.0 leaves ',' and ';' unescaped in CATEGORIES and X-
// properties.

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "formats/formats.h"
#include "model/event.h"

namespace summitry {

// Writes one VCALENDAR (METHOD:PUBLISH) with a VEVENT for every scheduled session the request
// selects, cancelled ones included (STATUS:CANCELLED, so that subscribers drop them), and a
// VTIMEZONE for every TZID used. UIDs come from the event and session ids only, SEQUENCE from
// the session's revision, DTSTAMP from `request.now` (else the clock).
ExportWarnings export_ics(const Event& event, const ExportRequest& request, std::ostream& out);

// Many calendars of one event with the same texts (language, privacy) and DTSTAMP, as the site
// makes them (the whole event, and one for each person, room and track: 1,750 on 36C3): each
// session's VEVENT is written once, the first time a calendar holds it, and each calendar is
// assembled from those texts. write() gives the bytes and warnings of export_ics with `texts`'
// language and privacy, `which`'s sessions (person, track, room, venue, day) and `now`.
class IcsCalendars {
public:
    IcsCalendars(const Event& event, const SessionSelection& texts, std::optional<Instant> now);
    ~IcsCalendars();
    IcsCalendars(const IcsCalendars&) = delete;
    IcsCalendars& operator=(const IcsCalendars&) = delete;

    ExportWarnings write(const SessionSelection& which, std::ostream& out);

private:
    struct Cache;
    std::unique_ptr<Cache> cache_;
};

// A TEXT value as a content line holds it (RFC 5545 §3.3.11): \\ \; \, and \n escaped, control
// characters dropped, so that no value can end its line and start a property of its own. The
// one escaping of iCalendar text; URI values go through util/url.h's checks instead.
std::string ics_escape_text(std::string_view s);

// The UID of a session in every calendar Summitry writes: from the event's and the session's ids
// only, so that a calendar that has it replaces it instead of adding a second one.
std::string ics_uid(const Event& event, const Session& session);

// iTIP (RFC 5546), as e-mailed notices carry it (notify/, docs/notices.md): one VCALENDAR with
// METHOD:REQUEST or METHOD:CANCEL and ONE VEVENT, the session as export_ics writes it (UID,
// VTIMEZONE, texts), with SEQUENCE `sequence`, ORGANIZER and ATTENDEE as mailto: URIs. A CANCEL
// of the session has STATUS:CANCELLED; one that takes the attendee off a session that goes on
// (`uninvite`) has no STATUS (RFC 5546 §3.2.5). One UID an object: calendar programs apply only
// the first of several.
enum class ItipMethod { request, cancel };
struct ItipRequest {
    ItipMethod method = ItipMethod::request;
    bool uninvite = false;  // CANCEL: the attendee was taken off; the session goes on
    int sequence = 0;
    std::string lang;                       // the texts' language; empty: the event's first
    std::string organizer, organizer_name;  // an address as notify/ checked it; a display name
    std::string attendee, attendee_name;
    Instant now{};  // DTSTAMP
};
// `session` must be scheduled. Writes CRLF content lines folded at 75 octets.
void write_itip(const Event& event, Index session, const ItipRequest& request, std::ostream& out);

}  // namespace summitry
