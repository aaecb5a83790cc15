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

// An edit of many sessions at once (a merge making THEIRS' changes, a release raising
// revisions): patches planned on one parse and applied from the end of the file backwards, each
// in one item of a file's `sessions` list. The items the patches touched are parsed together
// (one tree) and each read alone, with the same conditions as plan_splice for every one of them.
struct Splices {
    struct One {
        std::size_t item = 0;                // its place in the list
        Index session = no_index;            // and in Event::sessions
        const yaml::Node* before = nullptr;  // its mapping before the edit
        const yaml::Node* node = nullptr;    // and after, in `doc`, on the lines of the file
        Session value;
    };
    std::uint32_t file = 0;
    const yaml::Node* list = nullptr;
    std::vector<One> items;  // in the order of the list
    // Where the lines after each item's text (before the edit) move: the first such line and the
    // lines added up to there, in the order of the file.
    std::vector<std::pair<std::uint32_t, std::int64_t>> shifts;
    std::unique_ptr<yaml::Document> doc;
};

// The splice of `patches` (applied in order to `before` they give `after`; each ends where the
// one before it begins, or earlier) into `current`. Nothing when plan_splice's conditions do
// not hold for every item touched: the caller loads the whole file.
std::optional<Splices> plan_splices(const std::vector<std::string>& before,
                                    const std::vector<std::string>& after,
                                    const std::vector<TextPatch>& patches,
                                    const LoadResult& current);

// Makes `current` what loading `after` would give, as commit_splice does for one session.
void commit_splices(Splices splices, LoadResult& current,
                    std::vector<std::unique_ptr<yaml::Document>>& keep);

// The patches that undo `patches`, in the order to apply them.
std::vector<TextPatch> reversed(const std::vector<TextPatch>& patches);

}  // namespace summitry::edit
