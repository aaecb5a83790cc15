// SPDX-License-Identifier: MIT
#include "views/programme_html.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "util/collate.h"
#include "util/csv.h"
#include "util/html.h"
#include "util/person_label.h"
#include "views/agenda.h"
#include "views/html_words.h"
#include "views/template_render.h"

namespace summitry {

namespace fs = std::filesystem;
using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

namespace {

// Every key of an object is set, an empty value as `false`: Mustache's {{#key}} then tests it as
// template authors expect (an empty string counts as present), and a missing key cannot pick up
// the value of an enclosing object's key of the same name (a session without speakers would
// otherwise list the whole speakers' index).
void put(Data& d, const std::string& key, const std::string& value) {
    if (value.empty())
        d.set(key, false);
    else
        d.set(key, value);
}

// A list, its `has_<key>` flag (to wrap it in a heading only when it has items), and `last` on
// every item (for separators: {{^last}}, {{/last}}).
void put_list(Data& d, const std::string& key, std::vector<Data> items) {
    List l;
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].set("last", i + 1 == items.size());
        l.push_back(std::move(items[i]));
    }
    d.set(key, l);
    d.set("has_" + key, !items.empty());
}

// Links go into href attributes, where escaping does not stop "javascript:": only web and mail
// addresses are kept.
std::string safe_url(const std::string& url) {
    for (std::string_view scheme : {"https://", "http://", "mailto:"})
        if (url.size() > scheme.size() &&
            std::equal(scheme.begin(), scheme.end(), url.begin(), [](char a, char b) {
                return a == std::tolower(static_cast<unsigned char>(b));
            }))
            return url;
    return {};
}

// Track colours go into style attributes; a value that is not #rrggbb (only possible with
// --force) is dropped rather than trusted.
std::string safe_color(const std::string& c) {
    if (c.size() != 7 || c[0] != '#') return {};
    for (std::size_t i = 1; i < 7; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(c[i]))) return {};
    return c;
}

// The text as a CSS string's content (for running headers in @page rules): every ASCII
// character but letters, digits and spaces as a hex escape, so neither a quote, a backslash nor
// the HTML escaping applied on top can change its meaning.
std::string css_string(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || std::isalnum(c) || c == ' ') {
            out += ch;
        } else {
            out += '\\';
            out += hex[c >> 4];
            out += hex[c & 15];
            out += ' ';
        }
    }
    return out;
}

// Ids go into anchors; a slug is already safe, anything else is reduced to one.
std::string anchor(std::string_view prefix, std::string_view id) {
    std::string out(prefix);
    for (const char ch : id) {
        const auto c = static_cast<unsigned char>(ch);
        out += std::isalnum(c) || ch == '-' || ch == '_' ? ch : '_';
    }
    return out;
}

std::string label(std::string_view lang, std::string_view key) {
    for (const auto& [k, word] : html_labels(lang))
        if (k == key) return std::string(word);
    return std::string(key);
}

std::string date_range(Date from, Date to, std::string_view lang) {
    if (from == to) return long_date(from, lang);
    return long_date(from, lang) + " – " + long_date(to, lang);
}

std::string time_range(const std::string& start, const std::string& end) {
    return end.empty() ? start : start + "–" + end;
}

// What every page knows: the event, the labels, the paper and the audience.
Data page_data(const Event& ev, const std::string& lang, bool staff, Paper paper, Instant now) {
    const std::string_view fallback = ev.default_language();
    Data d;
    d.set("lang", lang);
    d.set("generator", std::string("Summitry"));
    Data labels;
    for (const auto& [key, word] : html_labels(lang))
        labels.set(std::string(key), std::string(word));
    d.set("labels", labels);
    d.set("staff", staff);
    d.set("attendees", !staff);
    d.set("page_size", std::string(paper == Paper::letter ? "letter" : "A4"));
    d.set("paper_a4", paper == Paper::a4);
    d.set("paper_letter", paper == Paper::letter);
    d.set("printed_on", long_date(local_date(to_local(ev.zone(), now)), lang));

    Data e;
    put(e, "id", ev.info.id);
    const std::string title(ev.info.title.get(lang, fallback));
    put(e, "title", title);
    put(e, "title_css", css_string(title));
    put(e, "subtitle", std::string(ev.info.subtitle.get(lang, fallback)));
    put(e, "description", std::string(ev.info.description.get(lang, fallback)));
    const std::string dates = date_range(ev.info.start_date, ev.info.end_date, lang);
    e.set("dates", dates);
    e.set("dates_css", css_string(dates));
    e.set("multi_day", ev.info.end_date != ev.info.start_date);
    e.set("start_date", format_date(ev.info.start_date));
    e.set("end_date", format_date(ev.info.end_date));
    put(e, "timezone", std::string(ev.zone().name()));
    put(e, "website", safe_url(ev.info.website));
    std::vector<Data> organizers;
    for (Index o : ev.info.organizers) {
        Data od;
        od.set("name",
               std::string(ev.organizations[static_cast<std::size_t>(o)].name.get(lang, fallback)));
        organizers.push_back(std::move(od));
    }
    put_list(e, "organizers", std::move(organizers));
    d.set("event", e);
    return d;
}

Data person_data(const Event& ev, const AgendaPerson& p, bool staff) {
    Data d;
    put(d, "id", p.id);
    d.set("anchor", anchor("p-", p.id));
    put(d, "name", p.name);
    put(d, "role", p.role);
    put(d, "organization", p.organization);
    put(d, "detail", role_and_organization(p.role, p.organization));
    const Person& person = ev.people[static_cast<std::size_t>(ev.find_person(p.id))];
    put(d, "email", staff ? person.email : std::string());
    put(d, "phone", staff ? person.phone : std::string());
    d.set("contact", staff && !(person.email.empty() && person.phone.empty()));
    return d;
}

void put_people(Data& d, const std::string& key, const Event& ev,
                const std::vector<AgendaPerson>& people, bool staff) {
    std::vector<Data> items;
    for (const auto& p : people) items.push_back(person_data(ev, p, staff));
    put_list(d, key, std::move(items));
}

Data session_data(const Event& ev, const AgendaEntry& e, const std::string& lang, bool staff) {
    const Session& s = ev.sessions[static_cast<std::size_t>(e.session)];
    Data d;
    put(d, "id", e.id);
    d.set("anchor", anchor("s-", e.id));
    put(d, "title", e.title);
    d.set("kind", e.kind);
    d.set("kind_label", std::string(kind_label(s.kind, lang)));
    d.set("status", e.status);
    d.set("tentative", s.status == SessionStatus::tentative);
    d.set("cancelled", s.cancelled());
    d.set("private", !e.is_public);
    put(d, "start", e.start);
    put(d, "end", e.end);
    put(d, "time", time_range(e.start, e.end));
    put(d, "duration", e.duration);
    put(d, "room", e.room_name);
    put(d, "venue", e.venue_name);
    put(d, "place", e.venue_name.empty() ? e.room_name : e.room_name + ", " + e.venue_name);
    put(d, "track", e.track);
    put(d, "track_name", e.track_name);
    put(d, "track_color",
        s.track >= 0 ? safe_color(ev.tracks[static_cast<std::size_t>(s.track)].color) : "");
    put(d, "description", e.description);
    put(d, "abstract", std::string(s.abstract.get(lang, ev.default_language())));
    put(d, "url", safe_url(e.url));
    put(d, "language", e.language);
    put(d, "language_name", e.language.empty() ? "" : language_name(e.language, lang));
    std::vector<std::string> interpretation;
    for (const auto& code : e.interpretation) interpretation.push_back(language_name(code, lang));
    put(d, "interpretation", join(interpretation, ", "));
    put_people(d, "speakers", ev, e.speakers, staff);
    put_people(d, "moderators", ev, e.moderators, staff);
    // Hosts take part (event-format.md), as the PDF, the agenda and the calendar show them.
    put_people(d, "hosts", ev, e.hosts, staff);
    std::vector<Data> orgs;
    for (const auto& name : e.organizations) orgs.push_back(Data("name", name));
    put_list(d, "organizations", std::move(orgs));

    // The run-sheet: what the room needs, and whether it is big enough.
    // -1: unknown (plain ints: GCC 12 warns falsely about optionals compared here).
    int capacity = -1, expected = -1;
    if (s.room >= 0) capacity = ev.rooms[static_cast<std::size_t>(s.room)].capacity.value_or(-1);
    if (s.expected_attendance) expected = *s.expected_attendance;
    put(d, "requires", staff ? join(s.requires_features, ", ") : "");
    put(d, "expected_attendance", staff && expected >= 0 ? std::to_string(expected) : "");
    put(d, "capacity", staff && capacity >= 0 ? std::to_string(capacity) : "");
    d.set("over_capacity", staff && capacity >= 0 && expected > capacity);
    d.set("setup", staff && (!s.requires_features.empty() || expected >= 0));
    return d;
}

// The speakers' index, limited to the sessions the page prints (`printed`: session ids; none
// for the speaker list, which prints every session a person takes part in).
std::vector<Data> speakers_data(const Event& ev, const std::string& lang, bool staff,
                                const std::set<std::string>* printed) {
    SpeakersQuery q;
    q.lang = lang;
    q.include_private = staff;
    std::vector<Data> out;
    for (const SpeakerEntry& p : build_speakers(ev, q)) {
        std::vector<Data> sessions;
        for (const SpeakerSession& ss : p.sessions) {
            if (printed && !printed->contains(ss.id)) continue;
            Data sd;
            sd.set("id", ss.id);
            sd.set("anchor", anchor("s-", ss.id));
            put(sd, "title", ss.title);
            sd.set("part", ss.part);
            sd.set("part_label", label(lang, ss.part));
            sd.set("not_speaker", ss.part != "speaker");
            put(sd, "date", ss.day);
            const auto day = parse_date(ss.day);
            put(sd, "day", day ? long_date(*day, lang) : "");
            put(sd, "start", ss.start);
            put(sd, "end", ss.end);
            put(sd, "time", ss.start.empty() ? "" : time_range(ss.start, ss.end));
            put(sd, "unscheduled", ss.start.empty() ? label(lang, "unscheduled") : "");
            sessions.push_back(std::move(sd));
        }
        if (sessions.empty()) continue;
        Data d = person_data(ev, {p.id, p.name, p.role, p.organization}, staff);
        put(d, "bio", p.bio);
        put_list(d, "sessions", std::move(sessions));
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Data> organizations_data(const Event& ev, const std::string& lang,
                                     const std::set<Index>& shown) {
    const std::string_view fallback = ev.default_language();
    std::vector<std::pair<std::string, Index>> order;
    for (Index o : shown)
        order.emplace_back(
            sort_key(ev.organizations[static_cast<std::size_t>(o)].name.get(lang, fallback)), o);
    std::sort(order.begin(), order.end());
    std::vector<Data> out;
    for (const auto& [key, o] : order) {
        const Organization& org = ev.organizations[static_cast<std::size_t>(o)];
        Data d;
        d.set("id", org.id);
        d.set("name", std::string(org.name.get(lang, fallback)));
        put(d, "short_name", org.short_name);
        put(d, "country", org.country);
        put(d, "kind", org.kind);
        put(d, "website", safe_url(org.website));
        put(d, "description", std::string(org.description.get(lang, fallback)));
        const auto& organizers = ev.info.organizers;
        d.set("organizer", std::find(organizers.begin(), organizers.end(), o) != organizers.end());
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Data> venues_data(const Event& ev, const std::string& lang,
                              const std::set<Index>& shown) {
    const std::string_view fallback = ev.default_language();
    std::vector<Data> out;
    for (Index v : shown) {
        const Venue& venue = ev.venues[static_cast<std::size_t>(v)];
        Data d;
        d.set("id", venue.id);
        d.set("anchor", anchor("v-", venue.id));
        d.set("name", std::string(venue.name.get(lang, fallback)));
        put(d, "address", venue.address);
        std::vector<Data> rooms;
        for (Index r : venue.rooms) {
            const Room& room = ev.rooms[static_cast<std::size_t>(r)];
            Data rd;
            const std::string name(room.name.get(lang, fallback));
            rd.set("name", name.empty() ? room.id : name);
            put(rd, "capacity", room.capacity ? std::to_string(*room.capacity) : "");
            rooms.push_back(std::move(rd));
        }
        put_list(d, "rooms", std::move(rooms));
        std::vector<Data> travel;
        for (Index other : shown) {
            const Minutes m = ev.travel(v, other);
            if (other == v || m.count() <= 0) continue;
            Data td;
            td.set("to", std::string(
                             ev.venues[static_cast<std::size_t>(other)].name.get(lang, fallback)));
            td.set("minutes", std::to_string(m.count()));
            travel.push_back(std::move(td));
        }
        put_list(d, "travel", std::move(travel));
        out.push_back(std::move(d));
    }
    return out;
}

std::string read_template(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TemplateError("cannot read template " + path.string() + ": " + std::strerror(errno));
    // One byte past the limit is enough for render_template to refuse a template too large.
    std::string text(TemplateLimits{}.max_bytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad())
        throw TemplateError("cannot read template " + path.string() + ": " + std::strerror(errno));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

void render(const fs::path& path, const Data& data, std::ostream& out) {
    // Rendered whole, within bounds, before anything is written: a template that fails half way
    // leaves nothing half written.
    out << render_template(read_template(path), path.string(), data);
}

fs::path template_or_stock(const fs::path& given, const std::string& stock) {
    if (given.empty()) return find_template(stock);
    if (!fs::is_regular_file(given)) throw TemplateError("no template " + given.string());
    return given;
}

Instant now_or_clock(const std::optional<Instant>& now) {
    return now ? *now : date::floor<Seconds>(std::chrono::system_clock::now());
}

}  // namespace

fs::path find_template(const std::string& name) {
    std::vector<fs::path> dirs;
    if (const char* env = std::getenv("SUMMITRY_TEMPLATE_DIR"); env && *env) dirs.emplace_back(env);
    // An installed binary finds its own share/ first, wherever the package put it: from bin/
    // (summitry, summitry-cli) or from libexec/summitry/ (summitry-cli-all).
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const char* rel : {SUMMITRY_TEMPLATES_FROM_BIN, SUMMITRY_TEMPLATES_FROM_LIBEXEC})
            dirs.push_back((exe.parent_path() / rel).lexically_normal());
    }
#ifdef SUMMITRY_SOURCE_TEMPLATE_DIR
    dirs.emplace_back(SUMMITRY_SOURCE_TEMPLATE_DIR);
#endif
#ifdef SUMMITRY_INSTALL_TEMPLATE_DIR
    dirs.emplace_back(SUMMITRY_INSTALL_TEMPLATE_DIR);
#endif
    std::string looked;
    for (const auto& dir : dirs) {
        if (fs::is_regular_file(dir / name, ec)) return dir / name;
        looked += (looked.empty() ? "" : ", ") + dir.string();
    }
    throw TemplateError("no template " + name + " in " + looked +
                        " (set SUMMITRY_TEMPLATE_DIR, or give --template)");
}

void write_programme_html(const Event& ev, const ProgrammeRequest& req, std::ostream& out) {
    const fs::path path = template_or_stock(req.template_path, "programme.html.mustache");
    const bool staff = req.audience == Audience::staff;
    AgendaQuery q;
    q.lang = req.lang;
    q.include_private = staff;
    q.include_unscheduled = staff;  // a handout lists what happens, the team what is left to do
    const Agenda agenda = build_agenda(ev, q);
    const std::string& lang = agenda.lang;

    Data d = page_data(ev, lang, staff, req.paper, now_or_clock(req.now));
    // --changes-since: a mark on each changed session, and the list of changes.
    const auto with_mark = [&](Data sd, const AgendaEntry& e) {
        sd.set("changed", req.changes && req.changes->marked.contains(e.id));
        return sd;
    };
    d.set("changes_since", req.changes ? req.changes->since : std::string());
    d.set("has_changes_since", req.changes.has_value());
    if (req.changes) {
        std::vector<Data> changes;
        for (const ProgrammeChange& c : req.changes->changes) {
            Data cd;
            cd.set("kind", c.kind);
            cd.set("kind_label", label(lang, "change_" + c.kind));
            put(cd, "title", c.title);
            // A link only to a session this programme prints.
            put(cd, "anchor",
                req.changes->marked.contains(c.session) ? anchor("s-", c.session) : std::string());
            put(cd, "before", c.before);
            put(cd, "after", c.after);
            changes.push_back(std::move(cd));
        }
        put_list(d, "changes", std::move(changes));
    }
    std::set<std::string> printed;
    std::set<Index> organizations(ev.info.organizers.begin(), ev.info.organizers.end());
    std::set<Index> venues, tracks;
    auto note = [&](const AgendaEntry& e) {
        const Session& s = ev.sessions[static_cast<std::size_t>(e.session)];
        printed.insert(e.id);
        organizations.insert(s.organizations.begin(), s.organizations.end());
        for (Index p : s.participants())
            if (Index a = ev.people[static_cast<std::size_t>(p)].affiliation; a >= 0)
                organizations.insert(a);
        if (s.room >= 0) venues.insert(ev.rooms[static_cast<std::size_t>(s.room)].venue);
        if (s.track >= 0) tracks.insert(s.track);
    };
    // Cancelled sessions stay on the run-sheet (the team must know) but not on the handout.
    auto listed = [&](const AgendaEntry& e) {
        return staff ||
               ev.sessions[static_cast<std::size_t>(e.session)].status != SessionStatus::cancelled;
    };

    std::vector<Data> days;
    for (const AgendaDay& day : agenda.days) {
        std::vector<Data> sessions;
        for (const AgendaEntry& e : day.entries) {
            if (!listed(e)) continue;
            note(e);
            sessions.push_back(with_mark(session_data(ev, e, lang, staff), e));
        }
        if (sessions.empty()) continue;
        Data dd;
        dd.set("date", format_date(day.day));
        dd.set("long_date", long_date(day.day, lang));
        dd.set("anchor", anchor("d-", format_date(day.day)));
        put_list(dd, "sessions", std::move(sessions));
        days.push_back(std::move(dd));
    }
    put_list(d, "days", std::move(days));
    std::vector<Data> unscheduled;
    for (const AgendaEntry& e : agenda.unscheduled) {
        note(e);
        unscheduled.push_back(with_mark(session_data(ev, e, lang, staff), e));
    }
    put_list(d, "unscheduled", std::move(unscheduled));

    std::vector<Data> track_list;
    for (Index t : tracks) {
        const Track& track = ev.tracks[static_cast<std::size_t>(t)];
        Data td;
        td.set("id", track.id);
        td.set("name", std::string(track.name.get(lang, ev.default_language())));
        put(td, "color", safe_color(track.color));
        put(td, "description", std::string(track.description.get(lang, ev.default_language())));
        track_list.push_back(std::move(td));
    }
    put_list(d, "tracks", std::move(track_list));
    put_list(d, "speakers", speakers_data(ev, lang, staff, &printed));
    put_list(d, "organizations", organizations_data(ev, lang, organizations));
    put_list(d, "venues", venues_data(ev, lang, venues));
    render(path, d, out);
}

void write_speakers_html(const Event& ev, const SpeakersHtmlRequest& req, std::ostream& out) {
    const fs::path path = template_or_stock(req.template_path, "speakers.html.mustache");
    const std::string lang = req.lang.empty() ? ev.default_language() : req.lang;
    Data d = page_data(ev, lang, req.include_private, req.paper, now_or_clock(req.now));
    put_list(d, "speakers", speakers_data(ev, lang, req.include_private, nullptr));
    render(path, d, out);
}

}  // namespace summitry
