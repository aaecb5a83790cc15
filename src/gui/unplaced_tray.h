// SPDX-License-Identifier: MIT
#pragma once
// The tray of unplaced sessions: every session without a start or a room, waiting to be dragged
// onto the day grid (which places it at the drop's time and room, DayGridCanvas::drop_session).
// A session leaves the grid for the tray with Edit > Unplace Session or the box's context menu.

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxIcon;
class wxListView;
class wxListEvent;

namespace summitry::gui {

class Planner;

// What a drag from the tray carries: "summitry-session:ID".
wxString session_drag_text(const std::string& session_id);
// The session id in a dragged text, or "" when it is something else.
std::string session_from_drag_text(const wxString& text);
// The session a drag from the tray carries while it runs, else "": the grid draws its box before
// the drop (GTK gives the dragged data only at the drop).
const std::string& session_being_dragged();
// The icon beside the pointer while a session is dragged from the tray: none to see (one
// transparent pixel), for GTK would otherwise show its grey page beside the box the grid draws
// where the session would land, which is the cue.
wxIcon tray_drag_icon();

class UnplacedTray : public wxPanel {
public:
    UnplacedTray(wxWindow* parent, Planner& planner);
    // The ids listed, in order (tests).
    const std::vector<std::string>& ids() const { return ids_; }
    wxListView& list() { return *list_; }
    // Tests: what to do instead of the drag and drop loop (which waits for the real mouse).
    void on_drag(std::function<void(const std::string&)> drag) { drag_hook_ = std::move(drag); }

private:
    void rebuild();
    void on_begin_drag(wxListEvent& event);
    // The drag itself: started by the list's own detection, or by ours for a fast one.
    void drag_row(std::size_t row);

    Planner& planner_;
    wxListView* list_ = nullptr;
    std::vector<std::string> ids_;
    wxPoint down_{-1, -1};  // where the left button went down on a row, while it is down
    long down_row_ = -1;
    std::function<void(const std::string&)> drag_hook_;
};

}  // namespace summitry::gui
