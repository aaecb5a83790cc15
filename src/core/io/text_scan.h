// SPDX-License-Identifier: MIT
#pragma once
// Byte-level checks and positions for event files, done before and beside the YAML parser.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace summitry {

// The code point of the UTF-8 sequence at text[i] and its length in bytes, or {0, 0} when it is
// not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
std::pair<char32_t, std::size_t> decode_utf8(std::string_view text, std::size_t i);

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
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    // `line0` is 0-based, `pos` a byte offset into the text; returns a 1-based column in
    // characters, or `fallback` when the two do not agree.
    std::uint32_t column(std::uint32_t line0, std::size_t pos, std::uint32_t fallback) const;

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

}  // namespace summitry
