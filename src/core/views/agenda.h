// SPDX-License-Identifier: MIT
#pragma once
// The agenda: sessions in time order, by programme day, as plain strings ready to print in any
// language. Built once from the event; the writers in views/agenda_format.h turn it into text,
// Markdown, CSV or JSON, and the programme (later) into pages.

#include <optional>
#include <string>
#include <vector>

#include "model/event.h"
#include "model/selection.h"

namespace summitry {

// The sessions listed (their day, room, venue, track, person; private ones or not) and the
// language: the selection every output shares (model/selection.h).
struct AgendaQuery : SessionSelection {
    bool include_unscheduled = true;
};

struct AgendaPerson {
    std::string id, name, role, organization;
};

struct AgendaEntry {
    std::string id, title, kind, status;
    bool is_public = true;
    std::optional<Date> day;         // unset for unscheduled sessions
    std::string start, end;          // local "HH:MM" in the venue's zone; empty when unscheduled
    std::string start_iso, end_iso;  // local ISO 8601 with offset, for machines
    std::string timezone;
    std::string duration;  // "45min"
    std::string room, room_name, venue, venue_name;
    std::string track, track_name;
    std::vector<AgendaPerson> speakers, moderators, hosts;
    std::vector<std::string> organizations;  // names
    std::string language;
    std::vector<std::string> interpretation;
    std::vector<std::string> tags;
    std::string description;
    std::string url;
    Index session = no_index;
};

struct AgendaDay {
    Date day;
    std::vector<AgendaEntry> entries;
};

struct Agenda {
    std::string lang;
    std::string title, subtitle;
    std::string dates;  // "2025-02-10" or "2025-11-17 to 2025-11-18"
    std::vector<AgendaDay> days;
    std::vector<AgendaEntry> unscheduled;
    std::size_t size() const;
};

Agenda build_agenda(const Event& event, const AgendaQuery& query);

// One session as the agenda shows it in `lang` (an entry of build_agenda with that language):
// for a view that shows every session to update the one an edit changed.
AgendaEntry agenda_entry(const Event& event, Index session, std::string_view lang);

// "Monday 10 February 2025", "lundi 10 février 2025", "Montag, 10. Februar 2025".
std::string long_date(Date d, std::string_view lang);

}  // namespace summitry
