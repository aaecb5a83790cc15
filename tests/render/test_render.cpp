// SPDX-License-Identifier: MIT
// The printed pages' layout layer: paragraphs wrap inside their width and are cut (with an
// ellipsis) to their height; page breaking keeps headings with their first entry; the day grid
// splits wide days into readable views; a day grid drawn from a seed event matches its golden
// PNG within a tolerance (fonts antialias differently from one machine to another).
#include <cairo.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "io/event_loader.h"
#include "render/day_grid.h"
#include "render/flow.h"
#include "render/programme_pdf.h"
#include "render/text.h"

using namespace summitry;
using namespace summitry::render;

namespace {

constexpr double epsilon = 0.01;

const std::string long_title =
    "Roundtable: artificial intelligence for sustainable development, energy efficiency and "
    "the resilience of European supply chains — Rundtischgespräch über Datenschutzgrundverordnung";

// Every line of a paragraph within its width, and its lines stacked inside its height.
void require_inside(const TextBlock& b) {
    REQUIRE(b.ink_width() <= b.width() + epsilon);
    for (int i = 0; i < b.line_count(); ++i)
        REQUIRE(b.line_top(i) + b.line_height(i) <= b.height() + epsilon);
}

}  // namespace

TEST_CASE("a long title wraps onto several lines, each inside its width", "[text]") {
    const Typesetter ts;
    const TextBlock one_line(ts, long_title, TextStyle{10}, 10000);
    const TextBlock wrapped(ts, long_title, TextStyle{10}, 150);
    CHECK(one_line.line_count() == 1);
    CHECK(wrapped.line_count() > 3);
    CHECK(wrapped.height() > 3 * one_line.height());
    require_inside(wrapped);
}

TEST_CASE("a word longer than its box breaks instead of running out", "[text]") {
    const Typesetter ts;
    const TextBlock b(ts, "https://example.org/" + std::string(80, 'x'), TextStyle{9}, 60);
    CHECK(b.line_count() > 2);
    require_inside(b);
}

TEST_CASE("a paragraph cut to a height ends with an ellipsis and stays inside", "[text]") {
    const Typesetter ts;
    TextBlock b(ts, long_title, TextStyle{10}, 120);
    const double full = b.height();
    const double one = b.line_height(0);
    const double kept = b.fit_height(2.5 * one);
    CHECK(kept <= 2.5 * one);
    CHECK(b.line_count() == 2);
    CHECK(b.ellipsized());
    CHECK(kept < full);
    require_inside(b);
    SECTION("not even a line fits: nothing is drawn") {
        CHECK(b.fit_height(one / 2) == 0);
        CHECK(b.height() == 0);
    }
}

TEST_CASE("max_lines ellipsizes; a short text is left alone", "[text]") {
    const Typesetter ts;
    const TextBlock cut(ts, long_title, TextStyle{10}, 120, 2);
    CHECK(cut.line_count() == 2);
    CHECK(cut.ellipsized());
    const TextBlock whole(ts, "Coffee break", TextStyle{10}, 120, 2);
    CHECK(whole.line_count() == 1);
    CHECK_FALSE(whole.ellipsized());
}

TEST_CASE("every script of Europe is shaped with real glyphs", "[text]") {
    // Pango marks a character no font has with PANGO_GLYPH_UNKNOWN_FLAG; a missing font shows
    // as an unknown-glyph count. We check the text measures like text, line by line.
    const Typesetter ts;
    for (const char* s : {"Zażółć gęślą jaźń", "Ελληνικά γράμματα", "Съвет на Европа",
                          "Þórshöfn Øresund Ærø", "Şanlıurfa ğ İ", "Đurđevac ŁĄĘ"}) {
        const TextBlock b(ts, s, TextStyle{10}, 400);
        CHECK(b.line_count() == 1);
        CHECK(b.ink_width() > 40);
    }
}

TEST_CASE("page breaking fills frames and keeps every item inside", "[flow]") {
    std::vector<FlowItem> items(10, FlowItem{30, 5, false});
    const auto placed = paginate(items, 100);
    // 30, +35, = 65; +35 = 100 fits exactly; the fourth goes over.
    CHECK(placed[0].frame == 0);
    CHECK(placed[2].frame == 0);
    CHECK(placed[2].y == Approx(70));
    CHECK(placed[3].frame == 1);
    CHECK(placed[3].y == 0);  // space before is dropped at the top of a frame
    for (std::size_t i = 0; i < items.size(); ++i)
        CHECK(placed[i].y + items[i].height <= 100 + epsilon);
}

TEST_CASE("a heading is never the last thing on a page", "[flow]") {
    // Two entries fill most of the page; the heading would fit at the bottom, its entry not.
    std::vector<FlowItem> items{{40, 0, false}, {40, 0, false}, {12, 4, true}, {20, 2, false}};
    const auto placed = paginate(items, 100);
    CHECK(placed[1].frame == 0);
    CHECK(placed[2].frame == 1);
    CHECK(placed[2].y == 0);
    CHECK(placed[3].frame == 1);
    CHECK(placed[3].y == Approx(14));
}

TEST_CASE("a glued group moves whole; one taller than a page breaks where it must", "[flow]") {
    SECTION("a short entry is never split") {
        std::vector<FlowItem> items{{75, 0, false}, {10, 0, true}, {10, 0, true}, {10, 0, false}};
        const auto placed = paginate(items, 100);
        CHECK(placed[0].frame == 0);
        for (int i = 1; i < 4; ++i) CHECK(placed[static_cast<std::size_t>(i)].frame == 1);
    }
    SECTION("an entry longer than a page fills pages") {
        std::vector<FlowItem> items(25, FlowItem{10, 0, true});
        items.back().keep_with_next = false;
        const auto placed = paginate(items, 100);
        CHECK(placed[9].frame == 0);
        CHECK(placed[10].frame == 1);
        CHECK(placed[24].frame == 2);
    }
}

TEST_CASE("random flows: inside the frame, in order, headings with their entries", "[flow]") {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> height(2, 40);
    for (int round = 0; round < 200; ++round) {
        std::vector<FlowItem> items;
        for (int e = 0; e < 30; ++e) {
            if (rng() % 4 == 0) items.push_back({14, 10, true});  // a heading
            const int lines = 1 + static_cast<int>(rng() % 6);
            for (int l = 0; l < lines; ++l)
                items.push_back({height(rng), l == 0 ? 6.0 : 0.0, l + 1 < lines});
        }
        const auto placed = paginate(items, 200);
        for (std::size_t i = 0; i < items.size(); ++i) {
            REQUIRE(placed[i].y + items[i].height <= 200 + epsilon);
            if (i > 0) {
                REQUIRE(placed[i].frame >= placed[i - 1].frame);
                if (placed[i].frame == placed[i - 1].frame) REQUIRE(placed[i].y >= placed[i - 1].y);
            }
            // A heading (14 high, glued) always shares its frame with the next item.
            if (items[i].height == 14 && items[i].keep_with_next && i + 1 < items.size())
                REQUIRE(placed[i + 1].frame == placed[i].frame);
        }
    }
}

namespace {

LoadResult load_seed(const char* name) {
    return load_event(std::string(SUMMITRY_SOURCE_DIR) + "/schedules/" + name);
}

// An event with `rooms` rooms in one venue, each with a talk every hour from 09:00 to 17:00,
// and two overlapping sessions in the first room at 18:00.
LoadResult wide_event(int rooms) {
    std::ostringstream y;
    y << "summitry: 1\nevent: {id: wide, title: Wide, timezone: Europe/Paris, "
         "start_date: 2025-03-03, end_date: 2025-03-03}\n"
         "venues:\n  - id: hall\n    name: Hall\n    rooms:\n";
    for (int r = 0; r < rooms; ++r) y << "      - {id: r" << r << ", name: Room " << r << "}\n";
    y << "sessions:\n";
    for (int r = 0; r < rooms; ++r)
        for (int h = 9; h < 17; ++h)
            y << "  - {id: s" << r << "-" << h << ", title: Talk " << r << "-" << h << ", room: r"
              << r << ", start: 2025-03-03 " << (h < 10 ? "0" : "") << h
              << ":00, duration: 45min}\n";
    y << "  - {id: clash-a, title: Clash A, room: r0, start: 2025-03-03 18:00, duration: 1h}\n"
         "  - {id: clash-b, title: Clash B, room: r0, start: 2025-03-03 18:30, duration: 1h}\n";
    return load_event_text(y.str(), "wide.yaml");
}

}  // namespace

TEST_CASE("the day grid of a seed event: public sessions only, rooms in use", "[grid]") {
    const LoadResult r = load_seed("ai-for-growth-2025.yaml");
    REQUIRE_FALSE(r.diagnostics.has_errors());
    const Date day = *parse_date("2025-02-10");
    const DayGrid g = build_day_grid(r.event, day, "", false);
    const DayGrid staff = build_day_grid(r.event, day, "", true);
    CHECK(g.boxes.size() + 1 == staff.boxes.size());  // the closed-door meeting
    for (const GridBox& b : g.boxes) CHECK_FALSE(b.is_private);
    CHECK(g.from == 13 * 60);
    CHECK(g.to == 22 * 60);
    CHECK(g.rooms.size() == 6);  // not the library: it holds only the private meeting
    for (Index room : g.rooms) CHECK(r.event.rooms[static_cast<std::size_t>(room)].id != "library");
    CHECK(g.several_venues);
}

TEST_CASE("overlapping sessions of one room sit side by side", "[grid]") {
    const LoadResult r = wide_event(3);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    const DayGrid g = build_day_grid(r.event, *parse_date("2025-03-03"), "", false);
    int clashes = 0;
    for (const GridBox& b : g.boxes) {
        if (b.title.rfind("Clash", 0) != 0) {
            CHECK(b.lanes == 1);
            continue;
        }
        ++clashes;
        CHECK(b.lanes == 2);
        CHECK(b.lane == (b.title == "Clash A" ? 0 : 1));
    }
    CHECK(clashes == 2);
}

TEST_CASE("thirty rooms split across pages, each room once per band", "[grid]") {
    const LoadResult r = wide_event(31);
    const DayGrid g = build_day_grid(r.event, *parse_date("2025-03-03"), "", false);
    const Rect area{40, 54, 842 - 80, 595 - 100};  // A4 landscape body
    const auto views = split_day_grid(g, area);
    REQUIRE(views.size() > 1);
    std::multiset<std::size_t> shown;
    for (const GridView& v : views) {
        CHECK((area.w - 34) / static_cast<double>(v.room_count) >= 92);
        CHECK((v.to - v.from) / 60.0 * 40 <= area.h - 48 + epsilon);
        for (std::size_t c = v.first_room; c < v.first_room + v.room_count; ++c) shown.insert(c);
    }
    std::set<std::pair<int, int>> bands;
    for (const GridView& v : views) bands.insert({v.from, v.to});
    for (std::size_t c = 0; c < g.rooms.size(); ++c) CHECK(shown.count(c) == bands.size());
}

namespace {

cairo_status_t read_from(void* closure, unsigned char* data, unsigned int length) {
    auto* in = static_cast<std::istream*>(closure);
    in->read(reinterpret_cast<char*>(data), length);
    return in->gcount() == static_cast<std::streamsize>(length) ? CAIRO_STATUS_SUCCESS
                                                                : CAIRO_STATUS_READ_ERROR;
}

cairo_surface_t* decode_png(std::istream& in) {
    return cairo_image_surface_create_from_png_stream(read_from, &in);
}

}  // namespace

TEST_CASE("the Paris day grid matches its golden PNG", "[grid][golden]") {
    const std::string golden =
        std::string(SUMMITRY_TEST_DATA) + "/golden/grid-paris-2025-02-10.png";
    const LoadResult r = load_seed("ai-for-growth-2025.yaml");
    GridRequest req;
    req.scale = 1.0;
    std::stringstream png;
    render_day_grid(r.event, *parse_date("2025-02-10"), req, png, ImageFormat::png);
    if (std::getenv("SUMMITRY_UPDATE_GOLDEN")) {
        std::ofstream(golden, std::ios::binary) << png.str();
        WARN("rewrote " << golden << ": look at it before committing");
    }
    std::ifstream file(golden, std::ios::binary);
    REQUIRE(file.good());
    cairo_surface_t* want = decode_png(file);
    cairo_surface_t* got = decode_png(png);
    REQUIRE(cairo_surface_status(want) == CAIRO_STATUS_SUCCESS);
    REQUIRE(cairo_surface_status(got) == CAIRO_STATUS_SUCCESS);
    const int w = cairo_image_surface_get_width(want), h = cairo_image_surface_get_height(want);
    REQUIRE(cairo_image_surface_get_width(got) == w);
    REQUIRE(cairo_image_surface_get_height(got) == h);
    // A pixel differs when a channel moves by more than a quarter; antialiasing moves edges by
    // less, a moved box or a missing word by far more than 0.5 % of the picture.
    const unsigned char* a = cairo_image_surface_get_data(want);
    const unsigned char* b = cairo_image_surface_get_data(got);
    const int stride = cairo_image_surface_get_stride(want);
    long differing = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const unsigned char* pa = a + y * stride + 4 * x;
            const unsigned char* pb = b + y * stride + 4 * x;
            for (int ch = 0; ch < 4; ++ch)
                if (std::abs(pa[ch] - pb[ch]) > 64) {
                    ++differing;
                    break;
                }
        }
    CHECK(differing <= static_cast<long>(w) * h / 200);
    cairo_surface_destroy(want);
    cairo_surface_destroy(got);
}

TEST_CASE("the programme's pages are all of the chosen paper", "[programme]") {
    const LoadResult r = load_seed("digital-sovereignty-summit-berlin-2025.yaml");
    for (Paper paper : {Paper::a4, Paper::letter}) {
        ProgrammeRequest req;
        req.paper = paper;
        const Document doc = build_programme(r.event, req);
        const PageSize size = paper_size(paper);
        REQUIRE(doc.page_count() > 4);
        for (int i = 0; i < doc.page_count(); ++i) {
            const PageSize p = doc.page(i).size;
            const bool portrait = p.w == Approx(size.w) && p.h == Approx(size.h);
            const bool landscape = p.w == Approx(size.h) && p.h == Approx(size.w);
            CHECK((portrait || landscape));
        }
        CHECK_FALSE(doc.page(0).size.landscape());
    }
}

TEST_CASE("writing a PDF reports each page, and stops when told", "[programme]") {
    const LoadResult r = load_seed("digital-sovereignty-summit-berlin-2025.yaml");
    const Document doc = build_programme(r.event, ProgrammeRequest{});
    REQUIRE(doc.page_count() > 4);
    std::vector<int> seen;
    std::ostringstream whole;
    CHECK(write_pdf(doc, whole, [&](int done, int pages) {
        CHECK(pages == doc.page_count());
        seen.push_back(done);
        return true;
    }));
    REQUIRE(seen.size() == static_cast<std::size_t>(doc.page_count()));
    for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == static_cast<int>(i) + 1);

    std::ostringstream cut;
    int calls = 0;
    CHECK_FALSE(write_pdf(doc, cut, [&](int done, int) {
        ++calls;
        return done < 2;
    }));
    CHECK(calls == 2);  // no page after the one that said stop
    CHECK(cut.str().size() < whole.str().size());
}

namespace {

LoadResult spanned(const std::string& event_extra, const std::string& venue_extra,
                   const std::string& sessions) {
    const std::string text =
        "summitry: 1\nevent:\n  id: s\n  title: S\n  timezone: Europe/Paris\n"
        "  start_date: 2025-03-29\n  end_date: 2025-10-27\n" +
        event_extra + "venues:\n  - id: hall\n    name: Hall\n" + venue_extra +
        "    rooms: [{id: r, name: R}]\nsessions:\n" + sessions;
    LoadResult r = load_event_text(text, "span.yaml");
    for (const auto& d : r.diagnostics.items()) UNSCOPED_INFO(d.message);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return r;
}

std::pair<int, int> hours(int a, int b) {
    return {a * 60, b * 60};
}

}  // namespace

TEST_CASE("the grid's day spans hours, opening windows and sessions, else 08:00-20:00", "[grid]") {
    // Issue 15, defect 7: a new event's grid ended at its last session.
    const Date day = *parse_date("2025-06-02");
    const std::string talk =
        "  - {id: t, title: T, room: r, start: 2025-06-02 10:00, duration: 50min}\n";
    CHECK(day_span(spanned("", "", "").event, day) == hours(8, 20));
    const LoadResult one = spanned("", "", talk);
    CHECK(day_span(one.event, day) == hours(8, 20));
    const DayGrid g = build_day_grid(one.event, day, "", false);
    CHECK(std::pair{g.from, g.to} == hours(8, 20));
    // `hours` replace the default; sessions outside them widen it, to whole hours.
    const LoadResult h = spanned("  hours: {from: \"09:30\", to: \"17:00\"}\n", "",
                                 talk +
                                     "  - {id: late, title: L, room: r, start: 2025-06-02 "
                                     "23:10, duration: 1h30}\n");
    const DayGrid hg = build_day_grid(h.event, day, "", false);
    CHECK(std::pair{hg.from, hg.to} == std::pair{9 * 60, 25 * 60});
    CHECK(day_span(h.event, day) == std::pair{9 * 60, 17 * 60});
    // Opening windows that day, the widest of all; those of other days do not count.
    const std::string windows =
        "    open:\n      - {from: 2025-06-02 07:15, to: 2025-06-02 12:00}\n"
        "      - {from: 2025-06-02 14:00, to: 2025-06-02 22:30}\n"
        "      - {from: 2025-06-03 05:00, to: 2025-06-03 23:00}\n";
    const LoadResult w = spanned("  hours: {from: \"09:00\", to: \"18:00\"}\n", windows, talk);
    CHECK(day_span(w.event, day) == hours(7, 23));
    CHECK(day_span(w.event, *parse_date("2025-06-03")) == hours(5, 23));
    CHECK(day_span(w.event, *parse_date("2025-06-05")) == hours(9, 18));
    // A window past midnight counts up to the next day's change of programme day (04:00).
    const LoadResult night =
        spanned("", "    open: [{from: 2025-06-02 18:00, to: 2025-06-03 06:00}]\n", "");
    CHECK(day_span(night.event, day) == hours(18, 28));
    CHECK(day_span(night.event, *parse_date("2025-06-03")) == hours(0, 6));  // still open at 06:00
    const LoadResult evening =
        spanned("", "    open: [{from: 2025-06-02 18:00, to: 2025-06-03 02:00}]\n", "");
    CHECK(day_span(evening.event, *parse_date("2025-06-03")) == hours(8, 20));  // the day before's
}

TEST_CASE("the grid's day reads clocks on days the clocks change", "[grid][time]") {
    // 30 March 2025: Paris skips 02:00-03:00; 26 October: 02:00-03:00 comes twice. The span is
    // in wall-clock minutes, so a window 01:00-04:00 is three hours of the grid both days.
    const std::string windows =
        "    open:\n      - {from: 2025-03-30 01:00, to: 2025-03-30 04:00}\n"
        "      - {from: 2025-10-26 01:00, to: 2025-10-26 04:00}\n";
    // With the programme day changing at midnight, so that the night's windows are that day's.
    const LoadResult r = spanned("  day_change: \"00:00\"\n", windows,
                                 "  - {id: t, title: T, room: r, start: 2025-03-30 05:00, "
                                 "duration: 2h}\n");
    CHECK(day_span(r.event, *parse_date("2025-03-30")) == hours(1, 4));
    CHECK(day_span(r.event, *parse_date("2025-10-26")) == hours(1, 4));
    const DayGrid g = build_day_grid(r.event, *parse_date("2025-03-30"), "", false);
    CHECK(std::pair{g.from, g.to} == hours(1, 7));
    REQUIRE(g.boxes.size() == 1);
    CHECK(g.boxes[0].from == 5 * 60);
    CHECK(g.boxes[0].to == 7 * 60);
}
