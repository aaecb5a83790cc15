// SPDX-License-Identifier: MIT
#pragma once
// Every session of the event in a sortable table, filtered by a text (matched against day, time,
// room, title, kind, track, status and people). Selecting a row selects the session and shows
// its day on the grid.

#include <wx/panel.h>

#include <string>
#include <vector>

class wxDataViewListCtrl;
class wxSearchCtrl;
class wxDataViewEvent;

namespace summitry::gui {

class Planner;

class SessionsTable : public wxPanel {
public:
    SessionsTable(wxWindow* parent, Planner& planner);

    void set_filter(const wxString& text);
    // The ids of the rows shown, in the order shown (tests).
    std::vector<std::string> shown_ids() const;

private:
    void rebuild();
    void sync_selection();
    void on_selection(wxDataViewEvent& event);

    Planner& planner_;
    wxSearchCtrl* filter_ = nullptr;
    wxDataViewListCtrl* list_ = nullptr;
    std::vector<std::string> row_ids_;  // by item data
    bool syncing_ = false;
};

}  // namespace summitry::gui
