// SPDX-License-Identifier: MIT
#include "render/programme_pdf.h"

#include <cairo.h>

#include <algorithm>
#include <chrono>

#include "render/day_grid.h"
#include "render/programme_parts.h"
#include "render/words.h"
#include "util/person_label.h"
#include "views/agenda.h"
#include "views/html_words.h"

namespace summitry {

namespace render {

namespace {

constexpr double time_width = 66;  // the agenda's time column

std::string dates_text(const Event& ev, const std::string& lang) {
    std::string s = long_date(ev.info.start_date, lang);
    if (ev.info.end_date != ev.info.start_date) s += " – " + long_date(ev.info.end_date, lang);
    return s;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

// A printed programme is read at the door: a description gets a paragraph, and the full
// abstract stays on the event's web page. Cutting the text before shaping also bounds the cost
// of a 64 KB abstract (36C3 has hundreds of long ones).
constexpr int max_description_lines = 8;
constexpr std::size_t max_description_bytes = 1200;

std::string blurb(const std::string& text) {
    if (text.size() <= max_description_bytes) return text;
    std::size_t cut = text.rfind(' ', max_description_bytes);
    if (cut == std::string::npos || cut < max_description_bytes / 2) {
        cut = max_description_bytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    }
    // The ellipsis shows that the text goes on, even when the cut text fits its lines.
    return text.substr(0, cut) + "…";
}

Span label_span(const std::string& text) {
    return Span{text + " ", false, true, grey, 1.0};
}

// A person in an agenda entry: "Moderator Name, Role, Organization", and for the team their
// contact details.
Rich person_line(const ProgrammeContext& pc, const AgendaPerson& p, const std::string& label) {
    Rich r;
    if (!label.empty()) r.push_back(label_span(label));
    r.push_back(Span{p.name, true});
    const std::string detail = role_and_organization(p.role, p.organization);
    if (!detail.empty()) r.push_back(Span{", " + detail, false, false, grey});
    if (pc.staff) {
        const Person& person =
            pc.event.people[static_cast<std::size_t>(pc.event.find_person(p.id))];
        const std::string contact = join({person.email, person.phone}, " · ");
        if (!contact.empty()) r.push_back(Span{"  " + contact, false, false, navy});
    }
    return r;
}

void add_entry(std::vector<FlowEntry>& out, const Composer& c, ProgrammeContext& pc,
               const AgendaEntry& e, double width) {
    const Event& ev = pc.event;
    const std::string& lang = pc.lang;
    const Session& s = ev.sessions[static_cast<std::size_t>(e.session)];
    const double text_w = width - time_width;
    const Color bar = track_color(ev, s.track);
    std::vector<FlowEntry> lines;

    auto title = std::make_shared<TextBlock>(
        c.ts(), e.title, TextStyle{10.5, true, false, s.cancelled() ? grey : black}, text_w);
    add_lines(lines, title, time_width, 0, true, true);
    if (!e.start.empty()) {
        auto when = std::make_shared<TextBlock>(
            c.ts(), e.start + "–" + e.end, TextStyle{9.5, true, false, navy}, time_width - 8, 2);
        const auto inner = lines.front().draw;
        lines.front().draw = [inner, when](cairo_t* cr, double x, double y) {
            when->draw(cr, x, y + 1);
            inner(cr, x, y);
        };
    }
    // Kind, track, room and venue; what is unusual about the session, in colour.
    Rich meta{{std::string(kind_label(s.kind, lang)), false, false, std::nullopt}};
    std::vector<std::string> where{
        e.track_name, join({e.room_name, ev.venues.size() > 1 ? e.venue_name : ""}, ", ")};
    if (!join(where, " · ").empty()) meta.push_back({" · " + join(where, " · ")});
    auto flag = [&](const std::string& key) {
        meta.push_back({"  " + word(key, lang), true, false, alert});
    };
    if (s.cancelled())
        flag("cancelled");
    else if (s.status == SessionStatus::tentative)
        flag("tentative");
    if (!s.is_public) flag("private");
    if (pc.request.changes && pc.request.changes->marked.contains(e.id))
        meta.push_back({"  " + word("changed_since", lang) + " " + pc.request.changes->since, true,
                        false, Color{0.12, 0.37, 0.66}});
    const TextStyle small{8.2, false, false, grey};
    add_lines(lines, std::make_shared<TextBlock>(c.ts(), meta, small, text_w), time_width, 0, true,
              true);
    if (!e.language.empty()) {
        std::string l = language_name(e.language, lang);
        if (!e.interpretation.empty()) {
            std::vector<std::string> names;
            for (const auto& code : e.interpretation) names.push_back(language_name(code, lang));
            // French typography puts a space before a colon.
            const bool french = lang.substr(0, 2) == "fr";
            l += " · " + word("interpretation", lang) + (french ? " : " : ": ") + join(names, ", ");
        }
        add_lines(lines, std::make_shared<TextBlock>(c.ts(), l, small, text_w), time_width, 0, true,
                  true);
    }
    const TextStyle people{9, false, false, black};
    auto add_people = [&](const std::vector<AgendaPerson>& list, const std::string& label) {
        for (const AgendaPerson& p : list)
            add_lines(
                lines,
                std::make_shared<TextBlock>(c.ts(), person_line(pc, p, label), people, text_w),
                time_width, 1.5, true, true);
    };
    add_people(e.speakers, "");
    add_people(e.moderators, word("moderator", lang));
    add_people(e.hosts, word("host", lang));
    if (!e.organizations.empty())
        add_lines(lines,
                  std::make_shared<TextBlock>(
                      c.ts(), Rich{label_span(word("with", lang)), {join(e.organizations, ", ")}},
                      small, text_w),
                  time_width, 1.5, true, true);
    if (pc.staff) {
        std::vector<std::string> setup;
        if (!s.requires_features.empty()) setup.push_back(join(s.requires_features, ", "));
        Rich r{label_span(word("requires", lang)), {join(setup, "")}};
        const Room* room = s.room >= 0 ? &ev.rooms[static_cast<std::size_t>(s.room)] : nullptr;
        if (s.expected_attendance || (room && room->capacity)) {
            std::string n = word("expected", lang) + " " +
                            (s.expected_attendance ? std::to_string(*s.expected_attendance) : "?");
            if (room && room->capacity)
                n += " / " + word("capacity", lang) + " " + std::to_string(*room->capacity);
            r.push_back({(setup.empty() ? "" : " · ") + n});
            if (s.expected_attendance && room && room->capacity &&
                *s.expected_attendance > *room->capacity)
                r.push_back({"  " + word("over_capacity", lang), true, false, alert});
        }
        if (r.size() > 2 || !setup.empty())
            add_lines(lines, std::make_shared<TextBlock>(c.ts(), r, small, text_w), time_width, 1.5,
                      true, true);
    }
    if (!e.description.empty())
        add_lines(lines,
                  std::make_shared<TextBlock>(
                      c.ts(), blurb(e.description),
                      TextStyle{8.5, false, false, {0.25, 0.26, 0.29}, Align::left, 1.05}, text_w,
                      max_description_lines),
                  time_width, 3, false, false);
    lines.back().flow.keep_with_next = false;
    lines.front().flow.space_before = 11;
    // The track's colour runs down the left of the entry, line by line, so a split entry keeps
    // it on both pages.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        FlowEntry& l = lines[i];
        const auto inner = l.draw;
        // Down through the space above each line but the first, so the bar has no gaps.
        const double above = i == 0 ? 0 : l.flow.space_before;
        const double h = l.flow.height + above;
        l.draw = [inner, bar, h, above](cairo_t* cr, double x, double y) {
            cairo_rectangle(cr, x + time_width - 8, y - above, 2.2, h);
            set_color(cr, bar);
            cairo_fill(cr);
            inner(cr, x, y);
        };
    }
    const Index session = e.session;
    lines.front().placed = [&pc, session](int page) { pc.session_page[session] = page; };
    for (FlowEntry& l : lines) out.push_back(std::move(l));
}

}  // namespace

void add_heading(std::vector<FlowEntry>& out, const Composer& c, const std::string& text,
                 double width, double space_before) {
    auto b = std::make_shared<TextBlock>(c.ts(), text, TextStyle{16, true, false, navy}, width);
    add_lines(out, b, 0, space_before, true, true);
    FlowEntry rule;
    rule.flow = {9, 0, true};
    rule.draw = [width](cairo_t* cr, double x, double y) {
        cairo_rectangle(cr, x, y + 3, 36, 1.6);
        set_color(cr, accent);
        cairo_fill(cr);
        cairo_rectangle(cr, x + 36, y + 3.6, width - 36, 0.4);
        set_color(cr, light_grey);
        cairo_fill(cr);
    };
    out.push_back(std::move(rule));
}

namespace {

// The cover's venues: each name, and its address below it.
Rich cover_venues(const Event& ev, const std::string& lang) {
    const std::string_view fallback = ev.default_language();
    Rich venues;
    for (const Venue& v : ev.venues) {
        if (!venues.empty()) venues.push_back({"\n"});
        venues.push_back({std::string(v.name.get(lang, fallback)), true});
        if (!v.address.empty()) venues.push_back({"\n" + v.address, false, false, grey});
    }
    return venues;
}

// The cover's organizers, under their label; nothing when the event names none.
Rich cover_organizers(const Event& ev, const std::string& lang) {
    const std::string_view fallback = ev.default_language();
    Rich organizers;
    if (!ev.info.organizers.empty()) {
        organizers.push_back({word("organizers", lang) + "\n", false, true, grey});
        std::vector<std::string> names;
        for (Index o : ev.info.organizers)
            names.emplace_back(
                ev.organizations[static_cast<std::size_t>(o)].name.get(lang, fallback));
        organizers.push_back({join(names, "\n"), true});
    }
    return organizers;
}

// The run-sheet's warning on its cover: for the staff only, printed when (in the event's zone).
Block staff_note(Composer& c, const ProgrammeContext& pc, double w) {
    const Event& ev = pc.event;
    const std::string& lang = pc.lang;
    std::string text = word("staff_only", lang);
    const Instant now = pc.request.now.value_or(
        date::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    const LocalTime local = to_local(ev.zone(), now);
    text += "\n" + word("printed_on", lang) + " " + long_date(local_date(local), lang) + ", " +
            format_clock(local);
    return std::make_shared<TextBlock>(c.ts(), text, TextStyle{9.5, true, false, alert}, w, 3);
}

}  // namespace

void add_cover(Composer& c, const ProgrammeContext& pc) {
    const Event& ev = pc.event;
    const std::string& lang = pc.lang;
    const std::string_view fallback = ev.default_language();
    const PageFrame& f = pc.page;
    Page& page = c.fixed_page(f, "", false);
    const double x = f.margin_x, w = f.size.w - 2 * f.margin_x;

    const std::string label = word(pc.staff ? "run_sheet" : "programme", lang);
    auto kicker =
        std::make_shared<TextBlock>(c.ts(), label, TextStyle{11, true, false, accent}, w, 1);
    double size = 30;
    auto title = std::make_shared<TextBlock>(c.ts(), std::string(ev.info.title.get(lang, fallback)),
                                             TextStyle{size, true, false, white}, w);
    while (title->line_count() > 4 && size > 18) {
        size -= 2;
        title = std::make_shared<TextBlock>(c.ts(), std::string(ev.info.title.get(lang, fallback)),
                                            TextStyle{size, true, false, white}, w);
    }
    title->fit_height(5 * size * 1.3);
    auto subtitle =
        std::make_shared<TextBlock>(c.ts(), std::string(ev.info.subtitle.get(lang, fallback)),
                                    TextStyle{13, false, false, white.mix(navy, 0.25)}, w, 4);
    const double band_top = 0;
    double y = 110;
    const double title_y = y + kicker->height() + 14;
    const double subtitle_y = title_y + title->height() + 14;
    const double band_bottom = std::max(f.size.h * 0.42, subtitle_y + subtitle->height() + 40);

    auto dates = std::make_shared<TextBlock>(c.ts(), dates_text(ev, lang),
                                             TextStyle{15, true, false, navy}, w, 2);
    const Rich venues = cover_venues(ev, lang);
    const Rich organizers = cover_organizers(ev, lang);
    const double below = band_bottom + 36;
    const double bottom = f.size.h - 70;
    auto venue_block = std::make_shared<TextBlock>(
        c.ts(), venues, TextStyle{10.5, false, false, black, Align::left, 1.1}, w);
    auto org_block = std::make_shared<TextBlock>(
        c.ts(), organizers, TextStyle{10.5, false, false, black, Align::left, 1.1}, w);
    const double venues_y = below + dates->height() + 22;
    venue_block->fit_height(std::max(0.0, bottom - venues_y - org_block->height() - 24));
    const double org_y = venues_y + venue_block->height() + (venue_block->height() > 0 ? 24 : 0);
    org_block->fit_height(std::max(0.0, bottom - org_y));
    // The organizers' own words fill what the cover has left, if anything.
    const double about_y = org_y + org_block->height() + (org_block->height() > 0 ? 24 : 0);
    auto about = std::make_shared<TextBlock>(
        c.ts(), std::string(ev.info.description.get(lang, fallback)),
        TextStyle{9.5, false, false, {0.25, 0.26, 0.29}, Align::left, 1.1}, w * 0.8);
    about->fit_height(std::max(0.0, bottom - about_y));
    const Block note = pc.staff ? staff_note(c, pc, w) : Block();
    Block website;
    if (!ev.info.website.empty())
        website = std::make_shared<TextBlock>(c.ts(), ev.info.website,
                                              TextStyle{9, false, false, grey}, w, 1);

    page.add([=, fw = f.size.w](cairo_t* cr) {
        cairo_rectangle(cr, 0, band_top, fw, band_bottom);
        set_color(cr, navy);
        cairo_fill(cr);
        cairo_rectangle(cr, x, band_bottom - 24, 48, 3);
        set_color(cr, accent);
        cairo_fill(cr);
        kicker->draw(cr, x, y);
        title->draw(cr, x, title_y);
        subtitle->draw(cr, x, subtitle_y);
        dates->draw(cr, x, below);
        venue_block->draw(cr, x, venues_y);
        org_block->draw(cr, x, org_y);
        about->draw(cr, x, about_y);
        double foot = bottom + 20;
        if (website) website->draw(cr, x, foot);
        if (note) note->draw(cr, x, 46);
    });
}

void add_agenda(Composer& c, ProgrammeContext& pc) {
    AgendaQuery q;
    q.lang = pc.lang;
    q.include_private = pc.staff;
    const Agenda agenda = build_agenda(pc.event, q);
    const double width = pc.page.body().w;
    std::vector<FlowEntry> entries;
    std::vector<std::string> running;
    auto add_day = [&](const std::string& heading, const std::vector<AgendaEntry>& list) {
        add_heading(entries, c, heading, width, entries.empty() ? 0 : 26);
        for (const AgendaEntry& e : list) add_entry(entries, c, pc, e, width);
        running.resize(entries.size(), heading);
    };
    for (const AgendaDay& d : agenda.days) add_day(long_date(d.day, pc.lang), d.entries);
    if (!agenda.unscheduled.empty()) add_day(word("unscheduled", pc.lang), agenda.unscheduled);
    c.flow(pc.page, entries, 1, "", running);
}

namespace {

void compose_programme(Composer& c, ProgrammeContext& pc) {
    add_cover(c, pc);
    if (pc.request.changes) add_changes(c, pc);
    add_agenda(c, pc);
    if (pc.staff) add_conflicts(c, pc);
    add_grids(c, pc);
    add_people_index(c, pc, true);
    add_organizations(c, pc);
    add_venues(c, pc);
}

std::string footer_note(const ProgrammeContext& pc) {
    return pc.staff ? word("staff_only", pc.lang) : std::string();
}

}  // namespace

PageSize paper_size(Paper paper) {
    // ISO 216 A4 is 210 x 297 mm; US Letter 8.5 x 11 in; 72 points to the inch.
    if (paper == Paper::letter) return {612, 792};
    return {210 / 25.4 * 72, 297 / 25.4 * 72};
}

namespace {

// A document of the event's pages: `doc_word` names it after the event's title ("programme",
// "speakers"), `compose` lays out its pages, then the running heads and page numbers.
template <typename Compose>
Document build_document(const Event& ev, const ProgrammeRequest& request,
                        const std::string& doc_word, Compose compose) {
    Typesetter ts;
    Document doc;
    ProgrammeContext pc{ev,
                        request,
                        request.lang.empty() ? ev.default_language() : request.lang,
                        request.audience == Audience::staff,
                        portrait(paper_size(request.paper)),
                        landscape(paper_size(request.paper)),
                        {}};
    const std::string title(ev.info.title.get(pc.lang, ev.default_language()));
    doc.title = title + " — " + word(doc_word, pc.lang);
    Composer c(doc, ts, pc.lang);
    compose(c, pc);
    c.finish(title, footer_note(pc));
    return doc;
}

}  // namespace

Document build_programme(const Event& ev, const ProgrammeRequest& request) {
    const bool staff = request.audience == Audience::staff;
    return build_document(ev, request, staff ? "run_sheet" : "programme",
                          [](Composer& c, ProgrammeContext& pc) { compose_programme(c, pc); });
}

Document build_speakers_list(const Event& ev, const ProgrammeRequest& request) {
    return build_document(ev, request, "speakers", [](Composer& c, ProgrammeContext& pc) {
        add_people_index(c, pc, false);
    });
}

}  // namespace render

void write_programme_pdf(const Event& event, const ProgrammeRequest& request, std::ostream& out) {
    render::write_pdf(render::build_programme(event, request), out);
}

void write_speakers_pdf(const Event& event, const ProgrammeRequest& request, std::ostream& out) {
    render::write_pdf(render::build_speakers_list(event, request), out);
}

}  // namespace summitry
