// SPDX-License-Identifier: MIT
#pragma once
// One notebook page of the event's people, organizations, venues and rooms, or tracks: a
// sortable list with New, Duplicate and Delete. Selecting a row shows the entry in the inspector
// (Planner::select_entity). The rooms page lists venues and their rooms together. The buttons
// ask for an id with a dialog, then call the functions below, which the tests call directly.

#include <wx/panel.h>

#include <string>
#include <vector>

#include "planner.h"

class wxColourPickerCtrl;
class wxColourPickerEvent;
class wxDataViewListCtrl;
class wxDataViewEvent;

namespace summitry::gui {

class EntityList : public wxPanel {
public:
    // `kind`: person, organization, room (venues and rooms) or track.
    EntityList(wxWindow* parent, Planner& planner, EntityKind kind);

    EntityKind kind() const { return kind_; }
    const std::vector<EntityRef>& rows() const { return rows_; }
    // New entry: an id ("venue/room" for a room, a bare id on the rooms page for a venue).
    // Returns the error, "" when done.
    std::string create(const std::string& id);
    std::string duplicate_selected(const std::string& new_id);
    std::string delete_selected();
    // The New button: asks for an id, creates, shows a refusal.
    void ask_new();
    // The id proposed for a copy of the selected entry ("clare-barclay-2").
    std::string proposed_copy_id() const;
    // The tracks page's colour picker: the selected track's colour, and choosing one sets it
    // (`color: "#rrggbb"`, one undoable edit). nullptr on the other pages.
    wxColourPickerCtrl* colour_picker() { return colour_; }
    std::string set_colour(const wxColour& colour);

private:
    void rebuild();
    void sync_selection();
    void on_duplicate();
    void on_delete();
    void show_error(const std::string& error);

    Planner& planner_;
    EntityKind kind_;
    wxDataViewListCtrl* list_ = nullptr;
    wxColourPickerCtrl* colour_ = nullptr;
    std::vector<EntityRef> rows_;               // by item data
    std::vector<std::vector<wxString>> texts_;  // the cells shown, row by row
    bool syncing_ = false;
};

}  // namespace summitry::gui
