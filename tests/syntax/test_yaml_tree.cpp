// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <chrono>
#include <string>

#include "syntax/text_scan.h"
#include "syntax/yaml_tree.h"

using namespace summitry;

namespace {
struct Parsed {
    std::unique_ptr<yaml::Document> doc;
    Diagnostics diags;
};
Parsed parse(const std::string& text) {
    Parsed p;
    p.doc = yaml::parse(text, 0, p.diags);
    return p;
}
bool has_rule(const Diagnostics& d, std::string_view rule) {
    for (const auto& x : d.items())
        if (x.rule == rule) return true;
    return false;
}
}  // namespace

TEST_CASE("a mapping keeps its keys in order with their positions", "[yaml]") {
    auto p = parse("a: 1\nb:\n  - x\n  - 'y'\n");
    REQUIRE(p.diags.empty());
    const yaml::Node* root = p.doc->root();
    REQUIRE(root->is_map());
    REQUIRE(root->map_size() == 2);
    CHECK(root->key(0).text == "a");
    CHECK(root->value(0).plain);
    const yaml::Node* b = root->find("b");
    REQUIRE(b->is_sequence());
    CHECK(b->count == 2);
    CHECK(b->items()[1]->text == "y");
    CHECK_FALSE(b->items()[1]->plain);
    CHECK(b->items()[1]->line == 4);
    CHECK(b->items()[1]->column == 5);
}

TEST_CASE("columns count characters, not bytes", "[yaml]") {
    auto p = parse("titre: «Été» x\nnom: Zoë\n");
    REQUIRE(p.diags.empty());
    auto p2 = parse("é: [1, 2\n");
    REQUIRE(p2.diags.errors() == 1);
    auto q = parse("x: 'Élodie'\ny: ok\n");
    CHECK(q.doc->root()->find("y")->column == 4);
    auto r = parse("x: Élodie: nope\n");
    REQUIRE(r.diags.errors() == 1);
    CHECK(r.diags.items()[0].loc.column == 10);  // the second ':' is the 10th character
}

TEST_CASE("duplicate keys are errors at the second key", "[yaml]") {
    auto p = parse("title: A\nid: x\ntitle: B\n");
    REQUIRE(p.diags.errors() == 1);
    const Diagnostic& d = p.diags.items()[0];
    CHECK(d.rule == "duplicate-key");
    CHECK(d.loc.line == 3);
    CHECK(d.loc.column == 1);
    CHECK(d.hint.find("line 1") != std::string::npos);
}

TEST_CASE("duplicate keys are found in large mappings too", "[yaml]") {
    std::string text;
    for (int i = 0; i < 100; ++i) text += "k" + std::to_string(i) + ": 1\n";
    text += "k42: 2\n";
    auto p = parse(text);
    REQUIRE(p.diags.errors() == 1);
    CHECK(p.diags.items()[0].loc.line == 101);
}

TEST_CASE("an unterminated quote is a syntax error, not text to the end of the file", "[yaml]") {
    for (std::string text : {"a: \"abc\nb: 2\n", "a: 'abc\nb: x\n", "a: \"ab\\\"\n"}) {
        auto p = parse(text);
        REQUIRE(p.diags.errors() == 1);
        CHECK(p.diags.items()[0].rule == "yaml-syntax");
        CHECK(p.diags.items()[0].loc.line == 1);
        CHECK(p.diags.items()[0].loc.column == 4);
        CHECK(p.doc->root() == nullptr);
    }
    auto ok = parse("a: 'it''s'\nb: \"say \\\"hi\\\"\"\n");
    CHECK(ok.diags.empty());
    CHECK(ok.doc->root()->find("a")->text == "it's");
}

TEST_CASE("a second document is refused", "[yaml]") {
    auto p = parse("a: 1\n---\nb: 2\n");
    REQUIRE(p.diags.errors() == 1);
    CHECK(p.diags.items()[0].rule == "yaml-syntax");
    CHECK(p.diags.items()[0].loc.line == 2);
}

TEST_CASE("binary data and invalid UTF-8 get one clear error", "[yaml]") {
    auto p = parse(std::string("a: 1\nb: \x01\x02\x00zz", 13));
    REQUIRE(p.diags.errors() == 1);
    CHECK(p.diags.items()[0].loc.line == 2);
    CHECK(p.diags.items()[0].message.find("not text") != std::string::npos);
    auto q = parse("a: caf\xe9\n");
    REQUIRE(q.diags.errors() == 1);
    CHECK(q.diags.items()[0].message.find("UTF-8") != std::string::npos);
}

TEST_CASE("an alias bomb is refused quickly", "[yaml][alias]") {
    std::string bomb =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    const char* names = "abcdefghi";
    for (int i = 1; i < 9; ++i) {
        bomb += std::string(1, names[i]) + ": &" + names[i] + " [";
        for (int k = 0; k < 9; ++k) bomb += std::string(k ? "," : "") + "*" + names[i - 1];
        bomb += "]\n";
    }
    const auto t0 = std::chrono::steady_clock::now();
    auto p = parse(bomb);
    const auto elapsed = std::chrono::steady_clock::now() - t0;
    // Expanded, the bomb is 9^9 strings: minutes and gigabytes. Refused, it is immediate; the
    // bound is loose for sanitizers on a loaded machine.
    CHECK(elapsed < std::chrono::seconds(10));
    REQUIRE(p.diags.errors() == 1);
    CHECK(p.diags.items()[0].rule == "yaml-alias");
    CHECK(p.doc->root() == nullptr);
}

TEST_CASE("a few modest aliases are accepted", "[yaml][alias]") {
    auto p = parse("base: &h {from: 09:00, to: 18:00}\nother: *h\n");
    REQUIRE(p.diags.empty());
    CHECK(p.doc->root()->find("other")->find("to")->text == "18:00");
}

TEST_CASE("deep nesting is refused, not recursed into", "[yaml]") {
    auto p = parse(std::string(100000, '[') + std::string(100000, ']'));
    REQUIRE(p.diags.errors() == 1);
    CHECK(p.diags.items()[0].rule == "yaml-syntax");
}

TEST_CASE("an empty text has no root and no error of its own", "[yaml]") {
    auto p = parse("");
    CHECK(p.diags.empty());
    CHECK(p.doc->root() == nullptr);
    auto q = parse("# only a comment\n");
    CHECK(q.doc->root() == nullptr);
}

TEST_CASE("malformed YAML reports where", "[yaml]") {
    auto p = parse("a: [1, 2\nb: 3\n");
    REQUIRE(p.diags.errors() == 1);
    CHECK(p.diags.items()[0].rule == "yaml-syntax");
    CHECK(has_rule(p.diags, "yaml-syntax"));
}

TEST_CASE("a long line costs a bounded number of byte reads per column", "[yaml][linear]") {
    // One line of 10^6 bytes with two-byte characters in it, asked for 10^4 columns in order and
    // then backwards: each column reads at most 2 * block bytes, whatever the order. Counting from
    // the line's start, as before, read 10^10 bytes here.
    std::string line;
    while (line.size() < 1'000'000)
        line += "\xC3\xA9t\xC3\xA9, ";  // "été, ": 7 bytes, 5 characters
    const std::string text = "x\n" + line + "\nend\n";
    const LineIndex lines(text);
    const std::size_t queries = 10'000;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t q = 0; q < queries; ++q) {
            const std::size_t k = pass == 0 ? q : queries - 1 - q;
            const std::size_t offset = k * 7 * 12;  // at the start of an "été, "
            CHECK(lines.column(1, 2 + offset, 0) == offset / 7 * 5 + 1);
        }
    }
    CHECK(lines.bytes_scanned() <= 2 * queries * 2 * LineIndex::block + text.size());
    CHECK(lines.column(2, text.size() - 4, 0) == 1);  // "end"
    CHECK(lines.column(1, text.size() - 4, 7) == 7);  // not on that line: the fallback
}

TEST_CASE("a flow list of 100,000 items on one line keeps every position", "[yaml][linear]") {
    std::string text = "items: [";
    for (int i = 0; i < 100'000; ++i)
        text += (i ? ", " : "") + std::string("\xC3\xA9") + std::to_string(i);
    text += "]\n";
    auto p = parse(text);
    REQUIRE(p.diags.empty());
    const yaml::Node* items = p.doc->root()->find("items");
    REQUIRE(items->count == 100'000);
    std::uint32_t column = 9;  // in characters: "é" is one
    for (std::uint32_t i = 0; i < items->count; ++i) {
        const yaml::Node& n = *items->items()[i];
        REQUIRE(n.line == 1);
        REQUIRE(n.column == column);
        column += static_cast<std::uint32_t>(1 + std::to_string(i).size() + 2);
    }
}
