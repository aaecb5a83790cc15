// SPDX-License-Identifier: MIT
#include "util/collate.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace summitry {

namespace {
// ASCII letters for U+00C0..U+00FF and U+0100..U+017F, in code point order.
constexpr std::string_view latin1 =
    "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
constexpr std::string_view latin_ext_a =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSs"
    "Ss"
    "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(latin1.size() == 64 && latin_ext_a.size() == 128);
}  // namespace

std::string sort_key(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += static_cast<char>(std::tolower(c));
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) {
            const unsigned cp =
                ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
            char folded = 0;
            if (cp >= 0xC0 && cp < 0x100)
                folded = latin1[cp - 0xC0];
            else if (cp >= 0x100 && cp < 0x180)
                folded = latin_ext_a[cp - 0x100];
            if (folded != 0) {
                out += static_cast<char>(std::tolower(static_cast<unsigned char>(folded)));
                if (cp == 0xDF) out += 's';  // ß sorts as ss
                i += 2;
                continue;
            }
        }
        out += text[i++];  // anything else keeps its bytes, after ASCII
    }
    return out;
}

std::string_view family_name(std::string_view full_name) {
    while (!full_name.empty() && full_name.back() == ' ') full_name.remove_suffix(1);
    auto start = full_name.find_last_of(' ');
    if (start == std::string_view::npos) return full_name;
    // A capitalised particle belongs to the name and is sorted on ("Le Hénanff" under L, as in
    // French); a lower-case one is not ("von der Leyen" under L, "zu Fürstenberg" under F).
    static constexpr std::string_view particles[] = {
        "Le", "La", "Les", "De", "Du", "Des", "Da", "Di", "Del", "Della", "Van", "Von", "Mac"};
    while (start > 0) {
        const auto prev = full_name.find_last_of(' ', start - 1);
        const std::size_t word_start = prev == std::string_view::npos ? 0 : prev + 1;
        const std::string_view word = full_name.substr(word_start, start - word_start);
        if (word_start == 0 ||
            std::find(std::begin(particles), std::end(particles), word) == std::end(particles))
            break;
        start = prev;
    }
    return full_name.substr(start + 1);
}

}  // namespace summitry
