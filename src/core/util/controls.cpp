// SPDX-License-Identifier: MIT
#include "util/controls.h"

namespace summitry {

namespace {

// The length of the control character at s[i] (1, or 2 for a C1 control), or 0.
std::size_t control_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return is_control(c) ? 1 : 0;
    if (c == 0xc2 && i + 1 < s.size()) {
        const auto next = static_cast<unsigned char>(s[i + 1]);
        if (next >= 0x80 && next <= 0x9f) return 2;
    }
    return 0;
}

}  // namespace

std::size_t find_control(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i)
        if (control_at(s, i) != 0) return i;
    return std::string_view::npos;
}

std::string drop_controls(std::string_view s) {
    std::size_t i = find_control(s);
    if (i == std::string_view::npos) return std::string(s);
    std::string out(s.substr(0, i));
    while (i < s.size()) {
        if (const std::size_t n = control_at(s, i); n != 0) {
            i += n;
            continue;
        }
        out += s[i++];
    }
    return out;
}

}  // namespace summitry
