// SPDX-License-Identifier: MIT
#pragma once
// An organizer's Mustache template, read and rendered within bounds (docs/templates.md,
// docs/limits.md).
//
// kainjow's mustache copies the text of every section once for each section around it, and
// parses and renders by recursion: a template nested 20,000 deep took 16 s and 3.9 GB, then
// crashed on its stack. So the text is scanned here before kainjow sees it (its size, how deep
// sections nest, partials), and the rendering counts its work and its output: a template that
// repeats a list inside itself ({{#days}} in {{#days}} in ...) stops with an error, not after
// hours or gigabytes.

#include <cstddef>
#include <cstdint>
#include <kainjow/mustache.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "views/programme_html.h"  // TemplateError

namespace summitry {

struct TemplateLimits {
    std::size_t max_bytes = 1u << 20;  // the template itself; the stock programme is 16 kB
    std::size_t max_depth = 32;        // sections inside sections; the stock programme nests 7
    // The page: the staff programme of 10,000 generated sessions is 10.6 MB.
    std::size_t max_output = 128u << 20;
    // The work of a rendering: each name looked up and each list item entered counts as many
    // steps as sections are open around it (kainjow searches or moves them all). The staff
    // programme of 10,000 generated sessions takes 3.4 million; a section repeated inside itself
    // stops within a second or two.
    std::uint64_t max_steps = 50'000'000;
};

// Throws TemplateError "NAME:LINE:COLUMN: what is wrong (what to do)" when `text` is larger or
// nests deeper than `limits` allow or uses a partial ({{> x}}), which Summitry does not
// provide. Other mistakes (an unclosed section) are kainjow's to find, in render_template.
void check_template(std::string_view text, const std::string& name,
                    const TemplateLimits& limits = {});

// A template checked and parsed once, rendered many times (the site's thousands of pages), each
// rendering within the limits as render_template's. Throws TemplateError as render_template.
class CompiledTemplate {
public:
    CompiledTemplate(const std::string& text, const std::string& name,
                     const TemplateLimits& limits = {});
    std::string render(const kainjow::mustache::data& data);
    // Renders data in layers, the last first: a name the last does not have is looked up in the
    // one before it, and so on, as if each were a section opened inside the one before; so what
    // every page shares need not be copied into each page's data.
    std::string render_layers(const std::vector<const kainjow::mustache::data*>& layers);

private:
    std::string name_;
    TemplateLimits limits_;
    kainjow::mustache::mustache template_;
};

// check_template, then kainjow's parse and render of `data`. Throws TemplateError naming `name`
// (and the line and column, when the mistake has a place) on a broken template and when the
// rendering passes max_steps or max_output; nothing is returned then.
std::string render_template(const std::string& text, const std::string& name,
                            const kainjow::mustache::data& data, const TemplateLimits& limits = {});

}  // namespace summitry
