// SPDX-License-Identifier: MIT
#pragma once
// Keeps unsaved edits safe from a crash: some time after an edit (30 s, or SUMMITRY_AUTOSAVE_MS
// milliseconds) writes the document's autosave files (EventDocument::write_autosave: atomic,
// beside the event file; the event file itself is never touched). The timer starts at the first
// edit after a write and is not pushed back by later ones, so a busy organizer loses at most one
// interval of work.

#include <wx/event.h>
#include <wx/timer.h>

#include <cstdint>
#include <functional>
#include <string>

namespace summitry::gui {

class Planner;

class Autosaver : public wxEvtHandler {
public:
    explicit Autosaver(Planner& planner, int interval_ms = interval_from_environment());
    ~Autosaver() override;
    // SUMMITRY_AUTOSAVE_MS when set to a positive number, else 30,000.
    static int interval_from_environment();
    int interval() const { return interval_ms_; }
    void set_interval(int ms) { interval_ms_ = ms > 0 ? ms : interval_ms_; }
    bool pending() const { return timer_.IsRunning(); }
    // Writes now (the timer's action); "" when done, else why not.
    std::string write_now();
    // A clean quit: stops the timer, and removes the autosave of a document that holds no
    // unsaved edit (a document with some keeps it: the question to save them was answered).
    void forget();
    void on_report(std::function<void(const std::string&)> report) { report_ = std::move(report); }

private:
    void document_changed();

    Planner& planner_;
    int interval_ms_;
    wxTimer timer_;
    std::uint64_t written_ = 0;  // the revision last written
    int generation_ = -1;
    std::function<void(const std::string&)> report_;
};

}  // namespace summitry::gui
