// SPDX-License-Identifier: MIT
#pragma once
// The planner window: menus, toolbar, status bar, and the views laid out by wxAuiManager — the
// day grid in the middle, the inspector at the right, the sessions table and the conflicts
// below. It only lays out and keeps its chrome (title, status, and the menus' state) in step
// with the planner; the menus, the toolbar and what they do are the actions' (actions/), whose
// edits are commands_*.cpp's.

#include <wx/aui/framemanager.h>
#include <wx/filehistory.h>
#include <wx/frame.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "autosave.h"
#include "planner.h"

class wxNotebook;
class wxSimplebook;

namespace summitry::gui {

class DayGridCanvas;
class SessionsTable;
class ConflictsPanel;
class ChangesPanel;
class Inspector;
class DiskWatcher;
class UnplacedTray;
class EntityList;
class StartPage;

struct FrameOptions {
    bool remember_files = true;  // recent files in the user's configuration (tests: false)
};

class MainFrame : public wxFrame {
public:
    explicit MainFrame(FrameOptions options = {});
    ~MainFrame() override;

    Planner& planner() { return planner_; }
    const Planner& planner() const { return planner_; }
    DayGridCanvas& grid() { return *grid_; }
    SessionsTable& table() { return *table_; }
    ConflictsPanel& conflicts() { return *conflicts_; }
    // The changes since the latest release (changes_panel.h), beside the conflicts.
    ChangesPanel& changes() { return *changes_; }
    Inspector& inspector() { return *inspector_; }
    UnplacedTray& tray() { return *tray_; }
    // Shown in the grid's place, the other panels hidden, while no event is open.
    StartPage& start_page() { return *start_; }
    bool showing_start_page() const;
    // The panels by their names ("tray", "inspector", "lists", "conflicts", "changes"): shown, or
    // hidden by the View menu or their close button (and shown again from the View menu).
    bool panel_shown(std::string_view name) const;
    void show_panel(std::string_view name, bool show);
    // The lists of people, organizations, venues and rooms, tracks (by kind: person,
    // organization, room, track).
    EntityList& list_of(EntityKind kind);
    Autosaver& autosaver() { return autosaver_; }
    wxNotebook& lists_book() { return *book_; }
    DiskWatcher& disk_watcher() { return *disk_watcher_; }
    wxFileHistory& recent() { return recent_; }
    bool remembers_files() const { return options_.remember_files; }

    // While long work runs in the background (background.h) the document must stay as it is:
    // the disk watcher holds its questions until the Busy goes.
    class Busy {
    public:
        explicit Busy(MainFrame& frame) : frame_(frame) { ++frame_.busy_; }
        ~Busy() { --frame_.busy_; }
        Busy(const Busy&) = delete;
        Busy& operator=(const Busy&) = delete;

    private:
        MainFrame& frame_;
    };
    bool busy() const { return busy_ > 0; }

    // The first field of the status bar: the last refusal or hint ("" clears it).
    void set_message(const std::string& text);
    // Title, status, and the state of the menus and buttons (actions/registry.h), from the
    // planner.
    void refresh_chrome();

private:
    void on_close(wxCloseEvent& event);
    void on_size(wxSizeEvent& event);
    // The start page while no event is open, else the grid and the panels.
    void show_start_page(bool show);

    Planner planner_;  // first: the views below refer to it
    FrameOptions options_;
    Autosaver autosaver_{planner_};
    wxAuiManager aui_;
    wxSimplebook* centre_ = nullptr;  // the grid, or the start page
    StartPage* start_ = nullptr;
    DayGridCanvas* grid_ = nullptr;
    SessionsTable* table_ = nullptr;
    ConflictsPanel* conflicts_ = nullptr;
    ChangesPanel* changes_ = nullptr;
    Inspector* inspector_ = nullptr;
    UnplacedTray* tray_ = nullptr;
    std::vector<EntityList*> lists_;
    wxNotebook* book_ = nullptr;
    wxFileHistory recent_;
    std::unique_ptr<DiskWatcher> disk_watcher_;
    int busy_ = 0;
    int height_ = 0;  // the client height the bottom panels were sized for
    std::set<std::string, std::less<>> hidden_;  // the panels the organizer hid
};

}  // namespace summitry::gui
