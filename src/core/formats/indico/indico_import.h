// SPDX-License-Identifier: MIT
#pragma once
// Import of Indico's HTTP export API (/export/event/N.json?detail=contributions, or
// detail=sessions where the session blocks hold their contributions): the event and its
// contributions, as an event (docs/import-indico.md).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "formats/formats.h"

namespace summitry {

// `source` names the file for diagnostics. Text that is not JSON, JSON that is not an Indico
// event export, an export of several events or of none, and an export made without its
// contributions (detail=events) give errors at their line and column, and nothing is imported;
// what could be repaired gives a warning at its place.
ImportResult import_indico(std::string_view text, const std::string& source);

// Every contribution of every event of the export (ImportFormat::count): each item of an event's
// `contributions`, each item of the `contributions` of each of its `sessions`, and any other
// object below the event whose `_type` is "Contribution". Nothing when the text is not JSON or
// not a JSON object.
std::optional<std::size_t> count_indico_contributions(std::string_view text);

}  // namespace summitry
