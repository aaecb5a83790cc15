// SPDX-License-Identifier: MIT
// Creating, duplicating, deleting and editing people, organizations, venues, rooms and tracks:
// planned in core (plan_create, plan_duplicate, plan_delete, plan_set), submitted like every
// other edit (submit_plan, commands_edit.cpp).
#include <wx/translation.h>

#include "commands.h"
#include "planner.h"

namespace summitry::gui {

std::string create_entity(Planner& planner, EntityKind kind, const std::string& id,
                          const std::string& venue_id) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    if (id.empty()) return _("give the new entry an id").utf8_string();
    const std::string error =
        submit_plan(planner, planner.document().plan_create(kind, id, venue_id));
    if (error.empty() && kind != EntityKind::session)
        planner.select_entity(EntityRef{kind, kind == EntityKind::room ? venue_id + "/" + id : id});
    return error;
}

std::string duplicate_entity(Planner& planner, EntityKind kind, const std::string& id,
                             const std::string& new_id) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    if (new_id.empty()) return _("give the copy an id").utf8_string();
    const std::string error =
        submit_plan(planner, planner.document().plan_duplicate(kind, id, new_id));
    if (error.empty() && kind != EntityKind::session) {
        std::string qualified = new_id;
        if (kind == EntityKind::room) qualified = id.substr(0, id.find('/')) + "/" + new_id;
        planner.select_entity(EntityRef{kind, qualified});
    }
    return error;
}

std::string delete_entity(Planner& planner, EntityKind kind, const std::string& id) {
    return delete_entity(planner, kind, id, OnReferences::refuse);
}

std::string delete_entity(Planner& planner, EntityKind kind, const std::string& id,
                          OnReferences on_references, const std::string& replacement) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    const std::string error =
        submit_plan(planner, planner.document().plan_delete(kind, id, on_references, replacement));
    if (error.empty() && planner.selected_entity() && planner.selected_entity()->id == id)
        planner.select_entity(std::nullopt);
    return error;
}

std::string set_entity_value(Planner& planner, EntityKind kind, const std::string& id,
                             const std::string& key, const std::string& lang,
                             const std::string& yaml) {
    if (!planner.has_document()) return _("no event is open").utf8_string();
    ValuePath path{std::string(entity_list_key(kind)), id, key, lang};
    return submit_plan(planner, planner.document().plan_set(path, yaml));
}

}  // namespace summitry::gui
