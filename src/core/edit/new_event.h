// SPDX-License-Identifier: MIT
#pragma once
// A new event from what the planner's New event dialog asks: the text of an event file that
// loads and checks clean, for an organizer who never writes YAML. Every text the organizer typed
// is written through yaml_scalar (io/event_writer.h), the one escaping of the event file, so a
// title with quotes, colons, '#', newlines or a leading '-' reads back as typed.

#include <string>
#include <utility>
#include <vector>

#include "time/time.h"

namespace summitry {

struct NewEvent {
    // The event's languages, the first the default (is_language_code: "en", "fr", "pt-BR").
    std::vector<std::string> languages;
    // The title in each language, by code; the first language's is required, an empty one is
    // left out.
    std::vector<std::pair<std::string, std::string>> titles;
    Date start_date{};
    Date end_date{};
    std::string timezone;  // an IANA name of the tz database (find_zone)
    // The first venue and its rooms, by name; no venue when `venue` is empty. A venue needs at
    // least one room (a session is placed in a room).
    std::string venue;
    std::vector<std::string> rooms;
};

// The text of the event file, or throws std::invalid_argument saying what is wrong, in the
// interface's language (tr): no title, an unknown time zone, dates in the wrong order, a
// language code that is not one, a venue without rooms, a text too long or not UTF-8. Ids are
// made from the names (slugs, unique within their kind).
std::string new_event_text(const NewEvent& spec);

// An id (a slug, [a-z0-9][a-z0-9-]*) made from a name: lower case, Latin accents folded, other
// characters as '-'; "x" and a number from its bytes when nothing is left (a name in another
// script), so that two such names differ.
std::string slug_from_name(std::string_view name);

}  // namespace summitry
