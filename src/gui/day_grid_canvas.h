// SPDX-License-Identifier: MIT
#pragma once
// The day grid on screen: rooms as columns, time as rows, sessions as boxes in their track's
// colour with time, kind, title and speakers. The room headers stay at the top and the time
// column at the left while the grid scrolls; only the boxes in view are drawn, so 100 rooms
// scroll as smoothly as 3. Dragging a box moves a session (to 5 minutes); dragging its bottom
// edge changes its length; both go through commands.h like every other edit.

#include <wx/bitmap.h>
#include <wx/font.h>
#include <wx/scrolwin.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "grid_layout.h"

class wxDC;

namespace summitry::gui {

class Planner;

class DayGridCanvas : public wxScrolledCanvas {
public:
    DayGridCanvas(wxWindow* parent, Planner& planner);

    // Where refusals and hints go (the status bar).
    void on_report(std::function<void(const std::string&)> report) { report_ = std::move(report); }

    void set_zoom(double zoom);
    double zoom() const { return geometry_.zoom(); }
    void zoom_in() { set_zoom(zoom() * 1.25); }
    void zoom_out() { set_zoom(zoom() / 1.25); }

    const PlannerGrid& grid() const { return grid_; }
    const GridGeometry& geometry() const { return geometry_; }
    // The titles of the boxes the last paint drew: what is on screen, for the tests.
    const std::vector<std::string>& drawn_titles() const { return drawn_titles_; }
    // A session's box in client coordinates (scrolled), or an empty rect when not on this day.
    wxRect client_rect_of(const std::string& session_id) const;
    // Scrolls so that a session's box is in view.
    void show_session(const std::string& session_id);
    // Draws the part of the grid whose top-left content pixel is `origin` into `dc`, `size`
    // big: the paint handler, and pictures of the grid.
    // The grid without the box being dragged.
    void draw(wxDC& dc, wxPoint origin, wxSize size);
    // What a paint does: the grid from a bitmap kept between paints (drawn again when the grid,
    // the selection or the view changed), and the dragged box over it.
    void paint(wxDC& dc, wxPoint origin, wxSize size);
    // The grid changed: the next paint draws it anew.
    void invalidate();
    // A session dropped at `client` (from the tray): placed at the snapped minute and the room of
    // the column there. Returns the error, "" when done. The drop target calls it.
    std::string drop_session(const std::string& session_id, wxPoint client);
    // Where a drop at `client` would go, "18:20–18:50 · Salons", or "" when outside the grid.
    std::string drop_hint(const std::string& session_id, wxPoint client) const;
    // The box a drag from the tray would make at `client`: the session's length (30 minutes when
    // it has none) in the column there, drawn dashed until the drop or the drag leaves. False
    // outside the grid (nothing drawn).
    bool preview_drop(const std::string& session_id, wxPoint client);
    void clear_drop_preview();
    // Minutes and column of the preview (from == to: none), for the tests.
    struct DropPreview {
        int from = 0, to = 0;
        int column = 0;
    };
    const DropPreview& drop_preview() const { return preview_; }
    // The tooltip: the whole text of the box under the pointer (tests).
    wxString tooltip_text() const { return GetToolTipText(); }
    // The sessions changed since the latest release, each with its tooltip line ("moved since
    // v1: 19:00 → 19:30"): marked on their boxes (changes_panel.h gives them).
    void set_release_marks(const std::map<std::string, wxString>& marks);
    const std::map<std::string, wxString>& release_marks() const { return release_marks_; }
    // How many times the window was painted (first-paint timing).
    long paints() const { return paints_; }

private:
    enum class DragMode { none, move, resize };
    struct Drag {
        DragMode mode = DragMode::none;
        std::size_t box = 0;
        wxPoint start;         // content pixels where the button went down
        int grab_dy = 0;       // from the box's top to where it was grabbed
        int from = 0, to = 0;  // the box's new minutes while dragging
        int column = 0;
        bool moved = false;
    };

    void rebuild();
    void fit_columns();  // the columns to the window's width (GridGeometry::set_available_width)
    // Scrolls to the day's first session (a new document, another day).
    void scroll_to_first();
    void on_paint(wxPaintEvent& event);
    void on_left_down(wxMouseEvent& event);
    void on_motion(wxMouseEvent& event);
    void on_left_up(wxMouseEvent& event);
    void on_wheel(wxMouseEvent& event);
    void on_context_menu(wxContextMenuEvent& event);
    // Minute (snapped) and column of a drop at `client`; false outside the grid.
    bool drop_place(wxPoint client, int& minute, int& column) const;
    void finish_drag(bool commit);
    // The box under a content pixel (topmost drawn), or -1.
    int box_at(wxPoint content) const;
    wxPoint to_content(wxPoint client) const;
    void report(const std::string& text);

    // The lines of a box's text, wrapped once per width (text measuring is the costly part of
    // a paint).
    struct BoxText {
        int width = -1, height = -1;
        bool compact = false;  // one line: the start time, then the title
        bool small = false;    // in the small font: a very short session
        wxString meta;
        std::vector<wxString> title, people;
    };
    const BoxText& box_text(wxDC& dc, std::size_t box, int width, int height);
    void draw_box(wxDC& dc, std::size_t index, wxRect r, bool ghost);
    void draw_ghost(wxDC& dc, wxPoint origin, wxSize size);
    void draw_drop_preview(wxDC& dc, wxPoint origin, wxSize size);
    void draw_headers(wxDC& dc, wxPoint origin, wxSize size,
                      std::pair<std::size_t, std::size_t> cols);
    // After an edit of the same document and day: the boxes that did not change keep their
    // text, and only those that did are drawn again (where they were and where they are). False
    // when the whole grid must be drawn again (the rooms, hours or sessions changed).
    bool patch_from(const PlannerGrid& old, std::vector<BoxText>& old_text);
    // The boxes whose selection changed drawn again alone; false as above.
    bool redraw_selection();
    // Draws `areas` (client rects) again in the kept bitmap and repaints them alone. False when
    // the bitmap is not the view's (scrolled, resized, invalid) or there are too many.
    bool redraw_areas(std::vector<wxRect> areas);
    void draw_area(wxDC& dc, wxPoint origin, const wxRect& area);
    // The lines of rows and columns in `area` (client pixels), under the boxes.
    void draw_lines(wxDC& dc, wxPoint origin, const wxRect& area);
    // A box's rect in client coordinates, with the width of its selection's outline around it.
    wxRect area_of(const render::GridBox& box) const;
    // drawn_titles_ of the boxes in view, from their texts (after redraw_areas).
    void collect_drawn_titles(wxPoint origin, wxSize size);

    Planner& planner_;
    PlannerGrid grid_;
    GridGeometry geometry_;
    Drag drag_;
    DropPreview preview_;
    int tip_box_ = -1;  // the box whose text the tooltip shows
    std::vector<std::string> drawn_titles_;
    std::vector<BoxText> text_cache_;
    std::vector<std::string> drawn_selection_;  // the selection the bitmap shows
    std::size_t sessions_ = 0;                  // in the event the grid was built from
    int generation_ = -1;
    wxBitmap cache_;
    wxPoint cache_origin_;
    bool cache_valid_ = false;
    wxFont compact_font_, meta_font_, title_font_, people_font_, header_font_, small_font_;
    std::function<void(const std::string&)> report_;
    std::map<std::string, wxString> release_marks_;
    long paints_ = 0;
};

}  // namespace summitry::gui
