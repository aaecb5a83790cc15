// SPDX-License-Identifier: MIT
#include "versions/batch.h"

#include <algorithm>
#include <map>
#include <set>

#include "edit/locate.h"
#include "edit/yaml_patch.h"
#include "time/time.h"

namespace summitry::versions {

namespace {

bool moves(std::string_view key) {
    return key == "start" || key == "end" || key == "duration" || key == "room" || key == "status";
}

}  // namespace

std::optional<Change> plan_values(const EventDocument& doc,
                                  std::vector<std::pair<ValuePath, std::string>> values,
                                  const std::string& name) {
    const Event& ev = doc.event();
    std::vector<std::string> texts;
    for (std::uint32_t f = 0; f < ev.files.size(); ++f) texts.push_back(doc.text(f));
    const edit::ParsedFiles files(texts, ev);
    // Sessions that move: a new revision each, once.
    std::set<std::string> raised;
    for (const auto& [path, yaml] : values)
        if (path.kind == "sessions" && moves(path.key) && path.key != "revision")
            raised.insert(path.id);
    for (const auto& id : raised) {
        const Index s = ev.find_session(id);
        const int revision = s >= 0 ? ev.sessions[static_cast<std::size_t>(s)].revision : 0;
        values.push_back({{"sessions", id, "revision", {}}, std::to_string(revision + 1)});
    }
    std::vector<TextPatch> patches;
    std::string error;
    std::map<std::string, std::optional<edit::Found>> found_cache;
    std::vector<std::optional<edit::YamlPatcher>> patchers(texts.size());
    for (const auto& [path, yaml] : values) {
        if (!path.lang.empty()) return std::nullopt;
        const std::string where = path.kind + "/" + path.id;
        auto it = found_cache.find(where);
        if (it == found_cache.end()) {
            std::optional<edit::Found> f =
                path.kind == "event"
                    ? edit::find_event(files, &error)
                    : edit::find_entity(files, *edit::entity_kind_from(path.kind), path.id, &error);
            it = found_cache.emplace(where, std::move(f)).first;
        }
        if (!it->second) return std::nullopt;
        const edit::Found& f = *it->second;
        // One patcher a file: making one indexes the whole text's lines.
        if (!patchers[f.file]) patchers[f.file].emplace(files.patcher(f.file));
        const edit::YamlPatcher& patcher = *patchers[f.file];
        std::string key = path.key, value = yaml;
        if (key == "duration" && !value.empty() && f.map.node->find("end")) {
            // Written with `end`: the end moves, as the planner's resize does.
            const Index s = ev.find_session(path.id);
            const auto d = parse_duration(value);
            if (s < 0 || !d) return std::nullopt;
            const Session& session = ev.sessions[static_cast<std::size_t>(s)];
            std::optional<LocalTime> start;
            for (const auto& [p, v] : values)
                if (p.kind == "sessions" && p.id == path.id && p.key == "start")
                    if (const auto w = parse_date_time(v); w && !w->offset) start = w->local;
            if (!start && session.start) start = to_local(ev.zone_of(session), *session.start);
            if (!start) return std::nullopt;
            key = "end";
            value = format_local(*start + *d);
        } else if (key == "end" && value.empty() && f.map.node->find("end")) {
            continue;  // kept: the duration above moved it
        }
        if (value.empty()) {
            auto p = patcher.remove_key(f.map, key, &error);
            if (!p && !error.empty()) return std::nullopt;
            if (p) patches.push_back(std::move(*p));
        } else {
            TextPatch p = patcher.set_key(f.map, key, value);
            if (p.removed != p.inserted) patches.push_back(std::move(p));
        }
    }
    // From the end of each file backwards: each patch's offset holds when it is applied.
    std::stable_sort(patches.begin(), patches.end(), [](const TextPatch& a, const TextPatch& b) {
        return a.file != b.file ? a.file < b.file : a.offset > b.offset;
    });
    for (std::size_t i = 1; i < patches.size(); ++i) {
        const TextPatch& later = patches[i - 1];  // further in the file
        const TextPatch& earlier = patches[i];
        if (later.file == earlier.file && (earlier.offset + earlier.removed.size() > later.offset ||
                                           (earlier.offset == later.offset &&
                                            (!earlier.removed.empty() || !later.removed.empty()))))
            return std::nullopt;
    }
    return Change{name, std::move(patches)};
}

}  // namespace summitry::versions
