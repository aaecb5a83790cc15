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

Plan EventDocument::plan_create(EntityKind kind, const std::string& id,
                                const std::string& venue_id) const {
    const Impl& d = *impl_;
    std::vector<std::string> texts = d.texts;
    const ParsedFiles files(texts, d.loaded.event);
    std::string error;
    const std::string qualified = kind == EntityKind::room ? venue_id + "/" + id : id;
    if (edit::find_entity(files, kind, qualified, nullptr))
        return {std::nullopt, exists_already(kind, qualified)};
    const std::string fields = "id: " + yaml_scalar(id);
    const std::string named = name_key(kind) + ": " + yaml_scalar(id);
    Change change{format_message(new_entity_name(kind), id), {}};
    const auto list = edit::find_list(files, kind, venue_id, &error);
    TextPatch patch;
    std::string skip = std::string(edit::list_key(kind)) + "/" + qualified;
    if (list) {
        const edit::YamlPatcher p = files.patcher(list->file);
        const yaml::Node& last = *list->list.node->items()[list->index];
        const auto sample = p.item_text(list->list, list->index);
        if (!sample) return {std::nullopt, written_on_one_line()};
        const std::size_t indent = sample->find('-');
        std::string item(indent, ' ');
        if (p.source().is_flow_collection(p.begin_of(last)))
            item += "- {" + fields + ", " + named + "}";
        else
            item += "- " + fields + "\n" + std::string(indent + 2, ' ') + named;
        patch = p.insert_item_after(list->list, list->index, item);
    } else if (kind == EntityKind::room) {
        return {std::nullopt, error};
    } else {
        // The first of its kind: a new list at the end of the main file.
        const std::string& text = texts[0];
        patch.file = 0;
        patch.offset = text.size();
        skip = edit::list_key(kind);  // the whole list is new
        patch.inserted = std::string(!text.empty() && text.back() != '\n' ? "\n" : "") +
                         std::string(edit::list_key(kind)) + ":\n  - " + fields + "\n    " + named +
                         "\n";
        if (const yaml::Node* root = files.root(0); root && root->find(edit::list_key(kind)))
            return {
                std::nullopt,
                // TRANSLATORS: a refused edit. {0} is a list key of the event file: sessions,
                // people, organizations, venues or tracks (keep it as it is).
                format_message(
                    tr("the file's list of {0} is empty or not a list; add the first one as text"),
                    edit::list_key(kind))};
    }
    apply_patch(texts, patch);
    change.patches.push_back(patch);
    error = d.check(std::move(texts), {}, {skip});
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
    auto item = p.item_text(f->list, f->index);
    if (!item) return {std::nullopt, written_on_one_line()};
    // The copy's id: the same span in the copied text.
    const yaml::Node* id_node = f->map.node->find("id");
    const std::size_t item_start =
        p.source().line_start(p.begin_of(*f->list.node->items()[f->index]));
    const std::size_t from = p.begin_of(*id_node) - item_start;
    const std::size_t to =
        p.end_of(*id_node, f->map.in_flow, p.key_indent(*f->map.node)) - item_start;
    item->replace(from, to - from, yaml_scalar(new_id));
    TextPatch patch = p.insert_item_after(f->list, f->index, *item);
    apply_patch(texts, patch);
    const std::string label =
        kind == EntityKind::session
            ? edit::session_title(d.loaded.event, d.loaded.event.find_session(id))
            : id;
    // TRANSLATORS: the name of an edit in the Edit menu.
    Change change{format_message(tr("Duplicate '{0}'"), label), {patch}};
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
    const auto patch = files.patcher(f->file).remove_item(f->list, f->index, &error);
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
