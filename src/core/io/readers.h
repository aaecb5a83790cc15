// SPDX-License-Identifier: MIT
#pragma once
// The readers of each kind of entity. Internal to the loader; called in dependency order
// (organizations, event, venues, people, tracks, sessions) so that references resolve at once.

#include <vector>

#include "io/reader.h"

namespace summitry::io {

void read_organizations(Reader& r, const std::vector<Item>& items);
void read_event_info(Reader& r, const Item* item, SourceLoc top);
void read_venues(Reader& r, const std::vector<Item>& items);
void read_people(Reader& r, const std::vector<Item>& items);
void read_tracks(Reader& r, const std::vector<Item>& items);
void read_sessions(Reader& r, const std::vector<Item>& items);

// Starts reading one entity of `kind` from `it`: its place, and its id, read before its other
// keys so that every message about it can name it. Returns that name ("session 'x'").
std::string begin_entity(Reader& r, const Item& it, Entity& e, std::string_view kind);

// Reports each entity whose id an earlier one of the same kind has (at the later one).
template <class T>
void check_unique_ids(Reader& r, const std::vector<T>& list, std::string_view kind,
                      Index (Event::*find)(std::string_view) const) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Index first = (r.event.*find)(list[i].id);
        if (first >= 0 && static_cast<std::size_t>(first) != i && !list[i].id.empty()) {
            const SourceLoc& f = list[static_cast<std::size_t>(first)].loc;
            r.diags.error(
                "duplicate-id", list[i].loc,
                "another " + std::string(kind) + " already has the id '" + list[i].id + "'",
                "the first is at " + r.event.files.path(f.file) + ":" + std::to_string(f.line) +
                    "; give this one another id");
        }
    }
}

}  // namespace summitry::io
