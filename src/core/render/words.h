// SPDX-License-Identifier: MIT
#pragma once
// The words printed around the organizers' texts, in English, French and German: the HTML
// programme's vocabulary (views/html_words.h), plus what only paper needs (page numbers, the
// grid, the conflicts of the run-sheet).

#include <string>
#include <string_view>

namespace summitry::render {

// The word for `key` in `lang` (English for a language without a table); the key itself when
// no table has it, so that a missing word shows in review instead of printing nothing.
std::string word(std::string_view key, std::string_view lang);

}  // namespace summitry::render
