// SPDX-License-Identifier: MIT
#pragma once
// A compact, read-only YAML tree built in one pass over yaml-cpp's event parser.
//
// yaml-cpp's own YAML::Node accepts duplicate keys (the first wins), ignores extra documents and
// expands aliases each time the tree is walked, so that a few hundred bytes can cost gigabytes.
// This tree closes those gaps: duplicate keys and extra documents are diagnostics, an alias is a
// shared pointer to its anchored node and the expanded size of the whole document is bounded.
// Every node keeps its line and column. Nodes and their text live in one arena per document,
// which is also what makes loading a large event cheap.

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <span>
#include <string_view>

#include "diag/diagnostic.h"

namespace summitry::yaml {

enum class Kind : std::uint8_t { null, scalar, sequence, map };

struct Node {
    Kind kind = Kind::null;
    bool plain = false;  // a scalar written without quotes (so `no` or `1` may mean a bool/number)
    std::uint32_t line = 0;    // 1-based
    std::uint32_t column = 0;  // 1-based
    std::uint32_t count =
        0;                  // children: items of a sequence; keys and values of a map, alternating
    std::string_view text;  // a scalar's value
    const Node* const* children = nullptr;

    bool is_map() const { return kind == Kind::map; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_null() const { return kind == Kind::null; }
    std::span<const Node* const> items() const { return {children, count}; }
    std::size_t map_size() const { return count / 2; }
    const Node& key(std::size_t i) const { return *children[2 * i]; }
    const Node& value(std::size_t i) const { return *children[2 * i + 1]; }
    // The value of a scalar key, or nullptr. Linear: maps in event files are small.
    const Node* find(std::string_view key) const;
};

struct ParseLimits {
    std::uint32_t max_depth = 64;  // nesting of mappings and sequences
    // Aliases may expand the document to at most this many nodes beyond its own size times
    // `max_alias_factor`; past that the document is refused with `yaml-alias`.
    std::uint64_t max_alias_nodes = 100'000;
    std::uint64_t max_alias_factor = 2;
};

// One parsed file. `root` is null when the text could not be parsed at all.
class Document {
public:
    Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;
    ~Document();

    const Node* root() const { return root_; }
    std::pmr::memory_resource* arena() { return &arena_; }
    // Whether an alias shares a node between two places of the tree (edit/ then cannot shift
    // the lines of one place without the other: it loads the file again instead).
    bool has_aliases() const { return aliases_; }

private:
    friend class TreeBuilder;
    friend std::unique_ptr<Document> parse(std::string_view, std::uint32_t, Diagnostics&,
                                           const ParseLimits&);
    std::pmr::monotonic_buffer_resource arena_;
    const Node* root_ = nullptr;
    bool aliases_ = false;
};

// Parses `text` (the whole content of file number `file`) and reports problems into `diags`:
// yaml-syntax, duplicate-key, yaml-alias. Never throws for bad input.
std::unique_ptr<Document> parse(std::string_view text, std::uint32_t file, Diagnostics& diags,
                                const ParseLimits& limits = {});

// A short description of a node's type for messages: "a mapping", "a list", "text", "nothing".
std::string_view describe(const Node& node);

}  // namespace summitry::yaml
