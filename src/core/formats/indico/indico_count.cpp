// SPDX-License-Identifier: MIT
// The contributions an Indico export holds, counted apart from the reader (indico_import.cpp)
// and sharing none of its code but the JSON parser: if the reader overlooked a contribution,
// this count would not, and import_counted() would refuse the import.
#include <unordered_set>
#include <vector>

#include "formats/indico/indico_import.h"
#include "syntax/json_tree.h"

namespace summitry {

std::optional<std::size_t> count_indico_contributions(std::string_view text) {
    using json::Type;
    using json::Value;
    const json::Tree tree = json::parse(text);
    if (!tree.ok() || tree.root().type != Type::object) return std::nullopt;
    // Every member of a name counts, repeated ones too: the reader must account for each.
    const auto members = [&](const Value& object, std::string_view name, auto&& f) {
        if (object.type != Type::object) return;
        tree.each(object, [&](const Value& m) {
            if (tree.key(m) == name) f(m);
        });
    };
    const auto is_text = [&](const Value& v, std::string_view wanted) {
        return v.type == Type::string && tree.text(v) == wanted;
    };

    // The events: the items of `results` (the API's answer), or the file itself when it is one
    // event object, as `jq .results[0]` saves it.
    std::vector<const Value*> events;
    bool answer = false;
    members(tree.root(), "results", [&](const Value& results) {
        answer = true;
        if (results.type == Type::array)
            tree.each(results, [&](const Value& e) { events.push_back(&e); });
    });
    if (!answer) {
        bool conference = false;
        members(tree.root(), "_type",
                [&](const Value& t) { conference |= is_text(t, "Conference"); });
        if (conference) events.push_back(&tree.root());
    }

    std::size_t n = 0;
    for (const Value* event : events) {
        // Where Indico lists contributions: the event's own list (detail=contributions; with
        // detail=sessions, those in no session) and each session block's list.
        std::unordered_set<const Value*> listed;
        const auto list = [&](const Value& contributions) {
            if (contributions.type != Type::array) return;
            tree.each(contributions, [&](const Value& c) {
                listed.insert(&c);
                ++n;
            });
        };
        members(*event, "contributions", list);
        members(*event, "sessions", [&](const Value& sessions) {
            if (sessions.type != Type::array) return;
            tree.each(sessions, [&](const Value& block) { members(block, "contributions", list); });
        });
        // Anywhere else below the event, an object that says it is a contribution.
        std::vector<const Value*> stack{event};
        while (!stack.empty()) {
            const Value& v = *stack.back();
            stack.pop_back();
            if (v.type != Type::object && v.type != Type::array) continue;
            if (v.type == Type::object && !listed.contains(&v)) {
                bool contribution = false;
                members(v, "_type",
                        [&](const Value& t) { contribution |= is_text(t, "Contribution"); });
                if (contribution) ++n;
            }
            tree.each(v, [&](const Value& child) { stack.push_back(&child); });
        }
    }
    return n;
}

}  // namespace summitry
