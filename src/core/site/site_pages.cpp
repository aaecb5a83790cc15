// SPDX-License-Identifier: MIT
// The programme's pages: the index, each day as a list and as a grid, each session.
#include <algorithm>
#include <map>

#include "site/site_page.h"
#include "util/csv.h"
#include "views/html_words.h"

namespace summitry::site_detail {

namespace {

std::string day_title(const LangSite& site, Date day) {
    return long_date(day, site.lang);
}

std::vector<Data> day_links(const LangSite& site, const std::string& home) {
    std::vector<Data> days;
    for (const AgendaDay& day : site.agenda.days) {
        Data d;
        d.set("date", format_date(day.day));
        d.set("long_date", day_title(site, day.day));
        d.set("href", home + "days/" + format_date(day.day) + ".html");
        d.set("grid_href", home + "days/" + format_date(day.day) + "-grid.html");
        d.set("count", std::to_string(day.entries.size()));
        days.push_back(std::move(d));
    }
    return days;
}

void add_index(LangSite& site) {
    Data page;
    put_list(page, "days", day_links(site, ""));
    std::vector<Data> tracks;
    for (std::size_t t = 0; t < site.ev.tracks.size(); ++t) {
        if (!site.track_shown(static_cast<Index>(t))) continue;
        Data td;
        put_text(td, "name", site.ev.tracks[t].name, site.lang, site.fallback());
        td.set("href", "tracks/" + site.names.tracks[t] + ".html");
        td.set("track_class", safe_color(site.ev.tracks[t].color).empty()
                                  ? std::string()
                                  : " t-" + site.names.tracks[t]);
        tracks.push_back(std::move(td));
    }
    put_list(page, "tracks", std::move(tracks));
    std::vector<Data> organizers;
    for (Index o : site.ev.info.organizers) {
        Data od;
        put_text(od, "name", site.ev.organizations[static_cast<std::size_t>(o)].name, site.lang,
                 site.fallback());
        od.set("href",
               "organizations/" + site.names.organizations[static_cast<std::size_t>(o)] + ".html");
        organizers.push_back(std::move(od));
    }
    put_list(page, "organizers", std::move(organizers));
    Data calendar;
    put_calendar(site, calendar, "event.ics", "");
    page.set("calendar", calendar);
    page.set("has_people", !site.people.empty());
    page.set("has_organizations", !site.organizations.empty());
    std::string title(site.ev.info.title.get(site.lang, site.fallback()));
    site.add_page("index.html", "index.html.mustache", title, std::move(page));
}

void add_day(LangSite& site, const AgendaDay& day) {
    const std::string home = "../";
    Data page;
    page.set("date", format_date(day.day));
    page.set("long_date", day_title(site, day.day));
    page.set("list_href", format_date(day.day) + ".html");
    page.set("grid_href", format_date(day.day) + "-grid.html");
    // The other days, when there are others.
    put_list(page, "days",
             site.agenda.days.size() > 1 ? day_links(site, home) : std::vector<Data>{});
    std::vector<Data> sessions;
    for (const AgendaEntry& e : day.entries)
        if (site.entry(e.session) != nullptr)
            sessions.push_back(session_item(site, e.session, home));
    put_list(page, "sessions", std::move(sessions));
    const std::string title = day_title(site, day.day);
    site.add_page("days/" + format_date(day.day) + ".html", "day.html.mustache", title, page);

    // The grid: a column for each room used that day (in the file's order), a row for each time
    // a session starts; each cell lists what starts then in that room.
    std::vector<Index> rooms;
    std::vector<std::string> starts;  // ISO, in time order
    for (const AgendaEntry& e : day.entries) {
        if (site.entry(e.session) == nullptr) continue;
        const Index r = site.ev.sessions[static_cast<std::size_t>(e.session)].room;
        if (std::find(rooms.begin(), rooms.end(), r) == rooms.end()) rooms.push_back(r);
        if (std::find(starts.begin(), starts.end(), e.start_iso) == starts.end())
            starts.push_back(e.start_iso);
    }
    std::sort(rooms.begin(), rooms.end());
    std::map<std::pair<std::string, Index>, std::vector<Data>> cells;
    std::map<std::string, std::string> clock;
    for (const AgendaEntry& e : day.entries) {
        if (site.entry(e.session) == nullptr) continue;
        const Index r = site.ev.sessions[static_cast<std::size_t>(e.session)].room;
        cells[{e.start_iso, r}].push_back(session_item(site, e.session, home));
        clock.emplace(e.start_iso, e.start);
    }
    std::vector<Data> columns;
    for (Index r : rooms) {
        const Room& room = site.ev.rooms[static_cast<std::size_t>(r)];
        Data rd;
        const std::string name(room.name.get(site.lang, site.fallback()));
        rd.set("name", name.empty() ? room.id : name);
        rd.set("href", home + "rooms/" + site.names.rooms[static_cast<std::size_t>(r)] + ".html");
        columns.push_back(std::move(rd));
    }
    std::vector<Data> rows;
    for (const std::string& start : starts) {
        Data row;
        row.set("start", clock[start]);
        row.set("start_iso", start);
        std::vector<Data> row_cells;
        for (Index r : rooms) {
            // Most cells of a big grid are empty (36C3: 92 rooms): no list made for those.
            Data cell;
            auto it = cells.find({start, r});
            if (it == cells.end()) {
                cell.set("sessions", false);
                cell.set("has_sessions", false);
            } else {
                put_list(cell, "sessions", std::move(it->second));
            }
            row_cells.push_back(std::move(cell));
        }
        put_list(row, "cells", std::move(row_cells));
        rows.push_back(std::move(row));
    }
    page.set("sessions", false);
    put_list(page, "rooms", std::move(columns));
    put_list(page, "rows", std::move(rows));
    site.add_page("days/" + format_date(day.day) + "-grid.html", "grid.html.mustache",
                  title + " · " + site.word("grid"), std::move(page));
}

std::vector<Data> people_of(const LangSite& site, const std::vector<Index>& list,
                            const std::string& home) {
    const Event& ev = site.ev;
    std::vector<Data> items;
    for (Index p : list) {
        const Person& person = ev.people[static_cast<std::size_t>(p)];
        Data pd;
        pd.set("name", person.name);
        pd.set("href", home + "people/" + site.names.people[static_cast<std::size_t>(p)] + ".html");
        put_text(pd, "role", person.role, site.lang, site.fallback());
        if (person.affiliation >= 0) {
            put_text(pd, "organization",
                     ev.organizations[static_cast<std::size_t>(person.affiliation)].name, site.lang,
                     site.fallback());
            pd.set("organization_href",
                   home + "organizations/" +
                       site.names.organizations[static_cast<std::size_t>(person.affiliation)] +
                       ".html");
        } else {
            pd.set("organization", false);
            pd.set("organization_lang", false);
            pd.set("organization_href", false);
        }
        items.push_back(std::move(pd));
    }
    return items;
}

void add_session(LangSite& site, Index i) {
    const Event& ev = site.ev;
    const Session& s = ev.sessions[static_cast<std::size_t>(i)];
    const AgendaEntry& e = *site.entry(i);
    const std::string home = "../";
    Data page = session_item(site, i, home);
    put_list(page, "speakers", people_of(site, s.speakers, home));
    put_list(page, "moderators", people_of(site, s.moderators, home));
    put_list(page, "hosts", people_of(site, s.hosts, home));
    put_text(page, "description", s.description, site.lang, site.fallback());
    put_text(page, "abstract", s.abstract, site.lang, site.fallback());
    put(page, "url", page_url(s.url));
    put(page, "language", s.language);
    put(page, "language_name", s.language.empty() ? "" : language_name(s.language, site.lang));
    std::vector<std::string> interpretation;
    for (const auto& code : s.interpretation)
        interpretation.push_back(language_name(code, site.lang));
    put(page, "interpretation", join(interpretation, ", "));
    std::vector<Data> orgs;
    for (Index o : s.organizations) {
        Data od;
        put_text(od, "name", ev.organizations[static_cast<std::size_t>(o)].name, site.lang,
                 site.fallback());
        od.set("href", home + "organizations/" +
                           site.names.organizations[static_cast<std::size_t>(o)] + ".html");
        orgs.push_back(std::move(od));
    }
    put_list(page, "organizations", std::move(orgs));
    put(page, "timezone", e.timezone);
    site.add_page("sessions/" + site.names.sessions[static_cast<std::size_t>(i)] + ".html",
                  "session.html.mustache", e.title, std::move(page));
}

}  // namespace

void add_programme_pages(LangSite& site) {
    add_index(site);
    for (const AgendaDay& day : site.agenda.days) add_day(site, day);
    for (std::size_t i = 0; i < site.entry_of.size(); ++i)
        if (site.entry_of[i] != nullptr) add_session(site, static_cast<Index>(i));
}

}  // namespace summitry::site_detail
