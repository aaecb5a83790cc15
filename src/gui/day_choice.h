// SPDX-License-Identifier: MIT
#pragma once
// The toolbar's choice of the day on screen: it lists the planner's days, follows the day shown,
// and shows the day chosen.

#include <wx/choice.h>

namespace summitry::gui {

class Planner;

class DayChoice : public wxChoice {
public:
    DayChoice(wxWindow* parent, Planner& planner);

private:
    void refresh();

    Planner& planner_;
};

}  // namespace summitry::gui
