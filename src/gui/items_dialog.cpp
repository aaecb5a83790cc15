// SPDX-License-Identifier: MIT
#include "items_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "commands.h"
#include "gui_text.h"
#include "inspector_fields.h"
#include "syntax/text_scan.h"

namespace summitry::gui {
namespace {

std::string trimmed(const wxString& s) {
    wxString t = s;
    return t.Trim().Trim(false).utf8_string();
}

struct Found {
    const std::vector<TimeRange>* ranges = nullptr;
    const std::vector<std::string>* languages = nullptr;
    const std::vector<std::pair<Index, Minutes>>* travel = nullptr;
    const date::time_zone* zone = nullptr;
};

// The list `key` of `entity` in the event as it is now, and the zone its times are written in.
Found find_list(const Event& ev, const EntityRef& entity, const std::string& key) {
    Found f;
    f.zone = &ev.zone();
    switch (entity.kind) {
        case EntityKind::venue:
            if (const Index v = ev.find_venue(entity.id); v != no_index) {
                const Venue& venue = ev.venues[static_cast<std::size_t>(v)];
                if (venue.zone) f.zone = venue.zone;
                if (key == "open") f.ranges = &venue.open;
                if (key == "travel_minutes") f.travel = &venue.travel;
            }
            break;
        case EntityKind::person:
            if (const Index p = ev.find_person(entity.id); p != no_index) {
                const Person& person = ev.people[static_cast<std::size_t>(p)];
                if (key == "unavailable") f.ranges = &person.unavailable;
                if (key == "languages") f.languages = &person.languages;
            }
            break;
        case EntityKind::room:
            if (const Index r = ev.find_room(entity.id); r >= 0) {
                f.zone = &ev.zone_of_room(r);
                if (key == "unavailable")
                    f.ranges = &ev.rooms[static_cast<std::size_t>(r)].unavailable;
            }
            break;
        default: break;
    }
    return f;
}

}  // namespace

std::optional<std::string> range_item(const std::string& day_text, bool whole_day,
                                      const std::string& from_text, const std::string& to_text,
                                      std::string& error) {
    const std::optional<Date> day = parse_date(day_text);
    if (!day) {
        error = _("the day is written as 2025-02-10").utf8_string();
        return std::nullopt;
    }
    if (whole_day) return "{date: " + format_date(*day) + "}";
    const std::optional<Minutes> from = parse_clock(from_text), to = parse_clock(to_text);
    if (!from || !to) {
        error = _("times are written as 09:00").utf8_string();
        return std::nullopt;
    }
    // Wall-clock readings of the entity's zone, as the format writes them; a `to` not after
    // `from` ends on the next day (a window past midnight).
    const LocalTime start = day_start(*day) + *from;
    LocalTime end = day_start(*day) + *to;
    if (end <= start) end = day_start(*day + date::days{1}) + *to;
    return "{from: " + format_local(start) + ", to: " + format_local(end) + "}";
}

std::string add_item(Planner& planner, const ValuePath& list, const std::string& yaml) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    return submit_plan(planner, planner.document().plan_add_item(list, yaml));
}

std::string set_item(Planner& planner, const ValuePath& list, std::size_t index,
                     const std::string& yaml) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    return submit_plan(planner, planner.document().plan_set_item(list, index, yaml));
}

std::string remove_item(Planner& planner, const ValuePath& list, std::size_t index) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    return submit_plan(planner, planner.document().plan_remove_item(list, index));
}

ItemsDialog::ItemsDialog(wxWindow* parent, Planner& planner, EntityRef entity, std::string key)
    : wxDialog(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      planner_(planner),
      entity_(std::move(entity)),
      key_(std::move(key)),
      kind_(key_ == "travel_minutes" ? ItemsKind::travel
            : key_ == "languages"    ? ItemsKind::languages
                                     : ItemsKind::ranges) {
    const wxString name = entity_name(planner_, entity_.kind, entity_.id);
    const wxString what = kind_ == ItemsKind::travel      ? _("Travel minutes")
                          : kind_ == ItemsKind::languages ? _("Languages")
                          : key_ == "open"                ? _("Opening windows")
                                                          : _("Unavailable");
    SetTitle(wxString::Format(wxString::FromUTF8("%s \u2014 %s"), what,
                              name.empty() ? u8(entity_.id) : name));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    list_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(460, 150));
    sizer->Add(list_, 1, wxEXPAND | wxALL, 10);

    auto* editor = new wxBoxSizer(wxHORIZONTAL);
    auto label = [&](const wxString& text) {
        editor->Add(new wxStaticText(this, wxID_ANY, text), 0,
                    wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, 4);
    };
    const Event& ev = planner_.event();
    if (kind_ == ItemsKind::ranges) {
        wxArrayString days;
        for (Date d = ev.info.start_date; d <= ev.info.end_date; d += date::days{1})
            days.push_back(u8(format_date(d)));
        label(_("Day"));
        day_ = new wxComboBox(this, wxID_ANY, days.empty() ? wxString() : days[0],
                              wxDefaultPosition, wxSize(130, -1), days);
        editor->Add(day_, 0, wxALIGN_CENTER_VERTICAL);
        whole_day_ = new wxCheckBox(this, wxID_ANY, _("Whole day"));
        editor->Add(whole_day_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
        label(_("From"));
        from_ = new wxTextCtrl(this, wxID_ANY, "09:00", wxDefaultPosition, wxSize(70, -1));
        editor->Add(from_, 0, wxALIGN_CENTER_VERTICAL);
        label(_("To"));
        to_ = new wxTextCtrl(this, wxID_ANY, "18:00", wxDefaultPosition, wxSize(70, -1));
        editor->Add(to_, 0, wxALIGN_CENTER_VERTICAL);
        whole_day_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
            from_->Enable(!whole_day_->GetValue());
            to_->Enable(!whole_day_->GetValue());
        });
    } else if (kind_ == ItemsKind::travel) {
        for (auto& choice : entity_choices(planner_, EntityKind::venue))
            if (choice.first != entity_.id) venues_.push_back(std::move(choice));
        wxArrayString names;
        for (const auto& [id, shown] : venues_) names.push_back(shown);
        label(_("To venue"));
        venue_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, names);
        if (!names.empty()) venue_->SetSelection(0);
        editor->Add(venue_, 1, wxALIGN_CENTER_VERTICAL);
        label(_("Minutes"));
        minutes_ = new wxSpinCtrl(this, wxID_ANY, "10", wxDefaultPosition, wxSize(120, -1),
                                  wxSP_ARROW_KEYS, 0, 24 * 60, 10);
        editor->Add(minutes_, 0, wxALIGN_CENTER_VERTICAL);
    } else {
        wxArrayString codes;
        for (const wxString& c : language_choices()) codes.push_back(c);
        label(_("Language"));
        language_ = new wxComboBox(this, wxID_ANY, codes.empty() ? wxString() : codes[0],
                                   wxDefaultPosition, wxSize(120, -1), codes);
        language_->SetToolTip(_("A language of the event, or another code such as de or pt-BR"));
        editor->Add(language_, 0, wxALIGN_CENTER_VERTICAL);
    }
    sizer->Add(editor, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);
    if (kind_ == ItemsKind::ranges) {
        const Found f = find_list(ev, entity_, key_);
        sizer->Add(new wxStaticText(this, wxID_ANY,
                                    wxString::Format(_("Times are wall-clock times in %s."),
                                                     u8(std::string(f.zone->name())))),
                   0, wxLEFT | wxRIGHT | wxTOP, 10);
    }
    error_ = new wxStaticText(this, wxID_ANY, wxString());
    error_->SetForegroundColour(wxColour(0xc0, 0x1c, 0x28));
    sizer->Add(error_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto button = [&](const wxString& text, auto action) {
        auto* b = new wxButton(this, wxID_ANY, text);
        b->Bind(wxEVT_BUTTON, [this, action](wxCommandEvent&) { action(); });
        buttons->Add(b, 0, wxRIGHT, 6);
    };
    button(_("&Add"), [this] { add(); });
    button(_("&Replace"), [this] { replace(list_->GetSelection()); });
    button(_("Re&move"), [this] { remove(list_->GetSelection()); });
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CANCEL, _("&Close")), 0);
    SetEscapeId(wxID_CANCEL);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(sizer);
    list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) { fill_editor(e.GetSelection()); });
    reload();
}

std::vector<wxString> ItemsDialog::language_choices() const {
    std::vector<wxString> out;
    for (const std::string& l : planner_.event().info.languages) out.push_back(u8(l));
    return out;
}

ValuePath ItemsDialog::path() const {
    return ValuePath{std::string(entity_list_key(entity_.kind)), entity_.id, key_, {}};
}

void ItemsDialog::reload() {
    const int selected = list_->GetSelection();
    list_->Clear();
    travel_ids_.clear();
    const Event& ev = planner_.event();
    const Found f = find_list(ev, entity_, key_);
    if (f.ranges)
        for (const TimeRange& r : *f.ranges) list_->Append(u8(ranges_text({r}, *f.zone)));
    if (f.languages)
        for (const std::string& l : *f.languages) list_->Append(u8(l));
    if (f.travel)
        for (const auto& [to, minutes] : *f.travel) {
            const std::string& id = ev.venues[static_cast<std::size_t>(to)].id;
            travel_ids_.push_back(id);
            list_->Append(wxString::Format(_("%s: %d min"),
                                           entity_name(planner_, EntityKind::venue, id),
                                           static_cast<int>(minutes.count())));
        }
    if (selected >= 0 && static_cast<unsigned>(selected) < list_->GetCount())
        list_->SetSelection(selected);
}

std::vector<wxString> ItemsDialog::items() const {
    std::vector<wxString> out;
    for (unsigned i = 0; i < list_->GetCount(); ++i) out.push_back(list_->GetString(i));
    return out;
}

void ItemsDialog::fill_editor(int row) {
    if (row < 0) return;
    const Event& ev = planner_.event();
    const Found f = find_list(ev, entity_, key_);
    const auto at = static_cast<std::size_t>(row);
    if (f.ranges && at < f.ranges->size()) {
        const TimeRange& r = (*f.ranges)[at];
        const LocalTime from = to_local(*f.zone, r.from), to = to_local(*f.zone, r.to);
        const Date day = local_date(from);
        const bool whole = from == day_start(day) && to == day_start(day + date::days{1});
        set_range(format_date(day), whole, format_clock(from), format_clock(to));
    } else if (f.languages && at < f.languages->size()) {
        set_language((*f.languages)[at]);
    } else if (f.travel && at < f.travel->size()) {
        set_travel(travel_ids_[at], static_cast<int>((*f.travel)[at].second.count()));
    }
}

void ItemsDialog::set_range(const std::string& day, bool whole_day, const std::string& from,
                            const std::string& to) {
    if (!day_) return;
    day_->SetValue(u8(day));
    whole_day_->SetValue(whole_day);
    if (!from.empty()) from_->SetValue(u8(from));
    if (!to.empty()) to_->SetValue(u8(to));
    from_->Enable(!whole_day);
    to_->Enable(!whole_day);
}

void ItemsDialog::set_travel(const std::string& venue_id, int minutes) {
    if (!venue_) return;
    for (std::size_t i = 0; i < venues_.size(); ++i)
        if (venues_[i].first == venue_id) venue_->SetSelection(static_cast<int>(i));
    minutes_->SetValue(minutes);
}

void ItemsDialog::set_language(const std::string& code) {
    if (language_) language_->SetValue(u8(code));
}

std::optional<std::string> ItemsDialog::item_yaml(std::string& error) const {
    if (kind_ == ItemsKind::ranges)
        return range_item(trimmed(day_->GetValue()), whole_day_->GetValue(),
                          trimmed(from_->GetValue()), trimmed(to_->GetValue()), error);
    const std::string code = trimmed(language_->GetValue());
    if (code.empty()) {
        error = _("choose or type a language code").utf8_string();
        return std::nullopt;
    }
    // A language code is written plain, as the file writes its others ("de", "pt-BR"); anything
    // else quoted, for the core to refuse or keep as typed.
    return is_language_code(code) ? code : yaml_string(code);
}

std::string ItemsDialog::report(const std::string& error) {
    error_->SetLabel(u8(error));
    reload();
    Layout();
    return error;
}

std::string ItemsDialog::add() {
    std::string error;
    if (kind_ == ItemsKind::travel) {
        const int v = venue_->GetSelection();
        if (v < 0) return report(_("choose a venue").utf8_string());
        ValuePath p = path();
        p.lang = venues_[static_cast<std::size_t>(v)].first;  // one key of the mapping
        return report(submit_plan(
            planner_, planner_.document().plan_set(p, std::to_string(minutes_->GetValue()))));
    }
    const std::optional<std::string> yaml = item_yaml(error);
    if (!yaml) return report(error);
    return report(add_item(planner_, path(), *yaml));
}

std::string ItemsDialog::replace(int row) {
    if (row < 0 || static_cast<unsigned>(row) >= list_->GetCount())
        return report(_("select an item to replace").utf8_string());
    if (kind_ == ItemsKind::travel) {
        const int v = venue_->GetSelection();
        if (v < 0) return report(_("choose a venue").utf8_string());
        ValuePath old_key = path(), new_key = path();
        old_key.lang = travel_ids_[static_cast<std::size_t>(row)];
        new_key.lang = venues_[static_cast<std::size_t>(v)].first;
        std::vector<std::pair<ValuePath, std::string>> values;
        if (old_key.lang != new_key.lang) values.emplace_back(old_key, "");
        values.emplace_back(new_key, std::to_string(minutes_->GetValue()));
        return report(submit_plan(planner_, planner_.document().plan_set_many(
                                                _("Set travel minutes").utf8_string(), values)));
    }
    std::string error;
    const std::optional<std::string> yaml = item_yaml(error);
    if (!yaml) return report(error);
    return report(set_item(planner_, path(), static_cast<std::size_t>(row), *yaml));
}

std::string ItemsDialog::remove(int row) {
    if (row < 0 || static_cast<unsigned>(row) >= list_->GetCount())
        return report(_("select an item to remove").utf8_string());
    if (kind_ == ItemsKind::travel) {
        ValuePath p = path();
        p.lang = travel_ids_[static_cast<std::size_t>(row)];
        return report(submit_plan(planner_, planner_.document().plan_set(p, "")));
    }
    return report(remove_item(planner_, path(), static_cast<std::size_t>(row)));
}

}  // namespace summitry::gui
