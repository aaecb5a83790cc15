// SPDX-License-Identifier: MIT
#pragma once
// Long work off the GUI thread: the scheduler, a programme of 400 pages. The work runs on a
// worker thread and reports the share done; the GUI thread keeps the window alive, shows the
// progress and can cancel. The work must only read the document: nothing edits it meanwhile
// (the progress dialog is modal and the disk watcher holds its questions, see MainFrame::busy).

#include <functional>
#include <memory>

class wxProgressDialog;
class wxWindow;
class wxString;

namespace summitry::gui {

// The work's side: called now and then with the share done (0 to 1); false means stop.
using Progress = std::function<bool(double done)>;

// Runs `work(progress)` on a worker thread. Meanwhile the GUI thread calls `keep_going(done)`
// every few milliseconds with the last share reported, until the work ends; once keep_going
// returns false, the work's progress calls return false. An exception thrown by the work is
// rethrown here, on the GUI thread.
void run_in_background(const std::function<void(const Progress&)>& work,
                       const std::function<bool(double done)>& keep_going);

// A modal progress dialog with a Cancel button, to pass as run_in_background's keep_going.
class ProgressWindow {
public:
    ProgressWindow(wxWindow* parent, const wxString& title, const wxString& message);
    ~ProgressWindow();
    ProgressWindow(const ProgressWindow&) = delete;
    ProgressWindow& operator=(const ProgressWindow&) = delete;
    // Shows `done`; false once the user has cancelled.
    bool operator()(double done);
    bool cancelled() const { return cancelled_; }

private:
    std::unique_ptr<wxProgressDialog> dialog_;
    bool cancelled_ = false;
};

}  // namespace summitry::gui
