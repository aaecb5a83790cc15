// SPDX-License-Identifier: MIT
#pragma once
// Control characters in texts from files. An event file cannot hold them raw (the loader refuses
// a file that is not text) except DEL and the C1 controls, but a YAML escape can put any of them
// in a value ("\e[2J", "\0", "\r", "\x9b"), and imports bring what the other tool wrote. They
// mean nothing in a title or a name and something dangerous almost everywhere they go: a
// terminal obeys ESC and CSI sequences, a calendar cuts a SUMMARY short at NUL, XML 1.0 cannot
// hold them, a CR breaks a Markdown list. The loader warns about them and every writer drops
// them; docs/security.md.

#include <cstddef>
#include <string>
#include <string_view>

namespace summitry {

// C0 controls but tab and line feed, DEL, and C1 controls (U+0080 to U+009F).
constexpr bool is_control(char32_t c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
}

// Where the first control character of UTF-8 text starts (a C1 control is two bytes, C2 80 to
// C2 9F), or npos. Bytes that are not UTF-8 are not looked at.
std::size_t find_control(std::string_view s);

// The text without its control characters. Linear; returns `s` unchanged when it has none.
std::string drop_controls(std::string_view s);

}  // namespace summitry
