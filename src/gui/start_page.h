// SPDX-License-Identifier: MIT
#pragma once
// What the window shows while no event is open: New event, Open, the recent files and the
// example events installed with the program. An organizer who has no event file starts here.

#include <wx/scrolwin.h>

#include <string>
#include <vector>

class wxListBox;
class wxBoxSizer;

namespace summitry::gui {

class MainFrame;

// The example events (schedules/*.yaml): beside the program in a build (the source tree), in
// share/summitry/schedules once installed, found as the HTML templates are. Sorted.
std::vector<std::string> example_events();

class StartPage : public wxScrolledWindow {
public:
    StartPage(wxWindow* parent, MainFrame& frame);
    // Lists the recent files again (after one was opened, or forgotten because it is gone).
    void refresh();
    wxListBox& recent_list() { return *recent_; }
    const std::vector<std::string>& examples() const { return examples_; }

private:
    void open_recent(int row);

    MainFrame& frame_;
    wxListBox* recent_ = nullptr;
    std::vector<std::string> examples_;
};

}  // namespace summitry::gui
