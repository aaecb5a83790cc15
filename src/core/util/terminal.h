// SPDX-License-Identifier: MIT
#pragma once
// Text from files as a terminal or a CI log shows it. Whatever reaches standard output or
// standard error from an event (diagnostics quote ids, keys and values; agendas print titles)
// goes through terminal_text, so that a file cannot send escape sequences (clear the screen, set
// the window title, hide text), reorder what is read with bidi overrides, or forge lines such as
// "0 errors" in a CI log. docs/security.md.

#include <string>
#include <string_view>

namespace summitry {

enum class LineBreaks {
    escape,  // shown as \n and \r: one message stays one line (diagnostics)
    space,   // shown as a space (a title written over two lines in an agenda's line)
    keep,    // LF kept, CR shown as \r: a report of several lines that Summitry wrote
};

// `s` with every character a terminal would act on written as a visible escape: C0 controls but
// tab, DEL and bytes that are not UTF-8 as \xHH ("\x1b"); C1 controls and the bidi embeddings,
// overrides and isolates (U+202A to U+202E, U+2066 to U+2069) as \uHHHH; line breaks as
// `breaks` says. Everything else, other scripts included, is kept as it is.
std::string terminal_text(std::string_view s, LineBreaks breaks = LineBreaks::escape);

}  // namespace summitry
