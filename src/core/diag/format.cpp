// SPDX-License-Identifier: MIT
#include "diag/format.h"

#include <nlohmann/json.hpp>

namespace summitry {

void write_diagnostics_text(std::ostream& out, const Diagnostics& diags, const SourceFiles& files) {
    for (const Diagnostic& d : diags.items()) {
        out << files.path(d.loc.file) << ':';
        if (d.loc.line != 0) out << d.loc.line << ':' << d.loc.column << ':';
        out << ' ' << to_string(d.severity) << ": " << d.message;
        // A hint that the message already carries as "did you mean" is not repeated.
        if (!d.hint.empty() && d.message.find("did you mean") == std::string::npos)
            out << " — " << d.hint;
        out << " [" << d.rule << "]\n";
    }
}

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
    out << arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace summitry
