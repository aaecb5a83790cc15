// SPDX-License-Identifier: MIT
#pragma once
// Text between the core (UTF-8 in std::string) and the window (wxString): the small conversions
// that the planner's files share, one of each.

#include <wx/string.h>

#include <string>
#include <string_view>

#include "grid_layout.h"

namespace summitry::gui {

// The core's UTF-8 text as a wxString.
inline wxString u8(std::string_view s) {
    return wxString::FromUTF8(s.data(), s.size());
}

// A minute of the day as the grid writes it.
inline wxString clock_label(int minute) {
    return wxString::FromUTF8(clock_text(minute));
}

// ASCII letters in lower case, the rest as it is: names compared without case (release names,
// zone names typed into a search).
inline std::string ascii_lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

}  // namespace summitry::gui
