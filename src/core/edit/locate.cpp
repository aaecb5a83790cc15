// SPDX-License-Identifier: MIT
#include "edit/locate.h"

#include <algorithm>
#include <unordered_map>

#include "util/i18n.h"

namespace summitry {

std::string_view entity_list_key(EntityKind kind) {
    switch (kind) {
        case EntityKind::session: return "sessions";
        case EntityKind::person: return "people";
        case EntityKind::organization: return "organizations";
        case EntityKind::venue: return "venues";
        case EntityKind::room: return "rooms";
        case EntityKind::track: return "tracks";
    }
    return "sessions";
}

}  // namespace summitry

namespace summitry::edit {

std::optional<EntityKind> entity_kind_from(std::string_view kind) {
    for (EntityKind k : {EntityKind::session, EntityKind::person, EntityKind::organization,
                         EntityKind::venue, EntityKind::room, EntityKind::track})
        if (list_key(k) == kind) return k;
    return std::nullopt;
}

ParsedFiles::ParsedFiles(const std::vector<std::string>& texts) : texts_(texts) {
    parse_all();
}

ParsedFiles::ParsedFiles(const std::vector<std::string>& texts, const Event& event)
    : texts_(texts) {
    if (event.documents.size() != texts.size()) {
        parse_all();  // a file the loader refused whole: its tree is missing
        return;
    }
    for (const auto& doc : event.documents) roots_.push_back(doc ? doc->root() : nullptr);
}

void ParsedFiles::parse_all() {
    for (std::uint32_t f = 0; f < texts_.size(); ++f) {
        Diagnostics ignored;  // the loader reports them; planning only needs the tree
        docs_.push_back(yaml::parse(texts_[f], f, ignored));
        roots_.push_back(docs_.back() ? docs_.back()->root() : nullptr);
    }
}

const yaml::Node* ParsedFiles::root(std::uint32_t file) const {
    const yaml::Node* r = roots_[file];
    return r && r->is_map() ? r : nullptr;
}

YamlPatcher ParsedFiles::patcher(std::uint32_t file) const {
    if (patchers_.size() < texts_.size()) patchers_.resize(texts_.size());
    auto& p = patchers_.at(file);
    if (!p) p.emplace(file, texts_[file]);  // indexes the text's lines, once
    return *p;
}

namespace {

std::string_view id_of(const yaml::Node& item) {
    const yaml::Node* id = item.is_map() ? item.find("id") : nullptr;
    return id && id->is_scalar() ? id->text : std::string_view{};
}

}  // namespace

const std::vector<ParsedFiles::Hit>& ParsedFiles::hits(EntityKind kind, std::string_view id) const {
    auto it = ids_.find(kind);
    if (it == ids_.end()) {
        // Every file's list of that kind, once: the entities by id, in the order of the files.
        std::unordered_map<std::string, std::vector<Hit>> index;
        for (std::uint32_t file = 0; file < size(); ++file) {
            const yaml::Node* r = root(file);
            if (!r) continue;
            if (kind != EntityKind::room) {
                const yaml::Node* list = r->find(list_key(kind));
                if (!list || !list->is_sequence()) continue;
                for (std::size_t i = 0; i < list->count; ++i)
                    index[std::string(id_of(*list->items()[i]))].push_back({file, nullptr, i});
                continue;
            }
            const yaml::Node* venues = r->find("venues");
            if (!venues || !venues->is_sequence()) continue;
            for (const yaml::Node* venue : venues->items()) {
                const yaml::Node* rooms = venue->is_map() ? venue->find("rooms") : nullptr;
                if (!rooms || !rooms->is_sequence()) continue;
                for (std::size_t i = 0; i < rooms->count; ++i) {
                    const std::string room(id_of(*rooms->items()[i]));
                    index[room].push_back({file, venue, i});
                    index[std::string(id_of(*venue)) + "/" + room].push_back({file, venue, i});
                }
            }
        }
        it = ids_.emplace(kind, std::move(index)).first;
    }
    static const std::vector<Hit> none;
    const auto found = it->second.find(std::string(id));
    return found == it->second.end() ? none : found->second;
}

namespace {

Place child(const ParsedFiles& files, std::uint32_t file, const Place& parent,
            const yaml::Node& node) {
    const YamlPatcher p = files.patcher(file);
    return {&node, parent.in_flow || p.source().is_flow_collection(p.begin_of(node))};
}

}  // namespace

std::optional<Found> find_event(const ParsedFiles& files, std::string* error) {
    const yaml::Node* root = files.root(0);
    const yaml::Node* ev = root ? root->find("event") : nullptr;
    if (!ev || !ev->is_map()) {
        // TRANSLATORS: a refused edit. 'event' is a key of the event file: keep it as it is.
        if (error) *error = tr("the file has no 'event' mapping");
        return std::nullopt;
    }
    Found f;
    f.map = child(files, 0, {root, false}, *ev);
    return f;
}

std::optional<Found> find_list(const ParsedFiles& files, EntityKind kind, std::string_view venue_id,
                               std::string* error) {
    if (kind == EntityKind::room) {
        auto venue = find_entity(files, EntityKind::venue, venue_id, error);
        if (!venue) return std::nullopt;
        venue->owner = venue->map;
        venue->list_key = "rooms";
        const yaml::Node* rooms = venue->map.node->find("rooms");
        venue->list =
            rooms && rooms->is_sequence() ? child(files, venue->file, venue->map, *rooms) : Place{};
        venue->index = rooms && rooms->is_sequence() ? rooms->count : 0;
        return venue;
    }
    // The last file that has the list: included files hold the long lists. Else the last that
    // has the key (`tracks: []`), else the main file.
    std::optional<Found> with_key;
    for (std::uint32_t file = static_cast<std::uint32_t>(files.size()); file-- > 0;) {
        const yaml::Node* root = files.root(file);
        const yaml::Node* list = root ? root->find(list_key(kind)) : nullptr;
        if (!list) continue;
        Found f;
        f.file = file;
        f.owner = {root, false};
        f.list_key = list_key(kind);
        if (list->is_sequence()) {
            f.list = child(files, file, f.owner, *list);
            f.index = list->count;
        }
        if (list->is_sequence() && list->count > 0) return f;
        if (!with_key) with_key = f;
    }
    if (with_key) return with_key;
    const yaml::Node* root = files.root(0);
    if (!root) {
        // TRANSLATORS: a refused edit: the event file is not a YAML mapping at its top.
        if (error) *error = tr("the file is not a mapping of keys");
        return std::nullopt;
    }
    Found f;
    f.owner = {root, false};
    f.list_key = list_key(kind);
    return f;
}

std::optional<Found> find_entity(const ParsedFiles& files, EntityKind kind, std::string_view id,
                                 std::string* error) {
    std::vector<Found> found;
    if (kind != EntityKind::room) {
        for (const ParsedFiles::Hit& h : files.hits(kind, id)) {
            const yaml::Node* root = files.root(h.file);
            const yaml::Node* list = root->find(list_key(kind));
            const Place lp = child(files, h.file, {root, false}, *list);
            found.push_back({h.file,
                             {root, false},
                             std::string(list_key(kind)),
                             lp,
                             h.index,
                             child(files, h.file, lp, *list->items()[h.index]),
                             std::string(id)});
        }
    } else {
        // Rooms: "venue/room", or "room" where one venue has it ("/room" too).
        const auto slash = id.find('/');
        const std::string_view venue_id =
            slash == std::string_view::npos ? "" : id.substr(0, slash);
        const std::string_view room_id =
            slash == std::string_view::npos ? id : id.substr(slash + 1);
        // No venue named: the room in any venue.
        for (const ParsedFiles::Hit& h : files.hits(kind, venue_id.empty() ? room_id : id)) {
            const yaml::Node* rooms = h.venue->find("rooms");
            // Ids holding a '/' index ambiguously: the venue's and the room's own ids decide.
            if ((!venue_id.empty() && id_of(*h.venue) != venue_id) ||
                id_of(*rooms->items()[h.index]) != room_id)
                continue;
            const yaml::Node* root = files.root(h.file);
            const Place vp = child(files, h.file, {root, false}, *root->find("venues"));
            const Place owner = child(files, h.file, vp, *h.venue);
            const Place rp = child(files, h.file, owner, *rooms);
            found.push_back({h.file, owner, "rooms", rp, h.index,
                             child(files, h.file, rp, *rooms->items()[h.index]),
                             std::string(id_of(*h.venue)) + "/" + std::string(room_id)});
        }
    }
    if (found.size() == 1) return found.front();
    if (error) {
        if (found.empty()) {
            // TRANSLATORS: a refused edit. {0} is a list key of the event file (sessions, people,
            // organizations, venues, rooms or tracks: keep it as it is), {1} an id in that list.
            *error = format_message(tr("no {0} '{1}' in the file"), list_key(kind), id);
        } else {
            // TRANSLATORS: a refused edit. {0} is "rooms", {1} the id of a room that several
            // venues have; 'venue/room' is the form to write: the venue's id, '/', the room's.
            *error = format_message(tr("{0} '{1}' is ambiguous: name it 'venue/room'"),
                                    list_key(kind), id);
        }
    }
    return std::nullopt;
}

namespace {

// The name of an item of the sequence named `where`: "sessions/x" for an entity of a list of
// the file, "rooms/venue/room" for a room of a venue; `where` itself for any other item.
std::string item_name(const std::string& where, const yaml::Node& item) {
    const std::string_view id = id_of(item);
    if (id.empty()) return where;
    if (where.starts_with("venues/") && where.ends_with(".rooms"))
        return "rooms/" + where.substr(7, where.size() - 13) + "/" + std::string(id);
    if (where.find('/') == std::string::npos) return where + "/" + std::string(id);
    return where;
}

void dump(const yaml::Node* n, const std::string& where, const std::set<std::string>& skip,
          std::string& out) {
    if (!n) {
        out += "~";
        return;
    }
    switch (n->kind) {
        case yaml::Kind::null: out += "~"; return;
        case yaml::Kind::scalar:
            out += n->plain ? "p" : "q";
            out += std::to_string(n->text.size());
            out += ':';
            out += n->text;
            return;
        case yaml::Kind::sequence:
            out += '[';
            for (const yaml::Node* item : n->items()) {
                // Entities are named by kind and id: "sessions/x", rooms "rooms/venue/room".
                const std::string at = item_name(where, *item);
                if (at != where && skip.contains(at)) continue;
                dump(item, at, skip, out);
                out += ',';
            }
            out += ']';
            return;
        case yaml::Kind::map:
            out += '{';
            for (std::size_t i = 0; i < n->map_size(); ++i) {
                const std::string key(n->key(i).text);
                const std::string at = where.empty() ? key : where + "." + key;
                if (skip.contains(at)) continue;
                dump(&n->key(i), at, skip, out);
                out += '=';
                dump(&n->value(i), at, skip, out);
                out += ';';
            }
            out += '}';
            return;
    }
}

}  // namespace

std::string canonical(const yaml::Node* root, const std::set<std::string>& skip) {
    std::string out;
    dump(root, "", skip, out);
    return out;
}

std::string canonical(const yaml::Node* node) {
    return canonical(node, {});
}

std::string canonical_at(const yaml::Node* node, const std::string& where,
                         const std::set<std::string>& skip) {
    std::string out;
    dump(node, where, skip, out);
    return out;
}

std::string entity_name(const std::string& list, const yaml::Node& item) {
    return item_name(list, item);
}

namespace {

// The names of a node's parts in order: a mapping's keys, a list's entities. False when it has
// none that `canonical` can leave out (a scalar, a list of plain values).
bool part_names(const yaml::Node* n, const std::string& where,
                std::vector<std::pair<std::string, const yaml::Node*>>& parts) {
    if (!n) return false;
    if (n->kind == yaml::Kind::map) {
        for (std::size_t i = 0; i < n->map_size(); ++i) {
            const std::string key(n->key(i).text);
            parts.emplace_back(where.empty() ? key : where + "." + key, &n->value(i));
        }
        return true;
    }
    if (n->kind != yaml::Kind::sequence) return false;
    for (const yaml::Node* item : n->items()) {
        std::string at = item_name(where, *item);
        if (at == where) return false;
        parts.emplace_back(std::move(at), item);
    }
    return true;
}

}  // namespace

void changed_names(const yaml::Node* a, const yaml::Node* b, const std::string& where,
                   std::set<std::string>& out) {
    if (canonical(a) == canonical(b)) return;
    std::vector<std::pair<std::string, const yaml::Node*>> pa, pb;
    if ((a && b && a->kind != b->kind) || !part_names(a, where, pa) || !part_names(b, where, pb)) {
        out.insert(where);
        return;
    }
    // Parts both have are compared one by one; the others were added or removed. Ten thousand
    // sessions: looked up by name, not searched.
    std::unordered_map<std::string_view, const yaml::Node*> in_a, in_b;
    for (const auto& [name, node] : pa) in_a.emplace(name, node);
    for (const auto& [name, node] : pb) in_b.emplace(name, node);
    if (in_a.size() != pa.size() || in_b.size() != pb.size()) {
        out.insert(where);  // a name twice (a duplicate id): the loader says so
        return;
    }
    std::vector<std::string_view> common_a, common_b;
    for (const auto& [name, node] : pa) {
        const auto it = in_b.find(name);
        if (it == in_b.end()) {
            out.insert(name);
        } else {
            common_a.push_back(name);
            changed_names(node, it->second, name, out);
        }
    }
    for (const auto& [name, node] : pb) {
        if (in_a.contains(name))
            common_b.push_back(name);
        else
            out.insert(name);
    }
    if (common_a != common_b) out.insert(where);  // reordered
}

}  // namespace summitry::edit
