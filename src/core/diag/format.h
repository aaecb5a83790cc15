// SPDX-License-Identifier: MIT
#pragma once
// Diagnostics as compilers print them (file:line:column: severity: message [rule]), so that
// editors can jump to them, and as the JSON array of cli.md.

#include <ostream>
#include <span>

#include "diag/diagnostic.h"

namespace summitry {

struct DiagnosticSet {
    const Diagnostics* diagnostics;
    const SourceFiles* files;
};

void write_diagnostics_text(std::ostream& out, const Diagnostics& diags, const SourceFiles& files);
void write_diagnostics_json(std::ostream& out, std::span<const DiagnosticSet> sets);

}  // namespace summitry
