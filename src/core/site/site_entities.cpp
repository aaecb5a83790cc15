// SPDX-License-Identifier: MIT
// The pages of who and where: each person taking part, each room (with its venue and the way to
// the other venues), each track and each organization, and a list of each.
#include "site/site_page.h"
#include "views/html_words.h"

namespace summitry::site_detail {

namespace {

std::vector<Data> sessions_of(const LangSite& site, const std::vector<Index>& list,
                              const std::string& home) {
    std::vector<Data> items;
    for (Index s : list) items.push_back(session_item(site, s, home));
    return items;
}

Data list_item(const std::string& href, const Text* text, const std::string& plain,
               const LangSite& site) {
    Data d;
    d.set("href", href);
    if (text != nullptr) {
        put_text(d, "name", *text, site.lang, site.fallback());
    } else {
        put(d, "name", plain);
        d.set("name_lang", false);
    }
    d.set("detail", false);
    d.set("detail_lang", false);
    d.set("track_class", std::string());
    return d;
}

void add_list(LangSite& site, const std::string& path, const std::string& title,
              std::vector<Data> groups) {
    Data page;
    page.set("heading", title);
    put_list(page, "groups", std::move(groups));
    site.add_page(path, "list.html.mustache", title, std::move(page));
}

Data group(const std::string& heading, std::vector<Data> items) {
    Data g;
    put(g, "heading", heading);
    put_list(g, "items", std::move(items));
    g.set("address", false);
    put_list(g, "travel", {});
    return g;
}

void add_people(LangSite& site) {
    const Event& ev = site.ev;
    std::vector<Data> items;
    for (Index p : site.people) {
        const Person& person = ev.people[static_cast<std::size_t>(p)];
        const std::string& file = site.names.people[static_cast<std::size_t>(p)];
        Data item = list_item("people/" + file + ".html", nullptr, person.name, site);
        put_text(item, "detail", person.role, site.lang, site.fallback());
        items.push_back(std::move(item));

        const std::string home = "../";
        Data page;
        page.set("name", person.name);
        put_text(page, "role", person.role, site.lang, site.fallback());
        put_text(page, "bio", person.bio, site.lang, site.fallback());
        if (person.affiliation >= 0) {
            const auto a = static_cast<std::size_t>(person.affiliation);
            put_text(page, "organization", ev.organizations[a].name, site.lang, site.fallback());
            page.set("organization_href",
                     home + "organizations/" + site.names.organizations[a] + ".html");
        } else {
            page.set("organization", false);
            page.set("organization_lang", false);
            page.set("organization_href", false);
        }
        put_list(page, "sessions",
                 sessions_of(site, site.of_person[static_cast<std::size_t>(p)], home));
        Data calendar;
        put_calendar(site, calendar, "people/" + file + ".ics", home);
        page.set("calendar", calendar);
        site.add_page("people/" + file + ".html", "person.html.mustache", person.name,
                      std::move(page));
    }
    std::vector<Data> groups;
    groups.push_back(group("", std::move(items)));
    add_list(site, "people.html", site.word("people"), std::move(groups));
}

std::string room_name(const LangSite& site, Index r) {
    const Room& room = site.ev.rooms[static_cast<std::size_t>(r)];
    const std::string name(room.name.get(site.lang, site.fallback()));
    return name.empty() ? room.id : name;
}

void add_rooms(LangSite& site) {
    const Event& ev = site.ev;
    std::vector<Data> groups;
    for (std::size_t v = 0; v < ev.venues.size(); ++v) {
        if (!site.venue_shown[v]) continue;
        const Venue& venue = ev.venues[v];
        const std::string venue_name(venue.name.get(site.lang, site.fallback()));
        // How to get from this venue to the others the site shows, as the event file says.
        std::vector<Data> travel;
        for (std::size_t w = 0; w < ev.venues.size(); ++w) {
            if (w == v || !site.venue_shown[w]) continue;
            const Minutes m = ev.travel(static_cast<Index>(v), static_cast<Index>(w));
            if (m.count() <= 0) continue;
            Data td;
            put_text(td, "to", ev.venues[w].name, site.lang, site.fallback());
            td.set("minutes", std::to_string(m.count()));
            travel.push_back(std::move(td));
        }
        std::vector<Data> items;
        for (Index r : venue.rooms) {
            if (!site.room_shown(r)) continue;
            const Room& room = ev.rooms[static_cast<std::size_t>(r)];
            const std::string& file = site.names.rooms[static_cast<std::size_t>(r)];
            items.push_back(
                list_item("rooms/" + file + ".html", nullptr, room_name(site, r), site));

            const std::string home = "../";
            Data page;
            page.set("name", room_name(site, r));
            put(page, "venue", venue_name);
            put(page, "address", venue.address);
            put(page, "capacity", room.capacity ? std::to_string(*room.capacity) : "");
            put_list(page, "travel", travel);
            put_list(page, "sessions",
                     sessions_of(site, site.of_room[static_cast<std::size_t>(r)], home));
            Data calendar;
            put_calendar(site, calendar, "rooms/" + file + ".ics", home);
            page.set("calendar", calendar);
            site.add_page("rooms/" + file + ".html", "room.html.mustache",
                          room_name(site, r) + " · " + venue_name, std::move(page));
        }
        Data g = group(venue_name, std::move(items));
        put(g, "address", venue.address);
        put_list(g, "travel", std::move(travel));
        groups.push_back(std::move(g));
    }
    add_list(site, "rooms.html", site.word("rooms_venues"), std::move(groups));
}

void add_tracks(LangSite& site) {
    const Event& ev = site.ev;
    std::vector<Data> items;
    for (std::size_t t = 0; t < ev.tracks.size(); ++t) {
        if (!site.track_shown(static_cast<Index>(t))) continue;
        const Track& track = ev.tracks[t];
        const std::string& file = site.names.tracks[t];
        Data item = list_item("tracks/" + file + ".html", &track.name, "", site);
        item.set("track_class", safe_color(track.color).empty() ? std::string() : " t-" + file);
        items.push_back(std::move(item));

        const std::string home = "../";
        Data page;
        put_text(page, "name", track.name, site.lang, site.fallback());
        page.set("track_class", safe_color(track.color).empty() ? std::string() : " t-" + file);
        put_text(page, "description", track.description, site.lang, site.fallback());
        put_list(page, "sessions", sessions_of(site, site.of_track[t], home));
        Data calendar;
        put_calendar(site, calendar, "tracks/" + file + ".ics", home);
        page.set("calendar", calendar);
        site.add_page("tracks/" + file + ".html", "track.html.mustache",
                      std::string(track.name.get(site.lang, site.fallback())), std::move(page));
    }
    std::vector<Data> groups;
    groups.push_back(group("", std::move(items)));
    add_list(site, "tracks.html", site.word("tracks"), std::move(groups));
}

void add_organizations(LangSite& site) {
    const Event& ev = site.ev;
    std::vector<Data> items;
    for (Index o : site.organizations) {
        const Organization& org = ev.organizations[static_cast<std::size_t>(o)];
        const std::string& file = site.names.organizations[static_cast<std::size_t>(o)];
        items.push_back(list_item("organizations/" + file + ".html", &org.name, "", site));

        const std::string home = "../";
        Data page;
        put_text(page, "name", org.name, site.lang, site.fallback());
        put(page, "short_name", org.short_name);
        put(page, "country", org.country);
        put(page, "kind", org.kind);
        put(page, "website", page_url(org.website));
        put_text(page, "description", org.description, site.lang, site.fallback());
        std::vector<Data> people;
        for (Index p : site.people) {
            const Person& person = ev.people[static_cast<std::size_t>(p)];
            if (person.affiliation != o) continue;
            Data pd = list_item(
                home + "people/" + site.names.people[static_cast<std::size_t>(p)] + ".html",
                nullptr, person.name, site);
            put_text(pd, "detail", person.role, site.lang, site.fallback());
            people.push_back(std::move(pd));
        }
        put_list(page, "people", std::move(people));
        put_list(page, "sessions",
                 sessions_of(site, site.of_organization[static_cast<std::size_t>(o)], home));
        site.add_page("organizations/" + file + ".html", "organization.html.mustache",
                      std::string(org.name.get(site.lang, site.fallback())), std::move(page));
    }
    std::vector<Data> groups;
    groups.push_back(group("", std::move(items)));
    add_list(site, "organizations.html", site.word("organizations"), std::move(groups));
}

}  // namespace

void add_entity_pages(LangSite& site) {
    add_people(site);
    add_rooms(site);
    add_tracks(site);
    add_organizations(site);
}

}  // namespace summitry::site_detail
