// SPDX-License-Identifier: MIT
#include "versions/merge_texts.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "edit/source_text.h"
#include "io/event_loader.h"
#include "syntax/yaml_tree.h"

namespace summitry::versions {

namespace {

using ValueMap = std::map<std::string, EntityValues>;
constexpr std::size_t npos = std::string_view::npos;

// OURS' text cut at its sessions list: `head` up to the first item's line, `tail` from the line
// after the last item's text (the next top-level key) to the end, each item's text between.
struct Cut {
    std::string_view head, tail;
    std::size_t indent = 0;               // spaces before each item's '-'
    std::vector<std::string_view> items;  // in the order of the list: Event::sessions' order
};

// Whether the line at `at` begins an item of the list: `indent` spaces, '-', a space.
bool item_line(std::string_view text, std::size_t at, std::size_t indent) {
    if (at + indent + 2 > text.size()) return false;
    for (std::size_t i = 0; i < indent; ++i)
        if (text[at + i] != ' ') return false;
    return text[at + indent] == '-' && text[at + indent + 1] == ' ';
}

// The items of `middle` (a version's text between OURS' head and tail), each from a line that
// begins an item to the next; nothing when the text does not begin with one.
std::optional<std::vector<std::string_view>> split_items(std::string_view middle,
                                                         std::size_t indent) {
    if (!item_line(middle, 0, indent)) return std::nullopt;
    std::vector<std::string_view> out;
    std::size_t begin = 0;
    for (std::size_t at = middle.find('\n'); at != npos; at = middle.find('\n', at + 1)) {
        if (!item_line(middle, at + 1, indent)) continue;
        out.push_back(middle.substr(begin, at + 1 - begin));
        begin = at + 1;
    }
    out.push_back(middle.substr(begin));
    return out;
}

// OURS cut, where its tree says exactly where each item is: one file, no alias, no error, a
// block list of mappings, each item on lines of its own beginning with `- ` at one indentation,
// and the text split by lines (split_items) giving those very items.
std::optional<Cut> cut_ours(const EventDocument& doc) {
    const Event& ev = doc.event();
    if (ev.files.size() != 1 || ev.documents.size() != 1 || !ev.documents[0]) return std::nullopt;
    if (doc.diagnostics().has_errors() || ev.documents[0]->has_aliases()) return std::nullopt;
    const yaml::Node* root = ev.documents[0]->root();
    if (!root || !root->is_map()) return std::nullopt;
    const yaml::Node* list = nullptr;
    const yaml::Node* next_key = nullptr;
    for (std::size_t k = 0; k < root->map_size(); ++k) {
        if (root->key(k).is_scalar() && root->key(k).text == "sessions") {
            if (list) return std::nullopt;
            list = &root->value(k);
            next_key = k + 1 < root->map_size() ? &root->key(k + 1) : nullptr;
        }
    }
    if (!list || !list->is_sequence() || list->count == 0 || list->count != ev.sessions.size())
        return std::nullopt;
    const std::string_view text = doc.text(0);
    const edit::SourceText src(text);
    Cut cut;
    std::vector<std::size_t> begins;
    for (std::size_t i = 0; i < list->count; ++i) {
        const yaml::Node& item = *list->items()[i];
        const Session& s = ev.sessions[i];
        if (!item.is_map() || s.loc.line != item.line || s.loc.column != item.column)
            return std::nullopt;
        const std::size_t at = src.offset(item);
        const std::size_t line = src.line_start(at);
        if (at < line + 2) return std::nullopt;
        const std::size_t indent = at - line - 2;
        if (i == 0) cut.indent = indent;
        if (indent != cut.indent || !item_line(text, line, indent)) return std::nullopt;
        // Only spaces between the '-' and the mapping's first key.
        if (text.substr(line + indent + 1, at - line - indent - 1).find_first_not_of(' ') != npos)
            return std::nullopt;
        begins.push_back(line);
    }
    const std::size_t end = next_key ? src.line_start(src.offset(*next_key)) : text.size();
    if (end <= begins.back()) return std::nullopt;
    cut.head = text.substr(0, begins.front());
    cut.tail = text.substr(end);
    const auto items = split_items(text.substr(begins.front(), end - begins.front()), cut.indent);
    if (!items || items->size() != begins.size()) return std::nullopt;
    for (std::size_t i = 0; i < begins.size(); ++i)
        if ((*items)[i].data() != text.data() + begins[i]) return std::nullopt;
    cut.items = std::move(*items);
    return cut;
}

// Items by their text, hashed on their length and first line or so (which names the session):
// hashing every byte of three 3 MB texts cost more than the rest of the lookups.
struct ItemHash {
    std::size_t operator()(std::string_view item) const {
        return std::hash<std::string_view>()(item.substr(0, 48)) ^
               (item.size() * 0x9e3779b97f4a7c15u);
    }
};
using OursItems = std::unordered_map<std::string_view, Index, ItemHash>;

// One version's sessions: where each was found. `ours` is its index in OURS' sessions when its
// text is that item's, else `read` holds it, read alone against OURS' event.
struct Item {
    std::string_view text;
    Index ours = no_index;
    std::optional<Session> read;
};

struct Version {
    std::unordered_map<std::string_view, Item> by_id;
    std::unique_ptr<yaml::Document> doc;  // the items read alone (the sessions' ids point in it)
};

// BASE's or THEIRS' sessions, where the text outside the list is OURS' and every item either
// is one of OURS' or parses and reads alone without a diagnostic, and no id is written twice.
std::optional<Version> read_version(std::string_view text, const Cut& cut, const Event& ours,
                                    const OursItems& ours_items) {
    const LoadOptions limits;  // what load_event would refuse is left to it
    if (text.size() > limits.max_file_bytes || text.size() < cut.head.size() + cut.tail.size() ||
        !text.starts_with(cut.head) || !text.ends_with(cut.tail))
        return std::nullopt;
    const auto items = split_items(
        text.substr(cut.head.size(), text.size() - cut.head.size() - cut.tail.size()), cut.indent);
    if (!items || items->size() > limits.max_entities) return std::nullopt;
    Version v;
    v.by_id.reserve(items->size());
    std::string alone;  // the items that are not OURS', one after the other, as one list
    std::vector<std::string_view> unknown;
    for (std::string_view item : *items) {
        const auto o = ours_items.find(item);
        if (o == ours_items.end()) {
            alone += item;
            if (!alone.ends_with('\n')) alone += '\n';
            unknown.push_back(item);
            continue;
        }
        const Session& s = ours.sessions[static_cast<std::size_t>(o->second)];
        if (!v.by_id.emplace(std::string_view(s.id), Item{item, o->second, {}}).second)
            return std::nullopt;  // an id written twice: the loader's error
    }
    if (unknown.empty()) return v;
    // One level less deep than in the file, as a splice parses an item (edit/splice.h).
    yaml::ParseLimits parse_limits = limits.yaml;
    parse_limits.max_depth -= 1;
    Diagnostics diags;
    v.doc = yaml::parse(alone, 0, diags, parse_limits);
    const yaml::Node* root = v.doc ? v.doc->root() : nullptr;
    if (!diags.empty() || !root || !root->is_sequence() || root->count != unknown.size() ||
        v.doc->has_aliases())
        return std::nullopt;
    for (std::size_t i = 0; i < unknown.size(); ++i) {
        auto s = read_session(ours, *root->items()[i], 0, diags);
        if (!s || !diags.empty() || s->id.empty()) return std::nullopt;
        // Keyed by the id's text in the tree, which outlives moves of the session.
        const yaml::Node* id_node = root->items()[i]->find("id");
        if (!id_node || !id_node->is_scalar() || id_node->text != s->id) return std::nullopt;
        if (!v.by_id.emplace(id_node->text, Item{unknown[i], no_index, std::move(s)}).second)
            return std::nullopt;  // an id written twice
    }
    return v;
}

EntityValues values_of(const Event& ours, const Item& item) {
    return session_values(
        ours, item.read ? *item.read : ours.sessions[static_cast<std::size_t>(item.ours)]);
}

}  // namespace

std::optional<MergeResult> merge_texts(std::string_view base_text, EventDocument& doc,
                                       std::string_view theirs_text) {
    const auto cut = cut_ours(doc);
    if (!cut) return std::nullopt;
    const Event& ours = doc.event();
    OursItems ours_items;
    ours_items.reserve(cut->items.size());
    for (std::size_t i = 0; i < cut->items.size(); ++i)
        ours_items.emplace(cut->items[i], static_cast<Index>(i));
    const auto base = read_version(base_text, *cut, ours, ours_items);
    if (!base) return std::nullopt;
    const auto theirs = read_version(theirs_text, *cut, ours, ours_items);
    if (!theirs) return std::nullopt;
    // The sessions THEIRS may have changed: written otherwise than in BASE, added or removed.
    // Everything else (every entity outside the list, OURS' too) BASE and THEIRS hold alike.
    ValueMap b, t, o;
    const auto add = [&](std::string_view id) {
        std::string key = "sessions/" + std::string(id);
        if (const auto i = base->by_id.find(id); i != base->by_id.end())
            b.emplace(key, values_of(ours, i->second));
        if (const auto i = theirs->by_id.find(id); i != theirs->by_id.end())
            t.emplace(key, values_of(ours, i->second));
        if (const Index s = ours.find_session(id); s != no_index)
            o.emplace(key, session_values(ours, ours.sessions[static_cast<std::size_t>(s)]));
    };
    for (const auto& [id, item] : base->by_id) {
        const auto i = theirs->by_id.find(id);
        if (i == theirs->by_id.end() || i->second.text != item.text) add(id);
    }
    for (const auto& [id, item] : theirs->by_id)
        if (!base->by_id.contains(id)) add(id);
    return merge_values(b, doc, t, o);
}

}  // namespace summitry::versions
