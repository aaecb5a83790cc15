// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace summitry {

// Human text: either one plain string, or one string per language code ({en: ..., fr: ...}).
class Text {
public:
    Text() = default;
    explicit Text(std::string plain) { add({}, std::move(plain)); }

    // `lang` empty means "written without a language".
    void add(std::string lang, std::string value) {
        values_.emplace_back(std::move(lang), std::move(value));
    }

    bool empty() const { return values_.empty(); }
    bool is_plain() const { return values_.size() == 1 && values_.front().first.empty(); }
    const std::vector<std::pair<std::string, std::string>>& values() const { return values_; }

    // The text in `lang`; else the plain text; else in `fallback` (the event's first language);
    // else the first one given. Empty when there is none.
    std::string_view get(std::string_view lang, std::string_view fallback = {}) const;
    // Whether the text exists in `lang` (a plain string counts as every language).
    bool has(std::string_view lang) const;

private:
    std::vector<std::pair<std::string, std::string>> values_;
};

}  // namespace summitry
