// SPDX-License-Identifier: MIT
#pragma once
// The words a printed page needs around the organizers' texts (headings, "Moderator", the kinds
// of session, language names), in English, French and German. Any other language gets English
// words: the organizers' own texts still follow the chosen language.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/event.h"

namespace summitry {

// Every label as (key, word) for the templates' `labels` object; docs/templates.md lists keys.
const std::vector<std::pair<std::string_view, std::string_view>>& html_labels(
    std::string_view lang);

// "Fireside chat", "Conversation au coin du feu", ...
std::string_view kind_label(SessionKind kind, std::string_view lang);

// "French", "français", "Französisch"; the code itself for a language not in the table.
std::string language_name(std::string_view code, std::string_view lang);

}  // namespace summitry
