// SPDX-License-Identifier: MIT
// Files: open, save, save as, and the question before changes are lost. Errors stop here, at
// the boundary, as a message to the user (design.md, principle 8).
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>

#include <exception>

#include "commands.h"
#include "main_frame.h"
#include "questions.h"

namespace summitry::gui {
namespace {

// Whether the autosave of `path` differs from the files on disk. An autosave that cannot be read
// is offered: the question is the only way to hear of it.
bool autosave_holds_edits(const std::string& path) {
    try {
        return EventDocument::recover(path).modified();
    } catch (const std::exception&) {
        return true;
    }
}

void show_error(MainFrame& frame, const wxString& what, const std::exception& e) {
    wxMessageBox(what + "\n\n" + wxString::FromUTF8(e.what()), "Summitry", wxOK | wxICON_ERROR,
                 &frame);
}

}  // namespace

void open_file(MainFrame& frame, const std::string& path) {
    if (!confirm_discard(frame)) return;
    try {
        // Opened first: the document knows its included files, so that looking for their
        // autosaves loads nothing more (has_autosave would load the event once again: on a
        // 1,351-session event, as long as opening it).
        frame.planner().open(path);
        // Edits a crash left unsaved: offer them back, or forget them for good.
        bool recover = false;
        bool autosaved = frame.planner().document().has_newer_autosave();
        // An autosave that holds the file's own text (its edits were undone, or saved by another
        // program) has nothing to recover: removed without a question.
        if (autosaved && !autosave_holds_edits(path)) {
            EventDocument::discard_autosave(path);
            autosaved = false;
        }
        if (autosaved) {
            const wxString name = wxFileName(wxString::FromUTF8(path)).GetFullName();
            recover = ask(&frame, Question::recover,
                          wxString::Format(_("Recover unsaved changes?\n\n%s has changes that "
                                             "were not saved when Summitry last stopped."),
                                           name),
                          _("&Recover"), _("&Discard"));
            if (!recover) EventDocument::discard_autosave(path);
        }
        if (recover) {
            frame.planner().open(path, true);
            frame.set_message(_("Recovered unsaved changes: save them to keep them").utf8_string());
        }
    } catch (const std::exception& e) {
        show_error(frame, wxString::Format(_("Cannot open %s"), wxString::FromUTF8(path)), e);
        return;
    }
    frame.recent().AddFileToHistory(wxString::FromUTF8(path));
    const std::size_t errors = frame.planner().document().diagnostics().errors();
    if (frame.planner().document().modified() && !errors) return;  // keep the "Recovered" note
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

namespace {

wxString file_names(const std::vector<std::string>& files) {
    wxString names;
    for (const std::string& f : files)
        names += "\n  " + wxFileName(wxString::FromUTF8(f)).GetFullName();
    return names;
}

}  // namespace

bool save(MainFrame& frame) {
    Planner& planner = frame.planner();
    if (!planner.has_document()) return false;
    const wxString path = wxString::FromUTF8(planner.document().path());
    EventDocument::SaveResult saved;
    try {
        try {
            saved = planner.document().save();
        } catch (const ChangedOnDisk& e) {
            // Another program wrote the files since they were read, on the same values: the
            // question asked for any change on disk, with what each answer does to both versions.
            const wxString message =
                _("Another program changed the event's files since you opened them:") +
                file_names(e.files()) + "\n\n" +
                _("Its changes and yours touch the same values. Reload its version? Your unsaved "
                  "changes will be lost. Or save yours over it: its version is kept beside the "
                  "file, with .bak added to the name.");
            if (ask(&frame, Question::reload, message, _("&Reload"), _("&Save Mine"))) {
                reload_from_disk(frame);
                return false;
            }
            planner.document().save(EventDocument::OnDiskChange::overwrite);
            frame.set_message(
                wxString::Format(_("Saved %s; the version another program wrote is %s.bak"), path,
                                 path)
                    .utf8_string());
            frame.refresh_chrome();
            return true;
        }
    } catch (const std::exception& e) {
        show_error(frame, _("The event was not saved; the file on disk is as it was."), e);
        return false;
    }
    if (!saved.merged.empty()) {
        // The edits were made again on the new text: the history's edits were on the old one.
        planner.history().ClearCommands();
        planner.document_changed();
        frame.set_message(wxString::Format(_("Saved %s with the changes another program made to "
                                             "it; the undo history starts anew"),
                                           path)
                              .utf8_string());
        return true;
    }
    frame.set_message(wxString::Format(_("Saved %s"), path).utf8_string());
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

bool reload_from_disk(MainFrame& frame) {
    Planner& planner = frame.planner();
    if (!planner.has_document()) return false;
    const std::string path = planner.document().path();
    const bool had_edits = planner.document().modified();
    try {
        planner.open(path);
    } catch (const std::exception& e) {
        show_error(frame, wxString::Format(_("Cannot reload %s"), wxString::FromUTF8(path)), e);
        return false;
    }
    if (had_edits) EventDocument::discard_autosave(path);
    frame.set_message(wxString::Format(_("Reloaded %s"), wxString::FromUTF8(path)).utf8_string());
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
        case wxID_NO:
            // Chosen not to keep them: the next start must not offer them back.
            EventDocument::discard_autosave(planner.document().path());
            return true;
        default: return false;
    }
}

}  // namespace summitry::gui
