// SPDX-License-Identifier: MIT
#pragma once
// Import of a c3voc schedule.json (frab, pretalx and the c3voc tools write it): the conference,
// its days, rooms, tracks, people and events, as an event.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "formats/formats.h"

namespace summitry {

// `source` names the file for diagnostics. Text that is not JSON, or JSON whose values have the
// wrong types for schedule.json (an event id that is text, a person with no name), gives errors
// at their line and column and nothing is imported; what could be repaired gives a warning.
ImportResult import_c3voc_json(std::string_view text, const std::string& source);

// Every item of every room's list of events, in every day of every conference of the schedule
// (ImportFormat::count); nothing when the text is not JSON.
std::optional<std::size_t> count_c3voc_events(std::string_view text);

}  // namespace summitry
