// SPDX-License-Identifier: MIT
// The inspector with nothing selected: the event itself (the format's `event` keys), edited
// through the same plan as every other value (`summitry-cli set FILE event.KEY VALUE`).
#include <wx/propgrid/advprops.h>
#include <wx/propgrid/propgrid.h>

#include <cstdio>

#include "inspector.h"
#include "inspector_fields.h"

namespace summitry::gui {
namespace {

std::string clock(Minutes m) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(m.count() / 60),
                  static_cast<int>(m.count() % 60));
    return text;
}

}  // namespace

void Inspector::rebuild_event() {
    const Event& ev = planner_.event();
    const EventInfo& info = ev.info;
    category(_("Event"));
    read_only(_("Id"), "id", info.id);
    texts(_("Title"), "title", info.title, Form::text);
    texts(_("Subtitle"), "subtitle", info.subtitle, Form::text);
    texts(_("Description"), "description", info.description, Form::long_text);
    text(_("Website"), "website", info.website, Form::text);
    ids(
        _("Organizers"), "organizers",
        [&] {
            std::vector<std::string> out;
            for (const Index i : info.organizers)
                out.push_back(ev.organizations[static_cast<std::size_t>(i)].id);
            return out;
        }(),
        organization_choices(), _("Organization ids, separated by commas"));
    list(_("Languages"), "languages", info.languages,
         _("Language codes, the first the default: en, fr. Fields for a new language appear at "
           "once"));

    category(_("Dates and times"));
    text(_("Time zone"), "timezone", info.timezone_name, Form::word);
    wxArrayString zones;
    for (const std::string& z : zone_names()) zones.push_back(wxString::FromUTF8(z));
    grid_->GetPropertyByName("timezone")->SetAttribute(wxPG_ATTR_AUTOCOMPLETE, zones);
    text(_("First day"), "start_date", format_date(info.start_date), Form::word);
    text(_("Last day"), "end_date", format_date(info.end_date), Form::word);
    text(_("Opening hours"), "hours",
         info.hours ? clock(info.hours->first) + "-" + clock(info.hours->second) : std::string(),
         Form::hours);
    grid_->GetPropertyByName("hours")->SetHelpString(_("Daily opening hours, e.g. 09:00-18:00"));
    text(_("Day change"), "day_change", clock(info.day_change), Form::word);
    grid_->GetPropertyByName("day_change")
        ->SetHelpString(
            _("A session starting before this time belongs to the previous day of the programme"));
}

}  // namespace summitry::gui
