// SPDX-License-Identifier: MIT
#include "util/csv.h"

namespace summitry {

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
    bool first = true;
    for (const std::string& f : fields) {
        if (!first) out << ',';
        first = false;
        // A leading = + - @ would be a formula to a spreadsheet; a quote makes it text.
        const bool formula = !f.empty() && (f[0] == '=' || f[0] == '+' || f[0] == '@');
        if (f.find_first_of(",\"\r\n") == std::string::npos && !formula) {
            out << f;
            continue;
        }
        out << '"';
        if (formula) out << '\'';
        for (char c : f) {
            if (c == '"') out << '"';
            out << c;
        }
        out << '"';
    }
    out << "\r\n";
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

}  // namespace summitry
