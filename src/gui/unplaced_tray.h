// SPDX-License-Identifier: MIT
#pragma once
// The tray of unplaced sessions: every session without a start or a room, waiting to be dragged
// onto the day grid (which places it at the drop's time and room, DayGridCanvas::drop_session).
// A session leaves the grid for the tray with Edit > Unplace Session or the box's context menu.

#include <wx/panel.h>

#include <string>
#include <vector>

class wxListView;
class wxListEvent;

namespace summitry::gui {

class Planner;

// What a drag from the tray carries: "summitry-session:ID".
wxString session_drag_text(const std::string& session_id);
// The session id in a dragged text, or "" when it is something else.
std::string session_from_drag_text(const wxString& text);

class UnplacedTray : public wxPanel {
public:
    UnplacedTray(wxWindow* parent, Planner& planner);
    // The ids listed, in order (tests).
    const std::vector<std::string>& ids() const { return ids_; }

private:
    void rebuild();
    void on_begin_drag(wxListEvent& event);

    Planner& planner_;
    wxListView* list_ = nullptr;
    std::vector<std::string> ids_;
};

}  // namespace summitry::gui
