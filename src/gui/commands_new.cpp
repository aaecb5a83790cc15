// SPDX-License-Identifier: MIT
// A new event, and a copy of an example: the ways in for an organizer with no event file. The
// file's text is the core's (edit/new_event.h), written by write_file (io/atomic_file.h), then
// opened as any event is.
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>

#include <exception>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "commands.h"
#include "edit/new_event.h"
#include "io/atomic_file.h"
#include "main_frame.h"
#include "new_event_dialog.h"

namespace summitry::gui {
namespace {

// Where the save dialogs start: the folder of the last file opened, else the user's documents.
wxString start_folder(MainFrame& frame) {
    if (frame.recent().GetCount() > 0)
        return wxFileName(frame.recent().GetHistoryFile(0)).GetPath();
    return wxStandardPaths::Get().GetDocumentsDir();
}

std::string save_path(MainFrame& frame, const wxString& title, const wxString& name) {
    wxFileDialog dialog(&frame, title, start_folder(frame), name,
                        _("Event files (*.yaml)|*.yaml|All files|*"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return {};
    wxFileName path(dialog.GetPath());
    if (!path.HasExt()) path.SetExt("yaml");
    return path.GetFullPath().utf8_string();
}

// Writes `text` to `path` and opens it; "" when done, else why not.
std::string write_and_open(MainFrame& frame, const std::string& path, const std::string& text) {
    try {
        write_file(path, text);
    } catch (const std::exception& e) {
        return e.what();
    }
    open_file(frame, path);
    if (!frame.planner().has_document() || frame.planner().document().path() != path)
        return wxString::Format(_("Cannot open %s"), wxString::FromUTF8(path)).utf8_string();
    return {};
}

}  // namespace

std::string create_event(MainFrame& frame, const NewEvent& spec, const std::string& path) {
    std::string text;
    try {
        text = new_event_text(spec);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    if (!confirm_discard(frame))
        return _("not done: the open event has unsaved changes").utf8_string();
    const std::string error = write_and_open(frame, path, text);
    if (error.empty())
        frame.set_message(
            wxString::Format(_("Created %s: add people, tracks and sessions with Edit > New"),
                             wxString::FromUTF8(path))
                .utf8_string());
    return error;
}

void new_event_with_dialog(MainFrame& frame) {
    if (!confirm_discard(frame)) return;
    NewEventDialog dialog(&frame);
    if (dialog.ShowModal() != wxID_OK) return;
    const NewEvent spec = dialog.spec();
    const wxString name = wxString::FromUTF8(
        slug_from_name(spec.titles.empty() ? std::string() : spec.titles.front().second) + ".yaml");
    const std::string path = save_path(frame, _("Save the new event as"), name);
    if (path.empty()) return;
    const std::string error = create_event(frame, spec, path);
    if (!error.empty())
        wxMessageBox(_("The event was not created.") + "\n\n" + wxString::FromUTF8(error),
                     "Summitry", wxOK | wxICON_ERROR, &frame);
}

std::string open_example_copy(MainFrame& frame, const std::string& example,
                              const std::string& path) {
    std::ifstream in(example, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in)
        return wxString::Format(_("Cannot read %s"), wxString::FromUTF8(example)).utf8_string();
    if (!confirm_discard(frame))
        return _("not done: the open event has unsaved changes").utf8_string();
    return write_and_open(frame, path, text.str());
}

void open_example_with_dialog(MainFrame& frame, const std::string& example) {
    if (!confirm_discard(frame)) return;
    // The installed example stays as it is: the organizer edits a copy of it.
    const std::string path = save_path(frame, _("Save a copy of the example as"),
                                       wxFileName(wxString::FromUTF8(example)).GetFullName());
    if (path.empty()) return;
    const std::string error = open_example_copy(frame, example, path);
    if (!error.empty())
        wxMessageBox(_("The example was not copied.") + "\n\n" + wxString::FromUTF8(error),
                     "Summitry", wxOK | wxICON_ERROR, &frame);
}

}  // namespace summitry::gui
