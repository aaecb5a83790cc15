// SPDX-License-Identifier: MIT
// Files: open, save, save as, and the question before changes are lost. Errors stop here, at
// the boundary, as a message to the user (design.md, principle 8).
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>

#include <exception>

#include "commands.h"
#include "main_frame.h"

namespace summitry::gui {
namespace {

void show_error(MainFrame& frame, const wxString& what, const std::exception& e) {
    wxMessageBox(what + "\n\n" + wxString::FromUTF8(e.what()), "Summitry", wxOK | wxICON_ERROR,
                 &frame);
}

}  // namespace

void open_file(MainFrame& frame, const std::string& path) {
    if (!confirm_discard(frame)) return;
    try {
        frame.planner().open(path);
    } catch (const std::exception& e) {
        show_error(frame, wxString::Format(_("Cannot open %s"), wxString::FromUTF8(path)), e);
        return;
    }
    frame.recent().AddFileToHistory(wxString::FromUTF8(path));
    const std::size_t errors = frame.planner().document().diagnostics().errors();
    frame.set_message(errors ? wxString::Format(_("%lu errors in the file: see Conflicts"),
                                                static_cast<unsigned long>(errors))
                                   .utf8_string()
                             : std::string());
}

void open_with_dialog(MainFrame& frame) {
    wxFileDialog dialog(&frame, _("Open an event"), {}, {},
                        _("Event files (*.yaml;*.yml)|*.yaml;*.yml|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    open_file(frame, dialog.GetPath().utf8_string());
}

bool save(MainFrame& frame) {
    Planner& planner = frame.planner();
    if (!planner.has_document()) return false;
    try {
        planner.document().save();
    } catch (const std::exception& e) {
        show_error(frame, _("The event was not saved; the file on disk is as it was."), e);
        return false;
    }
    frame.set_message(wxString::Format(_("Saved %s"), wxString::FromUTF8(planner.document().path()))
                          .utf8_string());
    frame.refresh_chrome();
    return true;
}

bool save_as(MainFrame& frame) {
    Planner& planner = frame.planner();
    if (!planner.has_document()) return false;
    const wxFileName current(wxString::FromUTF8(planner.document().path()));
    wxFileDialog dialog(&frame, _("Save the event as"), current.GetPath(), current.GetFullName(),
                        _("Event files (*.yaml)|*.yaml|All files|*"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return false;
    try {
        planner.document().save_as(dialog.GetPath().utf8_string());
    } catch (const std::exception& e) {
        show_error(frame, _("The event was not saved."), e);
        return false;
    }
    frame.recent().AddFileToHistory(dialog.GetPath());
    frame.refresh_chrome();
    return true;
}

bool confirm_discard(MainFrame& frame) {
    Planner& planner = frame.planner();
    if (!planner.has_document() || !planner.document().modified()) return true;
    const wxString name = wxFileName(wxString::FromUTF8(planner.document().path())).GetFullName();
    wxMessageDialog ask(&frame,
                        wxString::Format(_("Save the changes to %s before closing it?"), name),
                        "Summitry", wxYES_NO | wxCANCEL | wxICON_QUESTION);
    ask.SetYesNoCancelLabels(_("&Save"), _("&Discard"), _("&Cancel"));
    switch (ask.ShowModal()) {
    case wxID_YES: return save(frame);
    case wxID_NO: return true;
    default: return false;
    }
}

}  // namespace summitry::gui
