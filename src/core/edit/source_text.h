// SPDX-License-Identifier: MIT
#pragma once
// Where things are in the text of an event file: the byte spans of the nodes the YAML tree
// points at by line and column. Edits replace these spans and nothing else, so the rest of the
// file keeps its comments and layout.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "syntax/yaml_tree.h"

namespace summitry::edit {

// Copies share the index of lines (made once, by the constructor): a patcher per entity costs
// nothing more than one per file.
class SourceText {
public:
    explicit SourceText(std::string_view text);

    std::string_view text() const { return text_; }
    // The byte offset of a 1-based line and 1-based column counted in characters, as the YAML
    // tree gives them; clamped to the line's end.
    std::size_t offset(std::uint32_t line, std::uint32_t column) const;
    std::size_t offset(const yaml::Node& node) const { return offset(node.line, node.column); }
    std::size_t line_start(std::size_t offset) const;
    std::size_t line_end(std::size_t offset) const;  // the '\n' ending the line, or the text's end
    // Spaces before the first character of the line holding `offset`.
    std::size_t indent(std::size_t offset) const;

    // The end (exclusive) of the node written at `begin`, trailing spaces and comments left out:
    // a quoted scalar, a flow collection, a plain or block scalar, or a block collection. A node
    // in block context ends before the first later line indented `parent_indent` or less (a
    // sequence may sit at its key's indentation: `key:\n- a`).
    std::size_t node_end(std::size_t begin, bool in_flow, std::size_t parent_indent) const;
    // The end of a mapping key written at `begin` (before its ':').
    std::size_t key_end(std::size_t begin) const;
    // The ':' after a key ending at `key_end`.
    std::size_t colon_after(std::size_t key_end) const;
    // Whether the node at `begin` is written in flow style ({...} or [...]).
    bool is_flow_collection(std::size_t begin) const;

private:
    std::size_t flow_end(std::size_t open) const;
    std::size_t plain_end(std::size_t begin, bool in_flow) const;
    std::size_t block_end(std::size_t after, std::size_t parent_indent,
                          bool sequence_at_parent) const;

    std::string_view text_;
    std::shared_ptr<const std::vector<std::size_t>> starts_;  // where each line begins
};

}  // namespace summitry::edit
