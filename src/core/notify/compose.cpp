// SPDX-License-Identifier: MIT
#include "notify/compose.h"

#include <algorithm>
#include <sstream>
#include <utility>

#include "formats/ics/ics_export.h"
#include "notify/words.h"
#include "util/controls.h"
#include "util/csv.h"
#include "util/html.h"
#include "util/i18n.h"

namespace summitry::notify {

namespace {

// One text of the event on one line of the plain text: controls dropped, line breaks spaces.
std::string one_line(std::string_view s) {
    std::string out = drop_controls(s);
    std::replace(out.begin(), out.end(), '\n', ' ');
    std::replace(out.begin(), out.end(), '\t', ' ');
    return out;
}

// What a notice says of a session: its facts in the person's language.
struct Facts {
    std::string title, date, time, room, venue;
    Index venue_index = no_index;
};

Facts facts_of(const Event& ev, Index session, std::string_view lang, const NoticeWords& w) {
    Facts f;
    const Session& s = ev.sessions[static_cast<std::size_t>(session)];
    const std::string_view fallback = ev.default_language();
    f.title = one_line(s.title.get(lang, fallback));
    if (f.title.empty()) f.title = s.id;
    if (!s.scheduled()) {
        f.date = f.time = f.room = f.venue = std::string(w.not_scheduled);
        return f;
    }
    const date::time_zone& zone = ev.zone_of(s);
    const LocalTime from = to_local(zone, *s.start);
    f.date = format_date(local_date(from));
    f.time = format_clock(from) + "–" + format_clock(to_local(zone, s.end()));
    const Room& room = ev.rooms[static_cast<std::size_t>(s.room)];
    f.room = one_line(room.name.get(lang, fallback));
    if (f.room.empty()) f.room = room.id;
    const Venue& venue = ev.venues[static_cast<std::size_t>(room.venue)];
    f.venue_index = room.venue;
    std::vector<std::string> parts;
    for (std::string_view part : {venue.name.get(lang, fallback), std::string_view(venue.address)})
        if (!part.empty()) parts.push_back(one_line(part));
    f.venue = parts.empty() ? venue.id : join(parts, ", ");
    return f;
}

// A line of a changed session: "Time: 18:00–18:30 → 19:00–19:30", or a value alone.
struct Row {
    std::string label, before, after;  // before empty: no arrow
};

struct Block {
    std::string heading;             // "Keynote — Moved"
    std::vector<std::string> notes;  // sentences
    std::vector<Row> rows;
};

std::string change_word(Change c, const NoticeWords& w) {
    switch (c) {
        case Change::added: return std::string(w.added);
        case Change::removed: return std::string(w.removed);
        case Change::moved: return std::string(w.moved);
        case Change::retitled: return std::string(w.retitled);
        case Change::cancelled: return std::string(w.cancelled);
        case Change::reinstated: return std::string(w.reinstated);
        case Change::joined: return std::string(w.joined);
        case Change::left: return std::string(w.left);
        case Change::lineup: return std::string(w.lineup);
    }
    return {};
}

bool has(const SessionNotice& n, Change c) {
    return std::find(n.changes.begin(), n.changes.end(), c) != n.changes.end();
}

std::string names_of(const Event& ev, const std::vector<std::string>& ids) {
    std::vector<std::string> names;
    for (const auto& id : ids) {
        const Index p = ev.find_person(id);
        names.push_back(p == no_index ? id : one_line(ev.people[static_cast<std::size_t>(p)].name));
    }
    return join(names, ", ");
}

void write_text(std::ostream& out, const std::vector<Block>& blocks, const NoticeWords& w) {
    for (const Block& b : blocks) {
        out << "* " << b.heading << '\n';
        for (const auto& n : b.notes) out << "  " << n << '\n';
        for (const Row& r : b.rows) {
            out << "  " << r.label << w.colon;
            if (!r.before.empty()) out << r.before << " → ";
            out << r.after << '\n';
        }
        out << '\n';
    }
}

void write_html(std::ostream& out, const std::vector<Block>& blocks, const NoticeWords& w) {
    for (const Block& b : blocks) {
        out << "<h3>" << html_text(b.heading) << "</h3>\n";
        for (const auto& n : b.notes) out << "<p>" << html_text(n) << "</p>\n";
        if (b.rows.empty()) continue;
        out << "<table>\n";
        for (const Row& r : b.rows) {
            out << "<tr><th align=\"left\">" << html_text(r.label) << html_text(w.colon)
                << "</th><td>";
            if (!r.before.empty()) out << "<s>" << html_text(r.before) << "</s> → ";
            out << "<b>" << html_text(r.after) << "</b></td></tr>\n";
        }
        out << "</table>\n";
    }
}

}  // namespace

Composer::Composer(const Event& before, const Event& after, Sender sender, Instant now)
    : before_(before), after_(after), sender_(std::move(sender)), now_(now) {
    for (std::size_t i = 0; i < after.sessions.size(); ++i) {
        const Session& s = after.sessions[i];
        for (Index p : s.participants()) agenda_[p].push_back(static_cast<Index>(i));
    }
    for (auto& [p, list] : agenda_)
        std::sort(list.begin(), list.end(), [&](Index a, Index b) {
            const Session& x = after.sessions[static_cast<std::size_t>(a)];
            const Session& y = after.sessions[static_cast<std::size_t>(b)];
            return std::pair(!x.start.has_value(), x.start.value_or(Instant{})) <
                   std::pair(!y.start.has_value(), y.start.value_or(Instant{}));
        });
}

Composed Composer::compose(const PersonNotice& notice) const {
    const NoticeWords& w = notice_words(notice.lang);
    const std::string_view lang = notice.lang;
    const std::string event_title =
        one_line(after_.info.title.get(lang, after_.default_language()));
    static const std::vector<Index> nothing;
    const auto found = agenda_.find(notice.after);
    const std::vector<Index>& agenda = found == agenda_.end() ? nothing : found->second;

    std::vector<Block> blocks;
    for (const SessionNotice& n : notice.sessions) {
        Block b;
        const bool now = n.after != no_index;
        const Facts after = now ? facts_of(after_, n.after, lang, w) : Facts{};
        const Facts before = n.before != no_index ? facts_of(before_, n.before, lang, w) : Facts{};
        const Facts& current = now ? after : before;
        std::vector<std::string> words;
        for (Change c : n.changes) words.push_back(change_word(c, w));
        b.heading = current.title + " — " + join(words, ", ");
        if (has(n, Change::removed)) b.notes.emplace_back(w.removed_text);
        if (has(n, Change::cancelled)) b.notes.emplace_back(w.cancelled_text);
        if (has(n, Change::reinstated)) b.notes.emplace_back(w.reinstated_text);
        if (has(n, Change::joined)) b.notes.emplace_back(w.joined_text);
        if (has(n, Change::left)) b.notes.emplace_back(w.left_text);
        if (has(n, Change::retitled))
            b.rows.push_back({std::string(w.title), before.title, after.title});
        const bool whole =
            has(n, Change::added) || has(n, Change::joined) || has(n, Change::reinstated);
        if (has(n, Change::moved)) {
            const std::pair<std::string_view, std::pair<const std::string*, const std::string*>>
                fields[] = {{w.date, {&before.date, &after.date}},
                            {w.time, {&before.time, &after.time}},
                            {w.room, {&before.room, &after.room}},
                            {w.venue, {&before.venue, &after.venue}}};
            for (const auto& [label, values] : fields)
                if (*values.first != *values.second)
                    b.rows.push_back({std::string(label), *values.first, *values.second});
        } else if (whole || n.changes.empty() || !now) {
            for (const auto& [label, value] :
                 {std::pair{w.date, &current.date}, std::pair{w.time, &current.time},
                  std::pair{w.room, &current.room}, std::pair{w.venue, &current.venue}})
                b.rows.push_back({std::string(label), {}, *value});
        }
        if (has(n, Change::lineup)) {
            if (!n.joined.empty())
                b.rows.push_back({std::string(w.people_joined), {}, names_of(after_, n.joined)});
            if (!n.left.empty())
                b.rows.push_back({std::string(w.people_left), {}, names_of(before_, n.left)});
        }
        // The travel time from the person's previous session that day, when this one is at
        // another venue than it was (or is new to them) and that session is elsewhere.
        const bool venue_changed =
            (has(n, Change::moved) && before.venue_index != after.venue_index) || whole;
        if (now && venue_changed && after.venue_index != no_index) {
            const Session& s = after_.sessions[static_cast<std::size_t>(n.after)];
            const Session* previous = nullptr;
            for (Index i : agenda) {
                const Session& o = after_.sessions[static_cast<std::size_t>(i)];
                if (i == n.after || !o.scheduled() || o.cancelled() || o.end() > *s.start) continue;
                if (after_.programme_day(o) != after_.programme_day(s)) continue;
                if (previous == nullptr || previous->end() < o.end()) previous = &o;
            }
            if (previous != nullptr) {
                const Index from = after_.rooms[static_cast<std::size_t>(previous->room)].venue;
                const Minutes m = after_.travel(from, after.venue_index);
                if (from != after.venue_index && m.count() > 0) {
                    const Venue& v = after_.venues[static_cast<std::size_t>(from)];
                    std::string venue_name = one_line(v.name.get(lang, after_.default_language()));
                    if (venue_name.empty()) venue_name = v.id;
                    b.notes.push_back(format_message(
                        w.travel, m.count(),
                        one_line(previous->title.get(lang, after_.default_language())),
                        venue_name));
                }
            }
        }
        blocks.push_back(std::move(b));
    }

    Composed out;
    if (notice.sessions.size() == 1) {
        const SessionNotice& n = notice.sessions.front();
        std::string title = blocks.front().heading.substr(0, blocks.front().heading.rfind(" — "));
        out.subject =
            format_message(w.subject_one, change_word(n.changes.front(), w), title, event_title);
    } else {
        out.subject = format_message(w.subject_many, notice.sessions.size(), event_title);
    }

    // The whole agenda as it is now: every session of theirs, private ones included (they take
    // part in them), cancelled ones marked.
    struct AgendaLine {
        std::string when, title, where, marks;
    };
    std::vector<AgendaLine> lines;
    for (Index i : agenda) {
        const Session& s = after_.sessions[static_cast<std::size_t>(i)];
        const Facts f = facts_of(after_, i, lang, w);
        std::vector<std::string> marks;
        if (s.cancelled()) marks.emplace_back(w.cancelled_mark);
        if (!s.is_public) marks.emplace_back(w.private_mark);
        lines.push_back({s.scheduled() ? f.date + " " + f.time : f.date, f.title,
                         s.scheduled() ? f.room + ", " + f.venue : std::string(),
                         join(marks, ", ")});
    }

    const std::string name = one_line(notice.name);
    const std::string contact = sender_.reply_to.empty() ? sender_.address : sender_.reply_to;
    const bool calendars =
        std::any_of(notice.sessions.begin(), notice.sessions.end(),
                    [](const SessionNotice& n) { return n.calendar != Calendar::none; });
    {
        std::ostringstream t;
        t << format_message(w.greeting, name) << "\n\n"
          << format_message(w.intro, event_title) << "\n\n";
        write_text(t, blocks, w);
        std::string_view colon = w.colon;  // a heading: no space at the end of its line
        while (colon.ends_with(' ')) colon.remove_suffix(1);
        t << w.agenda << colon << '\n';
        if (lines.empty()) t << "  " << w.agenda_empty << '\n';
        for (const auto& l : lines) {
            t << "  " << l.when << "  " << l.title;
            if (!l.where.empty()) t << " — " << l.where;
            if (!l.marks.empty()) t << " (" << l.marks << ")";
            t << '\n';
        }
        t << '\n';
        if (calendars) t << w.calendar_note << '\n';
        t << format_message(w.signature, contact) << '\n';
        out.text = t.str();
    }
    {
        std::ostringstream h;
        h << "<!DOCTYPE html>\n<html lang=\"" << html_text(lang)
          << "\"><head><meta charset=\"utf-8\"><title>" << html_text(out.subject)
          << "</title></head>\n<body>\n<p>" << html_text(format_message(w.greeting, name))
          << "</p>\n<p>" << html_text(format_message(w.intro, event_title)) << "</p>\n";
        write_html(h, blocks, w);
        h << "<h2>" << html_text(w.agenda) << "</h2>\n";
        if (lines.empty())
            h << "<p>" << html_text(w.agenda_empty) << "</p>\n";
        else {
            h << "<table>\n";
            for (const auto& l : lines) {
                h << "<tr><td>" << html_text(l.when) << "</td><td><b>" << html_text(l.title)
                  << "</b>";
                if (!l.marks.empty()) h << " (" << html_text(l.marks) << ")";
                h << "</td><td>" << html_text(l.where) << "</td></tr>\n";
            }
            h << "</table>\n";
        }
        if (calendars) h << "<p>" << html_text(w.calendar_note) << "</p>\n";
        h << "<p>" << html_text(format_message(w.signature, contact)) << "</p>\n</body></html>\n";
        out.html = h.str();
    }

    // One calendar object a session (one UID each: docs/notices.md), REQUESTs first.
    for (const Calendar method : {Calendar::request, Calendar::cancel})
        for (const SessionNotice& n : notice.sessions) {
            if (n.calendar != method) continue;
            const bool request = method == Calendar::request;
            const Event& ev = request ? after_ : (n.after != no_index ? after_ : before_);
            const Index s = request ? n.after : (n.after != no_index ? n.after : n.before);
            // A CANCEL for a session that is no longer scheduled names it as it was.
            const bool scheduled = ev.sessions[static_cast<std::size_t>(s)].scheduled();
            const Event& source = scheduled ? ev : before_;
            const Index at = scheduled ? s : n.before;
            ItipRequest req;
            req.method = request ? ItipMethod::request : ItipMethod::cancel;
            req.uninvite = !request && has(n, Change::left) && !has(n, Change::cancelled) &&
                           !has(n, Change::removed);
            req.sequence = n.sequence;
            req.lang = notice.lang;
            req.organizer = sender_.address;
            req.organizer_name = sender_.name.empty() ? event_title : sender_.name;
            req.attendee = notice.email;
            req.attendee_name = notice.name;
            req.now = now_;
            std::ostringstream ics;
            write_itip(source, at, req, ics);
            out.calendars.push_back({method, n.session, ics.str()});
        }
    return out;
}

}  // namespace summitry::notify
