// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace summitry {

// Text as HTML element content or a quoted attribute value: & < > " ' as character references,
// control characters dropped (util/controls.h). The Mustache templates' {{value}} goes through
// it; docs/security.md.
std::string html_text(std::string_view s);

}  // namespace summitry
