// SPDX-License-Identifier: MIT
#pragma once
// The selected session's fields, edited in place: title in each of the event's languages, kind,
// start, duration, room, track, status, public. Each change is one edit through
// set_session_value (commands.h); a refused one shows its error and the field goes back.
// With a person, organization, venue, room or track selected instead, its fields
// (inspector_entity.cpp), through set_entity_value.

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>

#include "planner.h"

class wxPropertyGrid;
class wxPropertyGridEvent;

namespace summitry::gui {

class Inspector : public wxPanel {
public:
    Inspector(wxWindow* parent, Planner& planner);
    void on_report(std::function<void(const std::string&)> report) { report_ = std::move(report); }
    // Sets a field as the user would (name as in the grid: "title.fr", "kind", "start"...);
    // returns the error, "" when done. The tests use it; the grid's change event calls it.
    std::string change(const std::string& field, const wxString& value);

private:
    void rebuild();
    void rebuild_entity(const EntityRef& entity);                           // inspector_entity.cpp
    std::string change_entity(const std::string& field, const wxString& value);  // inspector_entity.cpp
    void on_changed(wxPropertyGridEvent& event);

    Planner& planner_;
    wxPropertyGrid* grid_ = nullptr;
    std::string session_id_;
    std::optional<EntityRef> entity_;
    std::function<void(const std::string&)> report_;
};

}  // namespace summitry::gui
