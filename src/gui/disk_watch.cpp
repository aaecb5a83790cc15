// SPDX-License-Identifier: MIT
#include "disk_watch.h"

#include <wx/filename.h>
#include <wx/msgdlg.h>

#include <cstdlib>
#include <exception>
#include <filesystem>

#include "commands.h"
#include "disk_merge.h"
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
    if (planner.document().modified()) {
        // Unsaved edits: merging keeps both (disk_merge.h).
        message +=
            _("Merge its changes with your unsaved ones? Or reload its version: your "
              "unsaved changes will be lost, and so will the undo history. Or keep "
              "yours as they are.");
        asking_ = true;
        bool person = false;
        const DiskChoice choice = ask_disk_choice(&frame_, message, &person);
        if (choice == DiskChoice::merge) {
            const bool merged = merge(person);
            asking_ = false;
            if (!merged) declined_ = now;
            return false;
        }
        asking_ = false;
        if (choice == DiskChoice::keep) {
            declined_ = now;
            return false;
        }
        return reload_from_disk(frame_);
    }
    message += _("Reload them? The undo history will be cleared.");
    asking_ = true;
    const bool reload = ask(&frame_, Question::reload, message, _("&Reload"), _("&Keep Mine"));
    asking_ = false;
    if (!reload) {
        declined_ = now;
        return false;
    }
    return reload_from_disk(frame_);
}

bool DiskWatcher::merge(bool tell_person) {
    last_merge_ = merge_from_disk(frame_);
    const DiskMergeOutcome& m = last_merge_;
    if (m.cancelled) {
        frame_.set_message(_("Merge cancelled: nothing changed").utf8_string());
        return false;
    }
    if (!m.error.empty()) {
        const wxString text = _("Not merged:") + " " + wxString::FromUTF8(m.error);
        frame_.set_message(text.utf8_string());
        if (tell_person) wxMessageBox(text, "Summitry", wxOK | wxICON_ERROR, &frame_);
        return false;
    }
    const auto n = static_cast<unsigned long>(m.came_in.size());
    wxString summary = wxString::Format(
        wxPLURAL("Merged %lu change from disk", "Merged %lu changes from disk", n), n);
    wxString list;
    for (const wxString& line : m.came_in) list += "\n  " + line;
    frame_.set_message(
        (summary + (n ? ": " + m.came_in.front() + (n > 1 ? "; ..." : "") : "")).utf8_string());
    if (tell_person)
        wxMessageBox(summary + (n ? ":" + list : wxString(".")) + "\n\n" +
                         _("Edit > Undo takes the merge back; Save writes it."),
                     "Summitry", wxOK | wxICON_INFORMATION, &frame_);
    return true;
}

}  // namespace summitry::gui
