// SPDX-License-Identifier: MIT
#pragma once
// The one way Summitry writes JSON (agendas, speakers, c3voc schedule.json, diagnostics).
// nlohmann escapes what JSON requires (quotes, backslashes, C0 controls as \u001b) and replaces
// bytes that are not UTF-8; on top of that DEL, the C1 controls and the bidi embeddings,
// overrides and isolates are written as \u escapes too: the value read back is the same, and a
// `cat` of the file on a terminal shows them instead of obeying them. docs/security.md.

#include <nlohmann/json_fwd.hpp>
#include <ostream>
#include <string>

namespace summitry {

enum class JsonText {
    exact,          // strings as they are (diagnostics: a message says what the file holds)
    drop_controls,  // control characters dropped from every string (exports; util/controls.h)
};

// Two-space indented JSON and a newline.
void write_json(std::ostream& out, const nlohmann::json& value, JsonText text);
void write_json(std::ostream& out, const nlohmann::ordered_json& value, JsonText text);

}  // namespace summitry
