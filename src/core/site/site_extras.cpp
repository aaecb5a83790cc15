// SPDX-License-Identifier: MIT
// What the site holds beside its pages: calendars and schedules (the exports of formats/, so
// that a subscription and a downloaded file carry the same UIDs and SEQUENCEs), the search
// index, and the pages and feed of changes between releases (versions/).
#include <nlohmann/json.hpp>
#include <sstream>

#include "formats/formats.h"
#include "formats/ics/ics_export.h"
#include "site/site_page.h"
#include "util/json_out.h"
#include "util/uuid.h"
#include "versions/diff.h"
#include "versions/release.h"

namespace summitry::site_detail {

namespace {

std::string export_to_string(const LangSite& site, std::string_view format, SessionSelection sel,
                             const std::string& release, Diagnostics* warnings) {
    const ExportFormat* f = find_export_format(format);
    if (f == nullptr) throw SiteError("no export format " + std::string(format));
    ExportRequest request;
    static_cast<SessionSelection&>(request) = sel;
    request.lang = site.lang;
    request.include_private = false;
    request.now = site.req.now;
    request.release = release;
    std::ostringstream out;
    Diagnostics w = f->write(site.ev, request, out);
    if (warnings != nullptr) warnings->append(std::move(w));
    return std::move(out).str();
}

}  // namespace

void add_calendars(LangSite& site, Diagnostics* warnings) {
    // The calendars of `export ics` with the same selection, their VEVENTs written once for all
    // (1,750 calendars a language on 36C3, the same texts in each).
    SessionSelection texts;
    texts.lang = site.lang;
    texts.include_private = false;
    IcsCalendars calendars(site.ev, texts, site.req.now);
    const auto calendar = [&](SessionSelection sel, Diagnostics* w) {
        std::ostringstream out;
        Diagnostics d = calendars.write(sel, out);
        if (w != nullptr) w->append(std::move(d));
        return std::move(out).str();
    };
    // Warnings (a url left out) are the same for every calendar: kept from the whole event's.
    site.add_file("event.ics", calendar({}, warnings));
    site.add_file("schedule.xml", export_to_string(site, "frab", {}, "", nullptr));
    site.add_file("schedule.json", export_to_string(site, "json", {}, "", nullptr));
    for (std::size_t p = 0; p < site.ev.people.size(); ++p) {
        if (!site.person_shown(static_cast<Index>(p))) continue;
        SessionSelection sel;
        sel.person = static_cast<Index>(p);
        site.add_file("people/" + site.names.people[p] + ".ics", calendar(sel, nullptr));
    }
    for (std::size_t r = 0; r < site.ev.rooms.size(); ++r) {
        if (!site.room_shown(static_cast<Index>(r))) continue;
        SessionSelection sel;
        sel.room = static_cast<Index>(r);
        site.add_file("rooms/" + site.names.rooms[r] + ".ics", calendar(sel, nullptr));
    }
    for (std::size_t t = 0; t < site.ev.tracks.size(); ++t) {
        if (!site.track_shown(static_cast<Index>(t))) continue;
        SessionSelection sel;
        sel.track = static_cast<Index>(t);
        site.add_file("tracks/" + site.names.tracks[t] + ".ics", calendar(sel, nullptr));
    }
}

void add_search(LangSite& site) {
    // Read by assets/search.js through a <script src> (a fetch() of a file:// URL is refused):
    // one assignment of a JSON array. Short keys keep it small: t title, p people, d
    // description, w when and where, u the page.
    const Event& ev = site.ev;
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const AgendaDay& day : site.agenda.days)
        for (const AgendaEntry& e : day.entries) {
            if (site.entry(e.session) == nullptr) continue;
            const Session& s = ev.sessions[static_cast<std::size_t>(e.session)];
            std::string people;
            for (Index p : s.participants())
                people +=
                    (people.empty() ? "" : ", ") + ev.people[static_cast<std::size_t>(p)].name;
            std::string description = e.description;
            if (description.size() > 300) {
                std::size_t cut = 300;
                while (cut > 0 && (static_cast<unsigned char>(description[cut]) & 0xC0) == 0x80)
                    --cut;
                description = description.substr(0, cut) + "…";
            }
            nlohmann::ordered_json item;
            item["t"] = e.title;
            item["p"] = people;
            item["d"] = description;
            item["w"] = long_date(*e.day, site.lang) + " " + e.start + " · " + e.room_name;
            item["u"] =
                "sessions/" + site.names.sessions[static_cast<std::size_t>(e.session)] + ".html";
            items.push_back(std::move(item));
        }
    for (Index p : site.people) {
        const Person& person = ev.people[static_cast<std::size_t>(p)];
        nlohmann::ordered_json item;
        item["t"] = person.name;
        item["p"] = "";
        item["d"] = std::string(person.role.get(site.lang, site.fallback()));
        item["w"] = site.word("people");
        item["u"] = "people/" + site.names.people[static_cast<std::size_t>(p)] + ".html";
        items.push_back(std::move(item));
    }
    std::ostringstream json;
    write_json(json, items, JsonText::drop_controls);
    // '<' only occurs inside strings: as \u003c it reads the same, and the index stays inert
    // even if someone pastes it into a <script> element ("</script>" in a title).
    std::string index = "window.summitrySearch = ";
    for (const char c : std::move(json).str()) {
        if (c == '<')
            index += "\\u003c";
        else
            index += c;
    }
    index += ";\n";
    site.add_file("search-index.js", std::move(index));

    Data page;
    page.set("index", std::string("search-index.js"));
    site.add_page("search.html", "search.html.mustache", site.word("search"), std::move(page));
}

namespace {

// "2026-12-05 23:10 UTC" (index.yaml) as RFC 3339 for Atom; empty when it is not that.
std::string rfc3339(const std::string& date) {
    if (date.size() < 16) return {};
    const auto t = parse_date_time(date.substr(0, 16));
    if (!t) return {};
    return format_date(local_date(t->local)) + "T" + format_clock(t->local) + ":00Z";
}

std::string change_word(const LangSite& site, const std::string& kind) {
    if (kind == "people") return site.word("people_changed");
    return site.word(kind);
}

std::string values(const std::map<std::string, std::string>& v) {
    std::string out;
    for (const auto& [key, value] : v) out += (out.empty() ? "" : ", ") + key + " " + value;
    return out;
}

Data change_data(const LangSite& site, const versions::Difference& d) {
    Data c;
    c.set("kind", d.kind);
    c.set("kind_label", change_word(site, d.kind));
    c.set("noun", d.noun);
    c.set("id", d.id);
    put(c, "label", d.label.empty() ? d.id : d.label);
    // A session still shown links to its page.
    std::string href;
    if (d.noun == "session") {
        const Index s = site.ev.find_session(d.id);
        if (s >= 0 && site.entry(s) != nullptr)
            href = "../sessions/" + site.names.sessions[static_cast<std::size_t>(s)] + ".html";
    }
    put(c, "href", href);
    put(c, "before", d.kind == "added" ? "" : values(d.before));
    put(c, "after", d.kind == "removed" ? "" : values(d.after));
    std::string joined, left;
    for (const auto& p : d.joined) joined += (joined.empty() ? "" : ", ") + p;
    for (const auto& p : d.left) left += (left.empty() ? "" : ", ") + p;
    put(c, "joined", joined);
    put(c, "left", left);
    return c;
}

}  // namespace

void add_changes(LangSite& site) {
    if (!site.has_releases) return;
    const auto& file = site.req.event_file;
    std::vector<versions::ReleaseInfo> releases;
    try {
        releases = versions::list_releases(file);
    } catch (const versions::ReleaseError& e) {
        throw SiteError(e.what());
    }
    // Each release against the one before it, as attendees see it (no private session, no
    // private field).
    struct Entry {
        versions::ReleaseInfo info;
        std::vector<Data> changes;
        bool first = false;
        std::string summary;
    };
    std::vector<Entry> entries;
    std::optional<LoadResult> previous;
    for (const auto& info : releases) {
        LoadResult loaded;
        try {
            loaded = versions::load_release(file, info.name);
        } catch (const versions::ReleaseError& e) {
            throw SiteError(e.what());
        }
        Entry entry{info, {}, !previous.has_value(), {}};
        if (previous) {
            for (const auto& d : versions::diff_events(previous->event, loaded.event,
                                                       versions::Audience::attendees, site.lang)) {
                entry.summary += (entry.summary.empty() ? "" : "\n") + change_word(site, d.kind) +
                                 ": " + (d.label.empty() ? d.id : d.label);
                entry.changes.push_back(change_data(site, d));
            }
        }
        entries.push_back(std::move(entry));
        previous = std::move(loaded);
    }

    std::vector<Data> list, feed;
    const std::string event_id = site.ev.info.id;
    const std::string base = site.req.base_url.empty() ? "" : site.req.base_url + site.lang + "/";
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const std::string path = "changes/" + it->info.name + ".html";
        Data page;
        page.set("name", it->info.name);
        put(page, "date", it->info.date);
        put(page, "date_iso", rfc3339(it->info.date));
        put(page, "note", it->info.note);
        page.set("first", it->first);
        page.set("none", !it->first && it->changes.empty());
        put_list(page, "changes", it->changes);
        site.add_page(path, "release.html.mustache", site.word("release") + " " + it->info.name,
                      page);

        Data item;
        item.set("name", it->info.name);
        item.set("href", path);
        item.set("url", base + path);
        put(item, "date", it->info.date);
        put(item, "date_iso", rfc3339(it->info.date));
        put(item, "note", it->info.note);
        item.set("id", "urn:uuid:" + uuid5(summitry_namespace(),
                                           event_id + "/release/" + it->info.name + "/" + site.lang)
                                         .str());
        item.set("count", std::to_string(it->changes.size()));
        put(item, "summary",
            it->first ? site.word("first_release")
                      : (it->summary.empty() ? site.word("release_unchanged") : it->summary));
        list.push_back(item);
        feed.push_back(std::move(item));
    }
    Data page;
    put_list(page, "releases", std::move(list));
    site.add_page("changes.html", "changes.html.mustache", site.word("changes"), std::move(page));

    // The feed: absolute links with a base URL, else relative to the feed (RFC 4287 allows
    // both; a reader resolves them against where it read the feed).
    Data d = site.common;
    d.set("feed_id",
          "urn:uuid:" + uuid5(summitry_namespace(), event_id + "/changes/" + site.lang).str());
    d.set("self", base.empty() ? std::string("changes.atom") : base + "changes.atom");
    d.set("alternate", base + "changes.html");
    d.set("updated", feed.empty() ? std::string() : rfc3339(entries.back().info.date));
    put_list(d, "entries", std::move(feed));
    site.add_file("changes.atom", site.templates.render("feed.atom.mustache", d));
}

}  // namespace summitry::site_detail
