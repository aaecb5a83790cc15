// SPDX-License-Identifier: MIT
#include "formats/import_limits.h"

#include <ostream>
#include <streambuf>
#include <string>

#include "io/event_writer.h"

namespace summitry {

namespace {

// Counts what is written into it and stops the writer past `limit`.
class CountingBuffer final : public std::streambuf {
public:
    explicit CountingBuffer(std::size_t limit) : limit_(limit) {}
    std::size_t count() const { return count_; }

protected:
    std::streamsize xsputn(const char*, std::streamsize n) override {
        count_ += static_cast<std::size_t>(n);
        return count_ > limit_ ? 0 : n;  // a short write sets badbit: the writer stops
    }
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        return xsputn(nullptr, 1) == 1 ? c : traits_type::eof();
    }

private:
    std::size_t limit_;
    std::size_t count_ = 0;
};

std::string megabytes(std::size_t bytes) {
    return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB";
}

}  // namespace

void check_import_limits(ImportResult& result, const LoadOptions& limits) {
    const Event& ev = result.event;
    Diagnostics& diags = result.diagnostics;
    const auto count = [&](std::size_t n, const char* what, SourceLoc at) {
        if (n <= limits.max_entities) return false;
        diags.error("bad-value", at,
                    "the source holds " + std::to_string(n) + " " + what +
                        "; an event file holds at most " + std::to_string(limits.max_entities) +
                        " (docs/limits.md)",
                    "nothing was written: split the source (by day or by track) and import each "
                    "part into a file of its own");
        return true;
    };
    const std::size_t max = limits.max_entities;
    bool over = count(ev.sessions.size(), "sessions",
                      ev.sessions.size() > max ? ev.sessions[max].loc : SourceLoc{});
    over |= count(ev.people.size(), "people", {});
    over |= count(ev.organizations.size(), "organizations", {});
    over |= count(ev.venues.size(), "venues", {});
    over |= count(ev.tracks.size(), "tracks", {});
    if (over || diags.has_errors()) return;  // the size says nothing more then

    const std::size_t budget = limits.max_file_bytes > import_header_allowance
                                   ? limits.max_file_bytes - import_header_allowance
                                   : 0;
    CountingBuffer buffer(budget);
    std::ostream out(&buffer);
    write_event_yaml(out, ev);
    if (buffer.count() > budget)
        diags.error("bad-value", {},
                    "the event file would be larger than " + megabytes(budget) +
                        "; Summitry reads files of at most " + megabytes(limits.max_file_bytes) +
                        " (docs/limits.md)",
                    "nothing was written: split the source (by day or by track) and import each "
                    "part into a file of its own");
}

}  // namespace summitry
