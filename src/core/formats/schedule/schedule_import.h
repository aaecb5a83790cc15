// SPDX-License-Identifier: MIT
#pragma once
// What frab/pentabarf XML and c3voc schedule.json have in common: a conference, its days, its
// rooms and the events listed in them, as the source wrote them (text, not yet interpreted).
// Both importers fill a SourceSchedule and hand it to build_schedule(), so the same schedule in
// either format imports to the same event, and every decision about times, ids, people and
// kinds is made in one place.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/formats.h"
#include "formats/import_builder.h"
#include "formats/schedule/schedule_text.h"

namespace summitry {

struct SourcePerson {
    std::string name;
    std::string key;  // the source's own id for the person (guid, id or code); may be empty
    std::string bio;
    std::string affiliation;  // an organization's name; may be empty
    std::string role;         // "speaker" (or empty), "moderator", "host"
    SourceLoc loc;
};

struct SourceLink {
    std::string url, title;
};

struct SourceEvent {
    SourceLoc loc;           // the event itself
    SourceLoc date_loc;      // its date (or the event, when it has none)
    SourceLoc duration_loc;  // its duration (or the event)
    std::string id, guid, slug, code;
    std::string title, subtitle, type, track, language, abstract, description, url;
    std::string room;        // the room it is listed under
    std::string date;        // ISO 8601 date-time, normally with a UTC offset
    std::string start;       // "HH:MM": with the day's date, for sources that give no `date`
    std::string duration;    // "1:00", "01:00:00", "00:30", ISO 8601 "PT1H"
    std::string end;         // ISO 8601 date-time (c3voc JSON may give it)
    std::size_t day = npos;  // index in SourceSchedule::days
    std::vector<SourcePerson> persons;
    std::vector<SourceLink> links;
    std::vector<SourceLink> attachments;  // frab's <attachments>: slides, papers
    std::vector<std::string> tags;        // keywords, beside the type
    // Indico: a contribution with neither a room nor a location is in no room at all (else an
    // event without `room` is in a room called "Room").
    bool unplaced = false;
    // People the source names in a role the event file has no key for (Indico's primary authors
    // and co-authors): people of the event, listed by id under the session's x- key `key`.
    struct Role {
        std::string key;  // "x-authors"
        std::vector<SourcePerson> persons;
    };
    std::vector<Role> roles;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

struct SourceDay {
    std::string date;        // YYYY-MM-DD
    std::string start, end;  // ISO 8601 date-times
    SourceLoc loc;
};

struct SourceRoom {
    std::string name;
    std::optional<int> capacity;
    SourceLoc loc;
};

struct SourceTrack {
    std::string name, color;
};

struct SourceSchedule {
    SourceLoc loc;       // the conference
    SourceLoc zone_loc;  // its time_zone_name (or the conference)
    std::string title, subtitle, acronym, description, website, venue;
    std::string start, end;  // YYYY-MM-DD, or a date-time whose date counts
    std::string time_zone_name, day_change, timeslot;
    std::string version;  // the schedule's own version text, kept as the event's x-version
    std::vector<std::string> languages;  // the conference's own, first ones first
    std::vector<SourceTrack> tracks;
    std::vector<SourceRoom> rooms;  // as listed, rooms without events included
    std::vector<SourceDay> days;
    std::vector<SourceEvent> events;
};

// Turns `source` into an event and reports, at the source's positions, what it had to repair.
// Never drops an event: the result has one session per SourceEvent.
ImportResult build_schedule(const SourceSchedule& source, ImportBuilder& builder);

}  // namespace summitry
