// SPDX-License-Identifier: MIT
#pragma once
// Finding an entity of an event file in the YAML trees of its files, and a canonical form of a
// tree that tells whether a patch changed anything besides what it meant to change.

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "edit/document.h"
#include "edit/yaml_patch.h"
#include "syntax/yaml_tree.h"

namespace summitry::edit {

// The file list key of an entity kind ("sessions"); rooms live in venues' "rooms".
inline std::string_view list_key(EntityKind kind) {
    return entity_list_key(kind);
}
std::optional<EntityKind> entity_kind_from(std::string_view kind);  // "sessions", "rooms", ...

// Every file's text parsed once, for planning. Its patchers share one index of lines a file, and
// entities are found through an index by id built on the first lookup of a kind: a plan that
// sets hundreds of values (a merge, a release) finds each in constant time.
class ParsedFiles {
public:
    explicit ParsedFiles(const std::vector<std::string>& texts);
    // The trees the loader built for `event` from exactly these texts (nothing parsed again);
    // parses them when the event does not hold one tree per file.
    ParsedFiles(const std::vector<std::string>& texts, const Event& event);
    std::size_t size() const { return roots_.size(); }
    const yaml::Node* root(std::uint32_t file) const;
    std::string_view text(std::uint32_t file) const { return texts_[file]; }
    YamlPatcher patcher(std::uint32_t file) const;

    // Where an entity of `kind` with this id is written: its file, its venue (rooms) and its
    // position in the list. Rooms are indexed by "venue/room" and by "room" alone.
    struct Hit {
        std::uint32_t file = 0;
        const yaml::Node* venue = nullptr;
        std::size_t index = 0;
    };
    const std::vector<Hit>& hits(EntityKind kind, std::string_view id) const;

private:
    void parse_all();

    const std::vector<std::string>& texts_;
    std::vector<std::unique_ptr<yaml::Document>> docs_;  // parsed here
    std::vector<const yaml::Node*> roots_;
    mutable std::vector<std::optional<YamlPatcher>> patchers_;
    mutable std::map<EntityKind, std::unordered_map<std::string, std::vector<Hit>>> ids_;
};

// An entity's mapping, the list holding it and its position there.
struct Found {
    std::uint32_t file = 0;
    Place owner;           // the mapping whose key `list_key` holds the list (for a list: set
    std::string list_key;  // even when the key is missing or empty)
    Place list;
    std::size_t index = 0;
    Place map;
    std::string qualified_id;  // rooms: "venue/room"
};

// The `event` mapping, or an entity by id (rooms by "venue/room", or "room" when unique).
// Sets `error` and returns nothing when it is not there (or a room id is ambiguous).
std::optional<Found> find_event(const ParsedFiles& files, std::string* error);
std::optional<Found> find_entity(const ParsedFiles& files, EntityKind kind, std::string_view id,
                                 std::string* error);
// The list of entities of a kind (rooms: of the venue `venue_id`), in the file that has it: the
// last file with a non-empty list, else the last with the key, else the main file (`owner` set,
// `list.node` null when the key is missing or not a list).
std::optional<Found> find_list(const ParsedFiles& files, EntityKind kind, std::string_view venue_id,
                               std::string* error);

// A text that is equal for two trees exactly when they hold the same data, leaving out the
// entities named "kind/id" and the values named "kind/id.key" (or "event.key") in `skip`.
std::string canonical(const yaml::Node* root, const std::set<std::string>& skip);
std::string canonical(const yaml::Node* node);
// The part of canonical(root, skip) a node named `where` ("sessions/x") makes.
std::string canonical_at(const yaml::Node* node, const std::string& where,
                         const std::set<std::string>& skip);
// The name canonical() gives an item of the list named `list`: "sessions/x" for an entity.
std::string entity_name(const std::string& list, const yaml::Node& item);

// The names (as `canonical` leaves them out) of what differs between two trees of one file:
// entities and keys added, removed or changed, at the deepest level that holds the change. A
// name equal to `where` (at the top: "") says the whole node differs.
void changed_names(const yaml::Node* a, const yaml::Node* b, const std::string& where,
                   std::set<std::string>& out);

}  // namespace summitry::edit
