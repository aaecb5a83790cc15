// SPDX-License-Identifier: MIT
#include "render/day_grid.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <tuple>

#include "render/document.h"
#include "render/words.h"
#include "views/agenda.h"
#include "views/html_words.h"

namespace summitry::render {

namespace {

// Muted colours that stay readable behind black text once tinted; for tracks without a colour.
constexpr std::array<Color, 10> palette{{{0.12, 0.33, 0.58},
                                         {0.75, 0.33, 0.13},
                                         {0.20, 0.50, 0.30},
                                         {0.55, 0.22, 0.50},
                                         {0.70, 0.55, 0.10},
                                         {0.10, 0.50, 0.55},
                                         {0.60, 0.18, 0.22},
                                         {0.35, 0.35, 0.60},
                                         {0.45, 0.45, 0.20},
                                         {0.40, 0.28, 0.20}}};
constexpr Color no_track{0.55, 0.56, 0.58};

constexpr double time_column = 34;
constexpr double meta_size = 6.3, title_size = 7.6, people_size = 6.3;

int minutes_after(Date day, LocalTime t) {
    return static_cast<int>(std::chrono::duration_cast<Minutes>(t - day_start(day)).count());
}

std::string clock_label(int minutes) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
    return buf;
}

// Lanes for the sessions of one room that overlap (a double booking still shows both).
void assign_lanes(std::vector<GridBox*>& room) {
    std::sort(room.begin(), room.end(), [](const GridBox* a, const GridBox* b) {
        return std::tie(a->from, a->to) < std::tie(b->from, b->to);
    });
    std::size_t cluster = 0;
    int cluster_end = 0;
    std::vector<int> lane_end;
    auto close = [&](std::size_t upto) {
        for (std::size_t k = cluster; k < upto; ++k)
            room[k]->lanes = static_cast<int>(lane_end.size());
    };
    for (std::size_t i = 0; i < room.size(); ++i) {
        GridBox* b = room[i];
        if (i > 0 && b->from >= cluster_end) {
            close(i);
            cluster = i;
            lane_end.clear();
        }
        std::size_t lane = 0;
        while (lane < lane_end.size() && lane_end[lane] > b->from) ++lane;
        if (lane == lane_end.size())
            lane_end.push_back(b->to);
        else
            lane_end[lane] = b->to;
        b->lane = static_cast<int>(lane);
        cluster_end = (i == cluster) ? b->to : std::max(cluster_end, b->to);
    }
    close(room.size());
}

}  // namespace

Color track_color(const Event& ev, Index track) {
    if (track < 0) return no_track;
    if (auto c = Color::parse(ev.tracks[static_cast<std::size_t>(track)].color)) return *c;
    return palette[static_cast<std::size_t>(track) % palette.size()];
}

std::pair<int, int> day_span(const Event& ev, Date day,
                             std::optional<std::pair<int, int>> sessions) {
    int from = 24 * 60, to = 0;
    const auto widen = [&](int a, int b) {
        from = std::min(from, a);
        to = std::max(to, b);
    };
    if (ev.info.hours)
        widen(static_cast<int>(ev.info.hours->first.count()),
              static_cast<int>(ev.info.hours->second.count()));
    // The windows open that programme day: from its change of day (a window of the night
    // before that closes at 02:00 belongs to the day before) to the next day's.
    const int day_change = static_cast<int>(ev.info.day_change.count());
    const int day_end = 24 * 60 + day_change;
    for (const Venue& v : ev.venues) {
        const date::time_zone& zone = v.zone ? *v.zone : ev.zone();
        for (const TimeRange& w : v.open) {
            const int a = minutes_after(day, to_local(zone, w.from));
            const int b = minutes_after(day, to_local(zone, w.to));
            if (b <= day_change || a >= day_end) continue;
            widen(std::max(a, 0), std::min(b, day_end));
        }
    }
    if (from >= to) {
        from = 8 * 60;
        to = 20 * 60;
    }
    if (sessions) widen(sessions->first, sessions->second);
    return {from / 60 * 60, std::min((to + 59) / 60 * 60, 48 * 60)};
}

DayGrid build_day_grid(const Event& ev, Date day, const std::string& lang, bool include_private) {
    AgendaQuery q;
    q.day = day;
    q.lang = lang;
    q.include_private = include_private;
    q.include_unscheduled = false;
    const Agenda agenda = build_agenda(ev, q);
    DayGrid g;
    g.day = day;
    g.lang = agenda.lang;
    if (agenda.days.empty()) return g;
    std::vector<int> column_of(ev.rooms.size(), -1);
    std::vector<bool> track_used(ev.tracks.size(), false);
    bool no_track_used = false;
    for (const AgendaEntry& e : agenda.days.front().entries) {
        const Session& s = ev.sessions[static_cast<std::size_t>(e.session)];
        column_of[static_cast<std::size_t>(s.room)] = 0;
        GridBox b;
        b.session = e.session;
        const date::time_zone& zone = ev.zone_of(s);
        b.from = minutes_after(day, to_local(zone, *s.start));
        b.to = std::max(b.from + 1, minutes_after(day, to_local(zone, s.end())));
        b.title = e.title;
        b.meta = e.start + "–" + e.end + " · " + std::string(kind_label(s.kind, g.lang));
        if (s.cancelled())
            b.meta += " · " + word("cancelled", g.lang);
        else if (s.status == SessionStatus::tentative)
            b.meta += " · " + word("tentative", g.lang);
        if (!s.is_public) b.meta += " · " + word("private", g.lang);
        for (const auto* list : {&e.speakers, &e.moderators})
            for (const AgendaPerson& p : *list) b.people += (b.people.empty() ? "" : ", ") + p.name;
        b.color = track_color(ev, s.track);
        b.is_private = !s.is_public;
        b.cancelled = s.cancelled();
        if (s.track >= 0)
            track_used[static_cast<std::size_t>(s.track)] = true;
        else
            no_track_used = true;
        g.boxes.push_back(std::move(b));
    }
    const std::string_view fallback = ev.default_language();
    Index venue = no_index;
    for (std::size_t r = 0; r < ev.rooms.size(); ++r) {
        if (column_of[r] < 0) continue;
        column_of[r] = static_cast<int>(g.rooms.size());
        const Room& room = ev.rooms[r];
        g.rooms.push_back(static_cast<Index>(r));
        const std::string_view name = room.name.get(g.lang, fallback);
        g.room_names.emplace_back(name.empty() ? std::string_view(room.id) : name);
        g.venue_names.emplace_back(
            ev.venues[static_cast<std::size_t>(room.venue)].name.get(g.lang, fallback));
        if (venue != no_index && venue != room.venue) g.several_venues = true;
        venue = room.venue;
    }
    std::vector<std::vector<GridBox*>> by_room(g.rooms.size());
    g.from = g.boxes.front().from;
    g.to = g.boxes.front().to;
    for (GridBox& b : g.boxes) {
        const Session& s = ev.sessions[static_cast<std::size_t>(b.session)];
        b.column = static_cast<std::size_t>(column_of[static_cast<std::size_t>(s.room)]);
        by_room[b.column].push_back(&b);
        g.from = std::min(g.from, b.from);
        g.to = std::max(g.to, b.to);
    }
    for (auto& room : by_room) assign_lanes(room);
    std::tie(g.from, g.to) = day_span(ev, day, std::pair{g.from, g.to});
    for (std::size_t t = 0; t < ev.tracks.size(); ++t)
        if (track_used[t])
            g.legend.emplace_back(ev.tracks[t].name.get(g.lang, fallback),
                                  track_color(ev, static_cast<Index>(t)));
    if (no_track_used) g.legend.emplace_back(word("other_track", g.lang), no_track);
    return g;
}

std::vector<GridView> split_day_grid(const DayGrid& g, Rect area, double min_column,
                                     double min_hour) {
    std::vector<GridView> out;
    if (g.empty()) return out;
    const std::size_t n = g.rooms.size();
    const auto per_page =
        static_cast<std::size_t>(std::max(1.0, std::floor((area.w - time_column) / min_column)));
    const std::size_t chunks = (n + per_page - 1) / per_page;
    // Rooms shared evenly: 23 rooms on 8-room pages give 8, 8, 7 rather than 8, 8, 7 by luck.
    const std::size_t base = n / chunks, extra = n % chunks;
    const double grid_height = area.h - 48;  // the headers and the legend take the rest
    const int hours = (g.to - g.from) / 60;
    const int per_band = std::max(1, static_cast<int>(std::floor(grid_height / min_hour)));
    const int bands = (hours + per_band - 1) / per_band;
    const int band_hours = (hours + bands - 1) / bands;
    std::size_t first = 0;
    for (std::size_t c = 0; c < chunks; ++c) {
        const std::size_t count = base + (c < extra ? 1 : 0);
        for (int b = 0; b < bands; ++b) {
            const int from = g.from + b * band_hours * 60;
            const int to = std::min(g.to, from + band_hours * 60);
            if (from >= to) break;
            // A band without any session of these rooms is not worth a page.
            const bool any = std::any_of(g.boxes.begin(), g.boxes.end(), [&](const GridBox& x) {
                return x.column >= first && x.column < first + count && x.from < to && x.to > from;
            });
            if (any) out.push_back({first, count, from, to});
        }
        first += count;
    }
    return out;
}

struct GridPicture::Impl {
    struct Box {
        Rect r;
        Color color;
        bool is_private = false, cancelled = false;
        double text_top = 2.5;  // from the box's top
        Block meta, title, people;
    };
    struct Label {
        Block text;
        double x, y;
    };
    Rect area, grid;
    double ppm = 1;
    GridView view;
    double column_width = 0;
    std::vector<Label> labels;  // room headers, hours, legend
    std::vector<Box> boxes;
    std::vector<std::pair<Rect, Color>> swatches;
    std::vector<int> hour_marks;
};

GridPicture::GridPicture(const Typesetter& ts, const DayGrid& g, const GridView& view, Rect area)
    : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    m.area = area;
    m.view = view;
    const std::size_t count = std::max<std::size_t>(1, view.room_count);
    m.column_width = (area.w - time_column) / static_cast<double>(count);

    // The legend, bottom up, wrapping like a line of words.
    double legend_h = 0;
    if (!g.legend.empty()) {
        const TextStyle style{7, false, false, grey};
        double x = area.x + time_column, line = 0, y = 0;
        std::vector<std::pair<Block, double>> row;  // block, x; y fixed later
        std::vector<std::tuple<Block, double, double>> placed;
        for (const auto& [name, color] : g.legend) {
            auto b = std::make_shared<TextBlock>(ts, name, style, area.w / 3, 1);
            const double w = 11 + b->ink_width() + 12;
            if (x + w > area.right() && x > area.x + time_column) {
                x = area.x + time_column;
                y += line + 3;
            }
            line = std::max(line, b->height());
            placed.emplace_back(b, x, y);
            x += w;
        }
        legend_h = y + line;
        const double top = area.bottom() - legend_h;
        for (const auto& [b, bx, by] : placed) {
            m.labels.push_back({b, bx + 11, top + by});
            m.swatches.push_back({Rect{bx, top + by + (b->line_height(0) - 7) / 2, 7, 7}, {}});
        }
        std::size_t i = 0;
        for (const auto& [name, color] : g.legend) m.swatches[i++].second = color;
        legend_h += 8;
    }

    // The rooms' headers.
    double header_h = 0;
    std::vector<std::pair<Block, Block>> headers;
    for (std::size_t c = view.first_room; c < view.first_room + view.room_count; ++c) {
        auto name = std::make_shared<TextBlock>(ts, g.room_names[c],
                                                TextStyle{7.6, true, false, black, Align::center},
                                                m.column_width - 6, 2);
        Block venue;
        if (g.several_venues)
            venue = std::make_shared<TextBlock>(ts, g.venue_names[c],
                                                TextStyle{6.2, false, false, grey, Align::center},
                                                m.column_width - 6, 1);
        header_h = std::max(header_h, name->height() + (venue ? venue->height() + 1 : 0));
        headers.emplace_back(name, venue);
    }
    header_h += 8;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        const double x = area.x + time_column + static_cast<double>(i) * m.column_width + 3;
        const auto& [name, venue] = headers[i];
        const double top =
            area.y + header_h - 5 - name->height() - (venue ? venue->height() + 1 : 0);
        m.labels.push_back({name, x, top});
        if (venue) m.labels.push_back({venue, x, top + name->height() + 1});
    }

    m.grid = Rect{area.x + time_column, area.y + header_h, area.w - time_column,
                  area.h - header_h - legend_h};
    m.ppm = m.grid.h / std::max(1, view.to - view.from);

    // Hours down the time column; the first sits below the header line.
    for (int t = (view.from + 59) / 60 * 60; t <= view.to; t += 60) {
        m.hour_marks.push_back(t);
        if (t == view.to) break;
        auto b = std::make_shared<TextBlock>(
            ts, clock_label(t), TextStyle{6.8, false, false, grey, Align::right}, time_column - 6);
        m.labels.push_back({b, area.x, m.grid.y + (t - view.from) * m.ppm + 1.5});
    }

    for (const GridBox& gb : g.boxes) {
        if (gb.column < view.first_room || gb.column >= view.first_room + view.room_count) continue;
        if (gb.to <= view.from || gb.from >= view.to) continue;
        Impl::Box b;
        const double lane_w = m.column_width / gb.lanes;
        const int from = std::max(gb.from, view.from), to = std::min(gb.to, view.to);
        b.r = Rect{m.grid.x + static_cast<double>(gb.column - view.first_room) * m.column_width +
                       gb.lane * lane_w + 1.5,
                   m.grid.y + (from - view.from) * m.ppm + 0.75, lane_w - 3,
                   (to - from) * m.ppm - 1.5};
        b.color = gb.color;
        b.is_private = gb.is_private;
        b.cancelled = gb.cancelled;
        // Text inside the box: 3 pt of the left taken by the track's bar, then padding.
        const double pad = 2.5, text_w = b.r.w - 3 - 2 * pad;
        double room = b.r.h - 2 * pad;
        if (text_w > 8 && room > 0) {
            b.meta = std::make_shared<TextBlock>(
                ts, gb.meta, TextStyle{meta_size, false, false, grey}, text_w, 1);
            b.title = std::make_shared<TextBlock>(
                ts, gb.title, TextStyle{title_size, true, false, black}, text_w);
            if (!gb.people.empty())
                b.people = std::make_shared<TextBlock>(
                    ts, gb.people, TextStyle{people_size, false, true, black}, text_w);
            // The title matters most: the time and kind only when a line of title fits below,
            // the speakers with what is left.
            if (b.meta->height() + 0.5 + b.title->line_height(0) > room)
                b.meta.reset();
            else
                room -= b.meta->height() + 0.5;
            if (b.title->fit_height(room) == 0)
                b.title.reset();
            else
                room -= b.title->height() + 1;
            // Speakers under their session's title, never in its place.
            if (b.people && (!b.title || b.people->fit_height(room) == 0)) b.people.reset();
            if (!b.title) {
                // A short session still says what it is: its title on one smaller line.
                auto compact = std::make_shared<TextBlock>(
                    ts, gb.title, TextStyle{meta_size, true, false, black}, text_w, 1);
                if (compact->height() <= b.r.h - 1) {
                    b.meta.reset();
                    b.title = compact;
                    b.text_top = (b.r.h - compact->height()) / 2;
                }
            }
        }
        m.boxes.push_back(std::move(b));
    }
}

GridPicture::~GridPicture() = default;

void GridPicture::draw(cairo_t* cr) const {
    const Impl& m = *impl_;
    cairo_set_line_width(cr, 0.5);
    // Column separators, header rule and hour lines.
    set_color(cr, light_grey);
    for (std::size_t i = 0; i <= m.view.room_count; ++i) {
        const double x = m.grid.x + static_cast<double>(i) * m.column_width;
        cairo_move_to(cr, x, m.area.y);
        cairo_line_to(cr, x, m.grid.bottom());
    }
    cairo_stroke(cr);
    for (int t : m.hour_marks) {
        const double y = m.grid.y + (t - m.view.from) * m.ppm;
        cairo_move_to(cr, m.area.x, y);
        cairo_line_to(cr, m.grid.right(), y);
    }
    cairo_stroke(cr);
    // Half hours, fainter and dashed.
    const double dash[] = {1.5, 2};
    cairo_set_dash(cr, dash, 2, 0);
    set_color(cr, light_grey.mix(white, 0.4));
    for (int t : m.hour_marks) {
        const int half = t + 30;
        if (half >= m.view.to) continue;
        const double y = m.grid.y + (half - m.view.from) * m.ppm;
        cairo_move_to(cr, m.grid.x, y);
        cairo_line_to(cr, m.grid.right(), y);
    }
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
    set_color(cr, grey);
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, m.area.x, m.grid.y);
    cairo_line_to(cr, m.grid.right(), m.grid.y);
    cairo_stroke(cr);

    for (const Impl::Box& b : m.boxes) {
        const Color fill = b.cancelled ? white.mix(light_grey, 0.5) : b.color.mix(white, 0.82);
        cairo_rectangle(cr, b.r.x, b.r.y, b.r.w, b.r.h);
        set_color(cr, fill);
        cairo_fill_preserve(cr);
        set_color(cr, b.color.mix(white, 0.35));
        cairo_set_line_width(cr, 0.5);
        if (b.is_private) {
            const double d[] = {2, 1.5};
            cairo_set_dash(cr, d, 2, 0);
        }
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        cairo_rectangle(cr, b.r.x, b.r.y, 3, b.r.h);
        set_color(cr, b.cancelled ? grey : b.color);
        cairo_fill(cr);
        double y = b.r.y + b.text_top;
        const double x = b.r.x + 3 + 2.5;
        if (b.meta) {
            b.meta->draw(cr, x, y);
            y += b.meta->height() + 0.5;
        }
        if (b.title) {
            b.title->draw(cr, x, y);
            y += b.title->height() + 1;
        }
        if (b.people) b.people->draw(cr, x, y);
    }
    for (const auto& [r, c] : m.swatches) {
        cairo_rectangle(cr, r.x, r.y, r.w, r.h);
        set_color(cr, c);
        cairo_fill(cr);
    }
    for (const Impl::Label& l : m.labels) l.text->draw(cr, l.x, l.y);
}

}  // namespace summitry::render
