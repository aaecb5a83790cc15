// SPDX-License-Identifier: MIT
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "check/rule.h"
#include "diag/quote.h"
#include "edit/document.h"
#include "edit/document_impl.h"
#include "edit/locate.h"
#include "io/atomic_file.h"
#include "io/event_loader.h"
#include "io/event_writer.h"
#include "io/file_lock.h"
#include "util/i18n.h"

namespace summitry {

using edit::apply_patch;
using edit::Found;
using edit::ParsedFiles;
using edit::Place;

// ---------------------------------------------------------------------------------------------
// Value paths

std::optional<ValuePath> parse_value_path(std::string_view text, std::string* error) {
    const auto fail = [&](std::string why) -> std::optional<ValuePath> {
        if (error) *error = quote(text) + ": " + why;
        return std::nullopt;
    };
    ValuePath p;
    std::string_view rest;
    if (text.starts_with("event.")) {
        p.kind = "event";
        rest = text.substr(6);
    } else {
        const auto slash = text.find('/');
        if (slash == std::string_view::npos)
            return fail("give KIND/ID.KEY, e.g. sessions/fireside-chat.start, or event.KEY");
        p.kind = std::string(text.substr(0, slash));
        if (!edit::entity_kind_from(p.kind))
            return fail("no kind '" + p.kind +
                        "': sessions, people, organizations, venues, rooms, tracks or event");
        // The id runs to the first '.' after the last '/' (ids have no dots; rooms have a slash).
        const std::string_view after = text.substr(slash + 1);
        const auto last_slash = after.rfind('/');
        const auto dot = after.find('.', last_slash == std::string_view::npos ? 0 : last_slash);
        if (dot == std::string_view::npos) return fail("no KEY after the id");
        p.id = std::string(after.substr(0, dot));
        rest = after.substr(dot + 1);
        if (p.id.empty()) return fail("no id");
    }
    const auto dot = rest.find('.');
    p.key = std::string(rest.substr(0, dot));
    if (dot != std::string_view::npos) p.lang = std::string(rest.substr(dot + 1));
    if (p.key.empty()) return fail("no KEY");
    if (p.key == "id")
        return fail("ids are not changed in place: duplicate the entity and delete the old one");
    return p;
}

namespace {

// Keys whose change moves a session in time or place or changes its status (event-format.md:
// the planner raises `revision` then).
bool raises_revision(std::string_view key) {
    return key == "start" || key == "end" || key == "duration" || key == "room" || key == "status";
}

std::string skip_name(const ValuePath& p, const std::string& qualified_id) {
    return p.kind == "event" ? "event." + p.key : p.kind + "/" + qualified_id + "." + p.key;
}

std::string minutes_text(Minutes m) {
    return std::to_string(m.count()) + "min";
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Planning

namespace {

// The patch setting one value in the files `files` holds (none when nothing changes); the skip
// name of the value in `skip`.
bool plan_value(const ParsedFiles& files, const Event& ev, const ValuePath& path,
                std::string_view yaml, std::optional<TextPatch>& patch, std::set<std::string>& skip,
                std::string& error) {
    std::optional<Found> f;
    if (path.kind == "event") {
        f = edit::find_event(files, &error);
    } else {
        f = edit::find_entity(files, *edit::entity_kind_from(path.kind), path.id, &error);
    }
    if (!f) return false;
    const edit::YamlPatcher patcher = files.patcher(f->file);
    if (!path.lang.empty()) {
        // One language of a text: {en: ..., fr: ...}. A plain text is the event's first language.
        const yaml::Node* value = f->map.node->find(path.key);
        const bool is_default = path.lang == ev.default_language();
        if (value && value->is_map()) {
            const Place vp{value, f->map.in_flow || patcher.source().is_flow_collection(
                                                        patcher.begin_of(*value))};
            if (yaml.empty() && value->map_size() == 1 && value->find(path.lang)) {
                // Its last key: the mapping goes (travel_minutes with no venue left).
                patch = patcher.remove_key(f->map, path.key, &error);
                if (!patch && !error.empty()) return false;
            } else if (yaml.empty()) {
                patch = patcher.remove_key(vp, path.lang, &error);
                if (!patch && !error.empty()) return false;
            } else {
                patch = patcher.set_key(vp, path.lang, yaml);
            }
        } else if (yaml.empty()) {
            if (value && is_default) patch = patcher.remove_key(f->map, path.key, &error);
            if (!patch && !error.empty()) return false;
        } else if (!value || value->is_null()) {
            patch = patcher.set_key(
                f->map, path.key,
                is_default ? std::string(yaml) : "{" + path.lang + ": " + std::string(yaml) + "}");
        } else if (value->is_scalar()) {
            patch = patcher.set_key(f->map, path.key,
                                    is_default ? std::string(yaml)
                                               : "{" + ev.default_language() + ": " +
                                                     yaml_scalar(value->text) + ", " + path.lang +
                                                     ": " + std::string(yaml) + "}");
        } else {
            // TRANSLATORS: a refused edit. {0} is a key of the event file (title, abstract...).
            error = format_message(tr("'{0}' is not a text"), path.key);
            return false;
        }
    } else if (yaml.empty()) {
        patch = patcher.remove_key(f->map, path.key, &error);
        if (!patch && !error.empty()) return false;
    } else {
        patch = patcher.set_key(f->map, path.key, yaml);
    }
    skip.insert(skip_name(path, f->qualified_id));
    if (patch && patch->removed == patch->inserted) patch.reset();
    return true;
}

// Sets one value in `texts`, recording the patch; the skip name of the value in `skip`.
bool set_value(std::vector<std::string>& texts, const Event& ev, const ValuePath& path,
               std::string_view yaml, Change& change, std::set<std::string>& skip,
               std::string& error) {
    // Before the first patch the texts are the event's: its trees serve, nothing is parsed.
    const ParsedFiles files = change.patches.empty() ? ParsedFiles(texts, ev) : ParsedFiles(texts);
    std::optional<TextPatch> patch;
    if (!plan_value(files, ev, path, yaml, patch, skip, error)) return false;
    if (patch) {
        apply_patch(texts, *patch);
        change.patches.push_back(std::move(*patch));
    }
    return true;
}

// Every value planned on the text as it is, with the event's own trees (no parse; the planner's
// move sets a start, a room and a revision: one parse of a 1,351-session file each, else), the
// patches applied from the end of each file backwards so that each one's offset holds. The same
// patches set_value would make one after the other: at one offset (keys added at the end of one
// mapping) the one planned later goes first, so that the one planned earlier ends up before it.
// Nothing when two patches touch one span of text or a value cannot be planned so: the caller
// plans them one by one then.
std::optional<std::vector<TextPatch>> plan_on_one_parse(
    const std::vector<std::string>& texts, const Event& ev,
    const std::vector<std::pair<ValuePath, std::string>>& values, std::set<std::string>& skip) {
    const ParsedFiles files(texts, ev);
    std::vector<std::pair<TextPatch, std::size_t>> patches;  // with the order they were planned in
    for (const auto& [path, yaml] : values) {
        std::optional<TextPatch> patch;
        std::string error;
        if (!plan_value(files, ev, path, yaml, patch, skip, error)) return std::nullopt;
        if (patch) patches.emplace_back(std::move(*patch), patches.size());
    }
    std::sort(patches.begin(), patches.end(), [](const auto& a, const auto& b) {
        if (a.first.file != b.first.file) return a.first.file < b.first.file;
        if (a.first.offset != b.first.offset) return a.first.offset > b.first.offset;
        return a.second > b.second;
    });
    for (std::size_t i = 1; i < patches.size(); ++i) {
        const TextPatch& later = patches[i - 1].first;  // further in the file, or inserted after
        const TextPatch& earlier = patches[i].first;
        if (later.file == earlier.file && (earlier.offset + earlier.removed.size() > later.offset ||
                                           (earlier.offset == later.offset &&
                                            (!earlier.removed.empty() || !later.removed.empty()))))
            return std::nullopt;
    }
    std::vector<TextPatch> out;
    for (auto& [patch, order] : patches) out.push_back(std::move(patch));
    return out;
}

}  // namespace

Plan EventDocument::plan_set(const ValuePath& path, std::string_view yaml) const {
    std::string what =
        (path.kind == "event" ? "event" : path.kind + "/" + path.id) + "." + path.key;
    if (!path.lang.empty()) what += "." + path.lang;
    // TRANSLATORS: the name of an edit in the Edit menu; {0} is a value:
    // "sessions/keynote.title.fr".
    return plan_set_many(format_message(tr("Set {0}"), what), {{path, std::string(yaml)}});
}

Plan EventDocument::plan_set_many(
    const std::string& name, const std::vector<std::pair<ValuePath, std::string>>& values) const {
    const Impl& d = *impl_;
    const Event& ev = d.loaded.event;
    std::vector<std::string> texts = d.texts;
    Change change{name, {}};
    std::set<std::string> skip;
    std::set<std::string> raised;
    std::string error;
    // The values in the order they are set: a session that moves or changes status gets a new
    // revision, once per edit, right after the first value that raises it.
    std::vector<std::pair<ValuePath, std::string>> all;
    for (const auto& [path, yaml] : values) {
        all.emplace_back(path, yaml);
        if (path.kind == "sessions" && raises_revision(path.key) && !raised.contains(path.id)) {
            raised.insert(path.id);
            const Index s = ev.find_session(path.id);
            const int revision = s >= 0 ? ev.sessions[static_cast<std::size_t>(s)].revision : 0;
            all.emplace_back(ValuePath{path.kind, path.id, "revision", {}},
                             std::to_string(revision + 1));
        }
    }
    if (auto patches = all.size() > 1 ? plan_on_one_parse(texts, ev, all, skip) : std::nullopt) {
        for (TextPatch& p : *patches) {
            apply_patch(texts, p);
            change.patches.push_back(std::move(p));
        }
    } else {
        skip.clear();
        for (const auto& [path, yaml] : all)
            if (!set_value(texts, ev, path, yaml, change, skip, error))
                return {std::nullopt, error};
    }
    if (change.empty()) return {change, {}};
    error = d.check(std::move(texts), skip, skip, &change.patches);
    if (!error.empty()) return {std::nullopt, error};
    // The new values must read back as written: from the session read again alone, or from the
    // whole new trees.
    const edit::Splice* splice = d.verified_splice ? &*d.verified_splice : nullptr;
    std::optional<ParsedFiles> files;
    if (!splice) files.emplace(d.verified_texts, d.verified->event);
    for (const auto& [path, yaml] : values) {
        if (!path.lang.empty() || yaml.empty()) continue;
        const yaml::Node* map = nullptr;
        if (splice && path.kind == "sessions" && "sessions/" + path.id == splice->name) {
            map = splice->node;
        } else {
            // Outside a splice's session the trees are the same as before the edit.
            if (!files) files.emplace(d.texts, d.loaded.event);
            const std::optional<Found> f =
                path.kind == "event" ? edit::find_event(*files, &error)
                                     : edit::find_entity(*files, *edit::entity_kind_from(path.kind),
                                                         path.id, &error);
            if (f) map = f->map.node;
        }
        Diagnostics ignored;
        const auto written = yaml::parse(yaml, 0, ignored);
        if (!map || !written ||
            edit::canonical(map->find(path.key)) != edit::canonical(written->root())) {
            d.verified.reset();
            d.verified_splice.reset();
            // TRANSLATORS: a refused edit. {0} is the value typed, as it would be written in the
            // file.
            return {std::nullopt,
                    format_message(tr("'{0}' is not one YAML value on one line"), yaml)};
        }
    }
    return {change, {}};
}

Plan EventDocument::plan_move_session(Index session, std::optional<LocalTime> start,
                                      Index room) const {
    const Event& ev = impl_->loaded.event;
    if (session < 0 || static_cast<std::size_t>(session) >= ev.sessions.size())
        return {std::nullopt, tr("no such session")};
    const Session& s = ev.sessions[static_cast<std::size_t>(session)];
    // TRANSLATORS: the name of an edit in the Edit menu ("Undo Move 'Fireside chat'").
    const std::string name = format_message(tr("Move '{0}'"), edit::session_title(ev, session));
    const ParsedFiles files(impl_->texts, impl_->loaded.event);
    std::string error;
    const auto f = edit::find_entity(files, EntityKind::session, s.id, &error);
    if (!f) return {std::nullopt, error};
    const bool has_end = f->map.node->find("end") != nullptr;
    const auto path = [&](const char* key) { return ValuePath{"sessions", s.id, key, {}}; };
    std::vector<std::pair<ValuePath, std::string>> values;
    if (!start || room == no_index) {
        // Back to the tray: no start and no room; an `end` would have nothing to end.
        values = {{path("start"), ""}, {path("room"), ""}};
        if (has_end) {
            values.emplace_back(path("end"), "");
            values.emplace_back(
                path("duration"),
                minutes_text(std::chrono::duration_cast<Minutes>(s.duration.value_or(Seconds{0}))));
        }
        return plan_set_many(name, values);
    }
    if (static_cast<std::size_t>(room) >= ev.rooms.size())
        return {std::nullopt, tr("no such room")};
    // The room is written only when it changes: `residence/salons` stays as the organizer wrote it.
    values = {{path("start"), format_local(*start)}};
    if (room != s.room)
        values.emplace_back(path("room"), ev.rooms[static_cast<std::size_t>(room)].ref);
    if (has_end && s.duration) values.emplace_back(path("end"), format_local(*start + *s.duration));
    if (!s.duration) values.emplace_back(path("duration"), "30min");
    return plan_set_many(name, values);
}

Plan EventDocument::plan_resize_session(Index session, Minutes duration) const {
    const Event& ev = impl_->loaded.event;
    if (session < 0 || static_cast<std::size_t>(session) >= ev.sessions.size())
        return {std::nullopt, tr("no such session")};
    if (duration.count() <= 0) return {std::nullopt, tr("a session lasts at least a minute")};
    const Session& s = ev.sessions[static_cast<std::size_t>(session)];
    const ParsedFiles files(impl_->texts, impl_->loaded.event);
    std::string error;
    const auto f = edit::find_entity(files, EntityKind::session, s.id, &error);
    if (!f) return {std::nullopt, error};
    // TRANSLATORS: the name of an edit in the Edit menu: a session's length changed.
    const std::string name = format_message(tr("Resize '{0}'"), edit::session_title(ev, session));
    if (f->map.node->find("end") && s.start) {
        const LocalTime local = to_local(ev.zone_of(s), *s.start);
        return plan_set_many(name,
                             {{{"sessions", s.id, "end", {}}, format_local(local + duration)}});
    }
    return plan_set_many(name, {{{"sessions", s.id, "duration", {}}, minutes_text(duration)}});
}

}  // namespace summitry
