// SPDX-License-Identifier: MIT
#include "edit/document.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "check/rule.h"
#include "diag/quote.h"
#include "edit/document_impl.h"
#include "edit/locate.h"
#include "io/atomic_file.h"
#include "io/file_lock.h"
#include "io/event_loader.h"
#include "io/event_writer.h"
#include "util/i18n.h"

namespace summitry {

using edit::Found;
using edit::ParsedFiles;
using edit::Place;

LoadResult edit::load_texts(const std::vector<std::string>& names, const std::vector<std::string>& texts) {
    LoadOptions options;
    options.included_text = [&](const std::string& name) -> std::optional<std::string> {
        for (std::size_t i = 1; i < names.size(); ++i)
            if (names[i] == name) return texts[i];
        return std::nullopt;
    };
    return load_event_text(texts[0], names[0], options);
}

std::string edit::read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

namespace {

using edit::apply_patch;
using edit::load_texts;
using edit::read_file;

void revert_patch(std::vector<std::string>& texts, const TextPatch& p) {
    texts[p.file].replace(p.offset, p.inserted.size(), p.removed);
}

}  // namespace

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
            return fail("no kind '" + p.kind + "': sessions, people, organizations, venues, rooms, tracks or event");
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
    if (p.key == "id") return fail("ids are not changed in place: duplicate the entity and delete the old one");
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

std::string located(const Event& ev, const Diagnostic& d) {
    std::string s;
    if (d.loc.file < ev.files.size()) s = ev.files.path(d.loc.file) + ":";
    s += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message;
    if (!d.hint.empty()) s += " — " + d.hint;
    return s;
}

std::string title_of(const Event& ev, Index s) {
    const Session& session = ev.sessions[static_cast<std::size_t>(s)];
    const std::string_view t = session.title.get(ev.default_language());
    return std::string(t.empty() ? std::string_view(session.id) : t);
}

std::string minutes_text(Minutes m) { return std::to_string(m.count()) + "min"; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// Planning

namespace {

// Sets one value in `texts`, recording the patch; the skip name of the value in `skip`.
bool set_value(std::vector<std::string>& texts, const Event& ev, const ValuePath& path,
               std::string_view yaml, Change& change, std::set<std::string>& skip,
               std::string& error) {
    // Before the first patch the texts are the event's: its trees serve, nothing is parsed.
    const ParsedFiles files = change.patches.empty() ? ParsedFiles(texts, ev) : ParsedFiles(texts);
    std::optional<Found> f;
    if (path.kind == "event") {
        f = edit::find_event(files, &error);
    } else {
        f = edit::find_entity(files, *edit::entity_kind_from(path.kind), path.id, &error);
    }
    if (!f) return false;
    const edit::YamlPatcher patcher = files.patcher(f->file);
    std::optional<TextPatch> patch;
    if (!path.lang.empty()) {
        // One language of a text: {en: ..., fr: ...}. A plain text is the event's first language.
        const yaml::Node* value = f->map.node->find(path.key);
        const bool is_default = path.lang == ev.default_language();
        if (value && value->is_map()) {
            const Place vp{value, f->map.in_flow || patcher.source().is_flow_collection(patcher.begin_of(*value))};
            if (yaml.empty()) {
                patch = patcher.remove_key(vp, path.lang, &error);
                if (!patch && !error.empty()) return false;
            } else {
                patch = patcher.set_key(vp, path.lang, yaml);
            }
        } else if (yaml.empty()) {
            if (value && is_default) patch = patcher.remove_key(f->map, path.key, &error);
            if (!patch && !error.empty()) return false;
        } else if (!value || value->is_null()) {
            patch = patcher.set_key(f->map, path.key,
                                    is_default ? std::string(yaml) : "{" + path.lang + ": " + std::string(yaml) + "}");
        } else if (value->is_scalar()) {
            patch = patcher.set_key(f->map, path.key,
                                    is_default ? std::string(yaml)
                                               : "{" + ev.default_language() + ": " + yaml_scalar(value->text) +
                                                     ", " + path.lang + ": " + std::string(yaml) + "}");
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
    if (patch && patch->removed != patch->inserted) {
        apply_patch(texts, *patch);
        change.patches.push_back(std::move(*patch));
    }
    return true;
}

}  // namespace

Plan EventDocument::plan_set(const ValuePath& path, std::string_view yaml) const {
    std::string what = (path.kind == "event" ? "event" : path.kind + "/" + path.id) + "." + path.key;
    if (!path.lang.empty()) what += "." + path.lang;
    // TRANSLATORS: the name of an edit in the Edit menu; {0} is a value: "sessions/keynote.title.fr".
    return plan_set_many(format_message(tr("Set {0}"), what), {{path, std::string(yaml)}});
}

namespace {

// Whether `after` still loads without new errors and, outside what `skip` names, holds the same
// data as `before`: a patch that went wrong cannot pass unnoticed. Gives the loaded result.
std::string verify(const std::vector<std::string>& names, const std::vector<std::string>& before,
                   const std::vector<std::string>& after, const LoadResult& current,
                   const std::set<std::string>& skip_before, const std::set<std::string>& skip_after,
                   std::optional<LoadResult>& next) {
    next = load_texts(names, after);
    if (next->diagnostics.errors() > current.diagnostics.errors()) {
        std::set<std::string> old;
        for (const auto& d : current.diagnostics.items())
            if (d.severity == Severity::error) old.insert(d.message);
        for (const auto& d : next->diagnostics.items())
            if (d.severity == Severity::error && !old.contains(d.message)) return located(next->event, d);
        // TRANSLATORS: a refused edit.
        return tr("the change would add an error");
    }
    const ParsedFiles a(before, current.event), b(after, next->event);
    for (std::uint32_t f = 0; f < before.size(); ++f) {
        if (before[f] == after[f]) continue;
        if (!a.root(f) || !b.root(f) ||
            edit::canonical(a.root(f), skip_before) != edit::canonical(b.root(f), skip_after))
            // TRANSLATORS: a refused edit.
            return tr("the change cannot be made in place without touching other values; edit the file as text");
    }
    return {};
}

}  // namespace

std::string EventDocument::Impl::check(std::vector<std::string> after, const std::set<std::string>& skip_before,
                                       const std::set<std::string>& skip_after) const {
    std::optional<LoadResult> next;
    std::string error = verify(names, texts, after, loaded, skip_before, skip_after, next);
    if (error.empty()) {
        verified_texts = std::move(after);
        verified = std::move(next);
    }
    return error;
}

Plan EventDocument::plan_set_many(const std::string& name,
                                  const std::vector<std::pair<ValuePath, std::string>>& values) const {
    const Impl& d = *impl_;
    const Event& ev = d.loaded.event;
    std::vector<std::string> texts = d.texts;
    Change change{name, {}};
    std::set<std::string> skip;
    std::set<std::string> raised;
    std::string error;
    for (const auto& [path, yaml] : values) {
        if (!set_value(texts, ev, path, yaml, change, skip, error)) return {std::nullopt, error};
        // A session that moves or changes status gets a new revision, once per edit.
        if (path.kind == "sessions" && raises_revision(path.key) && !raised.contains(path.id)) {
            raised.insert(path.id);
            const Index s = ev.find_session(path.id);
            const int revision = s >= 0 ? ev.sessions[static_cast<std::size_t>(s)].revision : 0;
            ValuePath rev{path.kind, path.id, "revision", {}};
            if (!set_value(texts, ev, rev, std::to_string(revision + 1), change, skip, error))
                return {std::nullopt, error};
        }
    }
    if (change.empty()) return {change, {}};
    error = d.check(std::move(texts), skip, skip);
    if (!error.empty()) return {std::nullopt, error};
    // The new values must read back as written.
    const ParsedFiles files(d.verified_texts, d.verified->event);
    for (const auto& [path, yaml] : values) {
        if (!path.lang.empty() || yaml.empty()) continue;
        std::optional<Found> f = path.kind == "event"
                                     ? edit::find_event(files, &error)
                                     : edit::find_entity(files, *edit::entity_kind_from(path.kind), path.id, &error);
        Diagnostics ignored;
        const auto written = yaml::parse(yaml, 0, ignored);
        if (!f || !written || edit::canonical(f->map.node->find(path.key)) != edit::canonical(written->root())) {
            d.verified.reset();
            // TRANSLATORS: a refused edit. {0} is the value typed, as it would be written in the file.
            return {std::nullopt, format_message(tr("'{0}' is not one YAML value on one line"), yaml)};
        }
    }
    return {change, {}};
}

Plan EventDocument::plan_move_session(Index session, std::optional<LocalTime> start, Index room) const {
    const Event& ev = impl_->loaded.event;
    if (session < 0 || static_cast<std::size_t>(session) >= ev.sessions.size())
        return {std::nullopt, tr("no such session")};
    const Session& s = ev.sessions[static_cast<std::size_t>(session)];
    // TRANSLATORS: the name of an edit in the Edit menu ("Undo Move 'Fireside chat'").
    const std::string name = format_message(tr("Move '{0}'"), title_of(ev, session));
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
            values.emplace_back(path("duration"), minutes_text(std::chrono::duration_cast<Minutes>(
                                                      s.duration.value_or(Seconds{0}))));
        }
        return plan_set_many(name, values);
    }
    if (static_cast<std::size_t>(room) >= ev.rooms.size()) return {std::nullopt, tr("no such room")};
    // The room is written only when it changes: `residence/salons` stays as the organizer wrote it.
    values = {{path("start"), format_local(*start)}};
    if (room != s.room) values.emplace_back(path("room"), ev.rooms[static_cast<std::size_t>(room)].ref);
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
    const std::string name = format_message(tr("Resize '{0}'"), title_of(ev, session));
    if (f->map.node->find("end") && s.start) {
        const LocalTime local = to_local(ev.zone_of(s), *s.start);
        return plan_set_many(name, {{{"sessions", s.id, "end", {}}, format_local(local + duration)}});
    }
    return plan_set_many(name, {{{"sessions", s.id, "duration", {}}, minutes_text(duration)}});
}

namespace {

std::string name_key(EntityKind kind) { return kind == EntityKind::session ? "title" : "name"; }

// The name of the edit that creates an entity: "New person '{0}'" (whole sentences, for the
// genders of other languages).
std::string new_entity_name(EntityKind kind) {
    switch (kind) {
        case EntityKind::session: return tr("New session '{0}'");
        case EntityKind::person: return tr("New person '{0}'");
        case EntityKind::organization: return tr("New organization '{0}'");
        case EntityKind::venue: return tr("New venue '{0}'");
        case EntityKind::room: return tr("New room '{0}'");
        case EntityKind::track: return tr("New track '{0}'");
    }
    return tr("New entry '{0}'");
}

std::string exists_already(EntityKind kind, const std::string& id) {
    // TRANSLATORS: a refused edit. {0} is a list key of the event file (sessions, people,
    // organizations, venues, rooms or tracks: keep it as it is), {1} the id asked for.
    return format_message(tr("{0} '{1}' exists already"), edit::list_key(kind), id);
}

std::string written_on_one_line() {
    // TRANSLATORS: a refused edit: the list in the event file is written [a, b, c].
    return tr("the list is written [...] on one line; edit it as text");
}

}  // namespace

Plan EventDocument::plan_create(EntityKind kind, const std::string& id, const std::string& venue_id) const {
    const Impl& d = *impl_;
    std::vector<std::string> texts = d.texts;
    const ParsedFiles files(texts, d.loaded.event);
    std::string error;
    const std::string qualified = kind == EntityKind::room ? venue_id + "/" + id : id;
    if (edit::find_entity(files, kind, qualified, nullptr))
        return {std::nullopt, exists_already(kind, qualified)};
    const std::string fields = "id: " + yaml_scalar(id);
    const std::string named = name_key(kind) + ": " + yaml_scalar(id);
    Change change{format_message(new_entity_name(kind), id), {}};
    const auto list = edit::find_list(files, kind, venue_id, &error);
    TextPatch patch;
    std::string skip = std::string(edit::list_key(kind)) + "/" + qualified;
    if (list) {
        const edit::YamlPatcher p = files.patcher(list->file);
        const yaml::Node& last = *list->list.node->items()[list->index];
        const auto sample = p.item_text(list->list, list->index);
        if (!sample) return {std::nullopt, written_on_one_line()};
        const std::size_t indent = sample->find('-');
        std::string item(indent, ' ');
        if (p.source().is_flow_collection(p.begin_of(last)))
            item += "- {" + fields + ", " + named + "}";
        else
            item += "- " + fields + "\n" + std::string(indent + 2, ' ') + named;
        patch = p.insert_item_after(list->list, list->index, item);
    } else if (kind == EntityKind::room) {
        return {std::nullopt, error};
    } else {
        // The first of its kind: a new list at the end of the main file.
        const std::string& text = texts[0];
        patch.file = 0;
        patch.offset = text.size();
        skip = edit::list_key(kind);  // the whole list is new
        patch.inserted = std::string(!text.empty() && text.back() != '\n' ? "\n" : "") +
                         std::string(edit::list_key(kind)) + ":\n  - " + fields + "\n    " + named + "\n";
        if (const yaml::Node* root = files.root(0); root && root->find(edit::list_key(kind)))
            return {std::nullopt,
                    // TRANSLATORS: a refused edit. {0} is a list key of the event file: sessions,
                    // people, organizations, venues or tracks (keep it as it is).
                    format_message(tr("the file's list of {0} is empty or not a list; add the first one as text"),
                                   edit::list_key(kind))};
    }
    apply_patch(texts, patch);
    change.patches.push_back(patch);
    error = d.check(std::move(texts), {}, {skip});
    if (!error.empty()) return {std::nullopt, error};
    return {change, {}};
}

Plan EventDocument::plan_duplicate(EntityKind kind, const std::string& id, const std::string& new_id) const {
    const Impl& d = *impl_;
    std::vector<std::string> texts = d.texts;
    const ParsedFiles files(texts, d.loaded.event);
    std::string error;
    const auto f = edit::find_entity(files, kind, id, &error);
    if (!f) return {std::nullopt, error};
    const std::string venue = kind == EntityKind::room ? f->qualified_id.substr(0, f->qualified_id.find('/')) : "";
    const std::string new_qualified = venue.empty() ? new_id : venue + "/" + new_id;
    if (edit::find_entity(files, kind, new_qualified, nullptr))
        return {std::nullopt, exists_already(kind, new_qualified)};
    const edit::YamlPatcher p = files.patcher(f->file);
    auto item = p.item_text(f->list, f->index);
    if (!item) return {std::nullopt, written_on_one_line()};
    // The copy's id: the same span in the copied text.
    const yaml::Node* id_node = f->map.node->find("id");
    const std::size_t item_start = p.source().line_start(p.begin_of(*f->list.node->items()[f->index]));
    const std::size_t from = p.begin_of(*id_node) - item_start;
    const std::size_t to = p.end_of(*id_node, f->map.in_flow, p.key_indent(*f->map.node)) - item_start;
    item->replace(from, to - from, yaml_scalar(new_id));
    TextPatch patch = p.insert_item_after(f->list, f->index, *item);
    apply_patch(texts, patch);
    const std::string label = kind == EntityKind::session
                                  ? title_of(d.loaded.event, d.loaded.event.find_session(id))
                                  : id;
    // TRANSLATORS: the name of an edit in the Edit menu.
    Change change{format_message(tr("Duplicate '{0}'"), label), {patch}};
    const std::string skip = std::string(edit::list_key(kind)) + "/" + new_qualified;
    error = d.check(std::move(texts), {}, {skip});
    if (!error.empty()) return {std::nullopt, error};
    return {change, {}};
}

Plan EventDocument::plan_delete(EntityKind kind, const std::string& id) const {
    const Impl& d = *impl_;
    std::vector<std::string> texts = d.texts;
    const ParsedFiles files(texts, d.loaded.event);
    std::string error;
    const auto f = edit::find_entity(files, kind, id, &error);
    if (!f) return {std::nullopt, error};
    const auto patch = files.patcher(f->file).remove_item(f->list, f->index, &error);
    if (!patch) return {std::nullopt, error};
    apply_patch(texts, *patch);
    const std::string label = kind == EntityKind::session
                                  ? title_of(d.loaded.event, d.loaded.event.find_session(id))
                                  : id;
    const std::string skip = std::string(edit::list_key(kind)) + "/" + f->qualified_id;
    error = d.check(std::move(texts), {skip}, {});
    if (!error.empty()) {
        // Usually something still refers to it: say what.
        // TRANSLATORS: a refused deletion. {0} is an id of the event file, {1} why, usually that
        // something still refers to it (that text may be English: the file's own errors are).
        return {std::nullopt, format_message(tr("cannot delete '{0}': {1}"), id, error)};
    }
    // TRANSLATORS: the name of an edit in the Edit menu.
    return {Change{format_message(tr("Delete '{0}'"), label), {*patch}}, {}};
}

// ---------------------------------------------------------------------------------------------
// Doing

EventDocument::EventDocument(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventDocument::EventDocument(EventDocument&&) noexcept = default;
EventDocument& EventDocument::operator=(EventDocument&&) noexcept = default;
EventDocument::~EventDocument() = default;

EventDocument EventDocument::open(const std::string& path, bool confine_includes) {
    // Not while another Summitry saves it: the texts read below are then the ones loaded.
    const FileLock lock(path);
    LoadOptions options;
    options.confine_includes = confine_includes;
    LoadResult probe = load_event(path, options);  // throws FileError when unreadable
    auto impl = std::make_unique<Impl>();
    for (std::uint32_t f = 0; f < probe.event.files.size(); ++f) {
        impl->names.push_back(probe.event.files.path(f));
        impl->texts.push_back(read_file(impl->names.back()));
    }
    impl->saved = impl->texts;
    impl->take(std::move(probe));  // the texts just read are what `probe` loaded
    return EventDocument(std::move(impl));
}

EventDocument EventDocument::from_text(std::string text, const std::string& path) {
    auto impl = std::make_unique<Impl>();
    impl->names.push_back(path);
    impl->texts.push_back(std::move(text));
    impl->saved = impl->texts;
    impl->reload();
    return EventDocument(std::move(impl));
}

const Event& EventDocument::event() const { return impl_->loaded.event; }
const Diagnostics& EventDocument::diagnostics() const { return impl_->diagnostics; }
const std::string& EventDocument::path() const { return impl_->names.front(); }
const std::string& EventDocument::text(std::uint32_t file) const { return impl_->texts.at(file); }

void EventDocument::apply(Change change) {
    Impl& d = *impl_;
    for (const TextPatch& p : change.patches) apply_patch(d.texts, p);
    d.undo.push_back(std::move(change));
    d.redo.clear();
    if (d.verified && d.verified_texts == d.texts) {
        d.take(std::move(*d.verified));
    } else {
        d.reload();
    }
    d.verified.reset();
    d.verified_texts.clear();
}

bool EventDocument::can_undo() const { return !impl_->undo.empty(); }
bool EventDocument::can_redo() const { return !impl_->redo.empty(); }

const std::string& EventDocument::undo_name() const {
    static const std::string none;
    return impl_->undo.empty() ? none : impl_->undo.back().name;
}

const std::string& EventDocument::redo_name() const {
    static const std::string none;
    return impl_->redo.empty() ? none : impl_->redo.back().name;
}

void EventDocument::undo() {
    if (impl_->undo.empty()) return;
    Change c = std::move(impl_->undo.back());
    impl_->undo.pop_back();
    for (auto it = c.patches.rbegin(); it != c.patches.rend(); ++it) revert_patch(impl_->texts, *it);
    impl_->redo.push_back(std::move(c));
    impl_->reload();
}

void EventDocument::redo() {
    if (impl_->redo.empty()) return;
    Change c = std::move(impl_->redo.back());
    impl_->redo.pop_back();
    for (const TextPatch& p : c.patches) apply_patch(impl_->texts, p);
    impl_->undo.push_back(std::move(c));
    impl_->reload();
}

bool EventDocument::modified() const { return impl_->texts != impl_->saved; }

std::uint64_t EventDocument::revision_id() const { return impl_->revision; }

}  // namespace summitry
