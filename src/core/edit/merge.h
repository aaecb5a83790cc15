// SPDX-License-Identifier: MIT
#pragma once
// Putting one's edits on a file that changed meanwhile: a three-way merge by lines, as diff3
// does. Saving an event whose file another program (or another Summitry) changed since it was
// read uses it to re-plan the edits on the new text; EventDocument::save then checks what it
// gives before writing anything (edit/document.h).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summitry::edit {

// Lines [base_begin, base_end) of the base replaced by lines [other_begin, other_end) of the
// other text (0-based; an empty base range is an insertion before base_begin).
struct Hunk {
    std::size_t base_begin = 0, base_end = 0;
    std::size_t other_begin = 0, other_end = 0;
};

// The lines of a text, each with its '\n' (the last may have none).
std::vector<std::string_view> split_lines(std::string_view text);

// A shortest list of hunks turning `base` into `other` (Myers' O(ND) algorithm in linear space).
// nullopt when finding it would cost more than `budget` steps, about (lines) × (differences):
// texts that different are not merged.
std::optional<std::vector<Hunk>> diff_lines(const std::vector<std::string_view>& base,
                                            const std::vector<std::string_view>& other,
                                            std::size_t budget = 50'000'000);

// The base with the changes of `ours` and of `theirs` both made, when they change different
// lines: nullopt when a line is changed by both (unless the same way), when both insert at one
// place, or when either is too different from the base to compare.
std::optional<std::string> merge_lines(std::string_view base, std::string_view ours,
                                       std::string_view theirs);

}  // namespace summitry::edit
