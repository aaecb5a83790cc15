// SPDX-License-Identifier: MIT
#pragma once
// Text patches that change one thing in a YAML file written by hand: a key's value, a new key,
// a removed key, a list item added, copied or removed. Each patch touches the smallest span it
// can, in the style the file already uses (block or flow), so the rest stays byte for byte.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edit/document.h"
#include "edit/source_text.h"
#include "syntax/yaml_tree.h"

namespace summitry::edit {

// A collection node with what its patches need to know of its context.
struct Place {
    const yaml::Node* node = nullptr;
    bool in_flow = false;  // the node or one around it is written {...} or [...]
};

class YamlPatcher {
public:
    YamlPatcher(std::uint32_t file, std::string_view text) : file_(file), src_(text) {}

    const SourceText& source() const { return src_; }

    // Sets `key` of mapping `map` to the YAML text `yaml` (one line), adding the key after the
    // last one when it is missing.
    TextPatch set_key(const Place& map, std::string_view key, std::string_view yaml) const;
    // Removes `key` of `map`; nothing when it is not there, an error when it is the only key.
    std::optional<TextPatch> remove_key(const Place& map, std::string_view key,
                                        std::string* error) const;

    // The text of item `index` of a block sequence, from the start of its line to its end
    // (without the final newline); nothing for a flow sequence.
    std::optional<std::string> item_text(const Place& seq, std::size_t index) const;
    // Inserts `item` (whole lines, as item_text gives them) after item `index`.
    TextPatch insert_item_after(const Place& seq, std::size_t index, std::string_view item) const;
    // Removes item `index` of a block sequence with several items.
    std::optional<TextPatch> remove_item(const Place& seq, std::size_t index,
                                         std::string* error) const;

    // --- a list under a key, whatever way it is written ---------------------------------------
    // The list under `key` of mapping `map` may be missing (or `key:` with nothing), `[]`,
    // `[a, b]`, a block list, or one value standing for a list of one (`speakers: ada`). These
    // add, replace and remove one item in the file's own style: a missing list becomes a block
    // list in a block mapping and `[...]` in a flow one; a flow list stays on its line.
    struct Item {
        std::string flow;                      // the item on one line: "{id: x, name: x}", "ada"
        std::vector<std::string> block_lines;  // or as lines "id: x", "name: x" (may be empty)
    };
    std::optional<TextPatch> append_item(const Place& map, std::string_view key, const Item& item,
                                         std::string* error) const;
    std::optional<TextPatch> replace_item(const Place& map, std::string_view key, std::size_t index,
                                          std::string_view yaml, std::string* error) const;
    // Removing the last item leaves `key: []`, the list being no longer there to add to.
    std::optional<TextPatch> remove_list_item(const Place& map, std::string_view key,
                                              std::size_t index, std::string* error) const;
    // A copy of item `index` (its text `copy`, as item_text or flow_item_text gives it) after it.
    std::optional<TextPatch> insert_copy_after(const Place& map, std::string_view key,
                                               std::size_t index, std::string_view copy,
                                               std::string* error) const;
    // The text of item `index` of a flow list, from its first character to its last.
    std::optional<std::string> flow_item_text(const Place& seq, std::size_t index) const;
    // The line break the file uses: "\r\n" for a file written with CRLF, else "\n".
    std::string_view eol() const;

    // The byte span of a node's text.
    std::size_t begin_of(const yaml::Node& node) const { return src_.offset(node); }
    std::size_t end_of(const yaml::Node& node, bool in_flow, std::size_t parent_indent) const;
    // The indentation of a block mapping's keys (the column of its first key, less one).
    std::size_t key_indent(const yaml::Node& map) const;

private:
    TextPatch replace(std::size_t from, std::size_t to, std::string inserted) const;
    std::size_t value_end(const Place& map, std::size_t i) const;
    // Key `key` of `map`: its position, or npos.
    std::size_t key_index(const yaml::Node& map, std::string_view key) const;
    bool flow_at(const Place& place) const;

    std::uint32_t file_;
    SourceText src_;
};

}  // namespace summitry::edit
