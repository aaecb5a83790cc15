// SPDX-License-Identifier: MIT
#pragma once
// The schedule as frab/pentabarf XML and c3voc schedule.json see it: conference, days, rooms per
// day, events with guid and numeric id. Built once from the event; frab_export.cpp and
// c3voc_export.cpp only write it, so the two files always say the same thing.
// docs/event-format-notes.md, "Export to frab and c3voc", records the choices made here.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "formats/formats.h"
#include "model/event.h"

namespace summitry {

struct SchedulePerson {
    std::string name;
    std::int64_t id = 0;  // stable, see person_numeric_ids()
    std::string guid;
};

struct ScheduleSession {
    std::string id;    // the session's id in the event file
    SourceLoc loc;     // where the event file has it, for warnings
    std::string guid;  // session_guid(event id, session id)
    std::int64_t numeric_id = 0;
    std::string slug;  // "<acronym>-<numeric id>-<session id>"
    Seconds duration{};
    std::string date;         // local start, ISO 8601 with seconds and offset, in the venue's zone
    std::string end;          // likewise, the end
    std::string start_clock;  // "HH:MM", or "HH:MM:SS" when the start has seconds
    std::string room;         // the room's name as the schedule names it (ScheduleRoom::name)
    std::string title, track, type, language, abstract, description;
    std::string url;   // always a URI: the session's, else the event's website, else urn:uuid
    std::string link;  // the session's own url (an http(s) URL, util/url.h), or empty
    std::vector<SchedulePerson> persons;
};

struct ScheduleRoom {
    std::string name;
    std::string guid;  // uuid5(summitry_namespace(), "<event id>/rooms/<venue>/<room>")
    std::vector<ScheduleSession> sessions;  // in time order
};

struct ScheduleDay {
    int index = 1;  // 1-based
    Date date{};
    std::string start, end;  // [date + day_change, next date + day_change) in the event's zone
    std::vector<ScheduleRoom> rooms;  // rooms with a session that day, in the file's order
};

struct ScheduleTrack {
    std::string name, id, color;
};

struct ConferenceSchedule {
    std::string version;  // a digest of the content: changes whenever anything exported changes
    std::string acronym;  // the event id, as the schemas allow it (see make_acronym)
    std::string title, description;
    Date start{}, end{};  // the first and last day
    std::string time_zone_name;
    std::string website;                // http(s) URL or empty
    std::string timeslot_duration;      // "HH:MM"
    std::vector<ScheduleTrack> tracks;  // the tracks the exported sessions use, in the file's order
    std::vector<ScheduleRoom> rooms;  // the rooms they use (without sessions), in the file's order
    std::vector<ScheduleDay> days;
    Diagnostics warnings;  // what the schemas could not hold as the event says it (export-*)
};

ConferenceSchedule build_conference_schedule(const Event& event, const ExportRequest& request);

// The event id as an acronym both schemas accept: '-' becomes '_' (schedule.schema.json allows a
// hyphen only in a "-2025-xyz" suffix) and ids shorter than 4 characters are padded with '_'.
std::string make_acronym(std::string_view event_id);

// Numeric ids, positive, from 1,000,000 to 2,147,483,646 (they fit a signed 32-bit int, as apps
// parse them, and always have seven digits or more): the leading 31 bits of the guid, folded into
// that range. Every session of the event gets one, in the order of session ids, so filters and
// reordering change nothing; a collision (rare: about 1 in 4,000 for 1,000 sessions) moves the
// later id up by one.
std::vector<std::int64_t> session_numeric_ids(const Event& event);
std::vector<std::int64_t> person_numeric_ids(const Event& event);

// Text without control characters (util/controls.h; XML 1.0 cannot hold C0 ones, not even as
// &#1;, and a YAML escape such as "\a" can put them in a title) and without U+FFFE and U+FFFF.
// Both formats get the same text; frab_export.cpp passes every text it writes through it.
std::string plain_text(std::string_view s);

// "Europe/Paris" style zone names: schedule.schema.json's pattern for time_zone_name.
bool json_time_zone_name_ok(std::string_view name);
// Track slugs as the XSD ([a-z][a-z0-9-]+) and the JSON schema (^[a-z0-9_-]+[a-z0-9]$) want them.
bool xml_track_slug_ok(std::string_view slug);
bool json_slug_ok(std::string_view slug);
bool is_hex_color(std::string_view color);  // #rrggbb

}  // namespace summitry
