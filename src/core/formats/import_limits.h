// SPDX-License-Identifier: MIT
#pragma once
// The loader's limits (LoadOptions, docs/limits.md), applied to an imported event before it is
// written. An import past them wrote a file that `check` then refused (200,000 VEVENTs: exit 0,
// then "'sessions' holds 200000 items"); writing only a part would lose sessions. So the import
// is refused, naming the limit, and nothing is written. Every importer goes through this one
// check, after its `read`.

#include <cstddef>

#include "formats/formats.h"
#include "io/event_loader.h"

namespace summitry {

// Room for what the command adds to the file (the header comment naming the source) beside
// what write_event_yaml() writes without it.
inline constexpr std::size_t import_header_allowance = 4096;

// Adds an error to `result.diagnostics` for each limit the event passes: sessions, people,
// organizations, venues or tracks past max_entities, and an event file larger than
// max_file_bytes (less import_header_allowance). The size is measured by writing the event
// into a counter, not into memory.
void check_import_limits(ImportResult& result, const LoadOptions& limits = {});

}  // namespace summitry
