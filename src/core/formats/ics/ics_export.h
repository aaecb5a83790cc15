// SPDX-License-Identifier: MIT
#pragma once
// iCalendar (RFC 5545) export: the event's scheduled sessions as VEVENTs, for calendar programs
// to subscribe to. libical builds the components and gives the VTIMEZONEs; the content lines
// are written here, because libical 3.0 leaves ',' and ';' unescaped in CATEGORIES and X-
// properties.

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

// A TEXT value as a content line holds it (RFC 5545 §3.3.11): \\ \; \, and \n escaped, control
// characters dropped, so that no value can end its line and start a property of its own. The
// one escaping of iCalendar text; URI values go through util/url.h's checks instead.
std::string ics_escape_text(std::string_view s);

}  // namespace summitry
