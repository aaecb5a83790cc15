// SPDX-License-Identifier: MIT
#pragma once
// Who was told what, so that nothing is sent twice: a plain-text file beside the releases,
// FILE.releases/notices.txt, one line a session told to a person:
//
//   # person	session	method	sequence	date
//   ada	keynote	request	3	2026-12-06 09:02 UTC
//
// tab-separated; method is request, cancel or none (a change with no calendar entry to change).
// A notice item is told when its (person, session, method, sequence) is in the file: a later
// release raises the session's revision, so its change is new. Written whole with write_file
// (io/atomic_file.h) after each message accepted, under the event file's lock, so that a crash
// or a refused recipient keeps exactly what was accepted.

#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "notify/changes.h"

namespace summitry::notify {

// A record that cannot be read: the message names the file and line, and what to do.
class RecordError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// FILE.releases/notices.txt.
std::filesystem::path record_file(const std::filesystem::path& event_file);

class Record {
public:
    // Reads the record; none yet is an empty record. Throws RecordError.
    static Record load(const std::filesystem::path& file);
    // The same from the record's text; `file` names it in messages and is where save() writes.
    // Linear in the text; throws RecordError for a line that is not the record's.
    static Record parse(std::string_view text, const std::filesystem::path& file);

    bool told(const std::string& person, const SessionNotice& n) const;
    void add(const std::string& person, const SessionNotice& n, const std::string& date);
    // The notice without what was told already: the sessions left (none: nothing to send).
    PersonNotice untold(const PersonNotice& notice) const;

    // Writes it whole (write_file: atomic, the mode of `like`, the event file). Throws WriteError.
    void save(const std::filesystem::path& like) const;
    std::size_t size() const { return lines_.size(); }

private:
    using Key = std::tuple<std::string, std::string, std::string, int>;
    static Key key(const std::string& person, const SessionNotice& n);
    std::filesystem::path file_;
    std::set<Key> told_;
    std::vector<std::string> lines_;  // as read and added, in order
};

std::string_view method_name(Calendar c);

}  // namespace summitry::notify
