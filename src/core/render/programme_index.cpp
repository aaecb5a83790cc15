// SPDX-License-Identifier: MIT
// The back of the programme: the speakers' index, organizations and partners, venues and travel
// times; and the run-sheet's open conflicts.
#include <cairo.h>

#include <algorithm>
#include <set>

#include "check/rule.h"
#include "render/programme_parts.h"
#include "render/words.h"
#include "util/collate.h"
#include "util/person_label.h"
#include "views/agenda.h"
#include "views/speakers.h"

namespace summitry::render {

namespace {

constexpr double gutter = 20;

double column_width(const PageFrame& f, int columns) {
    return (f.body().w - gutter * (columns - 1)) / columns;
}

std::string pages_text(const std::set<int>& pages, const std::string& lang) {
    std::string s = word("page", lang);
    bool first = true;
    for (int p : pages) {
        s += (first ? " " : ", ") + std::to_string(p);
        first = false;
    }
    return s;
}

// French typography sets a space before a colon.
std::string colon(const std::string& lang) {
    return lang.substr(0, 2) == "fr" ? " : " : ": ";
}

// The sessions an attendee may see, or all of them for the team; never cancelled ones.
bool listed(const ProgrammeContext& pc, const Session& s) {
    return (s.is_public || pc.staff) && !s.cancelled();
}

}  // namespace

namespace {

// The letter a person is filed under in the index: the first letter of their family name's
// sort key, capitalized; "" when it is not a letter from A to Z.
std::string index_letter(const std::string& name) {
    const std::string key = sort_key(family_name(name));
    if (key.empty() || key[0] < 'a' || key[0] > 'z') return {};
    return std::string(1, static_cast<char>(key[0] - 'a' + 'A'));
}

// A person's sessions, one line each: the title (and their part when they do not speak) on
// the left, the page it is on or its time on the right.
void add_person_sessions(std::vector<FlowEntry>& lines, Composer& c, const ProgrammeContext& pc,
                         const SpeakerEntry& p, bool with_pages, double w, double ref_w) {
    const bool several_days = pc.event.info.start_date != pc.event.info.end_date;
    for (const SpeakerSession& s : p.sessions) {
        Rich title{{s.title}};
        if (s.part != "speaker")
            title.push_back({" (" + word(s.part, pc.lang) + ")", false, true, grey});
        auto left = std::make_shared<TextBlock>(c.ts(), title, TextStyle{8, false, false, black},
                                                w - ref_w - 10);
        std::string ref;
        if (with_pages) {
            const auto it = pc.session_page.find(pc.event.find_session(s.id));
            if (it != pc.session_page.end()) ref = std::to_string(it->second);
        } else if (!s.day.empty()) {
            ref = (several_days ? s.day.substr(5) + " " : std::string()) + s.start + "–" + s.end;
        }
        auto right = std::make_shared<TextBlock>(
            c.ts(), ref, TextStyle{8, with_pages, false, navy, Align::right}, ref_w, 1);
        const std::size_t first = lines.size();
        add_lines(lines, left, 8, 1, true, true);
        const auto inner = lines[first].draw;
        lines[first].draw = [inner, right, w, ref_w](cairo_t* cr, double x, double y) {
            inner(cr, x, y);
            right->draw(cr, x + w - ref_w, y);
        };
    }
}

}  // namespace

void add_people_index(Composer& c, const ProgrammeContext& pc, bool with_pages) {
    SpeakersQuery q;
    q.lang = pc.lang;
    q.include_private = pc.staff;
    const std::vector<SpeakerEntry> people = build_speakers(pc.event, q);
    if (people.empty()) return;
    const std::string& lang = pc.lang;
    const double w = column_width(pc.page, 2);
    const bool several_days = pc.event.info.start_date != pc.event.info.end_date;
    const double ref_w = with_pages ? 30 : (several_days ? 74 : 50);
    std::vector<FlowEntry> entries;
    add_heading(entries, c, word(pc.staff ? "contacts" : "speakers", lang), w);
    std::string letter;
    for (const SpeakerEntry& p : people) {
        // A letter heads each run of family names, glued to its first person.
        const std::string initial = index_letter(p.name);
        if (!initial.empty() && initial != letter && people.size() > 12) {
            letter = initial;
            add_lines(
                entries,
                std::make_shared<TextBlock>(c.ts(), letter, TextStyle{11, true, false, accent}, w),
                0, 8, true, true);
        }
        std::vector<FlowEntry> lines;
        add_lines(lines,
                  std::make_shared<TextBlock>(c.ts(), p.name, TextStyle{9.5, true, false, navy}, w),
                  0, 7, true, true);
        const std::string detail = role_and_organization(p.role, p.organization);
        const TextStyle small{8, false, false, {0.30, 0.31, 0.34}};
        if (!detail.empty())
            add_lines(lines, std::make_shared<TextBlock>(c.ts(), detail, small, w), 0, 0, true,
                      true);
        if (pc.staff) {
            const Person& person =
                pc.event.people[static_cast<std::size_t>(pc.event.find_person(p.id))];
            std::string contact = person.email;
            if (!person.phone.empty()) contact += (contact.empty() ? "" : " · ") + person.phone;
            if (!contact.empty())
                add_lines(lines,
                          std::make_shared<TextBlock>(c.ts(), contact,
                                                      TextStyle{8, false, false, navy}, w),
                          0, 0, true, true);
        } else if (!p.bio.empty()) {
            // A short bio: three lines at most, ellipsized.
            add_lines(
                lines,
                std::make_shared<TextBlock>(c.ts(), p.bio, TextStyle{7.6, false, true, grey}, w, 3),
                0, 1, true, true);
        }
        add_person_sessions(lines, c, pc, p, with_pages, w, ref_w);
        lines.back().flow.keep_with_next = false;
        for (FlowEntry& l : lines) entries.push_back(std::move(l));
    }
    c.flow(pc.page, entries, 2, word(pc.staff ? "contacts" : "speakers", lang));
}

void add_organizations(Composer& c, const ProgrammeContext& pc) {
    const Event& ev = pc.event;
    const std::string& lang = pc.lang;
    const std::string_view fallback = ev.default_language();
    // Who is on the programme, and on which pages.
    std::vector<std::set<int>> pages(ev.organizations.size());
    std::vector<bool> shown(ev.organizations.size(), false);
    for (std::size_t i = 0; i < ev.sessions.size(); ++i) {
        const Session& s = ev.sessions[i];
        if (!listed(pc, s)) continue;
        const auto page = pc.session_page.find(static_cast<Index>(i));
        auto mark = [&](Index o) {
            if (o < 0) return;
            shown[static_cast<std::size_t>(o)] = true;
            if (page != pc.session_page.end())
                pages[static_cast<std::size_t>(o)].insert(page->second);
        };
        for (Index o : s.organizations) mark(o);
        for (Index p : s.participants()) mark(ev.people[static_cast<std::size_t>(p)].affiliation);
    }
    std::vector<Index> organizers = ev.info.organizers, others;
    for (std::size_t o = 0; o < ev.organizations.size(); ++o)
        if (shown[o] && std::find(organizers.begin(), organizers.end(), static_cast<Index>(o)) ==
                            organizers.end())
            others.push_back(static_cast<Index>(o));
    std::sort(others.begin(), others.end(), [&](Index a, Index b) {
        return sort_key(ev.organizations[static_cast<std::size_t>(a)].name.get(lang, fallback)) <
               sort_key(ev.organizations[static_cast<std::size_t>(b)].name.get(lang, fallback));
    });
    if (organizers.empty() && others.empty()) return;
    const double w = column_width(pc.page, 2);
    std::vector<FlowEntry> entries;
    auto add_org = [&](Index oi) {
        const Organization& o = ev.organizations[static_cast<std::size_t>(oi)];
        std::vector<FlowEntry> lines;
        const std::string name(o.name.get(lang, fallback));
        Rich head{{name, true, false, navy}};
        if (!o.short_name.empty() && o.short_name != name)
            head.push_back({"  " + o.short_name, false, false, grey});
        add_lines(lines, std::make_shared<TextBlock>(c.ts(), head, TextStyle{9.5}, w), 0, 8, true,
                  true);
        std::vector<std::string> facts;
        if (!o.country.empty()) facts.push_back(o.country);
        if (!o.website.empty()) facts.push_back(o.website);
        const TextStyle small{7.8, false, false, grey};
        std::string joined;
        for (const auto& f : facts) joined += (joined.empty() ? "" : " · ") + f;
        if (!joined.empty())
            add_lines(lines, std::make_shared<TextBlock>(c.ts(), joined, small, w), 0, 0, true,
                      true);
        const std::string description(o.description.get(lang, fallback));
        if (!description.empty())
            add_lines(lines,
                      std::make_shared<TextBlock>(c.ts(), description,
                                                  TextStyle{8, false, false, black}, w, 3),
                      0, 1, true, true);
        const auto& p = pages[static_cast<std::size_t>(oi)];
        if (!p.empty())
            add_lines(lines,
                      std::make_shared<TextBlock>(
                          c.ts(), word("on_programme", lang) + colon(lang) + pages_text(p, lang),
                          TextStyle{7.8, false, true, navy}, w),
                      0, 1, true, true);
        lines.back().flow.keep_with_next = false;
        for (FlowEntry& l : lines) entries.push_back(std::move(l));
    };
    if (!organizers.empty()) {
        add_heading(entries, c, word("organizers", lang), w);
        for (Index o : organizers) add_org(o);
    }
    if (!others.empty()) {
        add_heading(entries, c, word("partners", lang), w, organizers.empty() ? 0 : 24);
        for (Index o : others) add_org(o);
    }
    c.flow(pc.page, entries, 2, word("organizations", lang));
}

namespace {

// Travel times between the venues: a table between every pair of venues when it fits the page,
// else a list. Nothing for one venue.
void add_travel_times(std::vector<FlowEntry>& entries, Composer& c, const ProgrammeContext& pc) {
    const Event& ev = pc.event;
    const std::string& lang = pc.lang;
    const std::string_view fallback = ev.default_language();
    const double w = pc.page.body().w;
    const std::size_t n = ev.venues.size();
    if (n <= 1) return;
    add_lines(entries,
              std::make_shared<TextBlock>(c.ts(), word("travel", lang),
                                          TextStyle{11, true, false, navy}, w),
              0, 18, true, true);
    auto cell_text = [&](std::size_t a, std::size_t b) -> std::string {
        if (a == b) return word("same_venue", lang);
        const Minutes m = ev.travel(static_cast<Index>(a), static_cast<Index>(b));
        return m.count() > 0 ? std::to_string(m.count()) + " " + word("minutes", lang) : "?";
    };
    if (n <= 6) {
        const double first = 150, cell = (w - first) / static_cast<double>(n);
        auto row = [&](const std::string& head, const std::vector<std::string>& cells, bool bold) {
            auto h = std::make_shared<TextBlock>(c.ts(), head, TextStyle{8, true, false, black},
                                                 first - 8);
            std::vector<Block> blocks;
            double height = h->height();
            for (const auto& t : cells) {
                blocks.push_back(std::make_shared<TextBlock>(
                    c.ts(), t, TextStyle{8, bold, false, bold ? black : grey, Align::center},
                    cell - 8));
                height = std::max(height, blocks.back()->height());
            }
            FlowEntry e;
            e.flow = {height + 6, 0, true};
            e.draw = [h, blocks, first, cell, w, height](cairo_t* cr, double x, double y) {
                h->draw(cr, x, y + 3);
                for (std::size_t i = 0; i < blocks.size(); ++i)
                    blocks[i]->draw(cr, x + first + cell * static_cast<double>(i) + 4, y + 3);
                set_color(cr, light_grey);
                cairo_set_line_width(cr, 0.4);
                cairo_move_to(cr, x, y + height + 6);
                cairo_line_to(cr, x + w, y + height + 6);
                cairo_stroke(cr);
            };
            entries.push_back(std::move(e));
        };
        std::vector<std::string> names;
        for (const Venue& v : ev.venues) names.emplace_back(v.name.get(lang, fallback));
        row("", names, true);
        for (std::size_t a = 0; a < n; ++a) {
            std::vector<std::string> cells;
            for (std::size_t b = 0; b < n; ++b) cells.push_back(cell_text(a, b));
            row(names[a], cells, false);
        }
    } else {
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = a + 1; b < n; ++b) {
                if (ev.travel(static_cast<Index>(a), static_cast<Index>(b)).count() == 0) continue;
                const std::string line =
                    std::string(ev.venues[a].name.get(lang, fallback)) + " ↔ " +
                    std::string(ev.venues[b].name.get(lang, fallback)) + ": " + cell_text(a, b);
                add_lines(entries, std::make_shared<TextBlock>(c.ts(), line, TextStyle{8.5}, w), 0,
                          2, false, true);
            }
    }
    entries.back().flow.keep_with_next = false;
}

}  // namespace

void add_venues(Composer& c, const ProgrammeContext& pc) {
    const Event& ev = pc.event;
    if (ev.venues.empty()) return;
    const std::string& lang = pc.lang;
    const std::string_view fallback = ev.default_language();
    const double w = pc.page.body().w;
    std::vector<FlowEntry> entries;
    add_heading(entries, c, word("venues", lang), w);
    for (const Venue& v : ev.venues) {
        std::vector<FlowEntry> lines;
        add_lines(lines,
                  std::make_shared<TextBlock>(c.ts(), std::string(v.name.get(lang, fallback)),
                                              TextStyle{11, true, false, navy}, w),
                  0, 12, true, true);
        if (!v.address.empty())
            add_lines(lines, std::make_shared<TextBlock>(c.ts(), v.address, TextStyle{9}, w), 0, 1,
                      true, true);
        std::string rooms;
        for (Index r : v.rooms) {
            const Room& room = ev.rooms[static_cast<std::size_t>(r)];
            std::string name(room.name.get(lang, fallback));
            if (name.empty()) name = room.id;
            if (pc.staff) {
                if (room.capacity)
                    name += " (" + std::to_string(*room.capacity) + " " + word("seats", lang) + ")";
                std::string features;
                for (const auto& f : room.features) features += (features.empty() ? "" : ", ") + f;
                if (!features.empty()) name += ": " + features;
                rooms += (rooms.empty() ? "" : "\n") + name;
            } else {
                rooms += (rooms.empty() ? "" : " · ") + name;
            }
        }
        if (!rooms.empty())
            add_lines(lines,
                      std::make_shared<TextBlock>(
                          c.ts(), Rich{{word("rooms", lang) + "\n", false, true, grey}, {rooms}},
                          TextStyle{8.5, false, false, black}, w),
                      0, 3, pc.staff ? false : true, true);
        lines.back().flow.keep_with_next = false;
        for (FlowEntry& l : lines) entries.push_back(std::move(l));
    }
    add_travel_times(entries, c, pc);
    c.flow(pc.page, entries, 1, word("venues", lang));
}

void add_conflicts(Composer& c, const ProgrammeContext& pc) {
    const Diagnostics found = check_conflicts(pc.event);
    const double w = pc.page.body().w;
    std::vector<FlowEntry> entries;
    add_heading(entries, c, word("conflicts", pc.lang), w);
    if (found.empty())
        add_lines(
            entries,
            std::make_shared<TextBlock>(c.ts(), word("no_conflicts", pc.lang), TextStyle{9.5}, w),
            0, 0, true, false);
    for (const Diagnostic& d : found.items()) {
        Rich r{{d.rule + "  ", true, false, d.severity == Severity::note ? grey : alert, 0.9},
               {d.message}};
        add_lines(entries, std::make_shared<TextBlock>(c.ts(), r, TextStyle{8.8}, w), 0, 5, true,
                  false);
    }
    c.flow(pc.page, entries, 1, word("conflicts", pc.lang));
}

}  // namespace summitry::render
