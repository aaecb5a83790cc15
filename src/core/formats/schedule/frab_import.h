// SPDX-License-Identifier: MIT
#pragma once
// Import of a frab/pentabarf schedule XML (FOSDEM, CCC congresses, pretalx and wafer exports):
// the conference, its days, rooms, tracks, people and events, as an event.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "formats/formats.h"

namespace summitry {

// `source` names the file for diagnostics. Text that is not a frab schedule gives one error at
// its line and column; what could be repaired gives a warning and is imported.
ImportResult import_frab(std::string_view text, const std::string& source);

// Every <event> element of the document, wherever it stands (ImportFormat::count); nothing when
// the text is not XML.
std::optional<std::size_t> count_frab_events(std::string_view text);

}  // namespace summitry
