// SPDX-License-Identifier: MIT
#include "inspector_fields.h"

#include <wx/propgrid/propgrid.h>
#include <wx/rearrangectrl.h>

#include <algorithm>
#include <cctype>

#include "commands.h"

namespace summitry::gui {
namespace {

std::string trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return std::string(s);
}

// The non-empty trimmed parts of `text` between `separators`.
std::vector<std::string> parts(const std::string& text, std::string_view separators) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find_first_of(separators, begin);
        if (end == std::string::npos) end = text.size();
        if (std::string part = trim(std::string_view(text).substr(begin, end - begin));
            !part.empty())
            out.push_back(std::move(part));
        begin = end + 1;
    }
    return out;
}

std::string join(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

// A word that reads back as itself in a YAML flow collection: ids, codes, feature words.
bool plain_word(const std::string& s) {
    if (s.empty() || !(std::isalnum(static_cast<unsigned char>(s.front())) ||
                       static_cast<unsigned char>(s.front()) >= 0x80))
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '/' ||
               c == '+' || c == ' ';
    });
}

std::string local_text(const date::time_zone& zone, Instant t) {
    const LocalTime local = to_local(zone, t);
    if (resolve(zone, local).kind != Resolution::ambiguous) return format_local(local);
    // The second 02:30 of an autumn night needs its offset to mean what was written.
    std::string text = format_local(local);
    text[10] = 'T';
    return text + format_offset(utc_offset_at(local, t));
}

// One line of a ranges field as a YAML flow map; "" when it cannot be read as one.
std::string range_yaml(std::string line) {
    if (line.starts_with("- ")) line = trim(line.substr(2));
    if (line.starts_with('{')) return line;
    if (line.starts_with("from:") || line.starts_with("to:") || line.starts_with("date:"))
        return "{" + line + "}";
    for (const char* separator : {" - ", " – ", " to "}) {
        const auto at = line.find(separator);
        if (at == std::string::npos) continue;
        const std::string from = trim(line.substr(0, at));
        std::string to = trim(line.substr(at + std::string_view(separator).size()));
        // "2025-02-10 09:00 - 12:00": the end on the same day.
        if (parse_clock(to) && parse_date_time(from) && from.size() >= 10)
            to = from.substr(0, 10) + " " + to;
        return "{from: " + from + ", to: " + to + "}";
    }
    if (parse_date(line)) return "{date: " + line + "}";
    return {};
}

// A list field, "a, b" or "[a, b]", as a flow sequence.
std::string list_yaml(const std::string& text) {
    std::string inner = trim(text);
    if (inner.starts_with('[') && inner.ends_with(']')) inner = inner.substr(1, inner.size() - 2);
    std::vector<std::string> items = parts(inner, ",\n");
    if (items.empty()) return std::string();
    for (std::string& item : items)
        if (!plain_word(item)) item = yaml_string(item);
    return "[" + join(items, ", ") + "]";
}

// Time ranges, one a line (range_yaml), as a flow sequence of maps.
std::optional<std::string> ranges_yaml(const std::string& text, std::string& error) {
    std::vector<std::string> ranges;
    for (const std::string& line : parts(text, "\n")) {
        ranges.push_back(range_yaml(line));
        if (ranges.back().empty()) {
            error = wxString::Format(_("'%s' is not a time range: write 2025-02-10 09:00 - 12:00, "
                                       "{from: 2025-02-10 09:00, to: 2025-02-11 12:00} or "
                                       "2025-02-10 (the whole day)"),
                                     wxString::FromUTF8(line))
                        .utf8_string();
            return std::nullopt;
        }
    }
    return ranges.empty() ? std::string() : "[" + join(ranges, ", ") + "]";
}

// Travel minutes, "venue: minutes" one a line or separated by commas, as a flow map.
std::optional<std::string> minutes_yaml(const std::string& text, std::string& error) {
    std::vector<std::string> entries;
    for (const std::string& line : parts(text, "\n,")) {
        std::string inner = line;
        if (inner.starts_with('{') && inner.ends_with('}'))
            inner = inner.substr(1, inner.size() - 2);
        const auto colon = inner.find_first_of(": ");
        if (colon == std::string::npos) {
            error = wxString::Format(_("'%s' is not a travel time: write venue: minutes"),
                                     wxString::FromUTF8(line))
                        .utf8_string();
            return std::nullopt;
        }
        entries.push_back(trim(inner.substr(0, colon)) + ": " +
                          trim(std::string_view(inner).substr(colon + 1)));
    }
    return entries.empty() ? std::string() : "{" + join(entries, ", ") + "}";
}

// Opening hours, "09:00-18:00", as a flow map of quoted clock times.
std::optional<std::string> hours_yaml(const std::string& text, std::string& error) {
    const std::string line = trim(text);
    if (line.empty() || line.starts_with('{')) return line;
    const std::vector<std::string> ends = parts(line, "-–");
    if (ends.size() != 2 || !parse_clock(ends[0]) || !parse_clock(ends[1])) {
        error = wxString::Format(_("'%s' is not opening hours: write 09:00-18:00"),
                                 wxString::FromUTF8(line))
                    .utf8_string();
        return std::nullopt;
    }
    return "{from: \"" + ends[0] + "\", to: \"" + ends[1] + "\"}";
}

}  // namespace

bool escaped(Form form) {
    return form == Form::long_text || form == Form::ranges || form == Form::minutes;
}

std::optional<std::string> field_yaml(Form form, const std::string& text, std::string& error) {
    switch (form) {
        case Form::read_only:
            error = _("This value is not changed here").utf8_string();
            return std::nullopt;
        case Form::text:
        case Form::long_text: return text.empty() ? std::string() : yaml_string(text);
        case Form::word: return trim(text);
        case Form::choice: return text.starts_with('(') ? std::string() : trim(text);
        case Form::flag:
            return (text == "true" || text == "True" || text == "1") ? std::string("true")
                                                                     : std::string("false");
        case Form::list: return list_yaml(text);
        case Form::ranges: return ranges_yaml(text, error);
        case Form::minutes: return minutes_yaml(text, error);
        case Form::hours: return hours_yaml(text, error);
    }
    return std::string();
}

std::string list_text(const std::vector<std::string>& items) {
    return join(items, ", ");
}

std::string text_in(const Text& text, const std::string& lang, const std::string& default_lang) {
    for (const auto& [l, value] : text.values())
        if (l == lang || (l.empty() && lang == default_lang)) return value;
    return {};
}

std::string ranges_text(const std::vector<TimeRange>& ranges, const date::time_zone& zone) {
    std::vector<std::string> lines;
    for (const TimeRange& r : ranges) {
        const LocalTime from = to_local(zone, r.from), to = to_local(zone, r.to);
        const Date day = local_date(from);
        if (from == day_start(day) && to == day_start(day + date::days{1})) {
            lines.push_back("{date: " + format_date(day) + "}");
            continue;
        }
        lines.push_back("{from: " + local_text(zone, r.from) + ", to: " + local_text(zone, r.to) +
                        "}");
    }
    return join(lines, "\n");
}

IdListProperty::IdListProperty(const wxString& label, const wxString& name,
                               const std::string& value, IdChoices choices)
    : wxLongStringProperty(label, name, wxString::FromUTF8(value)), choices_(std::move(choices)) {}

wxString IdListProperty::ValueToString(wxVariant& value, int) const {
    wxString out;
    for (const std::string& id : parts(value.GetString().utf8_string(), ",")) {
        const auto known = std::find_if(choices_.begin(), choices_.end(),
                                        [&](const auto& c) { return c.first == id; });
        if (!out.empty()) out += ", ";
        out += known != choices_.end() ? known->second : wxString::FromUTF8(id);
    }
    return out;
}

bool IdListProperty::StringToValue(wxVariant& variant, const wxString& text, int) const {
    const wxString ids = wxString::FromUTF8(list_text(ids_from_text(choices_, text.utf8_string())));
    if (variant.GetType() == "string" && variant.GetString() == ids) return false;
    variant = ids;
    return true;
}

std::vector<std::string> ids_from_text(const IdChoices& choices, const std::string& text) {
    const std::vector<std::string> typed = parts(text, ",");
    const auto find = [&](const std::string& part) -> const std::string* {
        const wxString t = wxString::FromUTF8(part);
        for (const auto& [id, label] : choices)
            if (id == part) return &id;
        for (const auto& [id, label] : choices)
            if (label.CmpNoCase(t) == 0) return &id;
        return nullptr;
    };
    std::vector<std::string> out;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        // A name with commas in it came apart: the longest run of parts that makes one.
        const std::string* id = nullptr;
        std::size_t used = 1;
        std::string joined = typed[i];
        for (std::size_t j = i + 1; j < typed.size() && j < i + 4; ++j) {
            joined += ", " + typed[j];
            if (const std::string* longer = find(joined)) id = longer, used = j - i + 1;
        }
        if (!id) id = find(typed[i]), used = 1;
        out.push_back(id ? *id : typed[i]);
        i += used - 1;
    }
    return out;
}

int match_choice(const wxPGChoices& choices, const wxString& typed) {
    wxString t = typed;
    t.Trim().Trim(false);
    if (t.empty()) return -1;
    const wxString lower = t.Lower();
    int starts = -1, contains = -1, n_starts = 0, n_contains = 0;
    for (unsigned i = 0; i < choices.GetCount(); ++i) {
        const wxString label = choices.GetLabel(i).Lower();
        if (label == lower) return static_cast<int>(i);
        if (label.StartsWith(lower)) starts = static_cast<int>(i), ++n_starts;
        if (label.Contains(lower)) contains = static_cast<int>(i), ++n_contains;
    }
    if (n_starts == 1) return starts;
    if (n_starts == 0 && n_contains == 1) return contains;
    return -1;
}

NameChoiceProperty::NameChoiceProperty(const wxString& label, const wxString& name,
                                       wxPGChoices& choices, int value)
    : wxEnumProperty(label, name, choices, value) {}

bool NameChoiceProperty::StringToValue(wxVariant& variant, const wxString& text, int) const {
    const int i = match_choice(m_choices, text);
    if (i < 0) return false;
    const long value = m_choices.GetValue(static_cast<unsigned>(i));
    if (variant.GetType() == "long" && variant.GetLong() == value) return false;
    variant = value;
    return true;
}

bool IdListProperty::DisplayEditorDialog(wxPropertyGrid* grid, wxVariant& value) {
    // The ids in the field first, ticked, in their order (an unknown one too: it stays
    // visible); then the others, unticked.
    IdChoices shown;
    wxArrayInt order;
    for (const std::string& id : parts(value.GetString().utf8_string(), ",")) {
        const auto known = std::find_if(choices_.begin(), choices_.end(),
                                        [&](const auto& c) { return c.first == id; });
        if (std::any_of(shown.begin(), shown.end(), [&](const auto& c) { return c.first == id; }))
            continue;
        order.push_back(static_cast<int>(shown.size()));
        shown.emplace_back(id, known != choices_.end() ? known->second : wxString::FromUTF8(id));
    }
    for (const auto& choice : choices_) {
        if (std::any_of(shown.begin(), shown.end(),
                        [&](const auto& c) { return c.first == choice.first; }))
            continue;
        order.push_back(~static_cast<int>(shown.size()));
        shown.push_back(choice);
    }
    wxArrayString labels;
    for (const auto& [id, label] : shown) labels.push_back(label);
    wxRearrangeDialog dialog(grid, _("Tick the entries and put them in order:"), GetLabel(), order,
                             labels);
    if (dialog.ShowModal() != wxID_OK) return false;
    std::vector<std::string> ids;
    for (const int i : dialog.GetOrder())
        if (i >= 0) ids.push_back(shown[static_cast<std::size_t>(i)].first);
    value = wxString::FromUTF8(list_text(ids));
    return true;
}

ItemsProperty::ItemsProperty(const wxString& label, const wxString& name, const wxString& value,
                             std::function<void()> on_button)
    : wxLongStringProperty(label, name, value), on_button_(std::move(on_button)) {}

bool ItemsProperty::DisplayEditorDialog(wxPropertyGrid*, wxVariant&) {
    if (on_button_) on_button_();
    return false;
}

}  // namespace summitry::gui
