// SPDX-License-Identifier: MIT
// Writing a schedule into the event's files. EventDocument::plan_set_many parses the files again
// for every value it sets, which for a thousand sessions (three values each) is minutes: here
// the files are parsed once, every patch is planned against that one parse (the patches of a
// schedule touch disjoint spans: the values of `room`, `start`, `end`, `revision`, or the end of
// a session's mapping for a key it lacks), and the patches are applied from the end of each file
// backwards as one Change. The result is then checked value by value; should it ever differ, the
// change is undone and the slow, general path is taken instead.
#include "plan/write.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <unordered_map>

#include "edit/locate.h"
#include "edit/yaml_patch.h"
#include "util/i18n.h"

namespace summitry {

namespace {

using plan::sz;

struct Value {
    std::string key, yaml;
};

std::vector<Value> values_for(const Event& ev, const Placement& p, bool has_end) {
    const Session& s = ev.sessions[sz(p.session)];
    std::vector<Value> v = {{"room", ev.rooms[sz(p.room)].ref},
                            {"start", start_text(ev, p.room, p.start)}};
    if (has_end && s.duration) v.push_back({"end", start_text(ev, p.room, p.start + *s.duration)});
    v.push_back({"revision", std::to_string(s.revision + 1)});
    return v;
}

// All patches planned on one parse, or nothing when two would touch one span.
std::optional<Change> plan_fast(const EventDocument& doc, const ScheduleResult& result,
                                const std::string& name) {
    const Event& ev = doc.event();
    std::vector<std::string> texts;
    for (std::uint32_t f = 0; f < ev.files.size(); ++f) texts.push_back(doc.text(f));
    const edit::ParsedFiles files(texts);
    // Every session's mapping, found in one walk (edit::find_entity walks the lists per call).
    std::vector<edit::YamlPatcher> patchers;
    std::unordered_map<std::string_view, std::pair<std::uint32_t, edit::Place>> maps;
    for (std::uint32_t f = 0; f < files.size(); ++f) {
        patchers.push_back(files.patcher(f));
        const yaml::Node* root = files.root(f);
        const yaml::Node* list = root ? root->find("sessions") : nullptr;
        if (!list || !list->is_sequence()) continue;
        const auto& src = patchers.back();
        const bool list_flow = src.source().is_flow_collection(src.begin_of(*list));
        for (const yaml::Node* item : list->items()) {
            const yaml::Node* id = item->is_map() ? item->find("id") : nullptr;
            if (!id || !id->is_scalar()) continue;
            const bool flow = list_flow || src.source().is_flow_collection(src.begin_of(*item));
            maps.emplace(id->text, std::pair{f, edit::Place{item, flow}});
        }
    }
    std::vector<TextPatch> patches;
    for (const Placement& p : result.placements) {
        const auto it = maps.find(ev.sessions[sz(p.session)].id);
        if (it == maps.end()) return std::nullopt;
        const auto& [file, map] = it->second;
        const bool has_end = map.node->find("end") != nullptr;
        const edit::YamlPatcher& patcher = patchers[file];
        std::vector<TextPatch> mine;
        for (const Value& v : values_for(ev, p, has_end)) {
            TextPatch patch = patcher.set_key(map, v.key, v.yaml);
            // Keys the session lacks are all added at the end of its mapping: one insertion.
            auto same = std::find_if(mine.begin(), mine.end(), [&](const TextPatch& q) {
                return q.offset == patch.offset && q.removed.empty() && patch.removed.empty();
            });
            if (same != mine.end())
                same->inserted += patch.inserted;
            else
                mine.push_back(std::move(patch));
        }
        for (auto& m : mine)
            if (m.removed != m.inserted) patches.push_back(std::move(m));
    }
    std::sort(patches.begin(), patches.end(), [](const TextPatch& a, const TextPatch& b) {
        return a.file != b.file ? a.file < b.file : a.offset > b.offset;
    });
    for (std::size_t k = 1; k < patches.size(); ++k) {
        const TextPatch& later = patches[k - 1];  // higher offset, applied first
        const TextPatch& earlier = patches[k];
        if (later.file == earlier.file && earlier.offset + earlier.removed.size() > later.offset)
            return std::nullopt;
        if (later.file == earlier.file && earlier.offset == later.offset) return std::nullopt;
    }
    return Change{name, std::move(patches)};
}

bool matches(const Event& ev, const ScheduleResult& result) {
    for (const Placement& p : result.placements) {
        const Session& s = ev.sessions[sz(p.session)];
        if (!s.start || *s.start != p.start || s.room != p.room) return false;
    }
    return !ev.sessions.empty() || result.placements.empty();
}

}  // namespace

std::string start_text(const Event& ev, Index room, Instant start) {
    const date::time_zone& zone = ev.zone_of_room(room);
    const LocalTime local = to_local(zone, start);
    const Resolved r = resolve(zone, local);
    if (r.kind == Resolution::unique && r.instant == start) return format_local(local);
    // The second 02:30 of an autumn night: say which one with its offset.
    const Seconds offset = utc_offset_at(local, start);
    std::string text = format_local(local);
    text[10] = 'T';
    return text + format_offset(offset);
}

WriteStats write_schedule(EventDocument& doc, const ScheduleResult& result, bool general_only) {
    const auto begin = std::chrono::steady_clock::now();
    WriteStats stats;
    if (result.placements.empty()) return stats;
    // TRANSLATORS: the name of an edit in the Edit menu: the scheduler placed or moved sessions.
    const std::string name =
        result.placements.size() == 1
            ? tr("Schedule 1 session")
            : format_message(tr("Schedule {0} sessions"), result.placements.size());
    if (auto change = general_only ? std::nullopt : plan_fast(doc, result, name)) {
        doc.apply(std::move(*change));
        if (!doc.diagnostics().has_errors() && matches(doc.event(), result)) {
            stats.seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
            return stats;
        }
        doc.undo();
    }
    // The general path: one planned edit per session (plan_move_session keeps an `end` in step
    // and raises the revision), each checked by the document.
    // Each edit is planned on the text the previous ones left, so they are applied one by one;
    // then they are taken back and applied again as one Change (their patches in order), so that
    // one undo takes the whole schedule back, as on the fast path.
    stats.fast_path = false;
    Change whole{name, {}};
    std::size_t applied = 0;
    try {
        for (const Placement& p : result.placements) {
            const Event& ev = doc.event();
            const LocalTime local = to_local(ev.zone_of_room(p.room), p.start);
            Plan plan = doc.plan_move_session(p.session, local, p.room);
            if (!plan)
                throw std::runtime_error("cannot place '" + ev.sessions[sz(p.session)].id +
                                         "': " + plan.error);
            whole.patches.insert(whole.patches.end(), plan.change->patches.begin(),
                                 plan.change->patches.end());
            doc.apply(std::move(*plan.change));
            ++applied;
        }
    } catch (...) {
        for (; applied > 0; --applied) doc.undo();  // the document as it was, then the error
        throw;
    }
    for (; applied > 0; --applied) doc.undo();
    doc.apply(std::move(whole));
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    return stats;
}

}  // namespace summitry
