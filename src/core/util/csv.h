// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace summitry {

// One field as RFC 4180 and OWASP's advice on CSV injection want it: control characters dropped
// (util/controls.h); quoted where it holds a comma, a quote or a line break; and a field that
// starts with = + - @, a tab or a CR, which a spreadsheet would run as a formula
// ("=HYPERLINK(...)",
// "-2+3", "@SUM(...)"), quoted with a ' in front so that it stays text.
std::string csv_field(std::string_view s);

// One RFC 4180 record of csv_field()s, CRLF at the end.
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

// Joins with a separator: {"a", "b"} -> "a; b".
std::string join(const std::vector<std::string>& parts, std::string_view sep);

}  // namespace summitry
