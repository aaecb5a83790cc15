// SPDX-License-Identifier: MIT
#pragma once
// Many values set in one edit, fast: the files parsed once, every patch planned against the same
// text and applied from the end of each file backwards, so that planning N values costs one
// parse instead of N (EventDocument::plan_set_many parses again after every patch and loads the
// result once per plan). A release raising hundreds of revisions and a merge making hundreds of
// THEIRS' changes use it; the caller verifies the result once (it loads without a new error).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "edit/document.h"

namespace summitry::versions {

// The change setting every value (an empty value removes the key), as plan_set_many would make
// it: a session whose start, duration, room or status changes gets its revision raised, and a
// duration given to a session written with `end` moves its `end` instead. nullopt when two
// patches would touch one span of text, or an entity is not found: plan them one by one then.
std::optional<Change> plan_values(const EventDocument& doc,
                                  std::vector<std::pair<ValuePath, std::string>> values,
                                  const std::string& name);

}  // namespace summitry::versions
