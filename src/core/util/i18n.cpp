// SPDX-License-Identifier: MIT
#include "util/i18n.h"

namespace summitry {

namespace {

// Set once at start-up, read afterwards (i18n.h: thread safety).
Translator& installed() {
    static Translator translator;
    return translator;
}

}  // namespace

void set_translator(Translator translator) {
    installed() = std::move(translator);
}

std::string tr(const char* msgid) {
    const Translator& t = installed();
    if (!t) return msgid;
    std::string translated = t(msgid);
    if (translated.empty()) return msgid;
    return translated;
}

std::string format_message(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    std::size_t size = pattern.size();
    for (std::string_view a : args) size += a.size();
    out.reserve(size);
    for (std::size_t i = 0; i < pattern.size();) {
        const char c = pattern[i];
        if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
            out += c;  // "{{" or "}}"
            i += 2;
            continue;
        }
        if (c == '{') {
            // {N}: digits, then '}'.
            std::size_t j = i + 1;
            std::size_t n = 0;
            while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9' && j - i <= 6)
                n = n * 10 + static_cast<std::size_t>(pattern[j++] - '0');
            if (j > i + 1 && j < pattern.size() && pattern[j] == '}' && n < args.size()) {
                out += args.begin()[n];
                i = j + 1;
                continue;
            }
        }
        out += c;  // text, a lone brace, or a placeholder without an argument: as is
        ++i;
    }
    return out;
}

}  // namespace summitry
