// SPDX-License-Identifier: MIT
#include "model/text.h"

namespace summitry {

std::string_view Text::get(std::string_view lang, std::string_view fallback) const {
    const std::string* plain = nullptr;
    const std::string* in_fallback = nullptr;
    for (const auto& [code, value] : values_) {
        if (!lang.empty() && code == lang) return value;
        if (code.empty() && plain == nullptr) plain = &value;
        if (!fallback.empty() && code == fallback && in_fallback == nullptr) in_fallback = &value;
    }
    if (plain != nullptr) return *plain;
    if (in_fallback != nullptr) return *in_fallback;
    return values_.empty() ? std::string_view{} : std::string_view{values_.front().second};
}

bool Text::has(std::string_view lang) const {
    for (const auto& [code, value] : values_)
        if (code.empty() || code == lang) return true;
    return false;
}

}  // namespace summitry
