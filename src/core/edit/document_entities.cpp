// SPDX-License-Identifier: MIT
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "check/rule.h"
#include "diag/quote.h"
#include "edit/document.h"
#include "edit/document_impl.h"
#include "edit/locate.h"
#include "io/atomic_file.h"
#include "io/event_loader.h"
#include "io/event_writer.h"
#include "io/file_lock.h"
#include "util/i18n.h"

namespace summitry {

using edit::apply_patch;
using edit::Found;
using edit::ParsedFiles;

namespace {

std::string name_key(EntityKind kind) {
    return kind == EntityKind::session ? "title" : "name";
}

// The name of the edit that creates an entity: "New person '{0}'" (whole sentences, for the
// genders of other languages).
std::string new_entity_name(EntityKind kind) {
    switch (kind) {
        case EntityKind::session: return tr("New session '{0}'");
        case EntityKind::person: return tr("New person '{0}'");
        case EntityKind::organization: return tr("New organization '{0}'");
        case EntityKind::venue: return tr("New venue '{0}'");
        case EntityKind::room: return tr("New room '{0}'");
        case EntityKind::track: return tr("New track '{0}'");
    }
    return tr("New entry '{0}'");
}

std::string exists_already(EntityKind kind, const std::string& id) {
    // TRANSLATORS: a refused edit. {0} is a list key of the event file (sessions, people,
    // organizations, venues, rooms or tracks: keep it as it is), {1} the id asked for.
    return format_message(tr("{0} '{1}' exists already"), edit::list_key(kind), id);
}

std::string written_on_one_line() {
    // TRANSLATORS: a refused edit: the list in the event file is written [a, b, c].
    return tr("the list is written [...] on one line; edit it as text");
}

}  // namespace

Plan EventDocument::plan_create(
    EntityKind kind, const std::string& id, const std::string& venue_id,
    const std::vector<std::pair<std::string, std::string>>& fields) const {
    const Impl& d = *impl_;
    std::vector<std::string> texts = d.texts;
    const ParsedFiles files(texts, d.loaded.event);
    std::string error;
    const std::string qualified = kind == EntityKind::room ? venue_id + "/" + id : id;
    if (edit::find_entity(files, kind, qualified, nullptr))
        return {std::nullopt, exists_already(kind, qualified)};
    // The least a valid entity needs, and what the caller gives (a track's colour).
    edit::YamlPatcher::Item item;
    item.block_lines = {"id: " + yaml_scalar(id)};
    bool named = false;
    for (const auto& [key, yaml] : fields) {
        if (key == "id" || yaml.find_first_of("\r\n") != std::string::npos)
            return {std::nullopt, format_message(tr("'{0}' is not one YAML value on one line"),
                                                 key + ": " + yaml)};
        named = named || key == name_key(kind);
        item.block_lines.push_back(key + ": " + yaml);
    }
    if (!named)
        item.block_lines.insert(item.block_lines.begin() + 1,
                                name_key(kind) + ": " + yaml_scalar(id));
    item.flow = "{";
    for (std::size_t i = 0; i < item.block_lines.size(); ++i)
        item.flow += (i ? ", " : "") + item.block_lines[i];
    item.flow += "}";
    Change change{format_message(new_entity_name(kind), id), {}};
    const auto list = edit::find_list(files, kind, venue_id, &error);
    if (!list) return {std::nullopt, error};
    TextPatch patch;
    // A list that was there holds one more entity; one that was not is new as a whole.
    std::set<std::string> skip_before, skip_after;
    const bool had_list = list->list.node && list->list.node->count > 0;
    const std::string list_name =
        kind == EntityKind::room ? "venues/" + venue_id + ".rooms" : std::string(list->list_key);
    if (had_list) {
        skip_after.insert(std::string(edit::list_key(kind)) + "/" + qualified);
    } else {
        skip_before.insert(list_name);
        skip_after.insert(list_name);
    }
    if (kind != EntityKind::room && !list->owner.node->find(list->list_key)) {
        // The first of its kind: a new list at the end of the main file.
        const std::string& text = texts[0];
        const std::string nl(files.patcher(0).eol());
        patch.file = 0;
        patch.offset = text.size();
        patch.inserted =
            std::string(!text.empty() && text.back() != '\n' ? nl : "") + list->list_key + ":" + nl;
        for (std::size_t i = 0; i < item.block_lines.size(); ++i)
            patch.inserted += (i ? "    " : "  - ") + item.block_lines[i] + nl;
    } else {
        auto p = files.patcher(list->file).append_item(list->owner, list->list_key, item, &error);
        if (!p) return {std::nullopt, error};
        patch = std::move(*p);
    }
    apply_patch(texts, patch);
    change.patches.push_back(patch);
    error = d.check(std::move(texts), skip_before, skip_after);
    if (!error.empty()) return {std::nullopt, error};
    return {change, {}};
}

Plan EventDocument::plan_duplicate(EntityKind kind, const std::string& id,
                                   const std::string& new_id) const {
    const Impl& d = *impl_;
    std::vector<std::string> texts = d.texts;
    const ParsedFiles files(texts, d.loaded.event);
    std::string error;
    const auto f = edit::find_entity(files, kind, id, &error);
    if (!f) return {std::nullopt, error};
    const std::string venue =
        kind == EntityKind::room ? f->qualified_id.substr(0, f->qualified_id.find('/')) : "";
    const std::string new_qualified = venue.empty() ? new_id : venue + "/" + new_id;
    if (edit::find_entity(files, kind, new_qualified, nullptr))
        return {std::nullopt, exists_already(kind, new_qualified)};
    const edit::YamlPatcher p = files.patcher(f->file);
    const yaml::Node& entity = *f->list.node->items()[f->index];
    // The copied text: whole lines of a block list, the item itself in a flow list.
    auto item =
        f->list.in_flow ? p.flow_item_text(f->list, f->index) : p.item_text(f->list, f->index);
    if (!item) return {std::nullopt, written_on_one_line()};
    const std::size_t item_start =
        f->list.in_flow ? p.begin_of(entity) : p.source().line_start(p.begin_of(entity));
    // The copy's id: the same span in the copied text.
    const yaml::Node* id_node = f->map.node->find("id");
    const std::size_t from = p.begin_of(*id_node) - item_start;
    const std::size_t to =
        p.end_of(*id_node, f->map.in_flow, p.key_indent(*f->map.node)) - item_start;
    item->replace(from, to - from, yaml_scalar(new_id));
    auto patch = p.insert_copy_after(f->owner, f->list_key, f->index, *item, &error);
    if (!patch) return {std::nullopt, error};
    apply_patch(texts, *patch);
    const std::string label =
        kind == EntityKind::session
            ? edit::session_title(d.loaded.event, d.loaded.event.find_session(id))
            : id;
    // TRANSLATORS: the name of an edit in the Edit menu.
    Change change{format_message(tr("Duplicate '{0}'"), label), {*patch}};
    const std::string skip = std::string(edit::list_key(kind)) + "/" + new_qualified;
    error = d.check(std::move(texts), {}, {skip});
    if (!error.empty()) return {std::nullopt, error};
    return {change, {}};
}

Plan EventDocument::plan_delete(EntityKind kind, const std::string& id) const {
    const Impl& d = *impl_;
    std::vector<std::string> texts = d.texts;
    const ParsedFiles files(texts, d.loaded.event);
    std::string error;
    const auto f = edit::find_entity(files, kind, id, &error);
    if (!f) return {std::nullopt, error};
    if (const auto refs = references_to(kind, f->qualified_id); !refs.empty()) {
        // Say what refers to it, so the organizer can choose to remove or reassign.
        std::string what;
        for (std::size_t i = 0; i < refs.size() && i < 5; ++i)
            what += (i ? ", " : "") + refs[i].label + " (" + refs[i].where.key + ")";
        if (refs.size() > 5)
            // TRANSLATORS: ends a list of what refers to an entity; {0} is how many more.
            what += format_message(tr(" and {0} more"), std::to_string(refs.size() - 5));
        // TRANSLATORS: a refused deletion. {0} is an id of the event file, {1} a list of what
        // names it: "Opening (speakers), Panel (moderators)".
        return {std::nullopt, format_message(tr("cannot delete '{0}': named by {1}"), id, what)};
    }
    const auto patch =
        files.patcher(f->file).remove_list_item(f->owner, f->list_key, f->index, &error);
    if (!patch) return {std::nullopt, error};
    apply_patch(texts, *patch);
    const std::string label =
        kind == EntityKind::session
            ? edit::session_title(d.loaded.event, d.loaded.event.find_session(id))
            : id;
    const std::string skip = std::string(edit::list_key(kind)) + "/" + f->qualified_id;
    error = d.check(std::move(texts), {skip}, {});
    if (!error.empty()) {
        // Usually something still refers to it: say what.
        // TRANSLATORS: a refused deletion. {0} is an id of the event file, {1} why, usually that
        // something still refers to it (that text may be English: the file's own errors are).
        return {std::nullopt, format_message(tr("cannot delete '{0}': {1}"), id, error)};
    }
    // TRANSLATORS: the name of an edit in the Edit menu.
    return {Change{format_message(tr("Delete '{0}'"), label), {*patch}}, {}};
}

}  // namespace summitry
