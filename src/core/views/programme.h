// SPDX-License-Identifier: MIT
#pragma once
// The printable programme: one request, filled by `summitry-cli program` or by the planner's
// print dialog, and two writers — PDF pages drawn with cairo/pango (render/programme_pdf.cpp)
// and HTML from a Mustache template (views/programme_html.cpp).

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>

#include "model/event.h"

namespace summitry {

enum class Paper { a4, letter };
enum class Audience { attendees, staff };  // staff: the run-sheet, private sessions included

struct ProgrammeRequest {
    std::string lang;  // empty: the event's first language
    Paper paper = Paper::a4;
    Audience audience = Audience::attendees;
    std::filesystem::path template_path;  // HTML only; empty: templates/programme.html.mustache
    std::optional<Instant> now;           // "printed on"; set by tests for stable output
};

}  // namespace summitry
