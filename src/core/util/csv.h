// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace summitry {

// One RFC 4180 record: fields quoted where they need it, CRLF at the end.
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

// Joins with a separator: {"a", "b"} -> "a; b".
std::string join(const std::vector<std::string>& parts, std::string_view sep);

}  // namespace summitry
