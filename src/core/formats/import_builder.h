// SPDX-License-Identifier: MIT
#pragma once
// Builds an Event from another tool's schedule (frab XML, c3voc JSON, iCalendar). The importers
// say what they found by name or by the source's own id; the builder makes ids (slugs), merges
// what is the same, and repairs what clashes with a warning — it never drops or merges a
// session silently, so an import keeps the source's session count.

#include <string>
#include <string_view>
#include <unordered_map>

#include "diag/diagnostic.h"
#include "formats/formats.h"
#include "model/event.h"

namespace summitry {

class ImportBuilder {
public:
    // `source` names the file read, for diagnostics.
    explicit ImportBuilder(std::string source);

    Event& event() { return event_; }
    EventInfo& info() { return event_.info; }
    Diagnostics& diagnostics() { return diags_; }
    SourceLoc at(std::uint32_t line, std::uint32_t column = 1) const { return {0, line, column}; }
    void warn(std::string rule, SourceLoc loc, std::string message, std::string hint = {}) {
        diags_.warning(std::move(rule), loc, std::move(message), std::move(hint));
    }

    // Each returns the index of the entity with that name (or source key), adding it if new.
    // `key` is the source's own id when it has one; people without one are merged by name.
    Index organization(std::string_view name);
    Index person(std::string_view name, std::string_view key = {});
    Index venue(std::string_view name);
    Index room(Index venue, std::string_view name);
    Index track(std::string_view name);

    // A new session with an id made from `wanted` (a source id, a slug or a title). An id already
    // taken gets a suffix and a `duplicate-id` warning at `loc` (unless the caller says it).
    Session& add_session(std::string_view wanted, SourceLoc loc, bool say_duplicate = true);

    // A session of the source that is not imported: counted as skipped, and a `session-skipped`
    // warning at `loc` that names it (`what`) and says why. The only way an importer may leave
    // a session out (formats.h, import_counted()).
    void skip_session(SourceLoc loc, const std::string& what, const std::string& why);

    // The event, with lookups built. The builder is spent.
    Event finish();
    // The event, the diagnostics and the skipped sessions. The builder is spent.
    ImportResult result();

    // "Großer Saal 1" -> "grosser-saal-1"; never empty.
    static std::string slug(std::string_view text);

private:
    std::string unique_id(std::unordered_map<std::string, int>& taken, std::string_view wanted);

    Event event_;
    Diagnostics diags_;
    std::vector<SkippedSession> skipped_;
    std::unordered_map<std::string, Index> organizations_, people_, venues_, rooms_, tracks_;
    std::unordered_map<std::string, int> org_ids_, person_ids_, venue_ids_, room_ids_, track_ids_,
        session_ids_;
};

}  // namespace summitry
