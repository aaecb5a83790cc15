// SPDX-License-Identifier: MIT
#pragma once
// A three-way merge of an event by entity and key, not by line: BASE, and OURS and THEIRS each
// changed from it. OURS' text is kept (its comments and layout); THEIRS' changes are made on it
// with the planner's own minimal edits (versions/diff.h, apply_differences).
//
// Where both changed one value two ways, or one side removed what the other changed, OURS'
// stands, and THEIRS' is written beside it as a `merge-conflict` key, which the loader reports
// as an error at its line: the file stays YAML, and cannot be exported until someone chooses.

#include <map>
#include <string>
#include <vector>

#include "edit/document.h"
#include "model/event.h"
#include "versions/values.h"

namespace summitry::versions {

struct MergeConflict {
    std::string entity;        // "sessions/fireside-chat", "event"
    std::string key;           // "start"; empty: the entity itself (removed on one side)
    std::string ours, theirs;  // the values (YAML), "" when absent / removed
};

struct MergeResult {
    std::vector<MergeConflict> conflicts;
    std::vector<std::string> applied;  // THEIRS' changes made, as "sessions/x.start"
    std::string error;                 // set when THEIRS' changes could not be made at all
};

// Makes THEIRS' changes (from `base`) on `ours`, and writes the conflicts into its text. `ours`
// must have been opened from OURS' file; its texts are the result.
MergeResult merge_events(const Event& base, EventDocument& ours, const Event& theirs);

// Which side's value a conflict keeps, chosen by the organizer (the planner asks).
enum class Keep { ours, theirs };
struct ConflictChoice {
    MergeConflict conflict;  // as a merge without choices reported it
    Keep keep = Keep::ours;
};

// The same merge with each conflict of `choices` settled: keeping OURS' value (or OURS'
// removal) leaves OURS as it is; keeping THEIRS' makes THEIRS' change on OURS (a value set or
// removed, an entity removed, or one OURS removed made again with THEIRS' values). The merge is
// made as if BASE had held the value the chosen side did not change: so a settled conflict is
// no conflict, and is made with the same edits as a clean change. Conflicts not in `choices`
// are written as above.
MergeResult merge_events(const Event& base, EventDocument& ours, const Event& theirs,
                         const std::vector<ConflictChoice>& choices);

// The merge of the three versions' values (event_values, keyed "kind/id"), made on `ours`, the
// document OURS' values come from. Each map may leave out any entity whose values BASE and
// THEIRS have the same (or both lack): what THEIRS did not change is no change to make, and the
// result is the same as with every entity. merge_events and merge_texts (versions/
// merge_texts.h) both end here.
MergeResult merge_values(const std::map<std::string, EntityValues>& base, EventDocument& ours,
                         const std::map<std::string, EntityValues>& theirs,
                         const std::map<std::string, EntityValues>& ours_values);

}  // namespace summitry::versions
