// SPDX-License-Identifier: MIT
// Making a list of changes on a document with the planner's own edits: what `merge` does with
// THEIRS' changes, and what the round trip diff(A, B) made on A = B tests.
#include <algorithm>

#include "edit/document.h"
#include "time/time.h"
#include "versions/batch.h"
#include "versions/diff.h"

namespace summitry::versions {

namespace {

std::optional<EntityKind> kind_of_noun(std::string_view noun) {
    for (EntityKind k : {EntityKind::session, EntityKind::person, EntityKind::organization,
                         EntityKind::venue, EntityKind::room, EntityKind::track})
        if (entity_noun(k) == noun) return k;
    return std::nullopt;
}

std::string path_kind(const Difference& d) {
    return d.noun == "event" ? std::string("event")
                             : std::string(entity_list_key(*kind_of_noun(d.noun)));
}

// Deleting: sessions first (they refer to everything else), then what refers to others.
int delete_rank(const std::string& noun) {
    static const char* const order[] = {"session", "track",        "room",
                                        "person",  "organization", "venue"};
    for (int i = 0; i < 6; ++i)
        if (noun == order[i]) return i;
    return 6;
}

std::string apply_one(EventDocument& doc, Plan plan, const std::string& what) {
    if (!plan) return what + ": " + plan.error;
    if (!plan.change->empty()) doc.apply(std::move(*plan.change));
    return {};
}

}  // namespace

std::string apply_differences(EventDocument& doc, const std::vector<Difference>& changes) {
    // 1. What is new, created with the least a valid file needs, in the order of dependence.
    for (const Difference& d : changes) {
        if (d.kind != "added") continue;
        const auto kind = kind_of_noun(d.noun);
        if (!kind) return "cannot add the event itself";
        std::string id = d.id, venue;
        if (*kind == EntityKind::room) {
            const auto slash = d.id.find('/');
            venue = d.id.substr(0, slash);
            id = slash == std::string::npos ? d.id : d.id.substr(slash + 1);
        }
        if (auto e = apply_one(doc, doc.plan_create(*kind, id, venue), d.noun + " " + d.id);
            !e.empty())
            return e;
    }
    // 2. Values: all in one edit when they can be planned together (versions/batch.h), else
    // one edit an entity change; keys gone on the other side removed.
    bool batched = false;
    {
        std::vector<std::pair<ValuePath, std::string>> values;
        for (const Difference& d : changes) {
            if (d.kind == "removed") continue;
            const std::string kind = path_kind(d);
            const std::string id = d.noun == "event" ? std::string() : d.id;
            for (const auto& [key, value] : d.after) {
                const auto b = d.before.find(key);
                if (b != d.before.end() && b->second == value) continue;  // given, not changed
                std::string v = value;
                if (key == "room") {
                    // Named as the planner names it: "room" where no other venue has one.
                    const Index r = doc.event().find_room(value);
                    if (r >= 0) v = doc.event().rooms[static_cast<std::size_t>(r)].ref;
                }
                values.push_back({{kind, id, key, {}}, v});
            }
            for (const auto& [key, value] : d.before)
                if (!d.after.contains(key)) values.push_back({{kind, id, key, {}}, ""});
        }
        const bool had_errors = doc.diagnostics().has_errors();
        batched = values.empty();
        if (auto change = batched ? std::nullopt : plan_values(doc, values, "Changes")) {
            doc.apply(std::move(*change));
            batched = !doc.diagnostics().has_errors() || had_errors;
            if (!batched) doc.undo();  // one of them is refused: find which, one by one
        }
    }
    for (const Difference& d : changes) {
        if (batched) break;
        if (d.kind == "removed") continue;
        const std::string kind = path_kind(d);
        const std::string id = d.noun == "event" ? std::string() : d.id;
        const Event& ev = doc.event();
        if (d.kind == "moved" && d.before.contains("duration") && d.after.contains("duration") &&
            d.before.at("duration") == d.after.at("duration") && d.after.contains("start") &&
            d.after.contains("room")) {
            const Index s = ev.find_session(d.id);
            const Index room = ev.find_room(d.after.at("room"));
            const auto start = parse_date_time(d.after.at("start"));
            if (s != no_index && room >= 0 && start && !start->offset) {
                if (auto e = apply_one(doc, doc.plan_move_session(s, start->local, room),
                                       "session " + d.id);
                    !e.empty())
                    return e;
                continue;
            }
        }
        std::vector<std::pair<ValuePath, std::string>> values;
        for (const auto& [key, value] : d.after) values.push_back({{kind, id, key, {}}, value});
        for (const auto& [key, value] : d.before)
            if (!d.after.contains(key)) values.push_back({{kind, id, key, {}}, ""});
        // A session's `duration` written where the file has `end`: the `end` goes.
        if (d.noun == "session" && d.after.contains("duration"))
            values.push_back({{kind, id, "end", {}}, ""});
        // Added entities: their title or name is set with the rest; the id plan_create wrote
        // stands in for it until then.
        if (values.empty()) continue;
        if (auto e = apply_one(doc, doc.plan_set_many("Change " + d.noun + " " + d.id, values),
                               d.noun + " " + d.id);
            !e.empty())
            return e;
    }
    // 3. What is gone, once nothing refers to it any more.
    std::vector<const Difference*> removed;
    for (const Difference& d : changes)
        if (d.kind == "removed") removed.push_back(&d);
    std::stable_sort(removed.begin(), removed.end(), [](const Difference* a, const Difference* b) {
        return delete_rank(a->noun) < delete_rank(b->noun);
    });
    for (const Difference* d : removed) {
        const auto kind = kind_of_noun(d->noun);
        if (!kind) return "cannot remove the event itself";
        if (auto e = apply_one(doc, doc.plan_delete(*kind, d->id), d->noun + " " + d->id);
            !e.empty())
            return e;
    }
    return {};
}

}  // namespace summitry::versions
