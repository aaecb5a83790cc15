// SPDX-License-Identifier: MIT
#pragma once
// The planner's actions. Every edit the window makes — a drag on the grid, a field of the
// inspector, a menu item — goes through these functions: they plan the edit in core, and submit
// the planned change to the history as a thin wxCommand over EventDocument::apply/undo/redo
// (design.md, principle 6). A refused plan changes nothing and comes back as its error.
// The tests call the same functions the mouse and menu handlers call.

#include <functional>
#include <string>

#include "edit/document.h"
#include "edit/new_event.h"

class wxWindow;

namespace summitry::gui {

class Planner;
class MainFrame;

// Edits. Each returns "" when done, else why not (for the status bar).
std::string submit_plan(Planner& planner, Plan plan);
std::string move_session(Planner& planner, Index session, LocalTime start, Index room);
std::string resize_session(Planner& planner, Index session, Minutes duration);
// One value of a session, as `summitry-cli set` names it: key "title", lang "fr", yaml "...".
std::string set_session_value(Planner& planner, const std::string& session_id,
                              const std::string& key, const std::string& lang,
                              const std::string& yaml);
// Duplicates the selected session under a fresh id ("<id>-2", ...) and selects the copy.
std::string duplicate_selected(Planner& planner);
std::string delete_selected(Planner& planner);
// Moves the selected session by `minutes` and `rooms` columns (the grid's order), from the
// keyboard; refused for an unplaced session.
std::string nudge_selected(Planner& planner, int minutes, int rooms);
// Takes the selected session off the grid, back to the tray of unplaced sessions.
std::string unplace_selected(Planner& planner);
// People, organizations, venues, rooms and tracks (commands_entities.cpp). A room is named
// "venue/room". Create and duplicate select the new entity.
std::string create_entity(Planner& planner, EntityKind kind, const std::string& id,
                          const std::string& venue_id = {});
std::string duplicate_entity(Planner& planner, EntityKind kind, const std::string& id,
                             const std::string& new_id);
// Refused while something refers to it (the error names what).
std::string delete_entity(Planner& planner, EntityKind kind, const std::string& id);
// With its references removed or given to `replacement`, in the same edit
// (EventDocument::plan_delete); delete_dialog.h asks which.
std::string delete_entity(Planner& planner, EntityKind kind, const std::string& id,
                          OnReferences on_references, const std::string& replacement = {});
std::string set_entity_value(Planner& planner, EntityKind kind, const std::string& id,
                             const std::string& key, const std::string& lang,
                             const std::string& yaml);
// Why the scheduler, an export or a printout cannot start now: no event is open, or the event
// has errors (they would be read wrong). "" when they can.
std::string not_ready_for_output(const Planner& planner);

// Puts the document's last edit, made by a core job (write_schedule), on the history as one
// undoable command, and tells the views.
void record_applied(Planner& planner);

// The scheduler (plan/schedule.h) on the open event, on a worker thread (background.h):
// `keep_going` is called on the GUI thread with the share done, false cancels (what is placed
// by then is kept). What it places or moves is one undoable edit. `error` is why nothing was
// done ("" otherwise); `report` is the scheduler's report for people.
struct ScheduleRun {
    std::string error;
    std::string report;
    int placed = 0, moved = 0, not_placed = 0;
    bool cancelled = false;
};
ScheduleRun schedule_sessions(Planner& planner, bool repair,
                              const std::function<bool(double done)>& keep_going);
// Tools > Schedule / Repair: the same, with a progress dialog and the report at the end.
void schedule_with_dialog(MainFrame& frame, bool repair);

std::string undo(Planner& planner);
std::string redo(Planner& planner);

// "Undo Move 'Fireside chat'", "Undo" when there is nothing to undo; '&' escaped for menus.
std::string undo_label(const Planner& planner);
std::string redo_label(const Planner& planner);

// A value as YAML: quoted when plain text would not read back as the same string.
std::string yaml_string(const std::string& text);

// Files, with dialogs (each catches what it throws and shows it).
void open_file(MainFrame& frame, const std::string& path);
void open_with_dialog(MainFrame& frame);
bool save(MainFrame& frame);  // false: not saved (error shown, or cancelled)
bool save_as(MainFrame& frame);
// Opens the document's file again as it is on disk, forgetting unsaved edits (and their
// autosave) and the undo history; false when it cannot be read (the document stays).
bool reload_from_disk(MainFrame& frame);
// When the document has unsaved changes, asks whether to save them; false: the user cancelled.
bool confirm_discard(MainFrame& frame);

// A new event and the examples (commands_new.cpp). Each returns "" when done, else why not.
// Writes the event `spec` describes to `path` (replacing a file there: the save dialog asked)
// and opens it.
std::string create_event(MainFrame& frame, const NewEvent& spec, const std::string& path);
// File > New: the New event dialog, then where to save it.
void new_event_with_dialog(MainFrame& frame);
// Copies the example event `example` to `path` and opens the copy: the installed file stays as
// it is.
std::string open_example_copy(MainFrame& frame, const std::string& example,
                              const std::string& path);
void open_example_with_dialog(MainFrame& frame, const std::string& example);

}  // namespace summitry::gui
