// SPDX-License-Identifier: MIT
#pragma once
// Notices another program changing the event's files: when the window is activated and every
// few seconds (SUMMITRY_DISK_CHECK_MS, default 3 s) it asks the document what changed on disk
// (EventDocument::changed_on_disk) and offers to reload, saying that unsaved edits and the undo
// history would be lost. A declined change is not offered again until the files change again.

#include <wx/event.h>
#include <wx/timer.h>

#include <string>

namespace summitry::gui {

class MainFrame;

class DiskWatcher : public wxEvtHandler {
public:
    explicit DiskWatcher(MainFrame& frame);
    ~DiskWatcher() override;
    // Looks now; true when the document was reloaded.
    bool check();

private:
    void on_activate(wxActivateEvent& event);

    MainFrame& frame_;
    wxTimer timer_;
    std::string declined_;  // what the files were when the organizer kept the open version
    bool asking_ = false;
};

}  // namespace summitry::gui
