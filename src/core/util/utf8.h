// SPDX-License-Identifier: MIT
#pragma once
// Decoding and encoding UTF-8, for everything that reads or writes text a character at a time:
// the event file's scanners (syntax/text_scan.h, syntax/yaml_fast.cpp), the terminal's and the
// exports' escaping, the iCalendar import's transcoding. Inline: the scanners call it for every
// character of a file.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace summitry {

// The code point of the UTF-8 sequence at text[i] and its length in bytes, or {0, 0} when it is
// not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
inline std::pair<char32_t, std::size_t> decode_utf8(std::string_view text, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return {c, 1};
    std::size_t n = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        cp = c & 0x07;
    } else {
        return {0, 0};
    }
    if (i + n > text.size()) return {0, 0};
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return {0, 0};
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    static constexpr char32_t min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_length[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
    return {cp, n};
}

// Appends code point `cp` (at most U+10FFFF; the callers decoded or checked it) in UTF-8.
inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}

}  // namespace summitry
