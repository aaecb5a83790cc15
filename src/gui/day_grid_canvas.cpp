// SPDX-License-Identifier: MIT
#include "day_grid_canvas.h"

#include <wx/dcclient.h>
#include <wx/dnd.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/toplevel.h>

#include <algorithm>
#include <cmath>

#include "actions/registry.h"
#include "commands.h"
#include "gui_text.h"
#include "planner.h"
#include "unplaced_tray.h"

namespace summitry::gui {
namespace {

// Sessions dragged from the tray land on the grid here.
class SessionDropTarget : public wxTextDropTarget {
public:
    explicit SessionDropTarget(DayGridCanvas& grid, std::function<void(const std::string&)> report)
        : grid_(grid), report_(std::move(report)) {}
    wxDragResult OnDragOver(wxCoord x, wxCoord y, wxDragResult def) override {
        // The data is not known until the drop (GTK): the hint names the place only.
        // The data is not known until the drop (GTK), but the tray says what it drags: the
        // hint and the box have the session's length.
        const std::string id = session_being_dragged();
        const std::string hint = grid_.drop_hint(id, wxPoint(x, y));
        grid_.preview_drop(id, wxPoint(x, y));
        report_(hint);
        return hint.empty() ? wxDragNone : def;
    }
    void OnLeave() override {
        grid_.clear_drop_preview();
        report_({});
    }
    bool OnDropText(wxCoord x, wxCoord y, const wxString& text) override {
        grid_.clear_drop_preview();
        const std::string id = session_from_drag_text(text);
        if (id.empty()) return false;
        const std::string error = grid_.drop_session(id, wxPoint(x, y));
        report_(error);
        return error.empty();
    }

private:
    DayGridCanvas& grid_;
    std::function<void(const std::string&)> report_;
};

}  // namespace

DayGridCanvas::DayGridCanvas(wxWindow* parent, Planner& planner)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxHSCROLL | wxVSCROLL | wxFULL_REPAINT_ON_RESIZE | wxWANTS_CHARS),
      planner_(planner) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    // The headers stay put while the grid scrolls: repaint rather than blit on scrolling.
    EnableScrolling(false, false);
    SetScrollRate(12, 12);
    const wxFont base = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    small_font_ = base.Smaller();
    meta_font_ = small_font_;
    compact_font_ = small_font_.Bold();
    title_font_ = base.Bold();
    people_font_ = small_font_.Italic();
    header_font_ = base.Bold();
    Bind(wxEVT_PAINT, &DayGridCanvas::on_paint, this);
    Bind(wxEVT_LEFT_DOWN, &DayGridCanvas::on_left_down, this);
    Bind(wxEVT_MOTION, &DayGridCanvas::on_motion, this);
    Bind(wxEVT_LEFT_UP, &DayGridCanvas::on_left_up, this);
    Bind(wxEVT_MOUSEWHEEL, &DayGridCanvas::on_wheel, this);
    Bind(wxEVT_CONTEXT_MENU, &DayGridCanvas::on_context_menu, this);
    SetDropTarget(new SessionDropTarget(*this, [this](const std::string& text) { report(text); }));
    // The rooms share the window's width (each at least the zoom's width, beyond which the grid
    // scrolls sideways): two rooms of a new event fill the grid rather than huddle at its left.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        fit_columns();
        e.Skip();
    });
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) { finish_drag(false); });
    Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_ESCAPE && drag_.mode != DragMode::none) {
            finish_drag(false);
        } else if (e.GetModifiers() == (wxMOD_ALT | wxMOD_SHIFT) &&
                   (e.GetKeyCode() == WXK_UP || e.GetKeyCode() == WXK_DOWN ||
                    e.GetKeyCode() == WXK_LEFT || e.GetKeyCode() == WXK_RIGHT)) {
            // Edit > Move Earlier/Later/to Previous/Next Room: the grid takes arrow keys for
            // itself (wxWANTS_CHARS), so the menu's keys would not reach the menu from here.
            const char* action = e.GetKeyCode() == WXK_UP     ? "edit/earlier"
                                 : e.GetKeyCode() == WXK_DOWN ? "edit/later"
                                 : e.GetKeyCode() == WXK_LEFT ? "edit/previous-room"
                                                              : "edit/next-room";
            wxCommandEvent run(wxEVT_MENU, action_id(action));
            run.SetEventObject(this);
            wxGetTopLevelParent(this)->GetEventHandler()->ProcessEvent(run);
        }
        // The grid wants arrow keys, not Tab: Tab goes on to the next control as elsewhere.
        else if (e.GetKeyCode() == WXK_TAB)
            Navigate(e.ShiftDown() ? wxNavigationKeyEvent::IsBackward
                                   : wxNavigationKeyEvent::IsForward);
        else
            e.Skip();
    });
    planner_.subscribe([this](ChangeKind kind) {
        if (kind == ChangeKind::selection) {
            if (!planner_.selection().empty()) show_session(planner_.selection().front());
            if (!redraw_selection()) invalidate();
        } else {
            rebuild();
            if (kind == ChangeKind::day || generation_ != planner_.generation()) scroll_to_first();
            generation_ = planner_.generation();
        }
    });
    rebuild();
}

void DayGridCanvas::set_release_marks(const std::map<std::string, wxString>& marks) {
    if (marks == release_marks_) return;
    release_marks_ = marks;
    tip_box_ = -1;  // the tooltip says it from the next motion on
    invalidate();
}

void DayGridCanvas::set_zoom(double zoom) {
    zoom = std::clamp(zoom, 0.4, 4.0);
    // Keep the minute at the top of the view where it is.
    const wxPoint view = CalcUnscrolledPosition(wxPoint(0, 0));
    const double minute = geometry_.minute_at(view.y + GridGeometry::header);
    const double column = (view.x) / static_cast<double>(geometry_.column_width());
    geometry_.set(zoom, grid_.from, grid_.to, grid_.rooms.size());
    geometry_.set_available_width(GetClientSize().x);
    text_cache_.assign(grid_.boxes.size(), BoxText{});
    SetVirtualSize(geometry_.total_width(), geometry_.total_height());
    const int x = static_cast<int>(column * geometry_.column_width());
    const int y = geometry_.y_of_minute(static_cast<int>(minute)) - GridGeometry::header;
    Scroll(std::max(0, x / 12), std::max(0, y / 12));
    invalidate();
}

void DayGridCanvas::rebuild() {
    if (drag_.mode != DragMode::none) finish_drag(false);
    PlannerGrid old = std::move(grid_);
    std::vector<BoxText> old_text = std::move(text_cache_);
    const std::size_t old_sessions = sessions_;
    grid_ = PlannerGrid{};
    sessions_ = 0;
    tip_box_ = -1;
    if (planner_.has_document() && planner_.day()) {
        grid_ = build_planner_grid(planner_.event(), planner_.document().diagnostics(),
                                   *planner_.day(), planner_.lang());
        sessions_ = planner_.event().sessions.size();
    }
    geometry_.set(geometry_.zoom(), grid_.from, grid_.to, grid_.rooms.size());
    geometry_.set_available_width(GetClientSize().x);
    text_cache_.assign(grid_.boxes.size(), BoxText{});
    SetVirtualSize(geometry_.total_width(), geometry_.total_height());
    // A move or a resize: the boxes that changed drawn again, not the whole grid (issue 15).
    if (old_sessions != sessions_ || !patch_from(old, old_text)) invalidate();
}

void DayGridCanvas::fit_columns() {
    if (!geometry_.set_available_width(GetClientSize().x)) return;
    text_cache_.assign(grid_.boxes.size(), BoxText{});  // the texts wrap at the new width
    SetVirtualSize(geometry_.total_width(), geometry_.total_height());
    invalidate();
}

void DayGridCanvas::invalidate() {
    cache_valid_ = false;
    Refresh();
}

void DayGridCanvas::scroll_to_first() {
    int first = grid_.to;
    for (const render::GridBox& box : grid_.boxes) first = std::min(first, box.from);
    if (grid_.boxes.empty()) first = grid_.from;
    const int y = geometry_.y_of_minute(std::max(grid_.from, first - 15)) - GridGeometry::header;
    Scroll(0, std::max(0, y / 12));
    Refresh();
}

wxRect DayGridCanvas::client_rect_of(const std::string& session_id) const {
    if (!planner_.has_document()) return {};
    const Index s = planner_.event().find_session(session_id);
    for (const render::GridBox& box : grid_.boxes) {
        if (box.session != s) continue;
        const PixelRect r = geometry_.box_rect(box);
        return wxRect(CalcScrolledPosition(wxPoint(r.x, r.y)), wxSize(r.w, r.h));
    }
    return {};
}

void DayGridCanvas::show_session(const std::string& session_id) {
    const wxRect r = client_rect_of(session_id);
    if (r.IsEmpty()) return;
    const wxSize size = GetClientSize();
    const wxRect visible(GridGeometry::time_column, GridGeometry::header,
                         size.x - GridGeometry::time_column, size.y - GridGeometry::header);
    if (visible.Contains(r)) return;
    // Scroll only the way it is hidden, and leave some of what comes before it in view.
    const wxPoint view = CalcUnscrolledPosition(wxPoint(0, 0));
    const wxPoint content = CalcUnscrolledPosition(r.GetTopLeft());
    int x = view.x, y = view.y;
    if (r.x < visible.x || r.GetRight() > visible.GetRight())
        x = content.x - GridGeometry::time_column - (visible.width - r.width) / 3;
    if (r.y < visible.y || r.GetBottom() > visible.GetBottom())
        y = content.y - GridGeometry::header - std::max(0, (visible.height - r.height) / 3);
    Scroll(std::max(0, x / 12), std::max(0, y / 12));
    Refresh();
}

wxPoint DayGridCanvas::to_content(wxPoint client) const {
    return CalcUnscrolledPosition(client);
}

void DayGridCanvas::report(const std::string& text) {
    if (report_) report_(text);
}

void DayGridCanvas::on_paint(wxPaintEvent&) {
    ++paints_;
    wxPaintDC dc(this);
    paint(dc, CalcUnscrolledPosition(wxPoint(0, 0)), GetClientSize());
}

int DayGridCanvas::box_at(wxPoint content) const {
    const int column = geometry_.column_at(content.x);
    if (column < 0 || content.x < GridGeometry::time_column) return -1;
    const auto& list = grid_.by_column[static_cast<std::size_t>(column)];
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        const PixelRect r = geometry_.box_rect(grid_.boxes[*it]);
        if (r.contains({content.x, content.y})) return static_cast<int>(*it);
    }
    return -1;
}

void DayGridCanvas::on_left_down(wxMouseEvent& event) {
    SetFocus();
    const wxPoint client = event.GetPosition();
    if (client.x < GridGeometry::time_column || client.y < GridGeometry::header) return;
    const wxPoint p = to_content(client);
    const int hit = box_at(p);
    if (hit < 0) {
        planner_.select({});
        return;
    }
    const auto index = static_cast<std::size_t>(hit);
    const render::GridBox& box = grid_.boxes[index];
    planner_.select({planner_.event().sessions[static_cast<std::size_t>(box.session)].id});
    const PixelRect r = geometry_.box_rect(box);
    drag_ = Drag{};
    drag_.mode = p.y >= r.y + r.h - 6 ? DragMode::resize : DragMode::move;
    drag_.box = index;
    drag_.start = p;
    drag_.grab_dy = p.y - geometry_.y_of_minute(box.from);
    drag_.from = box.from;
    drag_.to = box.to;
    drag_.column = static_cast<int>(box.column);
    if (!HasCapture()) CaptureMouse();
}

void DayGridCanvas::on_motion(wxMouseEvent& event) {
    const wxPoint p = to_content(event.GetPosition());
    if (drag_.mode == DragMode::none) {
        const int hit = event.GetPosition().y >= GridGeometry::header ? box_at(p) : -1;
        bool edge = false;
        if (hit >= 0) {
            const PixelRect r = geometry_.box_rect(grid_.boxes[static_cast<std::size_t>(hit)]);
            edge = p.y >= r.y + r.h - 6;
        }
        SetCursor(edge ? wxCursor(wxCURSOR_SIZENS) : wxNullCursor);
        // The whole text of the box under the pointer: a short session shows only part of it.
        if (hit != tip_box_) {
            tip_box_ = hit;
            if (hit < 0) {
                UnsetToolTip();
            } else {
                const render::GridBox& box = grid_.boxes[static_cast<std::size_t>(hit)];
                wxString tip = clock_label(box.from) + wxString::FromUTF8("\u2013") +
                               clock_label(box.to) + "  " + wxString::FromUTF8(box.title);
                if (!box.meta.empty()) tip += "\n" + wxString::FromUTF8(box.meta);
                if (!box.people.empty()) tip += "\n" + wxString::FromUTF8(box.people);
                const auto mark = release_marks_.find(
                    planner_.event().sessions[static_cast<std::size_t>(box.session)].id);
                if (mark != release_marks_.end()) tip += "\n" + mark->second;
                SetToolTip(tip);
            }
        }
        return;
    }
    if (std::abs(p.x - drag_.start.x) + std::abs(p.y - drag_.start.y) > 3) drag_.moved = true;
    if (!drag_.moved) return;
    const render::GridBox& box = grid_.boxes[drag_.box];
    if (drag_.mode == DragMode::move) {
        const int length = box.to - box.from;
        drag_.from = std::max(0, GridGeometry::snapped(geometry_.minute_at(p.y - drag_.grab_dy)));
        drag_.to = drag_.from + length;
        drag_.column = geometry_.column_at(p.x);
    } else {
        drag_.to = std::max(box.from + GridGeometry::snap,
                            GridGeometry::snapped(geometry_.minute_at(p.y)));
    }
    const std::size_t column = static_cast<std::size_t>(drag_.column);
    report(wxString(clock_label(drag_.from) + wxString::FromUTF8("\xe2\x80\x93") +
                    clock_label(drag_.to))
               .utf8_string() +
           " · " + (column < grid_.room_names.size() ? grid_.room_names[column] : std::string()));
    Refresh();
}

void DayGridCanvas::on_left_up(wxMouseEvent&) {
    if (drag_.mode != DragMode::none) finish_drag(true);
}

void DayGridCanvas::on_wheel(wxMouseEvent& event) {
    if (!event.ControlDown()) {
        event.Skip();
        return;
    }
    if (event.GetWheelRotation() > 0)
        zoom_in();
    else
        zoom_out();
}

void DayGridCanvas::finish_drag(bool commit) {
    const Drag drag = drag_;
    drag_ = Drag{};
    if (HasCapture()) ReleaseMouse();
    Refresh();
    // A cancelled drag (Esc, the capture lost): the status bar no longer shows its time.
    if (!commit && drag.moved) report({});
    if (!commit || !drag.moved || drag.box >= grid_.boxes.size()) return;
    const render::GridBox& box = grid_.boxes[drag.box];
    std::string error;
    if (drag.mode == DragMode::move) {
        if (drag.from == box.from && static_cast<std::size_t>(drag.column) == box.column) return;
        const LocalTime start = day_start(grid_.day) + Minutes{drag.from};
        error = move_session(planner_, box.session, start,
                             grid_.rooms[static_cast<std::size_t>(drag.column)]);
    } else {
        if (drag.to == box.to) return;
        error = resize_session(planner_, box.session, Minutes{drag.to - box.from});
    }
    report(error);
}

}  // namespace summitry::gui

namespace summitry::gui {

bool DayGridCanvas::drop_place(wxPoint client, int& minute, int& column) const {
    if (grid_.rooms.empty() || client.x < GridGeometry::time_column ||
        client.y < GridGeometry::header)
        return false;
    const wxPoint p = to_content(client);
    column = geometry_.column_at(p.x);
    minute = std::max(0, GridGeometry::snapped(geometry_.minute_at(p.y)));
    return column >= 0 && static_cast<std::size_t>(column) < grid_.rooms.size();
}

std::string DayGridCanvas::drop_hint(const std::string& session_id, wxPoint client) const {
    int minute = 0, column = 0;
    if (!drop_place(client, minute, column)) return {};
    int length = 0;
    if (const Index s =
            planner_.has_document() ? planner_.event().find_session(session_id) : no_index;
        s != no_index) {
        const auto& d = planner_.event().sessions[static_cast<std::size_t>(s)].duration;
        length = d ? static_cast<int>(std::chrono::duration_cast<Minutes>(*d).count()) : 30;
    }
    std::string text = clock_text(minute);
    if (length > 0) text += "\u2013" + clock_text(minute + length);
    return text + " \u00b7 " + grid_.room_names[static_cast<std::size_t>(column)];
}

bool DayGridCanvas::preview_drop(const std::string& session_id, wxPoint client) {
    DropPreview preview;
    int minute = 0, column = 0;
    if (drop_place(client, minute, column)) {
        int length = 30;
        if (const Index s =
                planner_.has_document() ? planner_.event().find_session(session_id) : no_index;
            s != no_index) {
            const auto& d = planner_.event().sessions[static_cast<std::size_t>(s)].duration;
            if (d)
                length =
                    std::max(5, static_cast<int>(std::chrono::duration_cast<Minutes>(*d).count()));
        }
        preview = {minute, minute + length, column};
    }
    if (preview.from != preview_.from || preview.to != preview_.to ||
        preview.column != preview_.column) {
        preview_ = preview;
        Refresh();
    }
    return preview_.to > preview_.from;
}

void DayGridCanvas::clear_drop_preview() {
    if (preview_.to == preview_.from) return;
    preview_ = DropPreview{};
    Refresh();
}

std::string DayGridCanvas::drop_session(const std::string& session_id, wxPoint client) {
    if (!planner_.has_document()) return "no event is open";
    const Index session = planner_.event().find_session(session_id);
    if (session == no_index) return "no session '" + session_id + "'";
    int minute = 0, column = 0;
    if (!drop_place(client, minute, column)) return "drop the session on a room's column";
    const LocalTime start = day_start(grid_.day) + Minutes{minute};
    const std::string error =
        move_session(planner_, session, start, grid_.rooms[static_cast<std::size_t>(column)]);
    if (error.empty()) planner_.select({session_id});
    return error;
}

void DayGridCanvas::on_context_menu(wxContextMenuEvent& event) {
    wxPoint client =
        event.GetPosition() == wxDefaultPosition
            ? client_rect_of(planner_.selection().empty() ? std::string()
                                                          : planner_.selection().front())
                  .GetTopLeft()
            : ScreenToClient(event.GetPosition());
    const int hit = box_at(to_content(client));
    if (hit >= 0)
        planner_.select({planner_.event()
                             .sessions[static_cast<std::size_t>(
                                 grid_.boxes[static_cast<std::size_t>(hit)].session)]
                             .id});
    if (planner_.selected_session() == no_index) return;
    wxMenu menu;
    // Edit menu actions (actions/edit.cpp), with labels that say what they do to the box.
    menu.Append(action_id("edit/unplace"), _("U&nplace (back to the tray)"));
    menu.Append(action_id("edit/duplicate"), _("D&uplicate"));
    menu.Append(action_id("edit/delete"), _("&Delete"));
    PopupMenu(&menu, client);
}

}  // namespace summitry::gui
