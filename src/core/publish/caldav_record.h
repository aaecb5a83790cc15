// SPDX-License-Identifier: MIT
#pragma once
// The record of what `publish caldav` put on each collection, kept beside the event as
// FILE.caldav.json (caldav_plan.h says why a record): for each collection URL, each resource's
// name, UID, digest and the ETag the server gave it. Plain JSON, small, written atomically.

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>

#include "publish/caldav_plan.h"

namespace summitry::publish {

// A record that cannot be read or is not one; the message names the file.
class RecordError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Every collection's record, by collection URL (without user information).
using Records = std::map<std::string, PublishRecord>;

// FILE.caldav.json beside `event_file`.
std::filesystem::path record_path(const std::filesystem::path& event_file);

// The records in `path`; none when the file does not exist. Throws RecordError.
Records read_records(const std::filesystem::path& path);

// Writes `records` to `path` (io/atomic_file.h's write_file, never over one of `inputs`).
// Throws WriteError.
void write_records(const std::filesystem::path& path, const Records& records,
                   const std::vector<std::filesystem::path>& inputs);

// The records as text and back (read_records and write_records use them; tests too).
std::string records_text(const Records& records);
Records parse_records(const std::string& text, const std::string& source);

}  // namespace summitry::publish
