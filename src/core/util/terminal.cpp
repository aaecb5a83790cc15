// SPDX-License-Identifier: MIT
#include "util/terminal.h"

#include <cstdio>

#include "util/utf8.h"

namespace summitry {

namespace {

bool is_bidi_control(char32_t c) {
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void hex(std::string& out, const char* format, unsigned value) {
    char buf[16];
    std::snprintf(buf, sizeof buf, format, value);
    out += buf;
}

}  // namespace

std::string terminal_text(std::string_view s, LineBreaks breaks) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7f) {
            out += s[i++];
            continue;
        }
        if (c < 0x80) {
            if (c == '\t' || (c == '\n' && breaks == LineBreaks::keep))
                out += static_cast<char>(c);
            else if ((c == '\n' || c == '\r') && breaks == LineBreaks::space)
                out += ' ';
            else if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else
                hex(out, "\\x%02x", c);
            ++i;
            continue;
        }
        const auto [cp, n] = decode_utf8(s, i);
        if (n == 0) {  // not UTF-8: a terminal in a Latin-1 locale would read 0x9b as CSI
            hex(out, "\\x%02x", c);
            ++i;
            continue;
        }
        if (cp <= 0x9f || is_bidi_control(cp))
            hex(out, "\\u%04x", static_cast<unsigned>(cp));
        else
            out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

}  // namespace summitry
