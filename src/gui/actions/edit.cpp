// SPDX-License-Identifier: MIT
// Edit menu: undo and redo named after the edit, new entries, and the selected session's
// duplicate, delete, unplace and moves from the keyboard. Each is an edit of commands.h; the
// status bar says why one was refused.
#include <wx/artprov.h>
#include <wx/defs.h>
#include <wx/notebook.h>
#include <wx/textdlg.h>
#include <wx/translation.h>

#include "actions/action.h"
#include "commands.h"
#include "entity_list.h"
#include "main_frame.h"

namespace summitry::gui {
namespace {

bool can_undo(const MainFrame& frame) {
    return frame.planner().has_document() && frame.planner().document().can_undo();
}

bool can_redo(const MainFrame& frame) {
    return frame.planner().has_document() && frame.planner().document().can_redo();
}

// Edit > New: an entry of the list shown below (people, organizations, venues and rooms,
// tracks), or else a session.
void new_entry(MainFrame& frame) {
    Planner& planner = frame.planner();
    if (!planner.has_document()) return;
    wxWindow* page = frame.lists_book().GetCurrentPage();
    for (EntityKind kind :
         {EntityKind::person, EntityKind::organization, EntityKind::room, EntityKind::track})
        if (&frame.list_of(kind) == page) return frame.list_of(kind).ask_new();
    wxTextEntryDialog dialog(&frame, _("Id of the new session (letters, digits and dashes):"),
                             _("New Session"));
    if (dialog.ShowModal() != wxID_OK) return;
    const std::string id = dialog.GetValue().Trim().utf8_string();
    const std::string error = create_entity(planner, EntityKind::session, id);
    if (error.empty()) planner.select({id});
    frame.set_message(error);
}

// The selected session, moved by `minutes` and `rooms`; a refusal goes to the status bar.
template <int minutes, int rooms>
void nudge(MainFrame& frame) {
    frame.set_message(nudge_selected(frame.planner(), minutes, rooms));
}

}  // namespace

std::vector<Action> edit_actions() {
    return {
        {.name = "edit/undo",
         .id = wxID_UNDO,
         .label = wxTRANSLATE("&Undo"),
         .accel = "Ctrl+Z",
         .help = wxTRANSLATE("Undo the last edit"),
         .enabled = can_undo,
         .run = [](MainFrame& frame) { frame.set_message(undo(frame.planner())); },
         .label_now = [](const MainFrame& frame) { return undo_label(frame.planner()); },
         .tool = {wxART_UNDO, wxTRANSLATE("Undo"), wxTRANSLATE("Undo")}},
        {.name = "edit/redo",
         .id = wxID_REDO,
         .label = wxTRANSLATE("&Redo"),
         .accel = "Ctrl+Shift+Z",
         .extra_accel = "Ctrl+Y",  // as on Windows and in most editors
         .help = wxTRANSLATE("Redo the edit last undone"),
         .enabled = can_redo,
         .run = [](MainFrame& frame) { frame.set_message(redo(frame.planner())); },
         .label_now = [](const MainFrame& frame) { return redo_label(frame.planner()); },
         .tool = {wxART_REDO, wxTRANSLATE("Redo"), wxTRANSLATE("Redo")}},
        {.name = "edit/new",
         .label = wxTRANSLATE("&New..."),
         .accel = "Ctrl+Shift+N",  // Ctrl+N is File > New Event
         .help = wxTRANSLATE("A new session, or a new entry of the list shown below"),
         .enabled = event_open,
         .run = new_entry},
        {.name = "edit/duplicate",
         .id = wxID_DUPLICATE,
         .label = wxTRANSLATE("Dupl&icate Session"),
         .accel = "Ctrl+D",
         .help = wxTRANSLATE("Copy the selected session under a new id"),
         .enabled = session_selected,
         .run = [](MainFrame& frame) { frame.set_message(duplicate_selected(frame.planner())); }},
        {.name = "edit/delete",
         .id = wxID_DELETE,
         .label = wxTRANSLATE("&Delete Session"),
         .accel = "Del",
         .help = wxTRANSLATE("Delete the selected session"),
         .enabled = session_selected,
         .run = [](MainFrame& frame) { frame.set_message(delete_selected(frame.planner())); }},
        {.name = "edit/unplace",
         .label = wxTRANSLATE("Un&place Session"),
         .accel = "Ctrl+U",
         .help = wxTRANSLATE("Take the selected session off the grid, back to the unplaced ones"),
         .enabled = session_placed,
         .run = [](MainFrame& frame) { frame.set_message(unplace_selected(frame.planner())); }},
        {.name = "edit/earlier",
         .label = wxTRANSLATE("Move &Earlier"),
         .accel = "Alt+Shift+Up",
         .help = wxTRANSLATE("Start the selected session 5 minutes earlier"),
         .enabled = session_placed,
         .run = nudge<-5, 0>},
        {.name = "edit/later",
         .label = wxTRANSLATE("Move &Later"),
         .accel = "Alt+Shift+Down",
         .help = wxTRANSLATE("Start the selected session 5 minutes later"),
         .enabled = session_placed,
         .run = nudge<5, 0>},
        {.name = "edit/previous-room",
         .label = wxTRANSLATE("Move to Pre&vious Room"),
         .accel = "Alt+Shift+Left",
         .help = wxTRANSLATE("Move the selected session to the grid's previous room"),
         .enabled = session_placed,
         .run = nudge<0, -1>},
        {.name = "edit/next-room",
         .label = wxTRANSLATE("Move to Nex&t Room"),
         .accel = "Alt+Shift+Right",
         .help = wxTRANSLATE("Move the selected session to the grid's next room"),
         .enabled = session_placed,
         .run = nudge<0, 1>},
    };
}

}  // namespace summitry::gui
