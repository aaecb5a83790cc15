// SPDX-License-Identifier: MIT
#pragma once
// Notices another program changing the event's files: when the window is activated and every
// few seconds (SUMMITRY_DISK_CHECK_MS, default 3 s) it asks the document what changed on disk
// (EventDocument::changed_on_disk) and offers to reload, saying that unsaved edits and the undo
// history would be lost; with unsaved edits, to merge them with the change (disk_merge.h). A
// declined change is not offered again until the files change again.

#include <wx/event.h>
#include <wx/timer.h>

#include <string>

#include "disk_merge.h"

namespace summitry::gui {

class MainFrame;

class DiskWatcher : public wxEvtHandler {
public:
    explicit DiskWatcher(MainFrame& frame);
    ~DiskWatcher() override;
    // Looks now; true when the document was reloaded. With unsaved edits, Merge is offered
    // beside Reload and Keep (disk_merge.h).
    bool check();
    // What the last merge did (the tests read it).
    const DiskMergeOutcome& last_merge() const { return last_merge_; }

private:
    void on_activate(wxActivateEvent& event);
    // Merges the disk into the document; says what came in (in a message when a person chose
    // to merge). False when nothing was merged.
    bool merge(bool tell_person);

    MainFrame& frame_;
    wxTimer timer_;
    std::string declined_;  // what the files were when the organizer kept the open version
    bool asking_ = false;
    DiskMergeOutcome last_merge_;
};

}  // namespace summitry::gui
