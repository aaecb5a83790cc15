// SPDX-License-Identifier: MIT
#include "choices.h"

#include <algorithm>
#include <map>

#include "gui_text.h"

namespace summitry::gui {
namespace {

// The id after a name that two share, or in the place of a missing one; sorted by name.
Choices named(Choices out) {
    std::map<wxString, int> count;
    for (const auto& [id, name] : out) ++count[name];
    for (auto& [id, name] : out) {
        if (name.empty())
            name = u8(id);
        else if (count[name] > 1)
            name += " (" + u8(id) + ")";
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second.CmpNoCase(b.second) < 0; });
    return out;
}

}  // namespace

Choices entity_choices(const Planner& planner, EntityKind kind) {
    Choices out;
    if (!planner.has_document()) return out;
    const Event& ev = planner.event();
    const std::string lang = planner.lang();
    const std::string_view fallback = ev.default_language();
    auto name = [&](const Text& t) { return u8(t.get(lang, fallback)); };
    switch (kind) {
        case EntityKind::person:
            for (const Person& p : ev.people) out.emplace_back(p.id, u8(p.name));
            break;
        case EntityKind::organization:
            for (const Organization& o : ev.organizations) out.emplace_back(o.id, name(o.name));
            break;
        case EntityKind::venue:
            for (const Venue& v : ev.venues) out.emplace_back(v.id, name(v.name));
            break;
        case EntityKind::room:
            for (const Room& r : ev.rooms) {
                wxString shown = name(r.name);
                // Rooms of several venues: the venue's name says which.
                if (!shown.empty() && ev.venues.size() > 1 && r.venue != no_index)
                    shown += wxString::FromUTF8(" \u00b7 ") +
                             name(ev.venues[static_cast<std::size_t>(r.venue)].name);
                out.emplace_back(r.ref, shown);
            }
            break;
        case EntityKind::track:
            for (const Track& t : ev.tracks) out.emplace_back(t.id, name(t.name));
            break;
        case EntityKind::session:
            for (const Session& s : ev.sessions) out.emplace_back(s.id, name(s.title));
            break;
    }
    return named(std::move(out));
}

wxString entity_name(const Planner& planner, EntityKind kind, const std::string& id) {
    if (!planner.has_document()) return {};
    const Event& ev = planner.event();
    // A room may be named "venue/room" or "room": compare the room found, not the text.
    const Index room = kind == EntityKind::room ? ev.find_room(id) : no_index;
    for (const auto& [choice, shown] : entity_choices(planner, kind)) {
        if (choice == id) return shown;
        if (room >= 0 && ev.find_room(choice) == room) return shown;
    }
    return {};
}

}  // namespace summitry::gui
