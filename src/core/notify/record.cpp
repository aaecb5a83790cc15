// SPDX-License-Identifier: MIT
#include "notify/record.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include "io/atomic_file.h"

namespace summitry::notify {

namespace {

constexpr std::uintmax_t max_record_bytes = 64u << 20;  // a million lines and more
constexpr std::string_view header =
    "# Summitry: who was told what (summitry-cli notify; docs/notices.md). One line a session\n"
    "# told to a person. Delete a line to tell it again.\n"
    "# person\tsession\tmethod\tsequence\tdate\n";

constexpr std::size_t fields = 5;

// The fields of a line: at most fields + 1 views (the last holding the rest, whatever it is), so
// that a hostile line of millions of tabs costs one pass and no more memory than its own.
std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> out;
    while (out.size() < fields) {
        const auto tab = line.find('\t');
        if (tab == std::string_view::npos) break;
        out.push_back(line.substr(0, tab));
        line.remove_prefix(tab + 1);
    }
    out.push_back(line);
    return out;
}

// An id as the record holds it: the loader accepts only slugs, so this is a check, not an escape.
bool plain(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
    return true;
}

}  // namespace

std::string_view method_name(Calendar c) {
    switch (c) {
        case Calendar::request: return "request";
        case Calendar::cancel: return "cancel";
        case Calendar::none: break;
    }
    return "none";
}

std::filesystem::path record_file(const std::filesystem::path& event_file) {
    std::filesystem::path folder = event_file;
    folder += ".releases";
    return folder / "notices.txt";
}

Record Record::load(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        Record r;
        r.file_ = file;
        return r;
    }
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) throw RecordError(file.string() + ": cannot be read (" + ec.message() + ")");
    if (size > max_record_bytes)
        throw RecordError(file.string() + ": larger than 64 MiB: not a record Summitry wrote");
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    if (!in || !(text << in.rdbuf())) throw RecordError(file.string() + ": cannot be read");
    return parse(text.str(), file);
}

Record Record::parse(std::string_view text, const std::filesystem::path& file) {
    Record r;
    r.file_ = file;
    int number = 0;
    while (!text.empty()) {
        ++number;
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty() || line.front() == '#') continue;
        const auto f = split_tabs(line);
        int sequence = -1;
        if (f.size() == fields && !f[3].empty() && f[3].size() <= 9 &&
            f[3].find_first_not_of("0123456789") == std::string_view::npos)
            sequence = std::stoi(std::string(f[3]));
        const bool method =
            f.size() == fields && (f[2] == "request" || f[2] == "cancel" || f[2] == "none");
        if (f.size() != fields || !plain(f[0]) || !plain(f[1]) || !method || sequence < 0)
            throw RecordError(file.string() + ":" + std::to_string(number) +
                              ":1: not a line of the record (person, session, method, sequence, "
                              "date, tab-separated); fix or delete the line");
        r.told_.emplace(std::string(f[0]), std::string(f[1]), std::string(f[2]), sequence);
        r.lines_.emplace_back(line);
    }
    return r;
}

Record::Key Record::key(const std::string& person, const SessionNotice& n) {
    return {person, n.session, std::string(method_name(n.calendar)), n.sequence};
}

bool Record::told(const std::string& person, const SessionNotice& n) const {
    return told_.contains(key(person, n));
}

void Record::add(const std::string& person, const SessionNotice& n, const std::string& date) {
    if (!told_.insert(key(person, n)).second) return;
    lines_.push_back(person + "\t" + n.session + "\t" + std::string(method_name(n.calendar)) +
                     "\t" + std::to_string(n.sequence) + "\t" + date);
}

PersonNotice Record::untold(const PersonNotice& notice) const {
    PersonNotice out = notice;
    out.sessions.clear();
    for (const auto& n : notice.sessions)
        if (!told(notice.person, n)) out.sessions.push_back(n);
    return out;
}

void Record::save(const std::filesystem::path& like) const {
    std::string text(header);
    for (const auto& l : lines_) text += l + "\n";
    std::error_code ec;
    std::filesystem::create_directories(file_.parent_path(), ec);
    WriteFileOptions options;
    options.like = like;
    write_file(file_, text, options);
}

}  // namespace summitry::notify
