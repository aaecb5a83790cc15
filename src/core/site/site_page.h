// SPDX-License-Identifier: MIT
#pragma once
// What the site's units share: one language's view of the event (what is shown, where each page
// is), the templates, and how a page is put together (layout + page template).

#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/event.h"
#include "site/site.h"
#include "views/agenda.h"
#include "views/template_render.h"

namespace summitry::site_detail {

using Data = kainjow::mustache::data;

// Every key is set, an empty value as false (docs/templates.md, "Rules").
void put(Data& d, const std::string& key, const std::string& value);
// A list with `has_<key>`, and `last` on every item.
void put_list(Data& d, const std::string& key, std::vector<Data> items);
// A text of the event as `key`, and as `key_lang` the language it is written in when that is not
// the page's (for a lang attribute: WCAG 3.1.2); false when it is the page's or unknown.
void put_text(Data& d, const std::string& key, const Text& text, std::string_view lang,
              std::string_view fallback);
// Only http(s) links reach a page (util/url.h); anything else is left out.
std::string page_url(const std::string& url);
// A track colour as #rrggbb, else empty.
std::string safe_color(const std::string& color);

// The file name (no extension) of each entity's page and calendar: its id when that is made of
// [A-Za-z0-9_-] and unique whatever the case, else the id reduced to those with a digest of the
// id after it, so that no id can leave its folder or clash with another on a file system that
// ignores case.
struct SiteNames {
    std::vector<std::string> sessions, people, rooms, tracks, organizations;
};
SiteNames site_names(const Event& event);

// The templates of templates/site/, each read once: the organizer's folder first, then the
// stock one (find_template). Throws TemplateError.
class SiteTemplates {
public:
    explicit SiteTemplates(std::filesystem::path organizer_dir);
    const std::string& text(const std::string& name);
    // Renders the template `name` (parsed once) with its data in layers (CompiledTemplate).
    std::string render_layers(const std::string& name, const std::vector<const Data*>& layers);
    std::string render(const std::string& name, const Data& data) {
        return render_layers(name, std::vector<const Data*>{&data});
    }

private:
    std::filesystem::path dir_;
    std::map<std::string, std::string> texts_;
    std::map<std::string, std::string> names_;  // as errors name them
    std::map<std::string, std::unique_ptr<CompiledTemplate>> compiled_;
};

// One language of the site: the sessions it shows (public and scheduled, cancelled ones marked)
// and every entity they bring.
struct LangSite {
    const Event& ev;
    const SiteRequest& req;
    const SiteNames& names;
    SiteTemplates& templates;
    std::string lang;
    std::vector<std::string> languages;  // of the whole site
    Agenda agenda;
    std::vector<const AgendaEntry*> entry_of;  // by session index; null when not shown
    std::vector<std::vector<Index>> of_person, of_room, of_track, of_organization;
    std::vector<char> venue_shown;
    std::vector<Index> people;         // shown, in the speakers' list's order
    std::vector<Index> organizations;  // shown, by name
    bool has_releases = false;
    Data common;  // what every page of this language holds
    std::vector<SiteFile>* out = nullptr;

    LangSite(const Event& e, const SiteRequest& r, const SiteNames& n, SiteTemplates& t,
             std::string l, std::vector<std::string> all, bool releases);

    std::string_view fallback() const { return ev.default_language(); }
    std::string word(std::string_view key) const;
    const AgendaEntry* entry(Index session) const {
        return entry_of[static_cast<std::size_t>(session)];
    }
    bool person_shown(Index p) const { return !of_person[static_cast<std::size_t>(p)].empty(); }
    bool room_shown(Index r) const { return !of_room[static_cast<std::size_t>(r)].empty(); }
    bool track_shown(Index t) const { return !of_track[static_cast<std::size_t>(t)].empty(); }
    bool organization_shown(Index o) const;

    // Adds a file of this language: `path` is relative to the language's folder.
    void add_file(const std::string& path, std::string content);
    // Renders `page_template` with `body` (plus the common keys, `home` and `root`) into the
    // layout, as the page `path` of this language titled `title`.
    void add_page(const std::string& path, const std::string& page_template,
                  const std::string& title, Data body);
};

// "../" for each folder of `path` (relative to the language's folder): the way back to it.
std::string home_of(const std::string& path);

// The site's pages of one language, by unit.
void add_programme_pages(LangSite& site);                   // index, days (list and grid), sessions
void add_entity_pages(LangSite& site);                      // people, rooms, tracks, organizations
void add_calendars(LangSite& site, Diagnostics* warnings);  // .ics, schedule.xml/.json
void add_search(LangSite& site);                            // the index the script reads
void add_changes(LangSite& site);                           // releases and their feed

// Session data for a list (home: the way back to the language's folder).
Data session_item(const LangSite& site, Index session, const std::string& home);
// Links to an entity's calendar: `ics` relative to the page, webcal:// with a base URL.
void put_calendar(const LangSite& site, Data& d, const std::string& ics_path_in_lang,
                  const std::string& home);

}  // namespace summitry::site_detail
