// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <string>

#include "views/template_render.h"

using namespace summitry;
using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

namespace {

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

// {"days": [{"n": "0"}, ..., {"n": "k-1"}], "title": "A & B"}
Data days(int k) {
    List list;
    for (int i = 0; i < k; ++i) {
        Data d;
        d.set("n", std::to_string(i));
        list.push_back(d);
    }
    Data data;
    data.set("days", list);
    data.set("title", std::string("A & B"));
    return data;
}

}  // namespace

TEST_CASE("a template within the limits renders as kainjow renders it", "[template]") {
    CHECK(render_template("{{title}}:{{#days}}{{n}}{{^last}},{{/last}}{{/days}}", "t", days(3)) ==
          "A &amp; B:0,1,2,");
    // Changed delimiters are followed: the sections below are not read as tags.
    CHECK(render_template("{{=<% %>=}}<%#days%><%n%><%/days%>{{#x}}", "t", days(2)) == "01{{#x}}");
}

TEST_CASE("nesting is counted as kainjow reads the tags", "[template][limits]") {
    TemplateLimits limits;
    limits.max_depth = 3;
    CHECK_NOTHROW(check_template("{{#a}}{{^b}}{{#c}}{{/c}}{{/b}}{{/a}}{{#d}}{{/d}}", "t", limits));
    CHECK_THROWS_WITH(check_template("{{#a}}\n  {{#b}}{{^c}}{{ #d }}", "t.mustache", limits),
                      Catch::Contains("t.mustache:2:15: sections nest more than 3 deep here "
                                      "({{#d}})"));
    // {{{x}}} is a variable, whatever follows the brace; after a change of delimiters {{#x}}
    // is text.
    CHECK_NOTHROW(check_template("{{{#a}}}{{{#b}}}{{{#c}}}{{{#d}}}", "t", limits));
    CHECK_NOTHROW(check_template("{{=[ ]=}}{{#a}}{{#b}}{{#c}}{{#d}}", "t", limits));
    CHECK_THROWS_AS(check_template("{{=[ ]=}}[#a][#b][#c][#d]", "t", limits), TemplateError);
    // Columns count characters.
    CHECK_THROWS_WITH(check_template("é{{#a}}{{#b}}{{#c}}{{#d}}", "t", limits),
                      Catch::Contains("t:1:20:"));
}

TEST_CASE("a partial is refused: Summitry provides none, and a value is never a template",
          "[template][limits]") {
    // Without this, {{>title}} read a session's title as a template: "{{>title}}" in a title
    // recursed until the stack ran out.
    CHECK_THROWS_WITH(render_template("x\n {{> title }}", "p.mustache", days(1)),
                      Catch::Contains("p.mustache:2:2: {{>title}} is a partial"));
}

TEST_CASE("a template larger than the limit is refused before it is parsed", "[template][limits]") {
    TemplateLimits limits;
    limits.max_bytes = 1024;
    CHECK_NOTHROW(check_template(std::string(1024, 'x'), "t", limits));
    CHECK_THROWS_WITH(check_template(std::string(1025, 'x'), "big", limits),
                      Catch::StartsWith("big: the template is larger than 1 KB"));
}

TEST_CASE("a list repeated inside itself stops at the step limit", "[template][limits]") {
    // 10 days nested 8 deep: 10^8 items entered, and not a byte of output.
    const std::string text = repeat("{{#days}}", 8) + repeat("{{/days}}", 8);
    TemplateLimits limits;
    limits.max_steps = 100'000;
    CHECK_THROWS_WITH(
        render_template(text, "loop.mustache", days(10), limits),
        Catch::StartsWith("loop.mustache: the template takes more than 100000 steps") &&
            Catch::Contains("'days'"));
    // Two levels are 110 items and lookups: well within.
    CHECK(render_template(repeat("{{#days}}", 2) + "{{n}}" + repeat("{{/days}}", 2), "t", days(10),
                          limits)
              .size() == 100);
}

TEST_CASE("the output stops at its limit, and nothing comes back", "[template][limits]") {
    TemplateLimits limits;
    limits.max_output = 1u << 20;
    const std::string text = "{{#days}}" + std::string(10'000, 'x') + "{{/days}}";
    CHECK(render_template(text, "t", days(100), limits).size() == 1'000'000);
    CHECK_THROWS_WITH(render_template(text, "big.mustache", days(200), limits),
                      Catch::StartsWith("big.mustache: the page would be larger than 1 MB"));
}

TEST_CASE("kainjow's own errors name the line and column", "[template]") {
    CHECK_THROWS_WITH(render_template("ok\n{{#days}}\n{{/nights}}", "e.mustache", days(1)),
                      Catch::StartsWith("e.mustache:2:1: unclosed section \"days\""));
    CHECK_THROWS_WITH(render_template("ok\n{{/nights}}", "e.mustache", days(1)),
                      Catch::StartsWith("e.mustache:2:1: unopened section \"nights\""));
    CHECK_THROWS_WITH(render_template("ok {{ never closed", "e.mustache", days(1)),
                      Catch::StartsWith("e.mustache:1:4: unclosed tag"));
}
