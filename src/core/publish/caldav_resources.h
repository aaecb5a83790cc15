// SPDX-License-Identifier: MIT
#pragma once
// The event as CalDAV calendar object resources (RFC 4791 §4.1): one VCALENDAR per public
// session, with the UID, SEQUENCE and content `export ics` gives it and the VTIMEZONEs its times
// name, so that a subscriber of the .ics file and of the CalDAV collection sees one event, never
// two. No METHOD property: §4.1 forbids it in a collection; no X-WR-CALNAME nor X-WR-TIMEZONE:
// the calendar's name is the collection's, and a resource is the same whichever selection
// (--track, --room) published it.

#include <string>
#include <string_view>
#include <vector>

#include "formats/formats.h"
#include "model/event.h"

namespace summitry::publish {

struct CalendarResource {
    Index session = no_index;
    std::string uid;     // as in `export ics`: "<session id>@<event id>.summitry"
    std::string name;    // the member name in the collection, not percent-encoded (resource_name)
    std::string body;    // the VCALENDAR, CRLF lines
    std::string digest;  // of the body without its DTSTAMP, which changes at every run
};

// The resources of the sessions `request` selects (private ones never: CalDAV collections are
// for subscribers), in the agenda's order. Throws ExportError as export_ics does.
std::vector<CalendarResource> calendar_resources(const Event& event, const ExportRequest& request,
                                                 ExportWarnings& warnings);

// The name of the resource for `uid` in its collection: "<uid>.ics", or, for a UID too long for
// a file name on the server (over 200 bytes), a digest of it. Decoded: `path_segment` encodes it.
std::string resource_name(std::string_view uid);

// `s` percent-encoded as one segment of a URL path: every byte but RFC 3986's unreserved
// characters (A-Z a-z 0-9 - . _ ~) as %XX, so that no UID can add a segment ("/", ".."), a query
// ("?"), a fragment ("#") or a control character to the URL.
std::string path_segment(std::string_view s);

// `s` with its %XX escapes decoded (a '%' that starts none is kept); for hrefs a server sends.
std::string percent_decoded(std::string_view s);

// The UID of the first component of an iCalendar text that has one (a server's resource),
// unfolded and unescaped; empty when there is none.
std::string calendar_uid(std::string_view ics);

// The digest of a resource's body: stable across runs (its DTSTAMP left out), different when
// anything else differs.
std::string body_digest(std::string_view body);

}  // namespace summitry::publish
