// SPDX-License-Identifier: MIT
#include "util/html.h"

#include "util/controls.h"

namespace summitry {

std::string html_text(std::string_view s) {
    const std::string text = drop_controls(s);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace summitry
