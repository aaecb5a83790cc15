// SPDX-License-Identifier: MIT
#pragma once
// The tree builder behind yaml::parse (syntax/ only): it takes parse events, as yaml-cpp's
// EventHandler gets them, and builds the arena tree with its checks (duplicate keys, depth,
// aliases). Both parsers feed it: yaml-cpp's, and the fast one of the block subset
// (yaml_fast.h), so that the two cannot differ in what they build from the same events.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "diag/quote.h"
#include "syntax/text_scan.h"
#include "syntax/yaml_tree.h"

namespace summitry::yaml {

// Thrown from the event handler to stop yaml-cpp's parser at once.
struct StopParsing {};

inline std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
    return a > std::numeric_limits<std::uint64_t>::max() - b
               ? std::numeric_limits<std::uint64_t>::max()
               : a + b;
}

class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(Document& doc, std::string_view text, std::uint32_t file, Diagnostics& diags,
                const ParseLimits& limits)
        : doc_(doc), text_(text), lines_(text), file_(file), diags_(diags), limits_(limits) {}

    const Node* root() const { return root_; }
    // Hands the tree to the document: after a parse that went through.
    void finish() {
        doc_.root_ = root_;
        doc_.aliases_ = saw_alias();
    }
    std::uint64_t real_nodes() const { return real_nodes_; }
    std::uint64_t expanded_nodes() const { return root_weight_; }
    SourceLoc first_alias() const { return first_alias_; }
    bool saw_alias() const { return first_alias_.line != 0; }
    bool second_document = false;
    SourceLoc second_document_at;
    // The last quoted text that ran over several lines: where it opened, the line it closed on.
    // A missing closing quote shows up as such a text, closed by the next quote in the file.
    std::pair<SourceLoc, std::uint32_t> last_multiline_quote{};

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (documents_++ > 0) {
            second_document = true;
            second_document_at = loc(mark);
            throw StopParsing{};
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Node* n = make(Kind::null, mark);
        add(n, 1, anchor);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (!saw_alias()) first_alias_ = loc(mark);
        if (anchor >= anchors_.size() || anchors_[anchor].node == nullptr) {
            diags_.error("yaml-alias", loc(mark),
                         "this alias refers to a mapping or list that contains it",
                         "a recursive alias cannot be expanded; write the value out");
            throw StopParsing{};
        }
        add(anchors_[anchor].node, anchors_[anchor].weight, 0);
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        Node* n = make(Kind::scalar, mark);
        n->plain = tag == "?";
        if (!n->plain) check_quote(mark);
        n->text = store(value);
        add(n, 1, anchor);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(Kind::sequence, mark, anchor, style == YAML::EmitterStyle::Flow);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(Kind::map, mark, anchor, style == YAML::EmitterStyle::Flow);
    }

    // The innermost [ or { still open, if any: where a "flow not found" error began.
    const Node* open_flow() const {
        for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
            if (it->flow) return it->node;
        return nullptr;
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        Node* node;
        std::size_t first;  // index of its first child in items_
        std::uint64_t weight;
        YAML::anchor_t anchor;
        bool flow;                                                   // written as [...] or {...}
        std::unique_ptr<std::unordered_set<std::string_view>> keys;  // for large maps only
    };
    struct Anchor {
        const Node* node = nullptr;
        std::uint64_t weight = 0;
    };

    SourceLoc loc(const YAML::Mark& m) const {
        const auto line0 = static_cast<std::uint32_t>(std::max(0, m.line));
        const auto fallback = static_cast<std::uint32_t>(std::max(0, m.column) + 1);
        return {file_, line0 + 1,
                lines_.column(line0, static_cast<std::size_t>(std::max(0, m.pos)), fallback)};
    }

    // yaml-cpp takes a quote that is never closed to run to the end of the file, silently.
    void check_quote(const YAML::Mark& mark) {
        const auto pos = static_cast<std::size_t>(std::max(0, mark.pos));
        if (pos >= text_.size() || (text_[pos] != '"' && text_[pos] != '\'')) return;
        const std::size_t close = find_closing_quote(text_, pos);
        if (close != std::string_view::npos) {
            const auto close_line = static_cast<std::uint32_t>(
                std::count(text_.begin() + static_cast<std::ptrdiff_t>(pos),
                           text_.begin() + static_cast<std::ptrdiff_t>(close), '\n'));
            if (close_line > 0) last_multiline_quote = {loc(mark), loc(mark).line + close_line};
            return;
        }
        diags_.error("yaml-syntax", loc(mark), "this quoted text has no closing quote",
                     std::string("add the closing ") + text_[pos] + " or remove the opening one");
        throw StopParsing{};
    }

    Node* make(Kind kind, const YAML::Mark& mark) {
        ++real_nodes_;
        void* p = doc_.arena()->allocate(sizeof(Node), alignof(Node));
        Node* n = new (p) Node{};
        n->kind = kind;
        SourceLoc l = loc(mark);
        n->line = l.line;
        n->column = l.column;
        return n;
    }

    std::string_view store(const std::string& s) {
        if (s.empty()) return {};
        char* p = static_cast<char*>(doc_.arena()->allocate(s.size(), 1));
        std::memcpy(p, s.data(), s.size());
        return {p, s.size()};
    }

    void remember(YAML::anchor_t anchor, const Node* n, std::uint64_t weight) {
        if (anchor == 0) return;
        if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
        anchors_[anchor] = {n, weight};
    }

    void add(const Node* n, std::uint64_t weight, YAML::anchor_t anchor) {
        remember(anchor, n, weight);
        if (stack_.empty()) {
            root_ = n;
            root_weight_ = weight;
            return;
        }
        Frame& f = stack_.back();
        if (f.node->kind == Kind::map && (items_.size() - f.first) % 2 == 0) check_key(f, *n);
        items_.push_back(n);
        f.weight = saturating_add(f.weight, weight);
    }

    void check_key(Frame& f, const Node& key) {
        if (key.kind != Kind::scalar) return;
        const std::size_t keys = (items_.size() - f.first) / 2;
        const Node* first = nullptr;
        if (keys < 16) {
            for (std::size_t i = f.first; i < items_.size(); i += 2) {
                if (items_[i]->kind == Kind::scalar && items_[i]->text == key.text) {
                    first = items_[i];
                    break;
                }
            }
        } else {
            if (!f.keys) {
                f.keys = std::make_unique<std::unordered_set<std::string_view>>();
                for (std::size_t i = f.first; i < items_.size(); i += 2)
                    if (items_[i]->kind == Kind::scalar) f.keys->insert(items_[i]->text);
            }
            if (!f.keys->insert(key.text).second) {
                for (std::size_t i = f.first; i < items_.size(); i += 2)
                    if (items_[i]->kind == Kind::scalar && items_[i]->text == key.text) {
                        first = items_[i];
                        break;
                    }
            }
        }
        if (first != nullptr) {
            diags_.error(
                "duplicate-key", {file_, key.line, key.column},
                "key " + quote(key.text) + " is given twice in this mapping",
                "the first is at line " + std::to_string(first->line) + "; keep one of them");
        } else if (f.keys) {
            f.keys->insert(key.text);
        }
    }

    void open(Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor, bool flow) {
        if (stack_.size() >= limits_.max_depth) {
            diags_.error("yaml-syntax", loc(mark),
                         "the file nests mappings and lists more than " +
                             std::to_string(limits_.max_depth) + " levels deep",
                         "an event file needs only a few levels; check the indentation");
            throw StopParsing{};
        }
        Node* n = make(kind, mark);
        stack_.push_back(Frame{n, items_.size(), 1, anchor, flow, nullptr});
    }

    void close() {
        Frame f = std::move(stack_.back());
        stack_.pop_back();
        const std::size_t count = items_.size() - f.first;
        if (count > 0) {
            auto* arr = static_cast<const Node**>(
                doc_.arena()->allocate(count * sizeof(const Node*), alignof(const Node*)));
            std::copy(items_.begin() + static_cast<std::ptrdiff_t>(f.first), items_.end(), arr);
            f.node->children = arr;
        }
        f.node->count = static_cast<std::uint32_t>(count);
        items_.resize(f.first);
        add(f.node, f.weight, f.anchor);
    }

    Document& doc_;
    std::string_view text_;
    LineIndex lines_;
    std::uint32_t file_;
    Diagnostics& diags_;
    const ParseLimits& limits_;
    std::vector<Frame> stack_;
    std::vector<const Node*> items_;
    std::vector<Anchor> anchors_;
    const Node* root_ = nullptr;
    std::uint64_t root_weight_ = 0;
    std::uint64_t real_nodes_ = 0;
    int documents_ = 0;
    SourceLoc first_alias_{};
};

}  // namespace summitry::yaml
