// SPDX-License-Identifier: MIT
#pragma once
// iCalendar content lines (RFC 5545 §3.1) written from libical's tree: the one writer of
// formats/ics/, shared by the export (ics_export.cpp) and the calendars assembled from
// VEVENTs written once (ics_calendars.cpp). Not for use outside formats/ics/.

#include <libical/ical.h>

#include <memory>
#include <ostream>
#include <string_view>

namespace summitry::ics_detail {

struct FreeComponent {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, FreeComponent>;

// One content line, folded at 75 octets (CRLF and a space), never inside a UTF-8 sequence or
// an escape, nor beside white space.
void write_content_line(std::ostream& out, std::string_view line);
// The properties of `c`, as write_component writes them, without BEGIN, children and END.
void write_properties(std::ostream& out, icalcomponent* c);
// A component and its children. The CATEGORIES of a component (one property a value in the
// tree) become one line, "CATEGORIES:a,b", the form every calendar program reads.
void write_component(std::ostream& out, icalcomponent* c);

}  // namespace summitry::ics_detail
