// SPDX-License-Identifier: MIT
#pragma once
// The small interpreters the frab and c3voc importers share: positions in the source text, text
// cleaned for the event file, the clock and duration notations schedules use, language codes and
// session kinds.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/event.h"
#include "syntax/text_scan.h"
#include "time/time.h"

namespace summitry {

// Byte offsets in a source text as 1-based lines and columns (columns count characters).
class SourcePositions {
public:
    explicit SourcePositions(std::string_view text);
    SourceLoc at(std::size_t offset) const;

private:
    static constexpr std::size_t block = 4096;
    std::size_t chars_before(std::size_t offset) const;  // characters in text_[0, offset)

    std::string_view text_;
    std::vector<std::size_t> line_starts_;
    std::vector<std::size_t> chars_before_block_;  // [k]: characters before byte k * block
};

// Text as the event file can hold it: valid UTF-8 (a byte that is not becomes U+FFFD), no
// control characters but tab and newline, CRLF and CR as LF, trimmed at both ends. `one_line`
// also turns each run of white space into one space (titles, names).
std::string clean_text(std::string_view raw, bool one_line);

// "H:MM", "HH:MM", "HH:MM:SS" (hours may pass 24: a duration).
std::optional<Seconds> parse_clock_text(std::string_view text);
// A schedule's duration: "1:00", "01:00:00", "00:30", or ISO 8601 "PT1H30M" (and Summitry's own
// "45min"). Zero is returned as zero; nothing for what is not a duration or passes a month.
std::optional<Seconds> parse_source_duration(std::string_view text);
// An ISO 8601 date-time as schedules write it, fractional seconds allowed.
std::optional<WrittenTime> parse_iso_time(std::string_view text);

// The code for what a schedule writes as a language: "en", "EN", "pt_BR", "English".
std::optional<std::string> language_code(std::string_view raw);

// The kind of session a schedule's `type` names ("lecture", "Workshop 2h", "BoF (45 minutes)"),
// `other` when none fits.
SessionKind kind_from_type(std::string_view type);

// A double-quoted YAML scalar for text clean_text() has cleaned.
std::string yaml_quoted(std::string_view text);

}  // namespace summitry
