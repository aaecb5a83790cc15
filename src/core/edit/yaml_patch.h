// SPDX-License-Identifier: MIT
#pragma once
// Text patches that change one thing in a YAML file written by hand: a key's value, a new key,
// a removed key, a list item added, copied or removed. Each patch touches the smallest span it
// can, in the style the file already uses (block or flow), so the rest stays byte for byte.

#include <optional>
#include <string>
#include <string_view>

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

    // The byte span of a node's text.
    std::size_t begin_of(const yaml::Node& node) const { return src_.offset(node); }
    std::size_t end_of(const yaml::Node& node, bool in_flow, std::size_t parent_indent) const;
    // The indentation of a block mapping's keys (the column of its first key, less one).
    std::size_t key_indent(const yaml::Node& map) const;

private:
    TextPatch replace(std::size_t from, std::size_t to, std::string inserted) const;
    std::size_t value_end(const Place& map, std::size_t i) const;

    std::uint32_t file_;
    SourceText src_;
};

}  // namespace summitry::edit
