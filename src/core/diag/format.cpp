// SPDX-License-Identifier: MIT
#include "diag/format.h"

#include <nlohmann/json.hpp>

#include "util/json_out.h"
#include "util/terminal.h"

namespace summitry {

// A message quotes what the file holds (an id, a key, a value, an included file's name): as
// terminal_text, so that one diagnostic is one line and a file can neither send escape sequences
// to the terminal nor write lines of its own ("0 errors") into a CI log.
void write_diagnostics_text(std::ostream& out, const Diagnostics& diags, const SourceFiles& files) {
    for (const Diagnostic& d : diags.items()) {
        out << terminal_text(files.path(d.loc.file)) << ':';
        if (d.loc.line != 0) out << d.loc.line << ':' << d.loc.column << ':';
        out << ' ' << to_string(d.severity) << ": " << terminal_text(d.message);
        // A hint that the message already carries as "did you mean" is not repeated.
        if (!d.hint.empty() && d.message.find("did you mean") == std::string::npos)
            out << " — " << terminal_text(d.hint);
        out << " [" << terminal_text(d.rule) << "]\n";
    }
}

// Exact JSON: a message says what the file holds, escaped as JSON escapes it.
void write_diagnostics_json(std::ostream& out, std::span<const DiagnosticSet> sets) {
    auto arr = nlohmann::json::array();
    for (const DiagnosticSet& set : sets) {
        for (const Diagnostic& d : set.diagnostics->items()) {
            nlohmann::json j = {{"severity", to_string(d.severity)},
                                {"rule", d.rule},
                                {"file", set.files->path(d.loc.file)},
                                {"line", d.loc.line},
                                {"column", d.loc.column},
                                {"message", d.message},
                                {"sessions", d.sessions},
                                {"people", d.people},
                                {"rooms", d.rooms}};
            if (!d.hint.empty()) j["hint"] = d.hint;
            arr.push_back(std::move(j));
        }
    }
    write_json(out, arr, JsonText::exact);
}

}  // namespace summitry
