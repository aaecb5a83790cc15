// SPDX-License-Identifier: MIT
#include "diag/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "diag/quote.h"

namespace summitry {

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "error";
}

std::uint32_t SourceFiles::add(std::string path) {
    paths_.push_back(std::move(path));
    return static_cast<std::uint32_t>(paths_.size() - 1);
}

Diagnostic& Diagnostics::add(Severity severity, std::string rule, SourceLoc loc,
                             std::string message, std::string hint) {
    Diagnostic& d = items_.emplace_back();
    d.severity = severity;
    d.rule = std::move(rule);
    d.loc = loc;
    // Sites quote source text with quote(); this holds whatever slipped past to a few lines.
    d.message = capped_message(std::move(message));
    d.hint = capped_message(std::move(hint));
    return d;
}

void Diagnostics::append(Diagnostics other) {
    items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                  std::make_move_iterator(other.items_.end()));
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.loc.file, a.loc.line, a.loc.column, a.rule, a.sessions, a.people,
                        a.message) < std::tie(b.loc.file, b.loc.line, b.loc.column, b.rule,
                                              b.sessions, b.people, b.message);
    });
}

std::size_t Diagnostics::count(Severity s) const {
    return static_cast<std::size_t>(std::count_if(
        items_.begin(), items_.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

}  // namespace summitry
