// SPDX-License-Identifier: MIT
#include "views/agenda.h"

#include <algorithm>
#include <array>

namespace summitry {

namespace {

struct DateWords {
    std::string_view lang;
    std::array<std::string_view, 7> weekdays;  // Sunday first, as date::weekday counts
    std::array<std::string_view, 12> months;
};

constexpr std::array<DateWords, 3> date_words{{
    {"en",
     {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
     {"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"}},
    {"fr",
     {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
     {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"}},
    {"de",
     {"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
     {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember"}},
}};

AgendaPerson person_view(const Event& ev, Index p, std::string_view lang) {
    const Person& person = ev.people[static_cast<std::size_t>(p)];
    AgendaPerson out{
        person.id, person.name, std::string(person.role.get(lang, ev.default_language())), {}};
    if (person.affiliation >= 0) {
        const Organization& o = ev.organizations[static_cast<std::size_t>(person.affiliation)];
        out.organization = std::string(o.name.get(lang, ev.default_language()));
    }
    return out;
}

std::vector<AgendaPerson> people_view(const Event& ev, const std::vector<Index>& list,
                                      std::string_view lang) {
    std::vector<AgendaPerson> out;
    out.reserve(list.size());
    for (Index p : list) out.push_back(person_view(ev, p, lang));
    return out;
}

std::string iso_with_offset(const date::time_zone& zone, Instant t) {
    const auto info = zone.get_info(t);
    const LocalTime local = zone.to_local(t);
    return format_date(local_date(local)) + "T" + format_clock(local) + format_offset(info.offset);
}

AgendaEntry entry_view(const Event& ev, Index si, std::string_view lang) {
    const Session& s = ev.sessions[static_cast<std::size_t>(si)];
    const std::string_view fallback = ev.default_language();
    AgendaEntry e;
    e.session = si;
    e.id = s.id;
    e.title = std::string(s.title.get(lang, fallback));
    e.kind = std::string(to_string(s.kind));
    e.status = std::string(to_string(s.status));
    e.is_public = s.is_public;
    if (s.duration) e.duration = format_duration(*s.duration);
    const date::time_zone& zone = ev.zone_of(s);
    e.timezone = zone.name();
    if (s.start) {
        const LocalTime ls = to_local(zone, *s.start);
        e.day = ev.programme_day(s);
        e.start = format_clock(ls);
        e.start_iso = iso_with_offset(zone, *s.start);
        if (s.duration) {
            e.end = format_clock(to_local(zone, s.end()));
            e.end_iso = iso_with_offset(zone, s.end());
        }
    }
    if (s.room >= 0) {
        const Room& room = ev.rooms[static_cast<std::size_t>(s.room)];
        e.room = room.ref;
        e.room_name = std::string(room.name.get(lang, fallback));
        if (e.room_name.empty()) e.room_name = room.id;
        const Venue& venue = ev.venues[static_cast<std::size_t>(room.venue)];
        e.venue = venue.id;
        e.venue_name = std::string(venue.name.get(lang, fallback));
    }
    if (s.track >= 0) {
        const Track& t = ev.tracks[static_cast<std::size_t>(s.track)];
        e.track = t.id;
        e.track_name = std::string(t.name.get(lang, fallback));
    }
    e.speakers = people_view(ev, s.speakers, lang);
    e.moderators = people_view(ev, s.moderators, lang);
    e.hosts = people_view(ev, s.hosts, lang);
    for (Index o : s.organizations)
        e.organizations.emplace_back(
            ev.organizations[static_cast<std::size_t>(o)].name.get(lang, fallback));
    e.language = s.language;
    e.interpretation = s.interpretation;
    e.tags = s.tags;
    e.description = std::string(s.description.get(lang, fallback));
    e.url = s.url;
    return e;
}

}  // namespace

std::size_t Agenda::size() const {
    std::size_t n = unscheduled.size();
    for (const auto& d : days) n += d.entries.size();
    return n;
}

std::string long_date(Date d, std::string_view lang) {
    const date::year_month_day ymd{d};
    const date::weekday wd{d};
    const DateWords* w = &date_words[0];
    const std::string_view primary = lang.substr(0, lang.find('-'));
    for (const auto& candidate : date_words)
        if (candidate.lang == primary) w = &candidate;
    const std::string day = std::to_string(static_cast<unsigned>(ymd.day()));
    const std::string month(w->months[static_cast<unsigned>(ymd.month()) - 1]);
    const std::string weekday(w->weekdays[wd.c_encoding()]);
    const std::string year = std::to_string(static_cast<int>(ymd.year()));
    if (w->lang == "fr")
        return weekday + " " + (day == "1" ? "1er" : day) + " " + month + " " + year;
    if (w->lang == "de") return weekday + ", " + day + ". " + month + " " + year;
    return weekday + " " + day + " " + month + " " + year;
}

AgendaEntry agenda_entry(const Event& ev, Index session, std::string_view lang) {
    return entry_view(ev, session, lang);
}

Agenda build_agenda(const Event& ev, const AgendaQuery& q) {
    Agenda out;
    out.lang = selected_language(ev, q);
    out.title = std::string(ev.info.title.get(out.lang, ev.default_language()));
    out.subtitle = std::string(ev.info.subtitle.get(out.lang, ev.default_language()));
    out.dates = format_date(ev.info.start_date);
    if (ev.info.end_date != ev.info.start_date) out.dates += " to " + format_date(ev.info.end_date);

    // In the selection's order: by day and start; parallel sessions in the order of their rooms
    // in the file, then by end.
    const SelectedSessions selected = select_sessions(ev, q, q.include_unscheduled);
    for (const Index i : selected.unscheduled)
        out.unscheduled.push_back(entry_view(ev, i, out.lang));
    for (const SelectedDay& d : selected.days) {
        AgendaDay& day = out.days.emplace_back(AgendaDay{d.day, {}});
        for (const Index i : d.sessions) day.entries.push_back(entry_view(ev, i, out.lang));
    }
    return out;
}

}  // namespace summitry
