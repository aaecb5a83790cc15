// SPDX-License-Identifier: MIT
// The fast parser of the block subset (syntax/yaml_fast.h) against yaml-cpp's path, node by node:
// on every event file of the project, on what the importers make of the real schedules of
// ../shared/data, on generated events, and on a table of tricky snippets. Where the fast path
// takes a text, both trees and both diagnostics must be the same; where the test says the text is
// in the subset, the fast path must also take it (or it would silently stop being fast).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "formats/formats.h"
#include "io/event_writer.h"
#include "support/temp_dir.h"
#include "syntax/yaml_fast.h"
#include "syntax/yaml_tree.h"

using namespace summitry;
namespace fs = std::filesystem;

namespace {

std::string where(const yaml::Node& n) {
    return std::to_string(n.line) + ":" + std::to_string(n.column);
}

// Both trees node by node; the first difference, or "".
std::string compare(const yaml::Node* a, const yaml::Node* b, int depth = 0) {
    if ((a == nullptr) != (b == nullptr)) return "one root is missing";
    if (a == nullptr) return "";
    if (depth > 200) return "too deep";
    if (a->kind != b->kind) return "kind differs at " + where(*a) + " / " + where(*b);
    if (a->plain != b->plain) return "plain differs at " + where(*a);
    if (a->line != b->line || a->column != b->column)
        return "position " + where(*a) + " (yaml-cpp) against " + where(*b) + " (fast)";
    if (a->text != b->text)
        return "text at " + where(*a) + ": [" + std::string(a->text) + "] against [" +
               std::string(b->text) + "]";
    if (a->count != b->count) return "child count differs at " + where(*a);
    for (std::uint32_t i = 0; i < a->count; ++i) {
        std::string d = compare(a->children[i], b->children[i], depth + 1);
        if (!d.empty()) return d;
    }
    return "";
}

std::string compare(const Diagnostics& a, const Diagnostics& b) {
    if (a.items().size() != b.items().size())
        return std::to_string(a.items().size()) + " diagnostics against " +
               std::to_string(b.items().size());
    for (std::size_t i = 0; i < a.items().size(); ++i) {
        const Diagnostic& x = a.items()[i];
        const Diagnostic& y = b.items()[i];
        if (x.rule != y.rule || x.message != y.message || x.hint != y.hint ||
            x.severity != y.severity || x.loc.line != y.loc.line || x.loc.column != y.loc.column ||
            x.loc.file != y.loc.file)
            return "diagnostic " + std::to_string(i) + ": " + x.message + " / " + y.message;
    }
    return "";
}

// Parses `text` both ways; returns whether the fast path took it, and fails on any difference.
bool same_both_ways(const std::string& text, const std::string& name) {
    Diagnostics slow_diags, fast_diags;
    auto slow = yaml::parse_with_yaml_cpp(text, 3, slow_diags);
    auto fast = yaml::parse_fast(text, 3, fast_diags);
    if (!fast) {
        CHECK(fast_diags.empty());
        return false;
    }
    INFO(name);
    CHECK(compare(slow->root(), fast->root()) == "");
    CHECK(compare(slow_diags, fast_diags) == "");
    // And yaml::parse itself takes the fast path's tree.
    Diagnostics diags;
    auto doc = yaml::parse(text, 3, diags);
    CHECK(compare(fast->root(), doc->root()) == "");
    return true;
}

void require_fast(const std::string& text, const std::string& name) {
    INFO(name);
    CHECK(same_both_ways(text, name));
}

}  // namespace

TEST_CASE("the fast path reads every event file of the project as yaml-cpp does", "[yaml][fast]") {
    int files = 0;
    for (const char* dir : {"/schedules", "/tests/data", "/templates"}) {
        const fs::path root = fs::path(SUMMITRY_SOURCE_DIR) / (dir + 1);
        if (!fs::exists(root)) continue;
        for (const auto& e : fs::recursive_directory_iterator(root)) {
            if (e.path().extension() != ".yaml") continue;
            const std::string text = test::read_file(e.path());
            // The project's own files are in the subset, but for those written to test what
            // is not (aliases, syntax errors, a second document).
            const std::string name = e.path().filename().string();
            const bool outside = name == "yaml-alias.yaml" || name == "yaml-syntax.yaml" ||
                                 name == "unterminated-quote.yaml" ||
                                 name == "anchored-empty-duration.yaml" ||
                                 name == "room-id-in-three-venues.yaml";
            if (outside) {
                same_both_ways(text, e.path().string());
            } else {
                require_fast(text, e.path().string());
            }
            ++files;
        }
    }
    CHECK(files >= 20);
}

TEST_CASE("the fast path reads what the importers write from the real schedules", "[yaml][fast]") {
    const fs::path shared(SUMMITRY_SHARED_DIR);
    const fs::path data(SUMMITRY_TEST_DATA);
    struct Source {
        fs::path path;
        const char* format;
    };
    std::vector<Source> sources = {
        {shared / "data/frab/36c3-everything.xml", "frab"},
        {shared / "data/frab/debconf23.xml", "frab"},
        {shared / "data/frab/fosdem-2025.xml", "frab"},
        {shared / "data/c3voc-json/36c3-everything.json", "json"},
        {shared / "data/c3voc-json/frab-camp2019.json", "json"},
        {shared / "data/c3voc-json/pretalx-democon.json", "json"},
        {data / "import/indico-sessions.json", "indico"},
        {data / "import/indico-contributions.json", "indico"},
        {data / "import/indico-legacy-sessions.json", "indico"},
        {data / "import/indico-repairs.json", "indico"},
        {data / "import/frab-2014.xml", "frab"},
        {data / "import/c3voc-wild.json", "json"},
    };
    for (const auto& e : fs::directory_iterator(shared / "data/ical"))
        if (e.path().extension() == ".ics") sources.push_back({e.path(), "ics"});
    int written = 0;
    for (const Source& s : sources) {
        INFO(s.path.string());
        REQUIRE(fs::exists(s.path));
        const ImportFormat* format = find_import_format(s.format);
        REQUIRE(format != nullptr);
        const ImportResult r = import_counted(*format, test::read_file(s.path), s.path.string());
        if (r.diagnostics.has_errors()) continue;  // nothing written for it
        std::ostringstream out;
        WriteOptions w;
        w.header_comment = "Imported from " + s.path.filename().string();
        write_event_yaml(out, r.event, w);
        require_fast(out.str(), s.path.string());
        ++written;
    }
    CHECK(written >= 12);
}

TEST_CASE("the fast path reads generated events as yaml-cpp does", "[yaml][fast]") {
    const test::TempDir dir("syntax", "gen");
    for (const char* args : {"--sessions 300 --seed 1 --perturb 20",
                             "--sessions 50 --seed 7 --unscheduled 5 --venues 3"}) {
        const fs::path out = dir.path / "gen.yaml";
        const std::string cmd = std::string("/usr/bin/python3 '") + SUMMITRY_SHARED_DIR +
                                "/bench/gen_event.py' " + args + " -o '" + out.string() +
                                "' 2>/dev/null";
        REQUIRE(std::system(cmd.c_str()) == 0);
        require_fast(test::read_file(out), args);
    }
}

TEST_CASE("tricky snippets: the same tree both ways", "[yaml][fast]") {
    // Each text, and whether the fast path must take it (true) or may leave it to yaml-cpp.
    const std::pair<std::string, bool> cases[] = {
        {"", true},
        {"# only a comment\n", true},
        {"\n\n   \n", true},
        {"a: 1", true},
        {"a: 1\n", true},
        {"a:", true},
        {"a:\n", true},
        {"a:\n  b:", true},
        {"a:\n  b:\n\n# c\n\n", true},
        {"a:   # x\n  # y\nb: 1\n", true},
        {"a: b#c\nd: e #f\n", true},
        {"a: b   \nc: d  # x  \n", true},
        {"a: 'x # y'\nb: \"p: q\"\n", true},
        {"a: 'it''s'\nb: ''\nc: \"\"\n", true},
        {"a: \"\\n\\t\\\"\\\\\\u00e9\\x41\\U0001F600\\/\\N\\_\\L\\P\\0\\e \\ \"\n", true},
        {"a: \"\\q\"\n", false},
        {"a: \"\\ud800\"\n", false},
        {"a: \"x\n  y\"\n", false},
        {"a: 'x\n  y'\n", false},
        {"a: b\r\nc:\r\n  - x\r\n  - 'y'\r\n", true},
        {"a: |\r\n  x\r\n  y\r\nb: 1\r\n", true},
        {"a: b\rc: d\n", false},
        {"titre: «Été» x\nnom: Zoë\nclé: 😀 ok\n", true},
        {"x: 'Élodie'\ny: ok\n", true},
        {"a: ~\nb: null\nc: Null\nd: NULL\ne: nul\n~: x\n", true},
        {"a: [a, \"b\", 'c', ~]\nb: {x: 1, y: 2026-03-27 07:00}\nc: []\nd: {}\n", true},
        {"a: [ x , y ]\nb: { k : v }\n", true},
        {"a: [x, [y, {k: v, l: [1, 'm']}], {}]\nb: [{title: \"S\", url: http://x/#a}]\n", false},
        {"a: [{title: \"S\", url: \"http://x/#a\"}, [], [[]]]\n", true},
        {"a: [D\xC3\xA9mos d'entreprises, x\"y]\nb: \"x\xE2\x80\xA8y\"\n", true},
        {"a: [x, y\n", false},
        {"a: [x,]\n", false},
        {"a: {x}\n", false},
        {"a: [x: y]\n", false},
        {"h: |\n  lit\n  more\n\n  after blank\ni: >-\n  f\n  g\n\n  h\nj: |-\n  x\nk: >\n  y\n",
         true},
        {"h: |\n  x\n    more indented\n  y\n", true},
        {"h: >\n  x\n    more indented\n  y\n", false},
        {"h: |\n  x\n\n\nk: 1\n", true},
        {"h: |\n\n  x\nk: 1\n", true},
        {"h: |\n  x\n #c\nd: 1\n", true},
        {"h: |\n  x\n\n  #c\nd: 1\n", true},
        {"h: |\n  x", false},
        {"h: |+\n  x\n", false},
        {"h: |2\n   x\n", false},
        {"- |\n  x\n- >-\n  y\n", true},
        {"j:\n- k\n- \n-\n  - z\n", true},
        {"k:\n  - l: 1\n    m: 2\n  - n:\n    o: [1]\n", true},
        {"- - a\n  - b\n- c\n", true},
        {"- a:\n  - x\n  b: 1\n", true},
        {"a:\n  - x\n  b: 1\n", false},
        {"---\na: 1\n", true},
        {"--- # c\na: 1\n", true},
        {"---\n", false},
        {"a: 1\n---\nb: 2\n", false},
        {"a: 1\n...\n", false},
        {"%YAML 1.2\n---\na: 1\n", false},
        {"a: &x 1\nb: *x\n", false},
        {"a: !!str 1\n", false},
        {"? a\n: 1\n", false},
        {"a: b\n  c\n", false},
        {"a: b\n  # c\nd: 1\n", true},
        {"a:\n  b\n", false},
        {"a: b: c\n", false},
        {"a:\tb\n", false},
        {"  a: 1\n  b: 2\n", true},
        {"  a: 1\nb: 2\n", false},
        {"a: 1\n b: 2\n", false},
        {"a: 1\na: 2\n", true},
        {"x:\n  'a': 1\n  \"a\": 2\n  a: 3\n", true},
        {"- 1\n- 2\n", true},
        {"plain scalar\n", false},
        {"a: -1\nb: x-y\n", false},
        {"a: http://x.org/a?b=c#d\n", true},
        {"a b: c d\n\"e f\": 'g'\n", true},
        {"a: b\n\xEF\xBB\xBF", false},
        {"a: \"\\x80\\xff\"\n", true},
        {"a: [\"x, y\", 'z]']\n", true},
        {"a: {\"k\": v}\n", true},
        {"a: \"x\"#c\n", false},
        {"a: \"x\" y\n", false},
        {"a:b\n", false},
        {"-a\n", false},
    };
    for (const auto& [text, fast] : cases) {
        INFO("snippet: " << text);
        const bool took = same_both_ways(text, text);
        if (fast) CHECK(took);
    }
}

TEST_CASE("deep nesting, long lines, many keys: the same tree both ways", "[yaml][fast]") {
    std::string deep;
    for (int i = 0; i < 40; ++i) deep += std::string(static_cast<std::size_t>(2 * i), ' ') + "k:\n";
    deep += std::string(80, ' ') + "k: v\n";
    require_fast(deep, "40 levels");

    std::string too_deep;  // past the depth limit: yaml-cpp's path reports it
    for (int i = 0; i < 70; ++i) too_deep += std::string(static_cast<std::size_t>(i), ' ') + "- \n";
    CHECK_FALSE(same_both_ways(too_deep, "70 levels"));

    std::string long_line = "a: ";
    while (long_line.size() < 200'000) long_line += "été et hiver, ";
    long_line += "\nb: [";
    for (int i = 0; i < 10'000; ++i) long_line += (i ? ", é" : "é") + std::to_string(i);
    long_line += "]\n";
    require_fast(long_line, "long lines");

    std::string many = "m:\n";
    for (int i = 0; i < 500; ++i) many += "  k" + std::to_string(i % 450) + ": 1\n";
    require_fast(many, "large mapping with duplicate keys");
}
