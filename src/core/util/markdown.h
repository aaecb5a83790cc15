// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace summitry {

// Text as Markdown (CommonMark and GitHub's) prints it as written, inline, wherever a line puts
// it ("- " + title, "# " + title, a paragraph): the punctuation that means something inline
// (\ ` * _ [ ] < > | # & ! ~) escaped with a backslash; every line break (LF, CR, VT, FF, NEL,
// U+2028, U+2029) a space, so that a value never ends its list item or starts a block; at its
// start, blanks trimmed (four would open a code block) and what opens a block escaped (- + =,
// "1." and "1)"); control characters dropped.
std::string markdown_text(std::string_view s);

}  // namespace summitry
