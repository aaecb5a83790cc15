// SPDX-License-Identifier: MIT
#pragma once
// The entities of the event as an organizer chooses among them: each by its name in the
// planner's language, stored by its id. The inspector's choices, the delete dialog's "give them
// to" and the lists' pickers share them, so a name reads the same everywhere.

#include <wx/string.h>

#include <string>
#include <utility>
#include <vector>

#include "planner.h"

namespace summitry::gui {

// (id, what is shown), sorted by what is shown.
using Choices = std::vector<std::pair<std::string, wxString>>;

// People, organizations, venues, rooms or tracks of the event, each shown by its name (a room's
// followed by its venue's where the event has several venues), with the id after a name that
// two share, or in its place where there is no name. Rooms are stored as the file names them
// (Room::ref).
Choices entity_choices(const Planner& planner, EntityKind kind);

// What one entity is called, as entity_choices() shows it ("" when it does not exist).
wxString entity_name(const Planner& planner, EntityKind kind, const std::string& id);

}  // namespace summitry::gui
