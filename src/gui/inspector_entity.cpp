// SPDX-License-Identifier: MIT
// The inspector on a person, organization, venue, room or track: every key the format gives
// them (event-format.md). A room's rooms list and a venue's rooms are edited as entities of
// their own (the Venues and rooms list).
#include <wx/propgrid/advprops.h>
#include <wx/propgrid/propgrid.h>

#include <set>

#include "choices.h"
#include "commands.h"
#include "inspector.h"
#include "inspector_fields.h"

namespace summitry::gui {
namespace {

std::string or_id(std::string_view name, const std::string& id) {
    return name.empty() ? id : std::string(name);
}

}  // namespace

void Inspector::rebuild_entity(const EntityRef& entity) {
    const Event& ev = planner_.event();
    auto at = [](const auto& list, Index i) { return &list[static_cast<std::size_t>(i)]; };
    switch (entity.kind) {
        case EntityKind::person:
            if (const Index i = ev.find_person(entity.id); i != no_index)
                person_fields(entity.id, *at(ev.people, i));
            break;
        case EntityKind::organization:
            if (const Index i = ev.find_organization(entity.id); i != no_index)
                organization_fields(entity.id, *at(ev.organizations, i));
            break;
        case EntityKind::venue:
            if (const Index i = ev.find_venue(entity.id); i != no_index)
                venue_fields(entity.id, *at(ev.venues, i));
            break;
        case EntityKind::room:
            if (const Index i = ev.find_room(entity.id); i >= 0) room_fields(entity.id, i);
            break;
        case EntityKind::track:
            if (const Index i = ev.find_track(entity.id); i != no_index)
                track_fields(entity.id, *at(ev.tracks, i));
            break;
        case EntityKind::session: break;
    }
    if (grid_->GetRoot()->GetChildCount() == 0) {
        grid_->Append(new wxPropertyCategory(_("Nothing selected")));
        return;
    }
    entity_ = entity;
}

void Inspector::entity_header(const wxString& caption, const std::string& id) {
    category(caption);
    read_only(_("Id"), "id", id);
}

void Inspector::person_fields(const std::string& id, const Person& p) {
    const Event& ev = planner_.event();
    entity_header(_("Person"), id);
    text(_("Name"), "name", p.name, Form::text);
    choice(_("Affiliation"), "affiliation", organization_names(),
           p.affiliation == no_index ? std::string()
                                     : ev.organizations[static_cast<std::size_t>(p.affiliation)].id,
           _("(none)"));
    texts(_("Role"), "role", p.role, Form::text);
    texts(_("Biography"), "bio", p.bio, Form::long_text);
    items(_("Languages"), "languages", list_text(p.languages), Form::list,
          _("Languages the person speaks: codes such as en, fr; the button edits them one by one"));
    text(_("Photo"), "photo", p.photo, Form::text);
    grid_->GetPropertyByName("photo")->SetHelpString(_("A path relative to the event file"));
    category(_("Contact (private)"));
    text(_("Email"), "email", p.email, Form::text);
    text(_("Phone"), "phone", p.phone, Form::text);
    category(_("Availability"));
    ranges(_("Unavailable"), "unavailable", p.unavailable, ev.zone());
}

void Inspector::organization_fields(const std::string& id, const Organization& o) {
    entity_header(_("Organization"), id);
    texts(_("Name"), "name", o.name, Form::text);
    text(_("Short name"), "short_name", o.short_name, Form::text);
    text(_("Country"), "country", o.country, Form::text);
    grid_->GetPropertyByName("country")->SetHelpString(_("ISO 3166 code: FR, GB, NO..."));
    text(_("Kind"), "kind", o.kind, Form::text);
    grid_->GetPropertyByName("kind")->SetHelpString(_("A word: company, government, research..."));
    text(_("Website"), "website", o.website, Form::text);
    texts(_("Description"), "description", o.description, Form::long_text);
}

void Inspector::venue_fields(const std::string& id, const Venue& v) {
    const Event& ev = planner_.event();
    entity_header(_("Venue"), id);
    texts(_("Name"), "name", v.name, Form::text);
    text(_("Address"), "address", v.address, Form::text);
    text(_("Time zone"), "timezone", v.timezone_name, Form::word);
    wxPGProperty* zone = grid_->GetPropertyByName("timezone");
    zone->SetHelpString(_("An IANA zone such as Europe/Paris; empty: the event's"));
    wxArrayString zones;
    for (const std::string& z : zone_names()) zones.push_back(wxString::FromUTF8(z));
    zone->SetAttribute(wxPG_ATTR_AUTOCOMPLETE, zones);
    category(_("Opening and travel"));
    ranges(_("Opening windows"), "open", v.open, v.zone ? *v.zone : ev.zone());
    std::string travel;
    for (const auto& [to, minutes] : v.travel)
        travel += (travel.empty() ? "" : "\n") + ev.venues[static_cast<std::size_t>(to)].id + ": " +
                  std::to_string(minutes.count());
    items(_("Travel minutes"), "travel_minutes", travel, Form::minutes,
          _("Minutes to another venue, one a line: venue: minutes; the button edits them one "
            "by one"));
    std::vector<std::string> rooms;
    for (const Index r : v.rooms)
        rooms.push_back(or_id(
            ev.rooms[static_cast<std::size_t>(r)].name.get(planner_.lang(), ev.default_language()),
            ev.rooms[static_cast<std::size_t>(r)].id));
    read_only(_("Rooms"), "rooms", list_text(rooms));
}

void Inspector::room_fields(const std::string& id, Index room) {
    const Event& ev = planner_.event();
    const Room& r = ev.rooms[static_cast<std::size_t>(room)];
    entity_header(_("Room"), id);
    read_only(_("Venue"), "venue",
              r.venue == no_index ? std::string()
                                  : entity_name(planner_, EntityKind::venue,
                                                ev.venues[static_cast<std::size_t>(r.venue)].id)
                                        .utf8_string());
    texts(_("Name"), "name", r.name, Form::text);
    text(_("Capacity"), "capacity", r.capacity ? std::to_string(*r.capacity) : std::string(),
         Form::word);
    std::set<std::string> features;
    for (const Room& other : ev.rooms)
        features.insert(other.features.begin(), other.features.end());
    for (const Session& s : ev.sessions)
        features.insert(s.requires_features.begin(), s.requires_features.end());
    std::vector<std::pair<std::string, wxString>> feature_choices;
    for (const std::string& f : features) feature_choices.emplace_back(f, wxString::FromUTF8(f));
    ids(_("Features"), "features", r.features, feature_choices,
        _("What the room has (stage, projector, interpretation...), separated by commas"));
    category(_("Availability"));
    ranges(_("Unavailable"), "unavailable", r.unavailable, ev.zone_of_room(room));
}

void Inspector::track_fields(const std::string& id, const Track& t) {
    entity_header(_("Track"), id);
    texts(_("Name"), "name", t.name, Form::text);
    text(_("Colour"), "color", t.color, Form::text);
    grid_->GetPropertyByName("color")->SetHelpString(
        _("#rrggbb, e.g. #2e7d32; the Tracks list has a colour picker"));
    flag(_("Parallel"), "parallel", t.parallel);
    grid_->GetPropertyByName("parallel")
        ->SetHelpString(_("The track runs in several rooms at once by design: its overlapping "
                          "sessions are no conflict"));
    texts(_("Description"), "description", t.description, Form::long_text);
}

}  // namespace summitry::gui
