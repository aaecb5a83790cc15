// SPDX-License-Identifier: MIT
#include "day_choice.h"

#include "planner.h"

namespace summitry::gui {

DayChoice::DayChoice(wxWindow* parent, Planner& planner)
    : wxChoice(parent, wxID_ANY, wxDefaultPosition, wxSize(140, -1)), planner_(planner) {
    Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
        const int i = e.GetSelection();
        if (i >= 0 && static_cast<std::size_t>(i) < planner_.days().size())
            planner_.set_day(planner_.days()[static_cast<std::size_t>(i)]);
    });
    planner_.subscribe([this](ChangeKind) { refresh(); });
    refresh();
}

void DayChoice::refresh() {
    wxArrayString days;
    for (Date d : planner_.days()) days.Add(wxString::FromUTF8(format_date(d)));
    if (GetStrings() != days) Set(days);
    int at = wxNOT_FOUND;
    if (planner_.day()) at = FindString(wxString::FromUTF8(format_date(*planner_.day())));
    if (GetSelection() != at) SetSelection(at);
}

}  // namespace summitry::gui
