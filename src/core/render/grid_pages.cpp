// SPDX-License-Identifier: MIT
// The day grid as pages of the programme, and as a picture of its own (PNG, SVG, PDF).
#include <cairo-svg.h>
#include <cairo.h>

#include <cmath>
#include <set>
#include <stdexcept>

#include "render/day_grid.h"
#include "render/programme_parts.h"
#include "render/programme_pdf.h"
#include "render/words.h"
#include "views/agenda.h"

namespace summitry {

namespace render {

namespace {

std::set<Date> programme_days(const Event& ev, bool include_private) {
    std::set<Date> days;
    for (const Session& s : ev.sessions)
        if (s.scheduled() && (s.is_public || include_private)) days.insert(ev.programme_day(s));
    return days;
}

// "Monday 10 February 2025 · rooms 9–16 of 23 · 18:00–02:00": what part of the day a page shows.
std::string view_label(const DayGrid& g, const GridView& v, const std::vector<GridView>& all) {
    std::string s = long_date(g.day, g.lang);
    if (v.room_count < g.rooms.size())
        s += " · " + word("rooms_of", g.lang) + " " + std::to_string(v.first_room + 1) + "–" +
             std::to_string(v.first_room + v.room_count) + " " + word("of", g.lang) + " " +
             std::to_string(g.rooms.size());
    const bool bands = std::any_of(all.begin(), all.end(), [&](const GridView& o) {
        return o.from != g.from || o.to != g.to;
    });
    if (bands) {
        char buf[32];
        std::snprintf(buf, sizeof buf, " · %02d:00–%02d:00", (v.from / 60) % 24, (v.to / 60) % 24);
        s += buf;
    }
    return s;
}

void add_day_pages(Composer& c, const DayGrid& g, const PageFrame& frame) {
    const Rect area = frame.body();
    const auto views = split_day_grid(g, area);
    for (const GridView& v : views) {
        auto picture = std::make_shared<GridPicture>(c.ts(), g, v, area);
        c.fixed_page(frame, view_label(g, v, views)).add([picture](cairo_t* cr) {
            picture->draw(cr);
        });
    }
}

}  // namespace

void add_grids(Composer& c, const ProgrammeContext& pc) {
    for (Date day : programme_days(pc.event, pc.staff)) {
        const DayGrid g = build_day_grid(pc.event, day, pc.lang, pc.staff);
        if (!g.empty()) add_day_pages(c, g, pc.wide);
    }
}

}  // namespace render

namespace {

cairo_status_t write_to_stream(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::ostream*>(closure);
    out->write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(length));
    return out->good() ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

void check(cairo_status_t status, const char* what) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string(what) + ": " + cairo_status_to_string(status));
}

}  // namespace

void render_day_grid(const Event& ev, Date day, const GridRequest& request, std::ostream& out,
                     ImageFormat format) {
    using namespace render;
    const std::string lang = request.lang.empty() ? ev.default_language() : request.lang;
    const DayGrid g = build_day_grid(ev, day, lang, request.include_private);
    if (g.empty())
        throw std::invalid_argument("no session on " + format_date(day) +
                                    (request.include_private ? "" : " in the public programme"));
    Typesetter ts;
    const std::string title(ev.info.title.get(lang, ev.default_language()));
    if (format == ImageFormat::pdf) {
        Document doc;
        doc.title = title + " — " + long_date(day, lang);
        Composer c(doc, ts, lang);
        add_day_pages(c, g, landscape(paper_size(request.paper)));
        c.finish(title, "");
        write_pdf(doc, out);
        return;
    }
    // One picture of every room: 120 points a room and 80 an hour read well on a screen.
    constexpr double margin = 24, column = 120, hour = 80;
    auto heading = std::make_shared<TextBlock>(
        ts, Rich{{title, true}, {"   " + long_date(day, lang), false, false, grey}},
        TextStyle{12, false, false, black}, 10000, 1);
    const double width = std::max(2 * margin + 34 + column * static_cast<double>(g.rooms.size()),
                                  2 * margin + heading->ink_width());
    const Rect area{margin, margin + heading->height() + 12, width - 2 * margin,
                    (g.to - g.from) / 60.0 * hour + 70};
    const double height = area.bottom() + margin;
    const GridPicture picture(ts, g, GridView{0, g.rooms.size(), g.from, g.to}, area);
    auto draw = [&](cairo_t* cr) {
        set_color(cr, white);
        cairo_paint(cr);
        heading->draw(cr, margin, margin);
        picture.draw(cr);
    };
    if (format == ImageFormat::svg) {
        cairo_surface_t* surface =
            cairo_svg_surface_create_for_stream(write_to_stream, &out, width, height);
        cairo_t* cr = cairo_create(surface);
        draw(cr);
        cairo_destroy(cr);
        cairo_surface_finish(surface);
        const cairo_status_t status = cairo_surface_status(surface);
        cairo_surface_destroy(surface);
        check(status, "SVG");
        return;
    }
    const double scale = request.scale > 0 ? request.scale : 1.5;
    cairo_surface_t* surface =
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(std::ceil(width * scale)),
                                   static_cast<int>(std::ceil(height * scale)));
    check(cairo_surface_status(surface), "PNG");
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    draw(cr);
    cairo_destroy(cr);
    const cairo_status_t status = cairo_surface_write_to_png_stream(surface, write_to_stream, &out);
    cairo_surface_destroy(surface);
    check(status, "PNG");
}

}  // namespace summitry
