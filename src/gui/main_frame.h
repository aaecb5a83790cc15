// SPDX-License-Identifier: MIT
#pragma once
// The planner window: menus, toolbar, status bar, and the views laid out by wxAuiManager — the
// day grid in the middle, the inspector at the right, the sessions table and the conflicts
// below. It only lays out and keeps its chrome (title, labels, status) in step with the
// planner; what the menus do lives in commands_*.cpp.

#include <wx/aui/framemanager.h>
#include <wx/filehistory.h>
#include <wx/frame.h>

#include <memory>
#include <string>

#include "planner.h"

class wxChoice;
class wxMenu;

namespace summitry::gui {

class DayGridCanvas;
class SessionsTable;
class ConflictsPanel;
class Inspector;

struct FrameOptions {
    bool remember_files = true;  // recent files in the user's configuration (tests: false)
};

class MainFrame : public wxFrame {
public:
    explicit MainFrame(FrameOptions options = {});
    ~MainFrame() override;

    Planner& planner() { return planner_; }
    DayGridCanvas& grid() { return *grid_; }
    SessionsTable& table() { return *table_; }
    ConflictsPanel& conflicts() { return *conflicts_; }
    Inspector& inspector() { return *inspector_; }
    wxFileHistory& recent() { return recent_; }
    bool remembers_files() const { return options_.remember_files; }

    // The first field of the status bar: the last refusal or hint ("" clears it).
    void set_message(const std::string& text);
    // Title, status, menu labels and the day choice, from the planner.
    void refresh_chrome();

private:
    void build_menus();    // main_frame_menus.cpp
    void build_toolbar();  // main_frame_menus.cpp
    void bind_actions();   // main_frame_menus.cpp
    void on_close(wxCloseEvent& event);

    Planner planner_;  // first: the views below refer to it
    FrameOptions options_;
    wxAuiManager aui_;
    DayGridCanvas* grid_ = nullptr;
    SessionsTable* table_ = nullptr;
    ConflictsPanel* conflicts_ = nullptr;
    Inspector* inspector_ = nullptr;
    wxChoice* day_choice_ = nullptr;
    wxMenu* edit_menu_ = nullptr;
    wxMenu* view_menu_ = nullptr;
    wxFileHistory recent_;
};

}  // namespace summitry::gui
