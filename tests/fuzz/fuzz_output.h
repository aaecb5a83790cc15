// SPDX-License-Identifier: MIT
#pragma once
// What every fuzz target holds its outputs to (docs/security.md): no control character, but
// tab and the line ends the format has, whatever the input held.
#include <cstddef>
#include <cstdlib>
#include <string>
#include <string_view>

namespace summitry::fuzz {

inline void require_no_control(const std::string& out, std::string_view allowed) {
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        const bool c1 = c == 0xc2 && i + 1 < out.size() &&
                        static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(out[i + 1]) <= 0x9f;
        if (c1 || c == 0x7f || (c < 0x20 && allowed.find(out[i]) == std::string_view::npos))
            std::abort();
    }
}

}  // namespace summitry::fuzz
