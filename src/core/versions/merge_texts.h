// SPDX-License-Identifier: MIT
#pragma once
// A three-way merge that reads of BASE and THEIRS only the sessions whose text differs (issue
// 16: a merge of two 10,000-session versions in at most twice a check). merge_events needs BASE
// and THEIRS loaded whole, two loads of the file, when versions a few hundred edits apart share
// nearly all of their text. Here OURS is opened whole (it is the base of the result), and BASE
// and THEIRS are cut at the items of the `sessions` list and compared with OURS' text:
//
// - Everything outside the sessions list must be OURS' text, byte for byte: the event, people,
//   venues, rooms, tracks and organizations are then OURS' (the same text read the same way),
//   and the sessions of BASE and THEIRS are read against OURS' event.
// - An item whose text is one of OURS' items is that session of OURS (same text, same context);
//   an item written the same in BASE and THEIRS is no change of THEIRS, whatever it holds.
// - The other items (the few hundred the versions changed) are parsed together and read alone
//   (io's read_session), and their values compared as merge_events compares them.
//
// Whatever the texts alone cannot prove is left to the whole merge: a version with includes,
// aliases, a sessions list not written as a block list of mappings, anything outside the list
// changed, an item that does not parse or read without a diagnostic, two sessions with one id.
// The shortcut only ever says "the same", never a difference of its own: the result is
// merge_events' (tests/versions/test_merge_texts.cpp holds it to that on random edits).

#include <optional>
#include <string_view>

#include "edit/document.h"
#include "versions/merge.h"

namespace summitry::versions {

// THEIRS' changes from BASE made on `ours` (opened from OURS' file, without errors), as
// merge_events(load(base), ours, load(theirs)) makes them, where neither BASE nor THEIRS has an
// error. `base` and `theirs` are the texts of their files. nullopt, `ours` untouched, when the
// texts alone cannot say: load BASE and THEIRS whole and call merge_events then.
std::optional<MergeResult> merge_texts(std::string_view base, EventDocument& ours,
                                       std::string_view theirs);

}  // namespace summitry::versions
