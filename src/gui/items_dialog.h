// SPDX-License-Identifier: MIT
#pragma once
// The inspector's editors for the lists inside an entity (issue 15): a venue's opening windows
// (`open`) and travel times (`travel_minutes`), a person's or room's unavailability
// (`unavailable`) and a person's languages. The dialog lists the items, by name, and edits one
// at a time with the widgets its kind needs — a day and from/to times in the entity's zone, a
// venue chosen by name and minutes, a language of the event or another code. Add, Replace and
// Remove each make one undoable edit of that item (EventDocument::plan_add_item /
// plan_set_item / plan_remove_item; travel times one key of the mapping), so the file changes
// by that item's line only.

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <vector>

#include "choices.h"
#include "planner.h"

class wxCheckBox;
class wxChoice;
class wxComboBox;
class wxListBox;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace summitry::gui {

enum class ItemsKind { ranges, travel, languages };

// One time range as the format writes it, in the zone of its entity: "{date: 2025-02-11}" for a
// whole day, else "{from: 2025-02-10 09:00, to: 2025-02-10 12:00}" (a `to` not after `from`
// is on the next day). Nothing, and `error` set, when the day or a time does not read.
std::optional<std::string> range_item(const std::string& day, bool whole_day,
                                      const std::string& from, const std::string& to,
                                      std::string& error);

// Edits one item of a list of the file in one undoable step (commands.h's submit_plan).
std::string add_item(Planner& planner, const ValuePath& list, const std::string& yaml);
std::string set_item(Planner& planner, const ValuePath& list, std::size_t index,
                     const std::string& yaml);
std::string remove_item(Planner& planner, const ValuePath& list, std::size_t index);

class ItemsDialog : public wxDialog {
public:
    // The list `key` of the entity (kind and id, as EntityRef); `key` is open, unavailable,
    // languages or travel_minutes.
    ItemsDialog(wxWindow* parent, Planner& planner, EntityRef entity, std::string key);

    ItemsKind kind() const { return kind_; }
    // The items as the list shows them.
    std::vector<wxString> items() const;
    // The editor's widgets, as the organizer fills them (tests and screenshots).
    void set_range(const std::string& day, bool whole_day, const std::string& from = {},
                   const std::string& to = {});
    void set_travel(const std::string& venue_id, int minutes);
    void set_language(const std::string& code);
    // The buttons: each "" when done, else why not (also shown in the dialog).
    std::string add();
    std::string replace(int row);
    std::string remove(int row);
    // The language codes offered: the event's.
    std::vector<wxString> language_choices() const;

private:
    void reload();
    void fill_editor(int row);
    // The editor's item as YAML (ranges, languages), or nothing with `error` set.
    std::optional<std::string> item_yaml(std::string& error) const;
    ValuePath path() const;
    std::string report(const std::string& error);

    Planner& planner_;
    EntityRef entity_;
    std::string key_;
    ItemsKind kind_;
    wxListBox* list_ = nullptr;
    wxStaticText* error_ = nullptr;
    // ranges
    wxComboBox* day_ = nullptr;
    wxCheckBox* whole_day_ = nullptr;
    wxTextCtrl* from_ = nullptr;
    wxTextCtrl* to_ = nullptr;
    // travel
    wxChoice* venue_ = nullptr;
    wxSpinCtrl* minutes_ = nullptr;
    Choices venues_;
    std::vector<std::string> travel_ids_;  // the venue of each row
    // languages
    wxComboBox* language_ = nullptr;
};

}  // namespace summitry::gui
