// SPDX-License-Identifier: MIT
#include "edit/source_text.h"

#include <algorithm>

#include "syntax/text_scan.h"

namespace summitry::edit {

namespace {

bool is_space_or_tab(char c) {
    return c == ' ' || c == '\t';
}

}  // namespace

SourceText::SourceText(std::string_view text) : text_(text) {
    auto starts = std::make_shared<std::vector<std::size_t>>();
    starts->push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts->push_back(i + 1);
    starts_ = std::move(starts);
}

std::size_t SourceText::offset(std::uint32_t line, std::uint32_t column) const {
    const std::vector<std::size_t>& starts = *starts_;
    if (line == 0 || line > starts.size()) return text_.size();
    std::size_t i = starts[line - 1];
    const std::size_t end = line_end(i);
    // Columns count characters: skip UTF-8 continuation bytes.
    for (std::uint32_t col = 1; col < column && i < end;) {
        ++i;
        while (i < end && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
        ++col;
    }
    return i;
}

std::size_t SourceText::line_start(std::size_t offset) const {
    const auto it = std::upper_bound(starts_->begin(), starts_->end(), offset);
    return *(it - 1);
}

std::size_t SourceText::line_end(std::size_t offset) const {
    const std::size_t nl = text_.find('\n', offset);
    return nl == std::string_view::npos ? text_.size() : nl;
}

std::size_t SourceText::indent(std::size_t offset) const {
    const std::size_t start = line_start(offset);
    std::size_t i = start;
    while (i < text_.size() && text_[i] == ' ') ++i;
    return i - start;
}

bool SourceText::is_flow_collection(std::size_t begin) const {
    return begin < text_.size() && (text_[begin] == '{' || text_[begin] == '[');
}

std::size_t SourceText::flow_end(std::size_t open) const {
    int depth = 0;
    for (std::size_t i = open; i < text_.size(); ++i) {
        const char c = text_[i];
        if (c == '"' || c == '\'') {
            const std::size_t close = find_closing_quote(text_, i);
            if (close == std::string_view::npos) return text_.size();
            i = close;
        } else if (c == '#' && i > 0 && (is_space_or_tab(text_[i - 1]) || text_[i - 1] == '\n')) {
            i = line_end(i);  // a comment inside a multi-line flow collection
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) return i + 1;
        }
    }
    return text_.size();
}

std::size_t SourceText::plain_end(std::size_t begin, bool in_flow) const {
    std::size_t i = begin;
    const std::size_t end = line_end(begin);
    while (i < end) {
        const char c = text_[i];
        if (in_flow && (c == ',' || c == '}' || c == ']')) break;
        if (c == '#' && i > begin && is_space_or_tab(text_[i - 1])) break;
        if (c == ':' && in_flow &&
            (i + 1 >= end || is_space_or_tab(text_[i + 1]) || text_[i + 1] == ','))
            break;
        ++i;
    }
    while (i > begin && (is_space_or_tab(text_[i - 1]) || text_[i - 1] == '\r')) --i;
    return i;
}

std::size_t SourceText::block_end(std::size_t after, std::size_t parent_indent,
                                  bool sequence_at_parent) const {
    // `after` is the end of the node's first line; later lines belong while indented deeper.
    std::size_t end = after;
    std::size_t pos = line_end(after);
    while (pos < text_.size()) {
        const std::size_t start = pos + 1;
        const std::size_t stop = line_end(start);
        std::size_t i = start;
        while (i < stop && text_[i] == ' ') ++i;
        if (i == stop || text_[i] == '#' || text_[i] == '\r') {  // blank or comment: undecided
            pos = stop;
            continue;
        }
        const std::size_t ind = i - start;
        const bool dash = text_[i] == '-' && (i + 1 == stop || is_space_or_tab(text_[i + 1]));
        if (ind > parent_indent || (sequence_at_parent && ind == parent_indent && dash)) {
            std::size_t e = stop;
            // Leave a trailing comment out of the node (it may be a note about what follows).
            while (e > i && (is_space_or_tab(text_[e - 1]) || text_[e - 1] == '\r')) --e;
            end = e;
            pos = stop;
            continue;
        }
        break;
    }
    return end;
}

std::size_t SourceText::node_end(std::size_t begin, bool in_flow, std::size_t parent_indent) const {
    if (begin >= text_.size()) return text_.size();
    const char c = text_[begin];
    if (c == '"' || c == '\'') {
        const std::size_t close = find_closing_quote(text_, begin);
        return close == std::string_view::npos ? text_.size() : close + 1;
    }
    if (c == '{' || c == '[') return flow_end(begin);
    if (in_flow) return plain_end(begin, true);
    if (c == '|' || c == '>') return block_end(line_end(begin), parent_indent, false);
    const bool sequence = c == '-' && begin + 1 < text_.size() &&
                          (is_space_or_tab(text_[begin + 1]) || text_[begin + 1] == '\n');
    if (sequence) {
        // A block sequence: its items are at its own indentation.
        return block_end(plain_end(begin, false), parent_indent, true);
    }
    // A block mapping (`key: ...` at the node's start) or a plain scalar, which may continue on
    // more indented lines.
    return block_end(plain_end(begin, false), parent_indent, false);
}

std::size_t SourceText::key_end(std::size_t begin) const {
    if (begin < text_.size() && (text_[begin] == '"' || text_[begin] == '\'')) {
        const std::size_t close = find_closing_quote(text_, begin);
        return close == std::string_view::npos ? text_.size() : close + 1;
    }
    const std::size_t end = line_end(begin);
    for (std::size_t i = begin; i < end; ++i) {
        if (text_[i] == ':' && (i + 1 >= end || is_space_or_tab(text_[i + 1]) ||
                                text_[i + 1] == ',' || text_[i + 1] == '}' || text_[i + 1] == '\r'))
            return i;
        if (text_[i] == ',' || text_[i] == '}') return i;  // a flow key without a value
    }
    return end;
}

std::size_t SourceText::colon_after(std::size_t key_end) const {
    std::size_t i = key_end;
    while (i < text_.size() && is_space_or_tab(text_[i])) ++i;
    return i < text_.size() && text_[i] == ':' ? i : std::string_view::npos;
}

}  // namespace summitry::edit
