// SPDX-License-Identifier: MIT
#pragma once
// An edit of one session, read again alone (issue 15: a drop on a 1,351-session event). The
// text the edit changed is one item of a file's `sessions` list: that item is parsed and read by
// itself and spliced into the event and its tree in place of the old one, the lines after it
// shifted, instead of loading the whole file again. The result is what loading the whole file
// would give (tests/edit/test_edit_splice.cpp compares the two after every random edit); where
// that cannot be known from the item alone, there is no splice and the caller loads the whole
// file. Internal to edit/.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "edit/document.h"
#include "io/event_loader.h"
#include "syntax/yaml_tree.h"

namespace summitry::edit {

struct Splice {
    std::uint32_t file = 0;
    const yaml::Node* list = nullptr;     // the file's `sessions` list, in the event's tree
    std::size_t item = 0;                 // the session's place in it
    Index session = no_index;             // and in Event::sessions
    std::string name;                     // as canonical() names it: "sessions/x"
    const yaml::Node* before = nullptr;   // its mapping before the edit
    std::uint32_t first_after = 0;        // the first line after its text, before the edit
    std::int64_t shift = 0;               // lines the edit added (negative: removed)
    std::unique_ptr<yaml::Document> doc;  // its text after the edit, parsed alone
    const yaml::Node* node = nullptr;     // its mapping there
    Session value;                        // read from it
};

// The splice of `patches`, which applied in order to `before` (the texts `current` was loaded
// from) give `after`. Nothing when they do not all fall in one item of a `sessions` list, or
// when the item alone cannot say what the whole file would: the event has an error or an
// alias; the session had a diagnostic or would get one; its new text does not parse alone,
// without a diagnostic, as one mapping with the same id at the same line and column.
std::optional<Splice> plan_splice(const std::vector<std::string>& before,
                                  const std::vector<std::string>& after,
                                  const std::vector<TextPatch>& patches, const LoadResult& current);

// Makes `current` what loading `after` would give: the session's mapping in the tree and the
// session in the event replaced, every line after it shifted (tree, event, diagnostics). The
// session's own tree goes to `keep`, which must live as long as the event.
void commit_splice(Splice splice, LoadResult& current,
                   std::vector<std::unique_ptr<yaml::Document>>& keep);

// The patches that undo `patches`, in the order to apply them.
std::vector<TextPatch> reversed(const std::vector<TextPatch>& patches);

}  // namespace summitry::edit
