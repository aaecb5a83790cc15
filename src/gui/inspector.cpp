// SPDX-License-Identifier: MIT
#include "inspector.h"

#include <wx/propgrid/propgrid.h>
#include <wx/propgrid/advprops.h>
#include <wx/sizer.h>

#include "commands.h"
#include "planner.h"

namespace summitry::gui {
namespace {

const char* const unplaced = "(unplaced)";
const char* const no_track = "(none)";

wxPGChoices choices(const std::vector<std::string>& names) {
    wxPGChoices out;
    for (const std::string& n : names) out.Add(wxString::FromUTF8(n));
    return out;
}

}  // namespace

Inspector::Inspector(wxWindow* parent, Planner& planner) : wxPanel(parent), planner_(planner) {
    grid_ = new wxPropertyGrid(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxPG_SPLITTER_AUTO_CENTER | wxPG_BOLD_MODIFIED);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid_, 1, wxEXPAND);
    SetSizer(sizer);
    grid_->Bind(wxEVT_PG_CHANGED, &Inspector::on_changed, this);
    planner_.subscribe([this](ChangeKind kind) {
        // Edits from this grid are made after its own change event (on_changed), so rebuilding
        // here never pulls a property from under its handler.
        if (kind != ChangeKind::day) rebuild();
    });
    rebuild();
}

void Inspector::rebuild() {
    grid_->Clear();
    session_id_.clear();
    entity_.reset();
    const Index index = planner_.selected_session();
    if (index == no_index && planner_.has_document() && planner_.selected_entity()) {
        rebuild_entity(*planner_.selected_entity());
        return;
    }
    if (index == no_index) {
        grid_->Append(new wxPropertyCategory(_("No session selected")));
        return;
    }
    const Event& ev = planner_.event();
    const Session& s = ev.sessions[static_cast<std::size_t>(index)];
    session_id_ = s.id;
    grid_->Append(new wxPropertyCategory(_("Session"), "session"));
    wxPGProperty* id = grid_->Append(new wxStringProperty(_("Id"), "id", wxString::FromUTF8(s.id)));
    id->Enable(false);
    for (const std::string& lang : ev.info.languages)
        grid_->Append(new wxStringProperty(wxString::Format(_("Title (%s)"), wxString(lang)),
                                           wxString::FromUTF8("title." + lang),
                                           wxString::FromUTF8(std::string(s.title.get(lang)))));
    std::vector<std::string> kinds(session_kind_names().begin(), session_kind_names().end());
    wxPGChoices kind_choices = choices(kinds);
    auto* kind = new wxEnumProperty(_("Kind"), "kind", kind_choices);
    kind->SetValueFromString(wxString::FromUTF8(std::string(to_string(s.kind))));
    grid_->Append(kind);

    const date::time_zone& zone = ev.zone_of(s);
    grid_->Append(new wxStringProperty(
        _("Start"), "start",
        s.start ? wxString::FromUTF8(format_local(to_local(zone, *s.start))) : wxString()));
    grid_->Append(new wxStringProperty(
        _("Duration"), "duration",
        s.duration ? wxString::FromUTF8(format_duration(*s.duration)) : wxString()));

    std::vector<std::string> rooms{unplaced};
    for (const Room& r : ev.rooms) rooms.push_back(r.ref);
    wxPGChoices room_choices = choices(rooms);
    auto* room = new wxEnumProperty(_("Room"), "room", room_choices);
    room->SetValueFromString(s.room == no_index
                                 ? wxString(unplaced)
                                 : wxString::FromUTF8(ev.rooms[static_cast<std::size_t>(s.room)].ref));
    grid_->Append(room);

    std::vector<std::string> tracks{no_track};
    for (const Track& t : ev.tracks) tracks.push_back(t.id);
    wxPGChoices track_choices = choices(tracks);
    auto* track = new wxEnumProperty(_("Track"), "track", track_choices);
    track->SetValueFromString(s.track == no_index
                                  ? wxString(no_track)
                                  : wxString::FromUTF8(ev.tracks[static_cast<std::size_t>(s.track)].id));
    grid_->Append(track);

    wxPGChoices status_choices = choices({"confirmed", "tentative", "cancelled"});
    auto* status = new wxEnumProperty(_("Status"), "status", status_choices);
    status->SetValueFromString(wxString::FromUTF8(std::string(to_string(s.status))));
    grid_->Append(status);
    auto* is_public = new wxBoolProperty(_("Public"), "public", s.is_public);
    is_public->SetAttribute(wxPG_BOOL_USE_CHECKBOX, true);
    grid_->Append(is_public);
    grid_->Append(new wxStringProperty(_("Revision"), "revision", wxString::Format("%d", s.revision)))
        ->Enable(false);
}

std::string Inspector::change(const std::string& field, const wxString& value) {
    if (session_id_.empty() && entity_) return change_entity(field, value);
    if (session_id_.empty()) return "no session selected";
    std::string key = field, lang;
    if (const auto dot = field.find('.'); dot != std::string::npos) {
        key = field.substr(0, dot);
        lang = field.substr(dot + 1);
    }
    const std::string text = value.utf8_string();
    std::string yaml;
    if (key == "title") {
        yaml = text.empty() ? std::string() : yaml_string(text);
    } else if (key == "room") {
        yaml = text == unplaced ? std::string() : text;
    } else if (key == "track") {
        yaml = text == no_track ? std::string() : text;
    } else if (key == "public") {
        yaml = (text == "true" || text == "True" || text == "1") ? "true" : "false";
    } else {
        yaml = text;
    }
    return set_session_value(planner_, session_id_, key, lang, yaml);
}

void Inspector::on_changed(wxPropertyGridEvent& event) {
    wxPGProperty* p = event.GetProperty();
    if (!p) return;
    const std::string field = p->GetName().utf8_string();
    const wxString value = field == "public" ? wxString(p->GetValue().GetBool() ? "true" : "false")
                                             : p->GetValueAsString();
    // The edit reloads the event and rebuilds this grid: not while the grid is in its handler.
    CallAfter([this, field, value] {
        const std::string error = change(field, value);
        if (report_) report_(error);
        if (!error.empty()) rebuild();  // the field goes back to the value in the file
    });
}

}  // namespace summitry::gui
