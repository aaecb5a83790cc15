// SPDX-License-Identifier: MIT
#include "inspector.h"

#include <wx/propgrid/advprops.h>
#include <wx/propgrid/propgrid.h>
#include <wx/sizer.h>

#include <algorithm>
#include <map>

#include "choices.h"
#include "commands.h"
#include "gui_text.h"
#include "inspector_fields.h"
#include "items_dialog.h"
#include "planner.h"

namespace summitry::gui {
namespace {

// Choices longer than this are typed into (a combo box that completes), not only scrolled.
constexpr unsigned long_choice = 12;

wxString escape(const std::string& s) {
    wxString out;
    wxPropertyGrid::CreateEscapeSequences(out, u8(s));
    return out;
}

// What the inspector shows, to keep the organizer's place when the same item is shown again.
std::string shown_key(const std::string& session, const std::optional<EntityRef>& entity,
                      bool event) {
    if (!session.empty()) return "session:" + session;
    if (entity) return "entity:" + std::string(entity_list_key(entity->kind)) + "/" + entity->id;
    return event ? "event" : "";
}

}  // namespace

Inspector::Inspector(wxWindow* parent, Planner& planner) : wxPanel(parent), planner_(planner) {
    grid_ = new wxPropertyGrid(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxPG_BOLD_MODIFIED | wxPG_TOOLTIPS);
    grid_->SetExtraStyle(wxPG_EX_HELP_AS_TOOLTIPS);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid_, 1, wxEXPAND);
    SetSizer(sizer);
    grid_->Bind(wxEVT_PG_CHANGED, &Inspector::on_changed, this);
    grid_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] { fit_labels(); });
    });
    grid_->Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
        e.Skip();
        CallAfter([this] { fit_labels(); });
    });
    planner_.subscribe([this](ChangeKind kind) {
        // Edits from this grid are made after its own change event (on_changed), so rebuilding
        // here never pulls a property from under its handler.
        if (kind != ChangeKind::day) rebuild();
    });
    rebuild();
}

void Inspector::rebuild() {
    const std::string before = shown_key(session_id_, entity_, event_);
    const wxPGProperty* selected = grid_->GetSelection();
    const wxString selected_name = selected ? selected->GetName() : wxString();
    const wxPoint view = grid_->GetViewStart();
    grid_->Freeze();
    grid_->Clear();
    forms_.clear();
    session_id_.clear();
    entity_.reset();
    event_ = false;
    const Index index = planner_.selected_session();
    if (!planner_.has_document()) {
        grid_->Append(new wxPropertyCategory(_("Nothing selected")));
    } else if (index != no_index) {
        const Session& s = planner_.event().sessions[static_cast<std::size_t>(index)];
        session_id_ = s.id;
        rebuild_session(s);
    } else if (planner_.selected_entity()) {
        rebuild_entity(*planner_.selected_entity());
    } else {
        rebuild_event();
        event_ = true;
    }
    // After an edit the same item comes back: stay on the field and where the grid was scrolled.
    if (!before.empty() && before == shown_key(session_id_, entity_, event_)) {
        if (wxPGProperty* p =
                selected_name.empty() ? nullptr : grid_->GetPropertyByName(selected_name))
            grid_->SelectProperty(p, false);
        grid_->Scroll(view);
    }
    grid_->Thaw();
    // Labels as wide as the longest needs, the rest for the values: measured now, and again
    // when the grid is resized or shown.
    fit_labels();
}

void Inspector::fit_labels() {
    // Measured here rather than by wxPropertyGrid::SetSplitterLeft, which measures nothing in a
    // grid not laid out yet (36C3's inspector, filled while the big event opened, kept its labels
    // cut to "Tit", "Sub") and then gives every later width to the values.
    const wxFont bold = grid_->GetFont().Bold();
    int widest = 0;
    for (wxPropertyGridIterator it = grid_->GetIterator(); !it.AtEnd(); ++it) {
        const wxPGProperty* p = *it;
        if (p->IsCategory()) continue;
        int w = 0, h = 0;
        grid_->GetTextExtent(p->GetLabel(), &w, &h, nullptr, nullptr, &bold);
        widest = std::max(widest, w);
    }
    if (widest == 0) return;
    // wxPropertyGrid draws a label a few pixels after the margin and the category's indent.
    int splitter = grid_->GetMarginWidth() + widest + FromDIP(14);
    // A value keeps some room even in a narrow pane.
    if (const int width = grid_->GetClientSize().x; width > 0)
        splitter = std::min(splitter, std::max(width / 2, width - FromDIP(80)));
    if (splitter != grid_->GetSplitterPosition()) grid_->SetSplitterPosition(splitter);
}

std::vector<wxString> Inspector::cut_labels() const {
    std::vector<wxString> out;
    const int room = grid_->GetSplitterPosition() - grid_->GetMarginWidth();
    for (wxPropertyGridIterator it = grid_->GetIterator(); !it.AtEnd(); ++it) {
        const wxPGProperty* p = *it;
        if (p->IsCategory()) continue;
        if (grid_->GetTextExtent(p->GetLabel()).x > room) out.push_back(p->GetLabel());
    }
    return out;
}

int Inspector::spare_label_width() const {
    int widest = 0;
    for (wxPropertyGridIterator it = grid_->GetIterator(); !it.AtEnd(); ++it)
        if (!(*it)->IsCategory())
            widest = std::max(widest, grid_->GetTextExtent((*it)->GetLabel()).x);
    return grid_->GetSplitterPosition() - grid_->GetMarginWidth() - widest;
}

std::string Inspector::change(const std::string& field, const wxString& value) {
    if (!planner_.has_document()) return "no event is open";
    const auto form = forms_.find(field);
    if (form == forms_.end()) return "no field '" + field + "' is shown";
    std::string key = field, lang;
    if (const auto dot = field.find('.'); dot != std::string::npos) {
        key = field.substr(0, dot);
        lang = field.substr(dot + 1);
    }
    std::string error;
    const std::optional<std::string> yaml = field_yaml(form->second, value.utf8_string(), error);
    if (!yaml) return error;
    // Copies: the edit rebuilds this grid, and what it shows, before the command returns.
    if (!session_id_.empty()) return change_session(key, lang, *yaml);
    if (entity_) {
        const EntityRef entity = *entity_;
        return set_entity_value(planner_, entity.kind, entity.id, key, lang, *yaml);
    }
    return submit_plan(planner_,
                       planner_.document().plan_set(ValuePath{"event", {}, key, lang}, *yaml));
}

std::vector<std::string> Inspector::fields() const {
    std::vector<std::string> out;
    for (wxPropertyGridIterator it = grid_->GetIterator(); !it.AtEnd(); ++it)
        if (forms_.contains((*it)->GetName().utf8_string()))
            out.push_back((*it)->GetName().utf8_string());
    return out;
}

wxString Inspector::value_of(const std::string& field) const {
    const auto form = forms_.find(field);
    wxPGProperty* p = grid_->GetPropertyByName(u8(field));
    if (form == forms_.end() || !p) return {};
    if (form->second == Form::flag) return p->GetValue().GetBool() ? "true" : "false";
    if (const auto ids = choice_ids_.find(field);
        form->second == Form::choice && ids != choice_ids_.end()) {
        // A choice shows names and stores ids; the "(none)" entry is its label, which removes
        // the key.
        const int row = p->GetChoiceSelection();
        if (row < 0 || static_cast<std::size_t>(row) >= ids->second.size()) return {};
        const std::string& id = ids->second[static_cast<std::size_t>(row)];
        return id.empty() ? p->GetValueAsString() : u8(id);
    }
    // The value itself: a list of people shows their names, and holds their ids.
    wxString value = form->second == Form::list ? p->GetValue().GetString() : p->GetValueAsString();
    if (!escaped(form->second)) return value;
    wxString expanded;
    wxPropertyGrid::ExpandEscapeSequences(expanded, value);
    return expanded;
}

std::string Inspector::type(const std::string& field, const wxString& text) {
    wxPGProperty* p = grid_->GetPropertyByName(u8(field));
    if (!p || !forms_.contains(field)) return "no field '" + field + "' is shown";
    // As the cell's editor reads what was typed (a name for an id, a part of a long choice's).
    wxVariant value = p->GetValue();
    if (!p->StringToValue(value, text, wxPG_FULL_VALUE | wxPG_EDITABLE_VALUE)) {
        if (p->GetValueAsString() == text || value_of(field) == text) return {};
        return wxString::Format(_("'%s' is not one of the choices"), text).utf8_string();
    }
    p->SetValue(value);
    return change(field, value_of(field));
}

wxPGProperty* Inspector::property(const std::string& field) const {
    return grid_->GetPropertyByName(u8(field));
}

wxString Inspector::shown_text(const std::string& field) const {
    wxPGProperty* p = grid_->GetPropertyByName(u8(field));
    return p ? p->GetValueAsString() : wxString();
}

void Inspector::on_changed(wxPropertyGridEvent& event) {
    wxPGProperty* p = event.GetProperty();
    if (!p) return;
    const std::string field = p->GetName().utf8_string();
    const wxString value = value_of(field);
    // The edit reloads the event and rebuilds this grid: not while the grid is in its handler.
    CallAfter([this, field, value] {
        const std::string error = change(field, value);
        if (report_) report_(error);
        if (!error.empty()) rebuild();  // the field goes back to the value in the file
    });
}

// --- builders ------------------------------------------------------------------------------

void Inspector::category(const wxString& label) {
    grid_->Append(
        new wxPropertyCategory(label, "#" + std::to_string(grid_->GetRoot()->GetChildCount())));
}

wxPGProperty* Inspector::field(wxPGProperty* property, Form form, const wxString& help) {
    grid_->Append(property);
    forms_[property->GetName().utf8_string()] = form;
    if (!help.empty()) property->SetHelpString(help);
    if (form == Form::read_only) property->Enable(false);
    return property;
}

void Inspector::read_only(const wxString& label, const std::string& key, const std::string& value) {
    field(new wxStringProperty(label, u8(key), u8(value)), Form::read_only);
}

void Inspector::text(const wxString& label, const std::string& key, const std::string& value,
                     Form form) {
    if (escaped(form))
        field(new wxLongStringProperty(label, u8(key), escape(value)), form);
    else
        field(new wxStringProperty(label, u8(key), u8(value)), form);
}

void Inspector::texts(const wxString& label, const std::string& key, const Text& value, Form form) {
    const Event& ev = planner_.event();
    for (const std::string& lang : ev.info.languages)
        text(wxString::Format("%s (%s)", label, u8(lang)), key + "." + lang,
             text_in(value, lang, ev.default_language()), form);
}

void Inspector::list(const wxString& label, const std::string& key,
                     const std::vector<std::string>& items, const wxString& help) {
    field(new wxStringProperty(label, u8(key), u8(list_text(items))), Form::list, help);
}

void Inspector::ids(const wxString& label, const std::string& key,
                    const std::vector<std::string>& value,
                    std::vector<std::pair<std::string, wxString>> choices, const wxString& help) {
    field(new IdListProperty(label, u8(key), list_text(value), std::move(choices)), Form::list,
          help);
}

void Inspector::choice(const wxString& label, const std::string& key,
                       const std::vector<std::string>& values, const std::string& current,
                       const wxString& none) {
    std::vector<std::pair<std::string, wxString>> labelled;
    for (const std::string& v : values) labelled.emplace_back(v, u8(v));
    choice(label, key, labelled, current, none);
}

void Inspector::choice(const wxString& label, const std::string& key,
                       const std::vector<std::pair<std::string, wxString>>& values,
                       const std::string& current, const wxString& none) {
    wxPGChoices choices;
    std::vector<std::string>& ids = choice_ids_[key];
    ids.clear();
    if (!none.empty()) {
        choices.Add(none, 0);
        ids.emplace_back();
    }
    int selected = none.empty() ? -1 : 0;
    for (const auto& [id, shown] : values) {
        if (id == current) selected = static_cast<int>(ids.size());
        choices.Add(shown, static_cast<int>(ids.size()));
        ids.push_back(id);
    }
    auto* p = new NameChoiceProperty(label, u8(key), choices, selected < 0 ? 0 : selected);
    field(p, Form::choice);
    // A long list (60 tracks) is typed into rather than scrolled: a combo box completing the
    // names, where a unique start or part of a name chooses it (NameChoiceProperty).
    if (choices.GetCount() > long_choice) {
        p->SetEditor(wxPGEditor_ComboBox);
        p->SetAttribute(wxPG_ATTR_AUTOCOMPLETE, choices.GetLabels());
    }
    // The whole name where the cell cuts it.
    if (selected >= 0 && static_cast<std::size_t>(selected) < values.size() + !none.empty())
        p->SetHelpString(choices.GetLabel(static_cast<unsigned>(selected)));
}

std::vector<std::pair<std::string, wxString>> Inspector::room_choices() const {
    return entity_choices(planner_, EntityKind::room);
}

std::vector<std::pair<std::string, wxString>> Inspector::track_choices() const {
    return entity_choices(planner_, EntityKind::track);
}

std::vector<std::pair<std::string, wxString>> Inspector::organization_names() const {
    return entity_choices(planner_, EntityKind::organization);
}

void Inspector::flag(const wxString& label, const std::string& key, bool value) {
    wxPGProperty* p = field(new wxBoolProperty(label, u8(key), value), Form::flag);
    p->SetAttribute(wxPG_BOOL_USE_CHECKBOX, true);
}

void Inspector::ranges(const wxString& label, const std::string& key,
                       const std::vector<TimeRange>& value, const date::time_zone& zone) {
    const wxString help =
        _("One range a line: 2025-02-10 09:00 - 12:00, {from: 2025-02-10 09:00, "
          "to: 2025-02-11 12:00}, or 2025-02-10 for the whole day");
    if (planner_.selected_entity())
        items(label, key, ranges_text(value, zone), Form::ranges,
              help + "\n" + _("The button edits them one by one"));
    else
        field(new wxLongStringProperty(label, u8(key), escape(ranges_text(value, zone))),
              Form::ranges, help);
}

void Inspector::items(const wxString& label, const std::string& key, const std::string& value,
                      Form form, const wxString& help) {
    // The editor is opened after the button's handler: its edits rebuild this grid.
    field(new ItemsProperty(label, u8(key), escaped(form) ? escape(value) : u8(value),
                            [this, key] { CallAfter([this, key] { edit_items(key); }); }),
          form, help);
}

bool Inspector::edit_items(const std::string& key) {
    if (!entity_ || !planner_.has_document()) return false;
    ItemsDialog dialog(this, planner_, *entity_, key);
    dialog.ShowModal();
    return true;
}

const std::vector<std::pair<std::string, wxString>>& Inspector::people_choices() const {
    std::string key = planner_.lang();
    if (planner_.has_document())
        for (const Person& p : planner_.event().people) {
            key += '\x1e';
            key += p.id;
            key += '\x1f';
            key += p.name;
        }
    if (key != people_key_ || people_cache_.empty()) {
        people_cache_ = entity_choices(planner_, EntityKind::person);
        people_key_ = std::move(key);
    }
    return people_cache_;
}

std::vector<std::pair<std::string, wxString>> Inspector::organization_choices() const {
    return entity_choices(planner_, EntityKind::organization);
}

}  // namespace summitry::gui
