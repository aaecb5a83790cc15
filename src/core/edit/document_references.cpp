// SPDX-License-Identifier: MIT
// What refers to an entity, and deleting it with its references removed or reassigned. The
// references are found in the model (ids resolved) and patched in the text: every patch is
// planned on the same text, then applied from the end of each file back, so their offsets hold.
#include <algorithm>
#include <set>

#include "edit/document.h"
#include "edit/document_impl.h"
#include "edit/locate.h"
#include "io/event_writer.h"
#include "util/i18n.h"

namespace summitry {

using edit::apply_patch;
using edit::Found;
using edit::ParsedFiles;

namespace {

std::string person_label(const Person& p) {
    return p.name.empty() ? p.id : p.name;
}

template <class T>
std::string text_label(const Event& ev, const T& entity) {
    const std::string_view t = entity.name.get(ev.default_language());
    return std::string(t.empty() ? std::string_view(entity.id) : t);
}

bool has(const std::vector<Index>& list, Index i) {
    return std::find(list.begin(), list.end(), i) != list.end();
}

}  // namespace

std::vector<Reference> EventDocument::references_to(EntityKind kind, const std::string& id) const {
    const Event& ev = impl_->loaded.event;
    std::vector<Reference> out;
    const auto session_ref = [&](std::size_t s, const char* key) {
        out.push_back({{"sessions", ev.sessions[s].id, key, {}},
                       edit::session_title(ev, static_cast<Index>(s))});
    };
    switch (kind) {
        case EntityKind::person: {
            const Index p = ev.find_person(id);
            if (p < 0) break;
            for (std::size_t s = 0; s < ev.sessions.size(); ++s) {
                if (has(ev.sessions[s].speakers, p)) session_ref(s, "speakers");
                if (has(ev.sessions[s].moderators, p)) session_ref(s, "moderators");
                if (has(ev.sessions[s].hosts, p)) session_ref(s, "hosts");
            }
            break;
        }
        case EntityKind::organization: {
            const Index o = ev.find_organization(id);
            if (o < 0) break;
            if (has(ev.info.organizers, o))
                out.push_back({{"event", {}, "organizers", {}},
                               std::string(ev.info.title.get(ev.default_language()))});
            for (const Person& p : ev.people)
                if (p.affiliation == o)
                    out.push_back({{"people", p.id, "affiliation", {}}, person_label(p)});
            for (std::size_t s = 0; s < ev.sessions.size(); ++s)
                if (has(ev.sessions[s].organizations, o)) session_ref(s, "organizations");
            break;
        }
        case EntityKind::track: {
            const Index t = ev.find_track(id);
            if (t < 0) break;
            for (std::size_t s = 0; s < ev.sessions.size(); ++s)
                if (ev.sessions[s].track == t) session_ref(s, "track");
            break;
        }
        case EntityKind::room: {
            const Index r = ev.find_room(id);
            if (r < 0) break;
            for (std::size_t s = 0; s < ev.sessions.size(); ++s)
                if (ev.sessions[s].room == r) session_ref(s, "room");
            break;
        }
        case EntityKind::venue: {
            const Index v = ev.find_venue(id);
            if (v < 0) break;
            for (const Venue& other : ev.venues)
                if (&other != &ev.venues[static_cast<std::size_t>(v)])
                    for (const auto& [to, minutes] : other.travel)
                        if (to == v) {
                            out.push_back({{"venues", other.id, "travel_minutes", {}},
                                           text_label(ev, other)});
                            break;
                        }
            for (std::size_t s = 0; s < ev.sessions.size(); ++s) {
                const Index r = ev.sessions[s].room;
                if (r >= 0 && ev.rooms[static_cast<std::size_t>(r)].venue == v)
                    session_ref(s, "room");
            }
            break;
        }
        case EntityKind::session: break;  // nothing refers to a session
    }
    return out;
}

namespace {

// The reference `ref` patched out of (or over to `replacement` in) the text.
std::optional<TextPatch> reference_patch(const ParsedFiles& files, const Event& ev,
                                         const Reference& ref, EntityKind kind,
                                         const std::string& id, const std::string& replacement,
                                         std::string& error) {
    std::optional<Found> f = ref.where.kind == "event"
                                 ? edit::find_event(files, &error)
                                 : edit::find_entity(files, *edit::entity_kind_from(ref.where.kind),
                                                     ref.where.id, &error);
    if (!f) return std::nullopt;
    const edit::YamlPatcher p = files.patcher(f->file);
    const yaml::Node* value = f->map.node->find(ref.where.key);
    if (!value) {
        error = format_message(tr("no {0} '{1}' in the file"), ref.where.key, ref.where.id);
        return std::nullopt;
    }
    if (ref.where.key == "travel_minutes") {
        // The key naming the venue; the whole mapping when it is its only key.
        if (!value->is_map()) return p.remove_key(f->map, ref.where.key, &error);
        const edit::Place vp{value,
                             f->map.in_flow || p.source().is_flow_collection(p.begin_of(*value))};
        if (value->map_size() == 1) return p.remove_key(f->map, ref.where.key, &error);
        return p.remove_key(vp, id, &error);
    }
    if (ref.where.key == "room" || ref.where.key == "track" || ref.where.key == "affiliation") {
        if (replacement.empty()) return p.remove_key(f->map, ref.where.key, &error);
        std::string written = replacement;
        if (kind == EntityKind::room) {
            const Index r = ev.find_room(replacement);
            if (r >= 0) written = ev.rooms[static_cast<std::size_t>(r)].ref;
        }
        return p.set_key(f->map, ref.where.key, yaml_scalar(written));
    }
    // A list of ids (or one id standing for a list of one): the item that names it.
    const std::size_t n = value->is_sequence() ? value->count : 1;
    bool taken = false;  // the replacement is in the list already: the reference just goes
    std::size_t at = n;
    for (std::size_t i = 0; i < n; ++i) {
        const yaml::Node& item = value->is_sequence() ? *value->items()[i] : *value;
        if (item.is_scalar() && item.text == id && at == n) at = i;
        if (item.is_scalar() && item.text == replacement) taken = true;
    }
    if (at == n) {
        error = format_message(tr("no {0} '{1}' in the file"), ref.where.key, id);
        return std::nullopt;
    }
    if (replacement.empty() || taken) return p.remove_list_item(f->map, ref.where.key, at, &error);
    return p.replace_item(f->map, ref.where.key, at, yaml_scalar(replacement), &error);
}

}  // namespace

Plan EventDocument::plan_delete(EntityKind kind, const std::string& id, OnReferences on_references,
                                const std::string& replacement) const {
    if (on_references == OnReferences::refuse) return plan_delete(kind, id);
    const Impl& d = *impl_;
    const Event& ev = d.loaded.event;
    std::string error;
    std::string target = on_references == OnReferences::reassign ? replacement : "";
    if (on_references == OnReferences::reassign) {
        // TRANSLATORS: a refused edit: a venue's references are its rooms'; they cannot all be
        // given to another venue.
        if (kind == EntityKind::venue)
            return {std::nullopt,
                    tr("a venue's references cannot be reassigned; reassign its rooms first")};
        const bool exists = kind == EntityKind::person         ? ev.find_person(target) >= 0
                            : kind == EntityKind::organization ? ev.find_organization(target) >= 0
                            : kind == EntityKind::track        ? ev.find_track(target) >= 0
                            : kind == EntityKind::room         ? ev.find_room(target) >= 0
                                                               : false;
        if (!exists || target == id)
            return {std::nullopt, format_message(tr("no {0} '{1}' in the file"),
                                                 std::string(entity_list_key(kind)), target)};
    }
    std::vector<std::string> texts = d.texts;
    const ParsedFiles files(texts, ev);
    const auto f = edit::find_entity(files, kind, id, &error);
    if (!f) return {std::nullopt, error};
    std::vector<TextPatch> patches;
    std::set<std::string> skip_before{std::string(edit::list_key(kind)) + "/" + f->qualified_id};
    std::set<std::string> skip_after;
    const std::string short_id =
        kind == EntityKind::room ? f->qualified_id.substr(f->qualified_id.find('/') + 1) : id;
    for (const Reference& ref : references_to(kind, f->qualified_id)) {
        const std::string name = ref.where.kind == "event"
                                     ? "event." + ref.where.key
                                     : ref.where.kind + "/" + ref.where.id + "." + ref.where.key;
        if (skip_after.contains(name)) continue;  // a list naming it twice: one patch
        auto p = reference_patch(files, ev, ref, kind, kind == EntityKind::room ? short_id : id,
                                 target, error);
        if (!p) return {std::nullopt, error};
        skip_before.insert(name);
        skip_after.insert(name);
        patches.push_back(std::move(*p));
    }
    auto removal = files.patcher(f->file).remove_list_item(f->owner, f->list_key, f->index, &error);
    if (!removal) return {std::nullopt, error};
    patches.push_back(std::move(*removal));
    // From the end of each file back: every offset still holds when its patch applies.
    std::sort(patches.begin(), patches.end(), [](const TextPatch& a, const TextPatch& b) {
        return a.file != b.file ? a.file < b.file : a.offset > b.offset;
    });
    for (std::size_t i = 1; i < patches.size(); ++i)
        if (patches[i].file == patches[i - 1].file &&
            patches[i].offset + patches[i].removed.size() > patches[i - 1].offset)
            return {std::nullopt, tr("the change cannot be made in place without touching other "
                                     "values; edit the file as text")};
    for (const TextPatch& p : patches) apply_patch(texts, p);
    error = d.check(std::move(texts), skip_before, skip_after);
    if (!error.empty())
        return {std::nullopt, format_message(tr("cannot delete '{0}': {1}"), id, error)};
    const std::string label =
        kind == EntityKind::session ? edit::session_title(ev, ev.find_session(id)) : id;
    return {Change{format_message(tr("Delete '{0}'"), label), std::move(patches)}, {}};
}

}  // namespace summitry
