// SPDX-License-Identifier: MIT
#pragma once
// The selected item's fields, every key of the format (event-format.md), edited in place. A
// session (inspector_session.cpp): its title, description and abstract in each of the event's
// languages, kind, status, flags, time and place, people and organizations, needs, languages,
// tags, url, revision (read-only). A person, organization, venue, room or track
// (inspector_entity.cpp); with nothing selected, the event itself (inspector_event.cpp).
// Each field is named as `summitry-cli set` names its key ("title.fr", "speakers",
// "unavailable"); what is typed becomes a YAML value (lists and maps as flow text, `[a, b]`,
// inspector_fields.h) and each change is one undoable edit through set_session_value /
// set_entity_value (commands.h). The core plans it: a refused one shows its error and the
// field goes back.

#include <wx/panel.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "planner.h"

class wxPGProperty;
class wxPropertyGrid;
class wxPropertyGridEvent;

namespace summitry::gui {

enum class Form;

class Inspector : public wxPanel {
public:
    Inspector(wxWindow* parent, Planner& planner);
    void on_report(std::function<void(const std::string&)> report) { report_ = std::move(report); }
    // Sets a field as the user would (by its name: "title.fr", "kind", "speakers"...; a list as
    // "a, b", time ranges one a line); returns the error, "" when done. The tests use it; the
    // grid's change event calls it.
    std::string change(const std::string& field, const wxString& value);
    // Types `text` into the field's cell as the organizer would, and commits it: a list of
    // people or organizations by names or ids, a choice by its name or, in a long one, a unique
    // start or part of it. Returns the error, "" when done.
    std::string type(const std::string& field, const wxString& text);
    // The fields shown, in order, and what one shows (as change() takes it; tests).
    std::vector<std::string> fields() const;
    wxString value_of(const std::string& field) const;
    // What the field's cell shows: a choice its label (a name) where value_of() gives the id.
    wxString shown_text(const std::string& field) const;
    // The field's property (tests: its editor and attributes), or nullptr.
    wxPGProperty* property(const std::string& field) const;
    // The labels the label column cuts short (tests: none, in French too).
    std::vector<wxString> cut_labels() const;
    // The room the label column has beyond its longest label (tests: little, the values take
    // the rest).
    int spare_label_width() const;
    // The editor of the list `key` of the entity shown (open, unavailable, travel_minutes,
    // languages: items_dialog.h), as the field's button opens it; false when none is shown.
    bool edit_items(const std::string& key);

private:
    void rebuild();
    // The labels' column as wide as the longest label needs (in bold, as a modified field's
    // label is shown), the values the rest.
    void fit_labels();
    void rebuild_session(const Session& session);  // inspector_session.cpp
    void rebuild_entity(const EntityRef& entity);  // inspector_entity.cpp
    // The fields of each kind of entity, after the header with its id (inspector_entity.cpp).
    void entity_header(const wxString& caption, const std::string& id);
    void person_fields(const std::string& id, const Person& person);
    void organization_fields(const std::string& id, const Organization& organization);
    void venue_fields(const std::string& id, const Venue& venue);
    void room_fields(const std::string& id, Index room);
    void track_fields(const std::string& id, const Track& track);
    void rebuild_event();  // inspector_event.cpp
    std::string change_session(const std::string& key, const std::string& lang,
                               const std::string& yaml);  // inspector_session.cpp
    void on_changed(wxPropertyGridEvent& event);

    // Builders for the files of each kind. Every field is named after its key.
    void category(const wxString& label);
    wxPGProperty* field(wxPGProperty* property, Form form, const wxString& help = {});
    void read_only(const wxString& label, const std::string& key, const std::string& value);
    void text(const wxString& label, const std::string& key, const std::string& value, Form form);
    // One field a language of the event: "key.en", "key.fr".
    void texts(const wxString& label, const std::string& key, const Text& value, Form form);
    void list(const wxString& label, const std::string& key, const std::vector<std::string>& items,
              const wxString& help);
    // Ids that the dialog of the field's button offers to tick and order.
    void ids(const wxString& label, const std::string& key, const std::vector<std::string>& value,
             std::vector<std::pair<std::string, wxString>> choices, const wxString& help);
    // One of `values`; with `none`, that entry first, for no value.
    void choice(const wxString& label, const std::string& key,
                const std::vector<std::string>& values, const std::string& current,
                const wxString& none = {});
    // The same, each value shown by its label (a name, a translated word) and stored as its id.
    void choice(const wxString& label, const std::string& key,
                const std::vector<std::pair<std::string, wxString>>& values,
                const std::string& current, const wxString& none = {});
    // Rooms, tracks and organizations by name (the id after a name two of them share).
    std::vector<std::pair<std::string, wxString>> room_choices() const;
    std::vector<std::pair<std::string, wxString>> track_choices() const;
    std::vector<std::pair<std::string, wxString>> organization_names() const;
    void flag(const wxString& label, const std::string& key, bool value);
    void ranges(const wxString& label, const std::string& key, const std::vector<TimeRange>& value,
                const date::time_zone& zone);
    // A list inside the entity shown, typed in its cell or edited item by item in the editor its
    // button opens (edit_items).
    void items(const wxString& label, const std::string& key, const std::string& value, Form form,
               const wxString& help);
    // People and organizations of the event, for ids().
    // Made again only when the people or the language changed: a session's form asks three
    // times, on every edit (on 36C3, 909 people sorted by name each time).
    const std::vector<std::pair<std::string, wxString>>& people_choices() const;
    mutable std::string people_key_;
    mutable std::vector<std::pair<std::string, wxString>> people_cache_;
    std::vector<std::pair<std::string, wxString>> organization_choices() const;

    Planner& planner_;
    wxPropertyGrid* grid_ = nullptr;
    std::string session_id_;
    std::optional<EntityRef> entity_;
    bool event_ = false;  // the event itself is shown
    std::map<std::string, Form> forms_;
    std::map<std::string, std::vector<std::string>> choice_ids_;  // a choice's ids, by row
    std::function<void(const std::string&)> report_;
};

}  // namespace summitry::gui
