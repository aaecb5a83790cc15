// SPDX-License-Identifier: MIT
// Which sessions an output shows and in which order (model/selection.h): the one selection every
// output shares, so that the agenda, the calendars and the schedules list the same sessions.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "io/event_loader.h"
#include "model/selection.h"

using namespace summitry;

namespace {

// Two venues, two days; parallel sessions listed against the order of the rooms in the file.
const std::string event_yaml = R"(summitry: 1
event:
  id: selection
  title: {en: Selection, fr: Sélection}
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-11
  languages: [en, fr]
people:
  - {id: ada, name: Ada}
  - {id: bob, name: Bob}
venues:
  - id: north
    name: North
    rooms: [{id: hall, name: Hall}, {id: annex, name: Annex}]
  - id: south
    name: South
    rooms: [{id: garden, name: Garden}]
tracks:
  - {id: policy, name: Policy}
sessions:
  - {id: late, title: Late, room: hall, start: 2025-02-10 11:00, duration: 1h}
  - {id: annex-early, title: A, room: annex, start: 2025-02-10 09:00, duration: 1h, speakers: [ada]}
  - {id: hall-early, title: H, room: hall, start: 2025-02-10 09:00, duration: 2h, track: policy}
  - {id: hall-short, title: S, room: hall, start: 2025-02-10 09:00, duration: 30min}
  - {id: garden, title: G, room: garden, start: 2025-02-11 10:00, duration: 1h, moderators: [ada]}
  - {id: secret, title: X, room: annex, start: 2025-02-11 09:00, duration: 1h, public: false,
     hosts: [bob]}
  - {id: night, title: N, room: garden, start: 2025-02-11 02:00, duration: 1h}
  - {id: someday, title: U, duration: 1h, speakers: [ada]}
)";

const Event& event() {
    static const LoadResult r = [] {
        LoadResult loaded = load_event_text(event_yaml, "selection.yaml");
        for (const Diagnostic& d : loaded.diagnostics.items()) UNSCOPED_INFO(d.message);
        REQUIRE_FALSE(loaded.diagnostics.has_errors());
        return loaded;
    }();
    return r.event;
}

// The ids selected, day by day ("|" between days), then "/" and the unscheduled ones.
std::string ids(const SessionSelection& s, bool include_unscheduled = true) {
    const Event& ev = event();
    const SelectedSessions selected = select_sessions(ev, s, include_unscheduled);
    std::string out;
    for (const SelectedDay& d : selected.days) {
        if (!out.empty()) out += "|";
        for (Index i : d.sessions) out += ev.sessions[static_cast<std::size_t>(i)].id + " ";
    }
    out += "/";
    for (Index i : selected.unscheduled) out += " " + ev.sessions[static_cast<std::size_t>(i)].id;
    return out;
}

Index person(std::string_view id) {
    return event().find_person(id);
}

}  // namespace

TEST_CASE("sessions come by day and start, parallel ones in the order of their rooms, then by end",
          "[selection]") {
    // 02:00 belongs to the day before (day_change 04:00): the night is the 10th's.
    CHECK(ids({}) == "hall-short hall-early annex-early late night |garden / someday");
    CHECK(ids({}, false) == "hall-short hall-early annex-early late night |garden /");
}

TEST_CASE("unscheduled sessions are listed last, and private ones only when asked", "[selection]") {
    SessionSelection all;
    all.include_private = true;
    CHECK(ids(all) == "hall-short hall-early annex-early late night |secret garden / someday");
    CHECK(ids(all, false) == "hall-short hall-early annex-early late night |secret garden /");
}

TEST_CASE("a person's sessions are those they speak at, moderate or host", "[selection]") {
    SessionSelection s;
    s.person = person("ada");
    s.include_private = true;
    CHECK(ids(s) == "annex-early |garden / someday");
    s.person = person("bob");
    CHECK(ids(s) == "secret /");
    s.include_private = false;  // bob only hosts a private session
    CHECK(ids(s) == "/");
}

TEST_CASE("a room, a venue, a track and a day narrow the selection", "[selection]") {
    const Event& ev = event();
    SessionSelection room;
    room.room = ev.find_room("hall");
    CHECK(ids(room) == "hall-short hall-early late /");
    SessionSelection venue;
    venue.venue = ev.find_venue("south");
    CHECK(ids(venue) == "night |garden /");
    SessionSelection track;
    track.track = ev.find_track("policy");
    CHECK(ids(track) == "hall-early /");
    SessionSelection day;
    day.day = ev.info.end_date;
    day.include_private = true;
    CHECK(ids(day) == "secret garden /");  // and no unscheduled session on a given day
}

TEST_CASE("the selection's language, else the event's first", "[selection]") {
    SessionSelection s;
    CHECK(selected_language(event(), s) == "en");
    s.lang = "fr";
    CHECK(selected_language(event(), s) == "fr");
    CHECK(takes_part(event().sessions[4], person("ada")));
    CHECK_FALSE(takes_part(event().sessions[4], person("bob")));
}
