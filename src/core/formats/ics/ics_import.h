// SPDX-License-Identifier: MIT
#pragma once
// iCalendar (RFC 5545) import: a calendar's VEVENTs as the sessions of an event. What it does
// with each property, and what it decides where the format leaves room, is in docs/import-ics.md.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "formats/formats.h"

namespace summitry {

// Reads `text` (the bytes of an .ics file; `source` names it in diagnostics). One session for
// every VEVENT block, whatever clashes; an error only when nothing usable could be read.
ImportResult import_ics(std::string_view text, const std::string& source);

// Every line that reads BEGIN:VEVENT (ImportFormat::count), whatever surrounds it.
std::optional<std::size_t> count_ics_events(std::string_view text);

}  // namespace summitry
