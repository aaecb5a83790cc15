// SPDX-License-Identifier: MIT
#pragma once
// Writes an Event as an event file (format version 1): what an import produces, and what a
// load-save round trip must give back unchanged. Local times are written in the zone of the
// session's venue; a time the clocks show twice that night carries its offset.

#include <ostream>
#include <string>
#include <string_view>

#include "model/event.h"

namespace summitry {

struct WriteOptions {
    std::string
        header_comment;  // written as "# ..." lines at the top, e.g. where an import came from
};

void write_event_yaml(std::ostream& out, const Event& event, const WriteOptions& options = {});

// A YAML scalar for `text`: plain where that reads back as the same text, else double-quoted.
std::string yaml_scalar(std::string_view text);

}  // namespace summitry
