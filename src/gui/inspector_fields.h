// SPDX-License-Identifier: MIT
#pragma once
// The inspector's fields: how a value of the event is shown in a field, and how the text an
// organizer typed there becomes the YAML value the core plans with (EventDocument::plan_set,
// which refuses what would not load). Lists and maps become YAML flow text, `[a, b]`.

#include <wx/propgrid/props.h>

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

// Ids separated by commas, typed in the cell, or ticked and ordered in a dialog (its button).
class IdListProperty : public wxLongStringProperty {
public:
    IdListProperty(const wxString& label, const wxString& name, const std::string& value,
                   IdChoices choices);

protected:
    bool DisplayEditorDialog(wxPropertyGrid* grid, wxVariant& value) override;

private:
    IdChoices choices_;
};

}  // namespace summitry::gui
