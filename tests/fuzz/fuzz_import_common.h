// SPDX-License-Identifier: MIT
#pragma once
// What the importers' fuzz targets require of every import: diagnostics that print, and, when
// there is no error, an event file that loads without errors, passes the checks, and writes back
// the same text.
#include <cstdlib>
#include <sstream>

#include "check/rule.h"
#include "diag/format.h"
#include "formats/formats.h"
#include "io/event_loader.h"
#include "io/event_writer.h"

namespace summitry::fuzz {

inline void check_import(const ImportResult& r) {
    std::ostringstream sink;
    write_diagnostics_text(sink, r.diagnostics, r.event.files);
    for (const auto& d : r.diagnostics.items())
        if (d.message.empty() || d.loc.line == 0) std::abort();  // every diagnostic has a place
    if (r.diagnostics.has_errors()) return;
    (void)check_conflicts(r.event);
    std::ostringstream first;
    write_event_yaml(first, r.event);
    const LoadResult loaded = load_event_text(first.str(), "imported.yaml");
    if (loaded.diagnostics.has_errors()) std::abort();
    if (loaded.event.sessions.size() != r.event.sessions.size()) std::abort();
    std::ostringstream second;
    write_event_yaml(second, loaded.event);
    if (second.str() != first.str()) std::abort();
}

// Every session the source holds is imported or reported as skipped (import_counted()): an
// `import-count` error is a reader that lost sessions, whatever the input.
inline void check_import(const ImportFormat& format, std::string_view text) {
    const ImportResult r = import_counted(format, text, "fuzz");
    for (const auto& d : r.diagnostics.items())
        if (d.rule == "import-count") std::abort();
    check_import(r);
}

}  // namespace summitry::fuzz
