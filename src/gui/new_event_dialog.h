// SPDX-License-Identifier: MIT
#pragma once
// File > New: what every event needs, asked in one dialog — the title in each of the event's
// languages, its first and last day, its time zone (searched in the tz database), its languages,
// and the first venue with its rooms. The file's text is the core's (edit/new_event.h); the
// organizer then chooses where it is saved, and the new event opens.

#include <wx/dialog.h>

#include <map>
#include <string>
#include <vector>

#include "edit/new_event.h"

class wxTextCtrl;
class wxListBox;
class wxDatePickerCtrl;
class wxFlexGridSizer;
class wxStaticText;

namespace summitry::gui {

class NewEventDialog : public wxDialog {
public:
    explicit NewEventDialog(wxWindow* parent);

    // What the fields say now, as the core takes it (the titles of the languages listed).
    NewEvent spec() const;
    // Why the fields cannot make an event yet, in the interface's language; "" when they can.
    std::string problem() const;

    // The fields, for the tests (and the keyboard: each has a label with a mnemonic).
    wxTextCtrl& languages() { return *languages_; }
    wxTextCtrl& title(const std::string& lang);  // a field per language listed
    wxTextCtrl& zone_search() { return *zone_search_; }
    wxListBox& zones() { return *zones_; }
    wxDatePickerCtrl& first_day() { return *first_day_; }
    wxDatePickerCtrl& last_day() { return *last_day_; }
    wxTextCtrl& venue() { return *venue_; }
    wxTextCtrl& rooms() { return *rooms_; }
    // Lists the zones whose name holds the search text (spaces match '_'), keeping the chosen
    // one chosen while it is listed.
    void filter_zones();
    std::string chosen_zone() const { return zone_; }

private:
    std::vector<std::string> language_codes() const;
    void rebuild_titles();
    void on_create(wxCommandEvent& event);

    wxTextCtrl* languages_ = nullptr;
    wxFlexGridSizer* titles_sizer_ = nullptr;
    std::vector<std::string> title_langs_;
    std::map<std::string, wxTextCtrl*> titles_;
    std::map<std::string, wxString> typed_;  // what was typed for a language taken out again
    wxTextCtrl* zone_search_ = nullptr;
    wxListBox* zones_ = nullptr;
    std::vector<std::string> all_zones_;
    std::string zone_;
    wxDatePickerCtrl* first_day_ = nullptr;
    wxDatePickerCtrl* last_day_ = nullptr;
    wxTextCtrl* venue_ = nullptr;
    wxTextCtrl* rooms_ = nullptr;
    wxStaticText* error_ = nullptr;
};

}  // namespace summitry::gui
