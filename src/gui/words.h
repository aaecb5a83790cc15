// SPDX-License-Identifier: MIT
#pragma once
// The format's own words as people read them: session kinds and statuses are written in the
// file in English ("fireside-chat", "tentative"), and shown in the interface's language.

#include <wx/string.h>

#include <string_view>

namespace summitry::gui {

// A session kind or status of the format, translated; any other word as it is.
wxString word_label(std::string_view word);

}  // namespace summitry::gui
