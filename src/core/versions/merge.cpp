// SPDX-License-Identifier: MIT
#include "versions/merge.h"

#include <algorithm>
#include <set>

#include "edit/locate.h"
#include "edit/yaml_patch.h"
#include "io/event_writer.h"
#include "versions/diff.h"
#include "versions/values.h"

namespace summitry::versions {

namespace {

using Values = std::map<std::string, std::string>;

std::string value_in(const Values& v, const std::string& k) {
    const auto it = v.find(k);
    return it == v.end() ? std::string() : it->second;
}

// The entity's values key, split: "sessions/x" → kind "sessions", id "x"; "event" → event.
std::pair<std::string, std::string> split_key(const std::string& key) {
    if (key == "event") return {"event", {}};
    const auto slash = key.find('/');
    return {key.substr(0, slash), key.substr(slash + 1)};
}

std::string conflict_yaml(const std::vector<MergeConflict>& list) {
    std::string out = "[";
    for (const auto& c : list) {
        if (out.size() > 1) out += ", ";
        out += "{";
        if (!c.key.empty()) out += "key: " + yaml_scalar(c.key) + ", ";
        if (c.key.empty()) out += "entity: " + yaml_scalar(c.entity) + ", ";
        out += "theirs: " + yaml_scalar(c.theirs.empty() ? "(removed)" : c.theirs) + "}";
    }
    return out + "]";
}

}  // namespace

namespace {

using ValueMap = std::map<std::string, EntityValues>;

// BASE as it would have been for each choice to be no conflict: the chosen side's value is a
// change from it, the other side's is not. A key conflict keeping OURS: BASE held THEIRS'
// value (THEIRS changed nothing); keeping THEIRS: BASE held OURS'. An entity one side removed:
// BASE held the side's entity that is kept unchanged, or did not hold it when the removed one
// was changed by the other (added by it, or never there for the removal to be made).
void settle(ValueMap& base, const ValueMap& ours, const ValueMap& theirs,
            const std::vector<ConflictChoice>& choices) {
    for (const ConflictChoice& choice : choices) {
        const MergeConflict& c = choice.conflict;
        const bool keep_ours = choice.keep == Keep::ours;
        const auto o = ours.find(c.entity), t = theirs.find(c.entity);
        if (!c.key.empty()) {
            auto b = base.find(c.entity);
            if (b == base.end()) {
                // Both added it, apart: BASE had the other side's, so the chosen one is a change.
                if (o != ours.end() && t != theirs.end())
                    base[c.entity] = keep_ours ? t->second : o->second;
                continue;
            }
            const std::string& value = keep_ours ? c.theirs : c.ours;
            if (value.empty())
                b->second.values.erase(c.key);
            else
                b->second.values[c.key] = value;
            continue;
        }
        if (o != ours.end() && t == theirs.end()) {
            // OURS changed what THEIRS removed: kept, as if BASE had not had it; removed, as if
            // OURS had not changed it.
            if (keep_ours)
                base.erase(c.entity);
            else
                base[c.entity] = o->second;
        } else if (o == ours.end() && t != theirs.end()) {
            // OURS removed what THEIRS changed: removed, as if THEIRS had not changed it; back
            // with THEIRS' values, as if THEIRS had added it.
            if (keep_ours)
                base[c.entity] = t->second;
            else
                base.erase(c.entity);
        }
    }
}

}  // namespace

MergeResult merge_events(const Event& base_event, EventDocument& doc, const Event& theirs_event) {
    return merge_events(base_event, doc, theirs_event, {});
}

MergeResult merge_events(const Event& base_event, EventDocument& doc, const Event& theirs_event,
                         const std::vector<ConflictChoice>& choices) {
    if (choices.empty()) {
        // What THEIRS left as it was in BASE is no change to make, whatever OURS did with it:
        // left out of all three before any value is made (the loop below skips it anyway).
        const SameEntities same = same_entities(base_event, theirs_event);
        return merge_values(event_values(base_event, Audience::staff, same), doc,
                            event_values(theirs_event, Audience::staff, same),
                            event_values(doc.event(), Audience::staff, same));
    }
    auto base = event_values(base_event, Audience::staff);
    const auto theirs = event_values(theirs_event, Audience::staff);
    auto ours = event_values(doc.event(), Audience::staff);
    settle(base, ours, theirs, choices);
    return merge_values(base, doc, theirs, ours);
}

MergeResult merge_values(const ValueMap& base, EventDocument& doc, const ValueMap& theirs,
                         const ValueMap& ours) {
    MergeResult result;
    // THEIRS' changes, less what conflicts with OURS: made as one list of changes.
    std::map<std::string, EntityValues> from, to;
    std::set<std::string> keys;
    for (const auto* m : {&base, &ours, &theirs})
        for (const auto& [k, e] : *m) keys.insert(k);
    for (const std::string& key : keys) {
        const auto b = base.find(key), o = ours.find(key), t = theirs.find(key);
        const bool in_b = b != base.end(), in_o = o != ours.end(), in_t = t != theirs.end();
        if (in_b && in_t && b->second.values == t->second.values) continue;  // theirs: no change
        if (!in_b && !in_t) continue;
        if (in_b && !in_t) {
            // THEIRS removed it: remove it here too, unless OURS changed it meanwhile.
            if (!in_o) continue;
            if (o->second.values == b->second.values) {
                from.emplace(key, o->second);
            } else {
                result.conflicts.push_back({key, {}, "(changed)", {}});
            }
            continue;
        }
        if (!in_o) {
            if (in_b) {
                // OURS removed what THEIRS changed: it stays removed, and the conflict is said.
                result.conflicts.push_back({key, {}, {}, "(changed)"});
            } else {
                to.emplace(key, t->second);  // added by THEIRS
            }
            continue;
        }
        // Both have it: key by key.
        const Values& bv = in_b ? b->second.values : Values{};
        const Values& ov = o->second.values;
        const Values& tv = t->second.values;
        EntityValues before = o->second, after = o->second;
        std::set<std::string> ks;
        for (const auto* v : {&bv, &ov, &tv})
            for (const auto& [k, x] : *v) ks.insert(k);
        for (const auto& k : ks) {
            const std::string bk = value_in(bv, k), ok = value_in(ov, k), tk = value_in(tv, k);
            if (tk == bk || tk == ok) continue;
            if (ok == bk) {
                if (tk.empty())
                    after.values.erase(k);
                else
                    after.values[k] = tk;
                result.applied.push_back(key + "." + k);
            } else {
                result.conflicts.push_back({key, k, ok, tk});
            }
        }
        if (after.values != before.values) {
            from.emplace(key, std::move(before));
            to.emplace(key, std::move(after));
        }
    }
    for (const auto& [key, e] : from)
        if (!to.contains(key)) result.applied.push_back(key + " (removed)");
    for (const auto& [key, e] : to)
        if (!from.contains(key)) result.applied.push_back(key + " (added)");
    result.error = apply_differences(doc, diff_values(from, to));
    if (!result.error.empty()) return result;
    // The conflicts, written into OURS' text beside OURS' values: one `merge-conflict` key an
    // entity (on the event for an entity OURS removed), a list of THEIRS' values.
    std::map<std::string, std::vector<MergeConflict>> by_place;
    for (const auto& c : result.conflicts)
        by_place[ours.contains(c.entity) ? c.entity : std::string("event")].push_back(c);
    if (by_place.empty()) return result;
    std::set<std::string> written;  // one by one: the places done
    // All of them planned on one parse and applied from the end of each file backwards as one
    // edit; one by one where two would touch one place (a venue's last room and the venue).
    const auto plan = [&](bool all) -> std::optional<Change> {
        std::vector<std::string> texts;
        for (std::uint32_t f = 0; f < doc.event().files.size(); ++f) texts.push_back(doc.text(f));
        const edit::ParsedFiles files(texts);
        Change change{"Merge conflict", {}};
        for (const auto& [place, list] : by_place) {
            if (!all && written.contains(place)) continue;
            std::string error;
            const auto [kind, id] = split_key(place);
            const auto found =
                place == "event"
                    ? edit::find_event(files, &error)
                    : edit::find_entity(files, *edit::entity_kind_from(kind), id, &error);
            if (!found) {
                result.error = "cannot write the conflicts of " + place + ": " + error;
                return std::nullopt;
            }
            change.patches.push_back(
                files.patcher(found->file)
                    .set_key(found->map, "merge-conflict", conflict_yaml(list)));
            if (!all) {
                written.insert(place);
                break;
            }
        }
        return change;
    };
    auto change = plan(true);
    if (!change) return result;
    std::stable_sort(change->patches.begin(), change->patches.end(),
                     [](const TextPatch& a, const TextPatch& b) {
                         return a.file != b.file ? a.file < b.file : a.offset > b.offset;
                     });
    bool apart = true;
    for (std::size_t i = 1; i < change->patches.size(); ++i) {
        const TextPatch& later = change->patches[i - 1];
        const TextPatch& earlier = change->patches[i];
        if (later.file == earlier.file && earlier.offset + earlier.removed.size() >= later.offset)
            apart = false;
    }
    if (apart) {
        doc.apply(std::move(*change));
        return result;
    }
    while (written.size() < by_place.size()) {
        change = plan(false);
        if (!change) return result;
        doc.apply(std::move(*change));
    }
    return result;
}

}  // namespace summitry::versions
