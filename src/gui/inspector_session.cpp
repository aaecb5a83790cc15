// SPDX-License-Identifier: MIT
// The inspector on a session: every key of the format's sessions (event-format.md), and the
// `exclusive` extension (docs/event-format-notes.md).
#include <wx/propgrid/propgrid.h>

#include <set>

#include "commands.h"
#include "inspector.h"
#include "inspector_fields.h"
#include "words.h"

namespace summitry::gui {
namespace {

std::vector<std::string> ids_of(const Event& ev, const std::vector<Index>& people) {
    std::vector<std::string> out;
    for (const Index i : people) out.push_back(ev.people[static_cast<std::size_t>(i)].id);
    return out;
}

}  // namespace

void Inspector::rebuild_session(const Session& s) {
    const Event& ev = planner_.event();
    category(_("Session"));
    read_only(_("Id"), "id", s.id);
    texts(_("Title"), "title", s.title, Form::text);
    // Kinds and statuses in the interface's language, tracks and rooms by name: the file gets
    // the format's word and the id.
    std::vector<std::pair<std::string, wxString>> kinds;
    for (std::string_view k : session_kind_names()) kinds.emplace_back(k, word_label(k));
    choice(_("Kind"), "kind", kinds, std::string(to_string(s.kind)));
    choice(_("Track"), "track", track_choices(),
           s.track == no_index ? std::string() : ev.tracks[static_cast<std::size_t>(s.track)].id,
           _("(none)"));
    std::vector<std::pair<std::string, wxString>> statuses;
    for (const char* status : {"confirmed", "tentative", "cancelled"})
        statuses.emplace_back(status, word_label(status));
    choice(_("Status"), "status", statuses, std::string(to_string(s.status)));
    flag(_("Public"), "public", s.is_public);
    grid_->GetPropertyByName("public")->SetHelpString(
        _("A private session never appears in public exports"));
    read_only(_("Revision"), "revision", std::to_string(s.revision));

    category(_("Time and place"));
    const date::time_zone& zone = ev.zone_of(s);
    text(_("Start"), "start", s.start ? format_local(to_local(zone, *s.start)) : std::string(),
         Form::word);
    text(_("Duration"), "duration", s.duration ? format_duration(*s.duration) : std::string(),
         Form::word);
    choice(_("Room"), "room", room_choices(),
           s.room == no_index ? std::string() : ev.rooms[static_cast<std::size_t>(s.room)].ref,
           _("(unplaced)"));
    flag(_("Pinned"), "pinned", s.pinned);
    grid_->GetPropertyByName("pinned")->SetHelpString(
        _("The automatic scheduler never moves a pinned session"));
    flag(_("Exclusive"), "exclusive", s.exclusive);
    grid_->GetPropertyByName("exclusive")
        ->SetHelpString(
            _("Nothing else at the event runs at the same time (a keynote, a plenary)"));

    category(_("People and organizations"));
    const wxString people_help =
        _("Person ids, separated by commas; the button ticks and orders them");
    ids(_("Speakers"), "speakers", ids_of(ev, s.speakers), people_choices(), people_help);
    ids(_("Moderators"), "moderators", ids_of(ev, s.moderators), people_choices(), people_help);
    ids(_("Hosts"), "hosts", ids_of(ev, s.hosts), people_choices(), people_help);
    std::vector<std::string> orgs;
    for (const Index i : s.organizations)
        orgs.push_back(ev.organizations[static_cast<std::size_t>(i)].id);
    ids(_("Organizations"), "organizations", orgs, organization_choices(),
        _("Organizations presented (partners, signatories, announcers): ids, separated by commas"));

    category(_("Needs"));
    text(_("Expected attendance"), "expected_attendance",
         s.expected_attendance ? std::to_string(*s.expected_attendance) : std::string(),
         Form::word);
    std::set<std::string> features(s.requires_features.begin(), s.requires_features.end());
    for (const Room& r : ev.rooms) features.insert(r.features.begin(), r.features.end());
    std::vector<std::pair<std::string, wxString>> feature_choices;
    for (const std::string& f : features) feature_choices.emplace_back(f, wxString::FromUTF8(f));
    ids(_("Requires"), "requires", s.requires_features, feature_choices,
        _("Room features the session needs, separated by commas"));

    category(_("Content"));
    texts(_("Description"), "description", s.description, Form::long_text);
    texts(_("Abstract"), "abstract", s.abstract, Form::long_text);
    text(_("Language"), "language", s.language, Form::word);
    grid_->GetPropertyByName("language")
        ->SetHelpString(_("The language spoken: a code such as en or fr"));
    list(_("Interpretation"), "interpretation", s.interpretation,
         _("Languages interpretation is offered into, separated by commas"));
    list(_("Tags"), "tags", s.tags, _("Words, separated by commas"));
    text(_("URL"), "url", s.url, Form::text);
}

std::string Inspector::change_session(const std::string& key, const std::string& lang,
                                      const std::string& yaml) {
    const std::string id = session_id_;  // the edit rebuilds the grid, and clears this
    std::string error = set_session_value(planner_, id, key, lang, yaml);
    if (error.empty() || key != "duration") return error;
    // A session written with `end` keeps it: a new length moves its end (plan_resize_session).
    const Index i = planner_.event().find_session(id);
    const std::optional<Seconds> length = parse_duration(yaml);
    if (i == no_index || !length || !planner_.event().sessions[static_cast<std::size_t>(i)].start)
        return error;
    const std::string resized =
        resize_session(planner_, i, std::chrono::duration_cast<Minutes>(*length));
    return resized.empty() ? resized : error;
}

}  // namespace summitry::gui
