// SPDX-License-Identifier: MIT
#pragma once
// A fast parser of the block subset of YAML that event files use, beside yaml-cpp.
//
// yaml-cpp's scanner was 76-93% of every load (docs/performance.md, "YAML: the fast path"):
// every edit in the planner, every merge and release parses whole files again. Event files,
// ours, the importers' and hand-written ones, use little of YAML: block mappings and lists by
// indentation, one-line plain and quoted scalars, one-line flow lists and mappings of scalars,
// literal and folded block scalars, comments. This parser reads that subset in one linear pass
// and gives yaml-cpp's EventHandler the same events, with the same marks, as yaml-cpp's own
// parser would; on anything else it says "not mine" and the caller runs yaml-cpp.

#include <cstdint>
#include <memory>
#include <string_view>

#include "syntax/yaml_tree.h"

namespace YAML {
class EventHandler;
}

namespace summitry::yaml {

// yaml::parse (yaml_tree.h) tries this path first and runs yaml-cpp's when it is not taken. The
// two paths apart, for the tests and the fuzzer that compare them: yaml-cpp's alone, and the fast
// one alone (nullptr when the text is not in its subset; `diags` is then untouched).
std::unique_ptr<Document> parse_with_yaml_cpp(std::string_view text, std::uint32_t file,
                                              Diagnostics& diags, const ParseLimits& limits = {});
std::unique_ptr<Document> parse_fast(std::string_view text, std::uint32_t file, Diagnostics& diags,
                                     const ParseLimits& limits = {});

// Feeds `out` the events of `text` (UTF-8, checked by find_non_text, its byte order mark
// dropped) and returns true, or returns false as soon as the text leaves the subset. Events may
// have been fed by then: the caller throws the handler away. Exceptions from `out` pass through.
bool parse_block_subset(std::string_view text, YAML::EventHandler& out);

}  // namespace summitry::yaml
