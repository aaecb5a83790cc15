// SPDX-License-Identifier: MIT
#pragma once
// The inspector's fields: how a value of the event is shown in a field, and how the text an
// organizer typed there becomes the YAML value the core plans with (EventDocument::plan_set,
// which refuses what would not load). Lists and maps become YAML flow text, `[a, b]`.

#include <wx/propgrid/props.h>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/event.h"

namespace summitry::gui {

enum class Form {
    read_only,
    text,       // a string, quoted as YAML: "Fireside chat"
    long_text,  // the same on several lines (the grid's cell shows a line break as \n)
    word,       // written as typed: numbers, dates, times, durations, codes, ids
    choice,     // one of a list; a "(none)" entry removes the key
    flag,       // true or false
    list,       // words or ids separated by commas: [a, b]
    ranges,     // time ranges, one a line: [{from: 2025-02-10 08:00, to: ...}, {date: ...}]
    minutes,    // "venue: minutes", one a line: {residence: 5}
    hours,      // "09:00-18:00": {from: "09:00", to: "18:00"}
};

// Whether the grid keeps the field's line breaks as escape sequences (wxLongStringProperty).
bool escaped(Form form);

// The YAML value for `text` typed into a field of `form`; "" removes the key. Nothing, and
// `error` set, when the text cannot make one.
std::optional<std::string> field_yaml(Form form, const std::string& text, std::string& error);

// "a, b"
std::string list_text(const std::vector<std::string>& items);
// The text of a multilingual value in exactly `lang` (a plain text counts as the default
// language only), so that a field never shows another language's text as its own.
std::string text_in(const Text& text, const std::string& lang, const std::string& default_lang);
// Time ranges as the format writes them, in `zone`, one a line:
// "{from: 2025-02-10 08:00, to: 2025-02-10 17:00}", "{date: 2025-02-11}".
std::string ranges_text(const std::vector<TimeRange>& ranges, const date::time_zone& zone);

// A choice of ids for an IdListProperty: the id and what the dialog shows for it.
using IdChoices = std::vector<std::pair<std::string, wxString>>;

// Ids separated by commas, ticked and ordered in a dialog (its button), or typed in the cell.
// The value is the ids; the cell shows the names (people, organizations) and takes names or
// ids typed, so an organizer reads and types "Dame Menna Rawlings" where the file has
// `menna-rawlings`.
class IdListProperty : public wxLongStringProperty {
public:
    IdListProperty(const wxString& label, const wxString& name, const std::string& value,
                   IdChoices choices);
    wxString ValueToString(wxVariant& value, int flags = 0) const override;
    bool StringToValue(wxVariant& variant, const wxString& text, int flags = 0) const override;

protected:
    bool DisplayEditorDialog(wxPropertyGrid* grid, wxVariant& value) override;

private:
    IdChoices choices_;
};

// The ids that `text` names, separated by commas: each part an id of `choices`, or a name
// (case aside; a name with commas in it too), or kept as typed (the core then says it is
// unknown).
std::vector<std::string> ids_from_text(const IdChoices& choices, const std::string& text);

// The index of the choice `typed` stands for: its label (case aside), else the only label that
// starts with it, else the only one that contains it; -1 when none or several do.
int match_choice(const wxPGChoices& choices, const wxString& typed);

// One of a list of names standing for ids (a track, a room, an organization): chosen in its
// popup or, in a long list, typed into a combo box that completes names as they are typed
// (Inspector::choice) — a unique start or part of a name is enough.
class NameChoiceProperty : public wxEnumProperty {
public:
    NameChoiceProperty(const wxString& label, const wxString& name, wxPGChoices& choices,
                       int value);
    bool StringToValue(wxVariant& variant, const wxString& text, int flags = 0) const override;
};

// A field typed in its cell whose button opens an editor of its own (the lists inside an
// entity: items_dialog.h). The editor makes its edits itself; the button changes no value.
class ItemsProperty : public wxLongStringProperty {
public:
    ItemsProperty(const wxString& label, const wxString& name, const wxString& value,
                  std::function<void()> on_button);

protected:
    bool DisplayEditorDialog(wxPropertyGrid* grid, wxVariant& value) override;

private:
    std::function<void()> on_button_;
};

}  // namespace summitry::gui
