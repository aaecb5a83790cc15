// SPDX-License-Identifier: MIT
// libFuzzer target: the fast YAML parser of the block subset (syntax/yaml_fast.h) against
// yaml-cpp's path. Whatever the fast path takes must give the same tree (kinds, plain flags,
// texts, lines, columns) and the same diagnostics as yaml-cpp's; any difference aborts. What it
// leaves to yaml-cpp is not compared: that is the path every text took before.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "syntax/yaml_fast.h"
#include "syntax/yaml_tree.h"

namespace {

using summitry::yaml::Node;

void same(const Node* a, const Node* b) {
    if ((a == nullptr) != (b == nullptr)) std::abort();
    if (a == nullptr) return;
    if (a->kind != b->kind || a->plain != b->plain || a->line != b->line ||
        a->column != b->column || a->count != b->count || a->text != b->text)
        std::abort();
    for (std::uint32_t i = 0; i < a->count; ++i) same(a->children[i], b->children[i]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace summitry;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Diagnostics fast_diags;
    const auto fast = yaml::parse_fast(text, 0, fast_diags);
    if (!fast) {
        if (!fast_diags.empty()) std::abort();  // "not mine" says nothing
        return 0;
    }
    Diagnostics slow_diags;
    const auto slow = yaml::parse_with_yaml_cpp(text, 0, slow_diags);
    same(slow->root(), fast->root());
    const auto& x = slow_diags.items();
    const auto& y = fast_diags.items();
    if (x.size() != y.size()) std::abort();
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (x[i].rule != y[i].rule || x[i].message != y[i].message || x[i].hint != y[i].hint ||
            x[i].loc.line != y[i].loc.line || x[i].loc.column != y[i].loc.column)
            std::abort();
    }
    return 0;
}
