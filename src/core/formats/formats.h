// SPDX-License-Identifier: MIT
#pragma once
// The formats Summitry exchanges with other tools: one explicit list (formats.cpp), one line a
// format, each family in a folder of its own (ics/; schedule/ for frab and c3voc; indico/) and
// each direction in a file of its own (<format>_export.cpp, <format>_import.cpp).
// Exporters write to a stream and never ask anything; importers read text and report what they
// could not take as it was.

#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/event.h"
#include "model/selection.h"

namespace summitry {

// What an export is asked for: the sessions and the language (model/selection.h; the venue and
// the day too, though the command line offers neither), and the time of the export.
struct ExportRequest : SessionSelection {
    std::optional<Instant> now;  // DTSTAMP and the like; set by tests for stable output
    // The version the schedule formats carry (frab <version>, c3voc "version"): the latest
    // release's name, with "+digest" when the event changed since (versions/release.h); empty:
    // a digest of what is exported.
    std::string release;
};

// What an event holds and a format cannot say. Thrown before anything is written; the message
// names the session and the reason, for the organizer.
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A session of the source that an import did not take: where the source has it, and why.
struct SkippedSession {
    SourceLoc loc;
    std::string why;
};

struct ImportResult {
    Event event;
    Diagnostics diagnostics;              // errors mean nothing usable was read
    std::vector<SkippedSession> skipped;  // each is also a `session-skipped` warning
    // The sessions the source holds, counted apart from the reader (import_counted() sets it):
    // every one is in `event` or in `skipped`.
    std::size_t in_source = 0;
};

// What an export could not write as the event says it (a url repaired or left out): warnings at
// the value's place in the event file. An export that cannot write the event at all throws
// ExportError instead.
using ExportWarnings = Diagnostics;

struct ExportFormat {
    std::string_view name;       // as on the command line: "ics"
    std::string_view extension;  // ".ics"
    std::string_view description;
    std::function<ExportWarnings(const Event&, const ExportRequest&, std::ostream&)> write;
};

struct ImportFormat {
    std::string_view name;
    std::string_view description;
    std::function<ImportResult(std::string_view text, const std::string& source)> read;
    // How many sessions the source holds (every <event> element, every event of a day's room,
    // every BEGIN:VEVENT line...), counted by a walk that shares no code with `read`, so that a
    // reader that overlooks sessions cannot also overlook them in its count. Nothing when the
    // text is not of the format at all (then `read` says why).
    std::function<std::optional<std::size_t>(std::string_view text)> count;
};

// Reads `text` with `format` and holds the reader to the count: when the sessions imported and
// the sessions skipped do not add up to the sessions the source holds, the result gets an
// `import-count` error naming the numbers, and nothing may be written. `in_source` is set.
ImportResult import_counted(const ImportFormat& format, std::string_view text,
                            const std::string& source);

// "imported 943 of 943 sessions", "imported 10 of 12 sessions; 2 skipped, each said above",
// "imported 0 of 12 sessions: the file is refused".
std::string import_summary(const ImportResult& result);

// A session's url or the event's website as an export writes it: an http(s) URL, repaired where
// the repair is obvious, else left out (util/url.h); either is a warning at `loc` naming `what`.
std::string export_url(std::string_view url, SourceLoc loc, const std::string& what,
                       ExportWarnings& warnings);

std::span<const ExportFormat> export_formats();
std::span<const ImportFormat> import_formats();
const ExportFormat* find_export_format(std::string_view name);
const ImportFormat* find_import_format(std::string_view name);

}  // namespace summitry
