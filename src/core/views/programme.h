// SPDX-License-Identifier: MIT
#pragma once
// The printable programme: one request, filled by `summitry-cli program` or by the planner's
// print dialog, and two writers — PDF pages drawn with cairo/pango (render/programme_pdf.cpp)
// and HTML from a Mustache template (views/programme_html.cpp).

#include <filesystem>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "model/event.h"

namespace summitry {

enum class Paper { a4, letter };
enum class Audience { attendees, staff };  // staff: the run-sheet, private sessions included

// What changed in the sessions since a release (`program --changes-since NAME`), for the
// programme's audience, written as people read it. Made by output/ from versions/' diff.
struct ProgrammeChange {
    std::string kind;           // moved retitled cancelled reinstated added removed people details
    std::string session;        // its id
    std::string title;          // in the programme's language (removed: as released)
    std::string before, after;  // "10 February 2025 19:00, Ballroom"; old and new title...
};
struct ProgrammeChanges {
    std::string since;  // the release's name
    std::vector<ProgrammeChange> changes;
    std::set<std::string> marked;  // the sessions of the programme to mark "changed since"
};

struct ProgrammeRequest {
    std::string lang;  // empty: the event's first language
    Paper paper = Paper::a4;
    Audience audience = Audience::attendees;
    std::filesystem::path template_path;  // HTML only; empty: templates/programme.html.mustache
    std::optional<Instant> now;           // "printed on"; set by tests for stable output
    // Marks on the sessions changed since a release, and a page listing the changes.
    std::optional<ProgrammeChanges> changes;
};

}  // namespace summitry
