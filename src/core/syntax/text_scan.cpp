// SPDX-License-Identifier: MIT
#include "syntax/text_scan.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace summitry {

bool clip_text(std::string& text, std::size_t limit) {
    if (text.size() <= limit) return false;
    static constexpr std::string_view ellipsis = "\xE2\x80\xA6";  // …
    std::size_t cut = limit - ellipsis.size();
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    text += ellipsis;
    return true;
}

bool is_language_code(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
    if (i < 2 || i > 3) return false;
    while (i < s.size()) {
        if (s[i] != '-') return false;
        std::size_t j = ++i;
        while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
        if (j == i || j - i > 8) return false;
        i = j;
    }
    return true;
}

namespace {

// Length of the UTF-8 sequence at text[i], or 0 when it is not valid UTF-8.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    return decode_utf8(text, i).second;
}

}  // namespace

std::optional<TextProblem> find_non_text(std::string_view text) {
    std::uint32_t line = 1, column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            char buf[96];
            std::snprintf(buf, sizeof buf,
                          "the file is not text: control character 0x%02X at byte %zu", c, i);
            return TextProblem{line, column, buf};
        }
        const std::size_t n = utf8_length(text, i);
        if (n == 0) {
            char buf[96];
            std::snprintf(buf, sizeof buf,
                          "the file is not UTF-8 text: invalid byte 0x%02X at byte %zu", c, i);
            return TextProblem{line, column, buf};
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += n;
    }
    return std::nullopt;
}

std::size_t find_closing_quote(std::string_view text, std::size_t open) {
    const char q = text[open];
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        if (q == '"' && text[i] == '\\') {
            ++i;  // an escaped character, whatever it is
        } else if (text[i] == q) {
            if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;  // '' is a quote inside single-quoted text
            } else {
                return i;
            }
        }
    }
    return std::string_view::npos;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
    // Counted first, so that the index is allocated once (its growth touched twice its size).
    starts_.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    starts_.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
        starts_.push_back(i + 1);
}

std::size_t LineIndex::count_chars(std::size_t from, std::size_t to) const {
    scanned_ += to - from;
    std::size_t chars = 0;
    for (std::size_t i = from; i < to; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
    return chars;
}

std::size_t LineIndex::chars_before(std::size_t pos) const {
    if (chars_before_block_.empty()) {
        // One pass over the whole text, once.
        chars_before_block_.reserve(text_.size() / block + 1);
        std::size_t chars = 0;
        for (std::size_t i = 0; i < text_.size(); ++i) {
            if (i % block == 0) chars_before_block_.push_back(chars);
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
        }
        if (text_.size() % block == 0) chars_before_block_.push_back(chars);
    }
    const std::size_t k = pos / block;
    return chars_before_block_[k] + count_chars(k * block, pos);
}

std::uint32_t LineIndex::column(std::uint32_t line0, std::size_t pos,
                                std::uint32_t fallback) const {
    if (line0 >= starts_.size() || pos < starts_[line0] || pos > text_.size()) return fallback;
    if (line0 + 1 < starts_.size() && pos >= starts_[line0 + 1]) return fallback;
    const std::size_t start = starts_[line0];
    const std::size_t chars = pos - start <= 2 * block
                                  ? count_chars(start, pos)  // the usual short line
                                  : chars_before(pos) - chars_before(start);
    return static_cast<std::uint32_t>(chars + 1);
}

}  // namespace summitry
