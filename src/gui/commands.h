// SPDX-License-Identifier: MIT
#pragma once
// The planner's actions. Every edit the window makes — a drag on the grid, a field of the
// inspector, a menu item — goes through these functions: they plan the edit in core, and submit
// the planned change to the history as a thin wxCommand over EventDocument::apply/undo/redo
// (design.md, principle 6). A refused plan changes nothing and comes back as its error.
// The tests call the same functions the mouse and menu handlers call.

#include <string>

#include "edit/document.h"

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
bool save(MainFrame& frame);          // false: not saved (error shown, or cancelled)
bool save_as(MainFrame& frame);
// When the document has unsaved changes, asks whether to save them; false: the user cancelled.
bool confirm_discard(MainFrame& frame);

}  // namespace summitry::gui
