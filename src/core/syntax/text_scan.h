// SPDX-License-Identifier: MIT
#pragma once
// Byte-level checks and positions for event files, done before and beside the YAML parser.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/utf8.h"  // decode_utf8, for the scanner's users too

namespace summitry {

// Cuts `text` to at most `limit` bytes (>= 4) at a character boundary, ending it with "…".
// Returns whether it cut.
bool clip_text(std::string& text, std::size_t limit);

// BCP 47 language tags in their common forms ("en", "fr", "pt-BR", "zh-Hant-TW"): a lower-case
// primary language of 2-3 letters, then alphanumeric subtags of up to 8.
bool is_language_code(std::string_view s);

struct TextProblem {
    std::uint32_t line = 1;    // 1-based
    std::uint32_t column = 1;  // 1-based, in characters
    std::string message;
};

// The first place where `text` is not UTF-8 text that YAML accepts: an invalid UTF-8 sequence,
// a NUL or another control character (tab, CR and LF excepted).
std::optional<TextProblem> find_non_text(std::string_view text);

// Offset of the end of a quoted YAML scalar starting at `open` (which holds ' or "), or npos
// when the quote is never closed.
std::size_t find_closing_quote(std::string_view text, std::size_t open);

// Turns byte offsets into 1-based character columns.
//
// A column counts the characters between the start of its line and the offset. Counted from
// the line's start each time, a flow list of 100,000 items on one line cost 5 * 10^9 byte reads
// (quadratic); so on a line longer than `block` bytes the characters before each block of the
// text are counted once, and a column costs at most 2 * `block` byte reads, in any order of
// queries.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    // `line0` is 0-based, `pos` a byte offset into the text; returns a 1-based column in
    // characters, or `fallback` when the two do not agree.
    std::uint32_t column(std::uint32_t line0, std::size_t pos, std::uint32_t fallback) const;

    // Bytes read by column() so far: the work, for the tests that hold it linear.
    std::size_t bytes_scanned() const { return scanned_; }

    static constexpr std::size_t block = 256;

private:
    std::size_t chars_before(std::size_t pos) const;  // characters in text_[0, pos)
    std::size_t count_chars(std::size_t from, std::size_t to) const;

    std::string_view text_;
    std::vector<std::size_t> starts_;
    // [k]: characters before byte k * block; built on the first long line met.
    mutable std::vector<std::size_t> chars_before_block_;
    mutable std::size_t scanned_ = 0;
};

}  // namespace summitry
