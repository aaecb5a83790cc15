// SPDX-License-Identifier: MIT
#pragma once
// The WebDAV and CalDAV XML `publish caldav` speaks (RFC 4918, RFC 4791): the request bodies it
// sends and the multistatus responses it reads. Parsed with pugixml, which expands no entity
// but XML's five and character references (a DOCTYPE is skipped: no "billion laughs", no
// external file); namespaces resolved by their URI, whatever the prefixes. Text only: the HTTP
// client is http_client.h.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace summitry::publish {

// A response that is not the XML it should be; the message says what, quoting nothing of it.
class DavError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One <D:response> of a multistatus.
struct DavResponse {
    std::string href;           // as written (percent-encoded, absolute path or URL)
    int status = 0;             // the response's own <D:status>, else its 200 propstat's: 200
    std::string etag;           // <D:getetag>, quotes included
    std::string calendar_data;  // <C:calendar-data>
    bool collection = false;    // <D:resourcetype> holds <D:collection/>
    bool calendar = false;      // ... and <C:calendar/>
};

// Reads a 207 Multi-Status body. Throws DavError for text that is not XML, not a multistatus,
// or larger than `max_bytes`.
std::vector<DavResponse> parse_multistatus(std::string_view xml, std::size_t max_bytes = 64u << 20);

// PROPFIND Depth 0 of the collection: what it is (resourcetype) and its name.
std::string propfind_collection_body();

// REPORT calendar-query, Depth 1: every calendar object of the collection with its ETag and
// calendar data (from which its UID is read).
std::string calendar_query_body();

// MKCALENDAR: a calendar collection for events, named `display_name` (the event's title;
// escaped for XML, control characters dropped).
std::string mkcalendar_body(std::string_view display_name);

// The status code of an HTTP status line ("HTTP/1.1 404 Not Found" -> 404); 0 if none.
int status_code(std::string_view status_line);

}  // namespace summitry::publish
