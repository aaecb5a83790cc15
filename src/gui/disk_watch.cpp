// SPDX-License-Identifier: MIT
#include "disk_watch.h"

#include <wx/filename.h>

#include <cstdlib>
#include <exception>
#include <filesystem>

#include "commands.h"
#include "main_frame.h"
#include "questions.h"

namespace summitry::gui {
namespace {

int check_interval() {
    if (const char* text = std::getenv("SUMMITRY_DISK_CHECK_MS")) {
        const long ms = std::strtol(text, nullptr, 10);
        if (ms > 0 && ms < 3600L * 1000) return static_cast<int>(ms);
    }
    return 3000;
}

// The changed files as they are now: names, times and sizes.
std::string signature(const std::vector<std::string>& files) {
    std::string out;
    for (const std::string& f : files) {
        std::error_code ec;
        // A file's modification time, compared only with itself: not an instant of the event.
        const auto time = std::filesystem::last_write_time(f, ec).time_since_epoch().count();
        const auto size = std::filesystem::file_size(f, ec);
        out += f + '\t' + std::to_string(time) + '\t' + std::to_string(size) + '\n';
    }
    return out;
}

}  // namespace

DiskWatcher::DiskWatcher(MainFrame& frame) : frame_(frame), timer_(this) {
    // Only while the window is the active one: not over a dialog (Save As, another question),
    // and not while the organizer works in another program (activation looks on return).
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (frame_.IsActive()) check();
    });
    // After the activation is handled: a dialog inside the activation event confuses some
    // window managers.
    frame_.Bind(wxEVT_ACTIVATE, &DiskWatcher::on_activate, this);
    timer_.Start(check_interval());
}

DiskWatcher::~DiskWatcher() {
    timer_.Stop();
    frame_.Unbind(wxEVT_ACTIVATE, &DiskWatcher::on_activate, this);
}

void DiskWatcher::on_activate(wxActivateEvent& event) {
    if (event.GetActive()) frame_.CallAfter([this] { check(); });
    event.Skip();
}

bool DiskWatcher::check() {
    Planner& planner = frame_.planner();
    if (asking_ || frame_.busy() || !planner.has_document()) return false;
    std::vector<std::string> changed;
    try {
        changed = planner.document().changed_on_disk();
    } catch (const std::exception&) {
        return false;  // unreadable for a moment (being replaced): look again later
    }
    if (changed.empty()) {
        declined_.clear();
        return false;
    }
    const std::string now = signature(changed);
    if (now == declined_) return false;
    wxString names;
    for (const std::string& f : changed)
        names += "\n  " + wxFileName(wxString::FromUTF8(f)).GetFullName();
    wxString message = _("Another program changed the event's files:") + names + "\n\n";
    message += planner.document().modified()
                   ? _("Reload them? Your unsaved changes will be lost, and so will the undo "
                       "history.")
                   : _("Reload them? The undo history will be cleared.");
    asking_ = true;
    const bool reload = ask(&frame_, Question::reload, message, _("&Reload"), _("&Keep Mine"));
    asking_ = false;
    if (!reload) {
        declined_ = now;
        return false;
    }
    return reload_from_disk(frame_);
}

}  // namespace summitry::gui
