// SPDX-License-Identifier: MIT
#include "util/markdown.h"

#include <cctype>

#include "util/controls.h"

namespace summitry {

namespace {

// The line breaks of CommonMark (LF, CR), of Unicode (VT, FF, NEL, LS, PS): the controls among
// them are dropped later, but as spaces, so that the words on either side stay apart.
std::string breaks_to_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            out += ' ';
        } else if (s.substr(i, 2) == "\xc2\x85") {
            out += ' ';
            i += 1;
        } else if (s.substr(i, 3) == "\xe2\x80\xa8" || s.substr(i, 3) == "\xe2\x80\xa9") {
            out += ' ';
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

std::string markdown_text(std::string_view s) {
    const std::string text = drop_controls(breaks_to_spaces(s));
    std::string_view rest = text;
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    std::string out;
    out.reserve(rest.size() + rest.size() / 8);
    // A list item, a setext underline or a thematic break where the text would start a line.
    if (!rest.empty() && (rest.front() == '-' || rest.front() == '+' || rest.front() == '=')) {
        out += '\\';
        out += rest.front();
        rest.remove_prefix(1);
    } else {
        std::size_t digits = 0;
        while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])))
            ++digits;
        if (digits > 0 && digits < rest.size() && (rest[digits] == '.' || rest[digits] == ')')) {
            out.append(rest.substr(0, digits)) += '\\';
            out += rest[digits];
            rest.remove_prefix(digits + 1);
        }
    }
    for (char c : rest) {
        if (std::string_view("\\`*_[]<>|#&!~").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

}  // namespace summitry
