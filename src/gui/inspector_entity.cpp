// SPDX-License-Identifier: MIT
// The inspector on a person, organization, venue, room or track.
#include <wx/propgrid/propgrid.h>
#include <wx/propgrid/advprops.h>

#include "commands.h"
#include "inspector.h"

namespace summitry::gui {
namespace {

const char* const none = "(none)";

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

// Plain strings, as opposed to numbers and ids, are quoted.
bool quoted(EntityKind kind, const std::string& key) {
    return !(key == "capacity" || (kind == EntityKind::person && key == "affiliation"));
}

}  // namespace

void Inspector::rebuild_entity(const EntityRef& entity) {
    const Event& ev = planner_.event();
    const std::string lang = planner_.lang();
    auto text = [&](const wxString& label, const char* key, const std::string& value) {
        grid_->Append(new wxStringProperty(label, key, u8(value)));
    };
    auto texts = [&](const wxString& label, const char* key, const Text& value) {
        for (const std::string& l : ev.info.languages)
            grid_->Append(new wxStringProperty(wxString::Format("%s (%s)", label, wxString(l)),
                                               u8(std::string(key) + "." + l),
                                               u8(std::string(value.get(l)))));
    };
    auto header = [&](const wxString& caption) {
        grid_->Append(new wxPropertyCategory(caption, "entity"));
        grid_->Append(new wxStringProperty(_("Id"), "id", u8(entity.id)))->Enable(false);
    };
    switch (entity.kind) {
    case EntityKind::person: {
        const Index i = ev.find_person(entity.id);
        if (i == no_index) break;
        const Person& p = ev.people[static_cast<std::size_t>(i)];
        header(_("Person"));
        text(_("Name"), "name", p.name);
        texts(_("Role"), "role", p.role);
        wxPGChoices orgs;
        orgs.Add(none);
        for (const Organization& o : ev.organizations) orgs.Add(u8(o.id));
        auto* affiliation = new wxEnumProperty(_("Affiliation"), "affiliation", orgs);
        affiliation->SetValueFromString(
            p.affiliation == no_index ? wxString(none)
                                      : u8(ev.organizations[static_cast<std::size_t>(p.affiliation)].id));
        grid_->Append(affiliation);
        text(_("Email"), "email", p.email);
        text(_("Phone"), "phone", p.phone);
        break;
    }
    case EntityKind::organization: {
        const Index i = ev.find_organization(entity.id);
        if (i == no_index) break;
        const Organization& o = ev.organizations[static_cast<std::size_t>(i)];
        header(_("Organization"));
        texts(_("Name"), "name", o.name);
        text(_("Short name"), "short_name", o.short_name);
        text(_("Country"), "country", o.country);
        text(_("Website"), "website", o.website);
        break;
    }
    case EntityKind::venue: {
        const Index i = ev.find_venue(entity.id);
        if (i == no_index) break;
        const Venue& v = ev.venues[static_cast<std::size_t>(i)];
        header(_("Venue"));
        texts(_("Name"), "name", v.name);
        text(_("Address"), "address", v.address);
        break;
    }
    case EntityKind::room: {
        const Index i = ev.find_room(entity.id);
        if (i < 0) break;
        const Room& r = ev.rooms[static_cast<std::size_t>(i)];
        header(_("Room"));
        texts(_("Name"), "name", r.name);
        text(_("Capacity"), "capacity", r.capacity ? std::to_string(*r.capacity) : std::string());
        break;
    }
    case EntityKind::track: {
        const Index i = ev.find_track(entity.id);
        if (i == no_index) break;
        const Track& t = ev.tracks[static_cast<std::size_t>(i)];
        header(_("Track"));
        texts(_("Name"), "name", t.name);
        text(_("Colour"), "color", t.color);
        break;
    }
    case EntityKind::session: break;
    }
    if (grid_->GetRoot()->GetChildCount() == 0) {
        grid_->Append(new wxPropertyCategory(_("Nothing selected")));
        return;
    }
    entity_ = entity;
}

std::string Inspector::change_entity(const std::string& field, const wxString& value) {
    std::string key = field, lang;
    if (const auto dot = field.find('.'); dot != std::string::npos) {
        key = field.substr(0, dot);
        lang = field.substr(dot + 1);
    }
    std::string text = value.utf8_string();
    if (key == "affiliation" && text == none) text.clear();
    const std::string yaml = text.empty() || !quoted(entity_->kind, key) ? text : yaml_string(text);
    return set_entity_value(planner_, entity_->kind, entity_->id, key, lang, yaml);
}

}  // namespace summitry::gui
