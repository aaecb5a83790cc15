// SPDX-License-Identifier: MIT
#include "diag/quote.h"

namespace summitry {

namespace {

bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The byte length of the first `max_chars` characters of `text`.
std::size_t prefix_bytes(std::string_view text, std::size_t max_chars) {
    std::size_t i = 0;
    for (std::size_t chars = 0; i < text.size() && chars < max_chars; ++chars) {
        ++i;
        // The continuation bytes of this character, at most three.
        for (int k = 0; k < 3 && i < text.size() && continuation(text[i]); ++k) ++i;
    }
    return i;
}

}  // namespace

std::string quote(std::string_view text, std::size_t max_chars) {
    const std::size_t keep = prefix_bytes(text, max_chars);
    if (keep == text.size()) return "'" + std::string(text) + "'";
    return "'" + std::string(text.substr(0, keep)) + "…' (" + std::to_string(text.size()) +
           " bytes)";
}

std::string capped_message(std::string message, std::size_t max_bytes) {
    if (message.size() <= max_bytes) return message;
    std::size_t cut = max_bytes;
    while (cut > 0 && continuation(message[cut])) --cut;
    const std::size_t size = message.size();
    message.resize(cut);
    message += "… (" + std::to_string(size) + " bytes in all)";
    return message;
}

}  // namespace summitry
