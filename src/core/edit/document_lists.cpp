// SPDX-License-Identifier: MIT
// Plans that add, replace and remove one item of a list of values inside an entity or the event:
// opening windows, unavailability, languages, a session's people. The text patches come from
// YamlPatcher, which knows every way a list is written.
#include <set>

#include "edit/document.h"
#include "edit/document_impl.h"
#include "edit/locate.h"
#include "util/i18n.h"

namespace summitry {

using edit::apply_patch;
using edit::Found;
using edit::ParsedFiles;

namespace {

enum class ItemOp { add, set, remove };

}  // namespace

Plan EventDocument::plan_item(const ValuePath& path, int op_number, std::size_t index,
                              std::string_view yaml) const {
    const Impl& d = *impl_;
    const auto op = static_cast<ItemOp>(op_number);
    std::string error;
    if (!path.lang.empty() || path.key.empty())
        // TRANSLATORS: a refused edit. KIND/ID.KEY is how a list is named (keep it as it is).
        return {std::nullopt, tr("name a list as KIND/ID.KEY or event.KEY")};
    if (op != ItemOp::remove &&
        (yaml.empty() || yaml.find_first_of("\r\n") != std::string_view::npos))
        return {std::nullopt,
                format_message(tr("'{0}' is not one YAML value on one line"), std::string(yaml))};
    std::vector<std::string> texts = d.texts;
    const ParsedFiles files(texts, d.loaded.event);
    std::optional<Found> f;
    if (path.kind == "event") {
        f = edit::find_event(files, &error);
    } else if (const auto kind = edit::entity_kind_from(path.kind)) {
        f = edit::find_entity(files, *kind, path.id, &error);
    } else {
        return {std::nullopt, format_message(tr("no kind '{0}'"), path.kind)};
    }
    if (!f) return {std::nullopt, error};
    const edit::YamlPatcher p = files.patcher(f->file);
    std::optional<TextPatch> patch;
    std::string what =
        (path.kind == "event" ? "event" : path.kind + "/" + path.id) + "." + path.key;
    std::string name;
    switch (op) {
        case ItemOp::add:
            patch = p.append_item(f->map, path.key, {std::string(yaml), {}}, &error);
            // TRANSLATORS: the name of an edit in the Edit menu; {0} is a list of the file:
            // "venues/embassy.open".
            name = format_message(tr("Add to {0}"), what);
            break;
        case ItemOp::set:
            patch = p.replace_item(f->map, path.key, index, yaml, &error);
            // TRANSLATORS: the name of an edit in the Edit menu; {0} is a list of the file.
            name = format_message(tr("Change {0}"), what);
            break;
        case ItemOp::remove:
            patch = p.remove_list_item(f->map, path.key, index, &error);
            // TRANSLATORS: the name of an edit in the Edit menu; {0} is a list of the file.
            name = format_message(tr("Remove from {0}"), what);
            break;
    }
    if (!patch) return {std::nullopt, error};
    apply_patch(texts, *patch);
    const std::string skip = path.kind == "event"
                                 ? "event." + path.key
                                 : path.kind + "/" + f->qualified_id + "." + path.key;
    std::vector<TextPatch> patches{*patch};
    error = d.check(std::move(texts), {skip}, {skip}, &patches);
    if (!error.empty()) return {std::nullopt, error};
    return {Change{name, std::move(patches)}, {}};
}

Plan EventDocument::plan_add_item(const ValuePath& list, std::string_view yaml) const {
    return plan_item(list, 0, 0, yaml);
}

Plan EventDocument::plan_set_item(const ValuePath& list, std::size_t index,
                                  std::string_view yaml) const {
    return plan_item(list, 1, index, yaml);
}

Plan EventDocument::plan_remove_item(const ValuePath& list, std::size_t index) const {
    return plan_item(list, 2, index, {});
}

}  // namespace summitry
