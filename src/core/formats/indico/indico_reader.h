// SPDX-License-Identifier: MIT
#pragma once
// The Indico importer's reader (internal): indico_import.cpp reads the export's structure (the
// event, where its contributions are, their rooms), indico_values.cpp its values (text, dates
// and zones, people). It fills a SourceSchedule; build_schedule() decides the rest.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "formats/import_builder.h"
#include "formats/schedule/schedule_import.h"
#include "formats/schedule/schedule_text.h"
#include "syntax/json_tree.h"

namespace summitry::indico {

using json::Type;
using json::Value;

inline constexpr std::string_view export_hint =
    "Summitry reads the JSON of Indico's event export: "
    "https://INDICO/export/event/N.json?detail=contributions (or ?detail=sessions)";

// Not named quoted: std::quoted (<iomanip>) would win the call by argument-dependent lookup.
inline std::string in_quotes(std::string_view s) {
    return "'" + std::string(s) + "'";
}

// A date of the export, resolved: its instant, and the zone its `tz` names when the tz
// database knows it.
struct Stamp {
    Instant at;
    const date::time_zone* zone = nullptr;
};

// A contribution as read, before the event's zone is settled.
struct Draft {
    SourceEvent event;
    std::optional<Stamp> start;
};

// Where the reader found a contribution: a list of the event's or of a session block's (then
// `block`), or elsewhere under the event.
struct Found {
    const Value* value;
    const Value* block;
};

class Reader {
public:
    Reader(std::string_view text, ImportBuilder& b) : text_(text), positions_(text), b_(b) {}

    // False when the file is refused (the errors are in the builder's diagnostics).
    bool read(SourceSchedule& out);

private:
    bool failed() const { return b_.diagnostics().errors() != 0; }
    SourceLoc at(const Value& v) const { return positions_.at(v.offset); }
    SourceLoc key_at(const Value& v) const { return positions_.at(v.key_offset); }

    // The structure (indico_import.cpp).
    const Value* find_event();
    void read_event(const Value& e, SourceSchedule& out);
    std::vector<Found> contributions(const Value& event);
    Draft contribution(const Value& c, const Value* block, std::size_t index);
    void session_as_track(const Value& c, const Value* block, const std::string& what,
                          SourceEvent& e);
    std::string some_titles(const std::vector<std::size_t>& which) const;
    void report_rooms(const SourceSchedule& out);

    // The values (indico_values.cpp).
    void error(std::string rule, const Value& v, std::string message, std::string hint = {});
    std::string shown(const Value& v) const;
    const Value* unique(const Value& object, std::string_view key);
    std::string text(const Value& object, std::string_view key, const std::string& what);
    std::optional<Stamp> stamp(const Value& object, std::string_view key, const std::string& what);
    std::optional<Seconds> minutes(const Value& v) const;
    std::string describe(const SourceEvent& e) const;
    void keywords(const Value& c, const std::string& what, SourceEvent& e);
    void people(const Value& owner, std::string_view key, const std::string& what,
                std::vector<SourcePerson>& out);
    void affiliation(const SourcePerson& p);
    void choose_zone(SourceSchedule& out, const std::vector<Draft>& drafts);
    std::string iso(Instant t) const;

    std::string_view text_;
    SourcePositions positions_;
    ImportBuilder& b_;
    json::Tree tree_;
    std::unordered_set<const Value*> reported_;  // keys given twice, said once
    std::string declared_;                       // the event's `timezone`
    const date::time_zone* declared_zone_ = nullptr;
    const date::time_zone* zone_ = nullptr;  // the zone sessions are written in
    std::optional<Stamp> event_start_, event_end_;
    std::unordered_set<std::string> unknown_zones_;
    std::vector<std::size_t> in_venue_, unplaced_;  // contributions without a room
    std::vector<std::string> titles_;               // of each contribution, for messages
    std::vector<std::pair<std::string, std::string>> track_colors_;  // Indico sessions' colours
    std::unordered_set<std::string> track_colors_index_;
    std::unordered_map<std::string, std::string> affiliations_;  // name -> the first one
    std::unordered_set<std::string> twice_;                      // names said to have two
};

// "1:30:00": a duration as build_schedule() reads it.
std::string duration_text(Seconds d);

}  // namespace summitry::indico
