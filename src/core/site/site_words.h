// SPDX-License-Identifier: MIT
#pragma once
// The words the site's pages need beyond the programme's (views/html_words.h): navigation,
// search, calendars, changes. English, French and German; English for any other language, as
// the programme does.

#include <string_view>
#include <utility>
#include <vector>

namespace summitry {

using SiteWords = std::vector<std::pair<std::string_view, std::string_view>>;

// Every word as (key, word) for the templates' `labels` object, after the programme's labels;
// docs/templates.md lists the keys.
const SiteWords& site_words(std::string_view lang);

// The word for `key` in `lang`: the site's, else the programme's; the key itself when neither
// has it.
std::string_view site_word(std::string_view lang, std::string_view key);

}  // namespace summitry
