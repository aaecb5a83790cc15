// SPDX-License-Identifier: MIT
#pragma once
// Text from someone's file, shown in a message. A value can be a megabyte long (a number in a
// JSON import, a key, a time zone name): a message shows its first `max_quoted` characters,
// never the whole of it. Every diagnostic that repeats source text goes through these.

#include <cstddef>
#include <string>
#include <string_view>

namespace summitry {

inline constexpr std::size_t max_quoted = 80;       // characters
inline constexpr std::size_t max_path_chars = 240;  // a file's path: folders can be deep

// `text` between single quotes, cut to at most `max_chars` characters (at a character boundary),
// with "…" and its size where it was cut: 'value', or '12345678…' (1048576 bytes).
std::string quote(std::string_view text, std::size_t max_chars = max_quoted);

// A whole message or hint held to `max_bytes` (a safety net for what no quote() shortened):
// Diagnostics::add applies it to every message and hint.
std::string capped_message(std::string message, std::size_t max_bytes = 2048);

}  // namespace summitry
