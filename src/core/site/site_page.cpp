// SPDX-License-Identifier: MIT
#include "site/site_page.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

#include "site/site_words.h"
#include "util/collate.h"
#include "util/url.h"
#include "util/uuid.h"
#include "views/html_words.h"
#include "views/speakers.h"
#include "views/template_render.h"

namespace summitry::site_detail {

namespace fs = std::filesystem;
using List = kainjow::mustache::list;

void put(Data& d, const std::string& key, const std::string& value) {
    if (value.empty())
        d.set(key, false);
    else
        d.set(key, value);
}

void put_list(Data& d, const std::string& key, std::vector<Data> items) {
    List l;
    l.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].set("last", i + 1 == items.size());
        l.push_back(std::move(items[i]));
    }
    d.set("has_" + key, !l.empty());
    d.set(key, std::move(l));
}

void put_text(Data& d, const std::string& key, const Text& text, std::string_view lang,
              std::string_view fallback) {
    const std::string_view value = text.get(lang, fallback);
    put(d, key, std::string(value));
    // Text::get's order: the language asked for, the plain text (a language unknown: taken as
    // the page's), the fallback, the first. Which of them `value` is says its language.
    std::string in;
    if (!value.empty() && !text.has(lang)) {
        for (const auto& [code, v] : text.values())
            if (v.data() == value.data()) in = code;
    }
    put(d, key + "_lang", in);
}

std::string page_url(const std::string& url) {
    if (url.empty()) return {};
    return http_url(url).url;
}

std::string safe_color(const std::string& c) {
    if (c.size() != 7 || c[0] != '#') return {};
    for (std::size_t i = 1; i < 7; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(c[i]))) return {};
    return c;
}

namespace {

bool plain_name(std::string_view id) {
    if (id.empty() || id.size() > 100) return false;
    return std::all_of(id.begin(), id.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return std::isalnum(c) || ch == '-' || ch == '_';
    });
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

template <class List, class Id>
std::vector<std::string> names_of(const List& entities, std::string_view kind, Id id_of) {
    // Plain ids first, so that a plain id keeps its name whatever comes before it in the file.
    std::vector<std::string> out(entities.size());
    std::set<std::string> taken;
    for (std::size_t i = 0; i < entities.size(); ++i) {
        const std::string id = id_of(entities[i]);
        if (plain_name(id) && taken.insert(lower(id)).second) out[i] = id;
    }
    for (std::size_t i = 0; i < entities.size(); ++i) {
        if (!out[i].empty()) continue;
        const std::string id = id_of(entities[i]);
        std::string base;
        for (const char ch : id.substr(0, 60)) {
            const auto c = static_cast<unsigned char>(ch);
            base += std::isalnum(c) || ch == '-' || ch == '_' ? ch : '_';
        }
        const std::string digest =
            uuid5(summitry_namespace(), std::string(kind) + "/" + id).str().substr(0, 8);
        std::string name = base + (base.empty() ? "" : "-") + digest;
        for (int n = 2; !taken.insert(lower(name)).second; ++n)
            name = base + "-" + digest + "-" + std::to_string(n);
        out[i] = name;
    }
    return out;
}

}  // namespace

SiteNames site_names(const Event& ev) {
    SiteNames n;
    n.sessions = names_of(ev.sessions, "session", [](const Session& s) { return s.id; });
    n.people = names_of(ev.people, "person", [](const Person& p) { return p.id; });
    n.rooms = names_of(ev.rooms, "room", [](const Room& r) { return r.ref; });
    n.tracks = names_of(ev.tracks, "track", [](const Track& t) { return t.id; });
    n.organizations =
        names_of(ev.organizations, "organization", [](const Organization& o) { return o.id; });
    return n;
}

SiteTemplates::SiteTemplates(fs::path organizer_dir) : dir_(std::move(organizer_dir)) {}

const std::string& SiteTemplates::text(const std::string& name) {
    if (auto it = texts_.find(name); it != texts_.end()) return it->second;
    fs::path path;
    std::error_code ec;
    if (!dir_.empty() && fs::is_regular_file(dir_ / name, ec))
        path = dir_ / name;
    else
        path = find_template("site/" + name);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TemplateError("cannot read template " + path.string() + ": " + std::strerror(errno));
    // One byte past the limit is enough for render_template to refuse a template too large.
    std::string text(TemplateLimits{}.max_bytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad())
        throw TemplateError("cannot read template " + path.string() + ": " + std::strerror(errno));
    text.resize(static_cast<std::size_t>(in.gcount()));
    check_template(text, path.string());
    names_[name] = path.string();
    return texts_[name] = std::move(text);
}

std::string SiteTemplates::render_layers(const std::string& name,
                                         const std::vector<const Data*>& layers) {
    auto it = compiled_.find(name);
    if (it == compiled_.end()) {
        const std::string& t = text(name);
        it = compiled_.emplace(name, std::make_unique<CompiledTemplate>(t, names_[name])).first;
    }
    return it->second->render_layers(layers);
}

std::string home_of(const std::string& path) {
    std::string home;
    for (char c : path)
        if (c == '/') home += "../";
    return home;
}

LangSite::LangSite(const Event& e, const SiteRequest& r, const SiteNames& n, SiteTemplates& t,
                   std::string l, std::vector<std::string> all, bool releases)
    : ev(e),
      req(r),
      names(n),
      templates(t),
      lang(std::move(l)),
      languages(std::move(all)),
      has_releases(releases) {
    AgendaQuery q;
    q.lang = lang;
    q.include_private = false;
    q.include_unscheduled = false;
    agenda = build_agenda(ev, q);
    entry_of.assign(ev.sessions.size(), nullptr);
    of_person.resize(ev.people.size());
    of_room.resize(ev.rooms.size());
    of_track.resize(ev.tracks.size());
    of_organization.resize(ev.organizations.size());
    venue_shown.assign(ev.venues.size(), 0);
    std::vector<char> affiliated(ev.organizations.size(), 0);
    for (Index o : ev.info.organizers) affiliated[static_cast<std::size_t>(o)] = 1;
    for (const AgendaDay& day : agenda.days)
        for (const AgendaEntry& entry : day.entries) {
            const Session& s = ev.sessions[static_cast<std::size_t>(entry.session)];
            if (!s.is_public || !s.scheduled()) continue;  // the agenda's filter, said again
            entry_of[static_cast<std::size_t>(entry.session)] = &entry;
            for (Index p : s.participants()) {
                of_person[static_cast<std::size_t>(p)].push_back(entry.session);
                if (Index a = ev.people[static_cast<std::size_t>(p)].affiliation; a >= 0)
                    affiliated[static_cast<std::size_t>(a)] = 1;
            }
            of_room[static_cast<std::size_t>(s.room)].push_back(entry.session);
            venue_shown[static_cast<std::size_t>(
                ev.rooms[static_cast<std::size_t>(s.room)].venue)] = 1;
            if (s.track >= 0) of_track[static_cast<std::size_t>(s.track)].push_back(entry.session);
            for (Index o : s.organizations)
                of_organization[static_cast<std::size_t>(o)].push_back(entry.session);
        }
    SpeakersQuery sq;
    sq.lang = lang;
    for (const SpeakerEntry& p : build_speakers(ev, sq))
        if (const Index i = ev.find_person(p.id); i >= 0 && person_shown(i)) people.push_back(i);
    std::vector<std::pair<std::string, Index>> orgs;
    for (std::size_t o = 0; o < ev.organizations.size(); ++o)
        if (affiliated[o] || !of_organization[o].empty())
            orgs.emplace_back(sort_key(ev.organizations[o].name.get(lang, fallback())),
                              static_cast<Index>(o));
    std::sort(orgs.begin(), orgs.end());
    for (const auto& [key, o] : orgs) organizations.push_back(o);

    common.set("lang", lang);
    common.set("generator", std::string("Summitry"));
    Data labels;
    for (const auto& [key, word] : html_labels(lang))
        labels.set(std::string(key), std::string(word));
    for (const auto& [key, word] : site_words(lang))
        labels.set(std::string(key), std::string(word));
    common.set("labels", labels);
    Data event;
    put(event, "id", ev.info.id);
    put_text(event, "title", ev.info.title, lang, fallback());
    put_text(event, "subtitle", ev.info.subtitle, lang, fallback());
    put_text(event, "description", ev.info.description, lang, fallback());
    const std::string from = long_date(ev.info.start_date, lang);
    event.set("dates", ev.info.start_date == ev.info.end_date
                           ? from
                           : from + " – " + long_date(ev.info.end_date, lang));
    event.set("start_date", format_date(ev.info.start_date));
    event.set("end_date", format_date(ev.info.end_date));
    put(event, "timezone", std::string(ev.zone().name()));
    put(event, "website", page_url(ev.info.website));
    common.set("event", event);
    common.set("has_languages", languages.size() > 1);
    common.set("has_releases", has_releases);
}

bool LangSite::organization_shown(Index o) const {
    return std::find(organizations.begin(), organizations.end(), o) != organizations.end();
}

std::string LangSite::word(std::string_view key) const {
    return std::string(site_word(lang, key));
}

void LangSite::add_file(const std::string& path, std::string content) {
    out->push_back({lang + "/" + path, std::move(content)});
}

void LangSite::add_page(const std::string& path, const std::string& page_template,
                        const std::string& title, Data body) {
    const std::string home = home_of(path);
    const std::string root = home + "../";
    // The page's own keys; what every page of the language has is looked up in `common`.
    Data d;
    d.set("home", home);
    d.set("root", root);
    d.set("assets", root + "assets/");
    d.set("path", path);
    d.set("is_index", path == "index.html");
    put(d, "page_title", title);
    std::vector<Data> langs;
    for (const std::string& code : languages) {
        Data ld;
        ld.set("code", code);
        ld.set("name", language_name(code, code));
        ld.set("href", root + code + "/" + path);
        ld.set("current", code == lang);
        langs.push_back(std::move(ld));
    }
    put_list(d, "languages", std::move(langs));
    // The page's template sees its values over the page's keys over the language's.
    const std::string rendered = templates.render_layers(page_template, {&common, &d, &body});
    d.set("body", rendered);
    add_file(path, templates.render_layers("layout.html.mustache", {&common, &d}));
}

Data session_item(const LangSite& site, Index i, const std::string& home) {
    const Event& ev = site.ev;
    const Session& s = ev.sessions[static_cast<std::size_t>(i)];
    const AgendaEntry& e = *site.entry(i);
    const std::string& lang = site.lang;
    Data d;
    d.set("id", s.id);
    d.set("href", home + "sessions/" + site.names.sessions[static_cast<std::size_t>(i)] + ".html");
    put_text(d, "title", s.title, lang, site.fallback());
    d.set("kind", e.kind);
    d.set("kind_label", std::string(kind_label(s.kind, lang)));
    d.set("cancelled", s.cancelled());
    d.set("tentative", s.status == SessionStatus::tentative);
    put(d, "date", e.day ? format_date(*e.day) : "");
    put(d, "day", e.day ? long_date(*e.day, lang) : "");
    put(d, "day_href", e.day ? home + "days/" + format_date(*e.day) + ".html" : "");
    put(d, "start", e.start);
    put(d, "end", e.end);
    put(d, "start_iso", e.start_iso);
    put(d, "end_iso", e.end_iso);
    put(d, "duration", e.duration);
    put(d, "room", e.room_name);
    put(d, "room_href",
        home + "rooms/" + site.names.rooms[static_cast<std::size_t>(s.room)] + ".html");
    put(d, "venue", e.venue_name);
    if (s.track >= 0) {
        const std::string& file = site.names.tracks[static_cast<std::size_t>(s.track)];
        put(d, "track_name", e.track_name);
        d.set("track_href", home + "tracks/" + file + ".html");
        d.set("track_class", safe_color(ev.tracks[static_cast<std::size_t>(s.track)].color).empty()
                                 ? std::string()
                                 : " t-" + file);
    } else {
        d.set("track_name", false);
        d.set("track_href", false);
        d.set("track_class", std::string());
    }
    const auto people = [&](const std::vector<Index>& list) {
        std::vector<Data> items;
        for (Index p : list) {
            Data pd;
            pd.set("name", ev.people[static_cast<std::size_t>(p)].name);
            pd.set("href",
                   home + "people/" + site.names.people[static_cast<std::size_t>(p)] + ".html");
            items.push_back(std::move(pd));
        }
        return items;
    };
    put_list(d, "speakers", people(s.speakers));
    put_list(d, "moderators", people(s.moderators));
    put_list(d, "hosts", people(s.hosts));
    return d;
}

void put_calendar(const LangSite& site, Data& d, const std::string& ics_path_in_lang,
                  const std::string& home) {
    d.set("ics", home + ics_path_in_lang);
    std::string webcal;
    if (!site.req.base_url.empty()) {
        const std::string& base = site.req.base_url;
        const std::size_t colon = base.find("://");
        webcal = "webcal" + base.substr(colon) + site.lang + "/" + ics_path_in_lang;
    }
    put(d, "webcal", webcal);
}

}  // namespace summitry::site_detail
