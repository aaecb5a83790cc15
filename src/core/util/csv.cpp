// SPDX-License-Identifier: MIT
#include "util/csv.h"

#include "util/controls.h"

namespace summitry {

std::string csv_field(std::string_view s) {
    const std::string text = drop_controls(s);
    // OWASP's list: = + - @ start formulas in Excel and LibreOffice, and a leading tab or CR is
    // skipped by some of them before they look for one. A CR dropped above still counts.
    const auto risky = [](std::string_view t) {
        return !t.empty() && std::string_view("=+-@\t\r").find(t.front()) != std::string_view::npos;
    };
    const bool formula = risky(s) || risky(text);
    if (!formula && text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    if (formula) out += '\'';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
    bool first = true;
    for (const std::string& f : fields) {
        if (!first) out << ',';
        first = false;
        out << csv_field(f);
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
