// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace summitry {

enum class Severity : std::uint8_t { error, warning, note };

std::string_view to_string(Severity s);

// A position in one of the files an event was read from. Lines and columns are 1-based;
// line 0 means "the file as a whole".
struct SourceLoc {
    std::uint32_t file = 0;  // index into SourceFiles
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

// The names of the files an event was read from, in the order they were opened.
class SourceFiles {
public:
    std::uint32_t add(std::string path);
    const std::string& path(std::uint32_t index) const { return paths_.at(index); }
    std::size_t size() const { return paths_.size(); }

private:
    std::vector<std::string> paths_;
};

// One thing a user must know about an event: an error, a conflict, a note.
// `rule` is the stable kebab-case id of cli.md and event-format.md.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string rule;
    SourceLoc loc;
    std::string message;
    std::string hint;                   // a suggestion, printed after the message; may be empty
    std::vector<std::string> sessions;  // ids involved, sorted
    std::vector<std::string> people;
    std::vector<std::string> rooms;
};

class Diagnostics {
public:
    Diagnostic& add(Severity severity, std::string rule, SourceLoc loc, std::string message,
                    std::string hint = {});
    Diagnostic& error(std::string rule, SourceLoc loc, std::string message, std::string hint = {}) {
        return add(Severity::error, std::move(rule), loc, std::move(message), std::move(hint));
    }
    Diagnostic& warning(std::string rule, SourceLoc loc, std::string message,
                        std::string hint = {}) {
        return add(Severity::warning, std::move(rule), loc, std::move(message), std::move(hint));
    }
    void append(Diagnostics other);

    // Sorts by file, line, column, then rule and message, so that output is stable.
    void sort();

    const std::vector<Diagnostic>& items() const { return items_; }
    std::vector<Diagnostic>& items() { return items_; }
    std::size_t count(Severity s) const;
    std::size_t errors() const { return count(Severity::error); }
    bool has_errors() const { return errors() != 0; }
    bool empty() const { return items_.empty(); }

private:
    std::vector<Diagnostic> items_;
};

}  // namespace summitry
