// SPDX-License-Identifier: MIT
#include "syntax/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <istream>
#include <limits>
#include <streambuf>
#include <string>
#include <unordered_set>
#include <vector>

#include "diag/quote.h"
#include "syntax/text_scan.h"
#include "syntax/yaml_builder.h"
#include "syntax/yaml_fast.h"

namespace summitry::yaml {

const Node* Node::find(std::string_view k) const {
    if (kind != Kind::map) return nullptr;
    for (std::uint32_t i = 0; i + 1 < count; i += 2) {
        const Node* key_node = children[i];
        if (key_node->kind == Kind::scalar && key_node->text == k) return children[i + 1];
    }
    return nullptr;
}

std::string_view describe(const Node& node) {
    switch (node.kind) {
        case Kind::null: return "nothing";
        case Kind::scalar: return "text";
        case Kind::sequence: return "a list";
        case Kind::map: return "a mapping";
    }
    return "nothing";
}

Document::Document() = default;
Document::~Document() = default;

namespace {

// A read-only stream buffer over text that stays alive while it is read. Never written: it
// has no put area, and a putback of another character than the one read fails (pbackfail).
class MemoryBuffer final : public std::streambuf {
public:
    explicit MemoryBuffer(std::string_view text) {
        char* p = const_cast<char*>(text.data());
        setg(p, p, p + text.size());
    }
};

// What both parsers need first: text that is UTF-8 without control characters, its byte order
// mark dropped. False (and a diagnostic) when it is not.
bool text_checked(std::string_view& text, std::uint32_t file, Diagnostics& diags) {
    if (auto bad = find_non_text(text)) {
        diags.error("yaml-syntax", {file, bad->line, bad->column}, bad->message,
                    "an event file is UTF-8 text; is this the right file?");
        return false;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte order mark
    return true;
}

// The fast parser of the block subset (yaml_fast.h) into a builder of its own: nullptr when the
// text is not in the subset, and then nothing reached `diags`.
std::unique_ptr<Document> parse_fast_checked(std::string_view text, std::uint32_t file,
                                             Diagnostics& diags, const ParseLimits& limits) {
    auto doc = std::make_unique<Document>();
    Diagnostics mine;
    TreeBuilder builder(*doc, text, file, mine, limits);
    try {
        if (!parse_block_subset(text, builder)) return nullptr;
    } catch (const StopParsing&) {
        return nullptr;  // nested too deep: yaml-cpp's path says so, as it always did
    }
    builder.finish();
    diags.append(std::move(mine));
    return doc;
}

std::unique_ptr<Document> parse_yaml_cpp_checked(std::string_view text, std::uint32_t file,
                                                 Diagnostics& diags, const ParseLimits& limits) {
    auto doc = std::make_unique<Document>();
    // yaml-cpp reads from a stream: one over the text itself, not over a copy of it.
    MemoryBuffer buffer(text);
    std::istream in(&buffer);
    TreeBuilder builder(*doc, text, file, diags, limits);
    try {
        YAML::Parser parser(in);
        if (parser.HandleNextDocument(builder)) parser.HandleNextDocument(builder);
    } catch (const StopParsing&) {
        if (builder.second_document) {
            diags.error("yaml-syntax", builder.second_document_at,
                        "the file holds more than one YAML document",
                        "an event file is one document; remove the '---' line or split the file "
                        "and use 'include'");
        }
        return doc;
    } catch (const YAML::Exception& e) {
        const LineIndex lines(text);
        const auto line0 = static_cast<std::uint32_t>(std::max(0, e.mark.line));
        const SourceLoc at{
            file, line0 + 1,
            lines.column(line0, static_cast<std::size_t>(std::max(0, e.mark.pos)),
                         static_cast<std::uint32_t>(std::max(0, e.mark.column) + 1))};
        std::string msg = e.msg;
        if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(msg[0]));
        const auto& [quote_at, quote_end] = builder.last_multiline_quote;
        const Node* flow = builder.open_flow();
        if (flow != nullptr && msg.find("flow not found") != std::string::npos) {
            const bool seq = flow->kind == Kind::sequence;
            diags.error(
                "yaml-syntax", {file, flow->line, flow->column},
                std::string("this ") + (seq ? "'['" : "'{'") + " is never closed",
                std::string("close it with ") + (seq ? "']'" : "'}'") + " on the same line");
        } else if (quote_at.line != 0 && at.line >= quote_end && at.line <= quote_end + 2) {
            diags.error("yaml-syntax", quote_at,
                        "this quoted text runs on to line " + std::to_string(quote_end) +
                            ", where the YAML breaks (" + msg + ")",
                        "a closing quote is probably missing here");
        } else {
            diags.error("yaml-syntax", at, "malformed YAML: " + msg,
                        "check the indentation, colons and quotes around this place");
        }
        return doc;
    } catch (const std::exception& e) {
        diags.error("yaml-syntax", {file, 1, 1},
                    std::string("could not read the file: ") + e.what());
        return doc;
    }

    if (builder.saw_alias()) {
        const std::uint64_t bound =
            builder.real_nodes() * limits.max_alias_factor + limits.max_alias_nodes;
        if (builder.expanded_nodes() > bound) {
            diags.error("yaml-alias", builder.first_alias(),
                        "aliases expand this file to more than " + std::to_string(bound) +
                            " values (it holds " + std::to_string(builder.real_nodes()) + ")",
                        "nested aliases multiply; write the repeated parts out");
            return doc;
        }
    }
    builder.finish();
    return doc;
}

// SUMMITRY_YAML_PARSER=yaml-cpp turns the fast path off: for benchmarks that compare the two in
// one build, and as a way around it should it ever be wrong for someone's file.
bool fast_path_on() {
    static const bool on = [] {
        const char* v = std::getenv("SUMMITRY_YAML_PARSER");
        return v == nullptr || std::string_view(v) != "yaml-cpp";
    }();
    return on;
}

}  // namespace

std::unique_ptr<Document> parse(std::string_view text, std::uint32_t file, Diagnostics& diags,
                                const ParseLimits& limits) {
    if (!text_checked(text, file, diags)) return std::make_unique<Document>();
    if (fast_path_on()) {
        if (auto doc = parse_fast_checked(text, file, diags, limits)) return doc;
    }
    return parse_yaml_cpp_checked(text, file, diags, limits);
}

std::unique_ptr<Document> parse_with_yaml_cpp(std::string_view text, std::uint32_t file,
                                              Diagnostics& diags, const ParseLimits& limits) {
    if (!text_checked(text, file, diags)) return std::make_unique<Document>();
    return parse_yaml_cpp_checked(text, file, diags, limits);
}

std::unique_ptr<Document> parse_fast(std::string_view text, std::uint32_t file, Diagnostics& diags,
                                     const ParseLimits& limits) {
    Diagnostics unused;
    if (!text_checked(text, file, unused)) return nullptr;
    return parse_fast_checked(text, file, diags, limits);
}

}  // namespace summitry::yaml
