// SPDX-License-Identifier: MIT
#include "edit/splice.h"

#include <algorithm>

#include "edit/locate.h"
#include "edit/source_text.h"

namespace summitry::edit {

namespace {

constexpr std::size_t npos = std::string::npos;

// Where the text of a list's item begins: the start of its line, when only spaces, a '-' and
// spaces come before its node there (a block list: `  - id: x`). npos for anything else (a
// flow list, a '-' alone on the line above): such a list is loaded whole.
std::size_t item_begin(const SourceText& src, const yaml::Node& item) {
    const std::size_t at = src.offset(item);
    const std::size_t line = src.line_start(at);
    const std::string_view t = src.text().substr(line, at - line);
    std::size_t i = t.find_first_not_of(' ');
    if (i == npos || t[i] != '-' || i + 1 >= t.size() || t[i + 1] != ' ') return npos;
    return t.find_first_not_of(' ', i + 1) == npos ? line : npos;
}

std::int64_t lines_in(std::string_view text) {
    return std::count(text.begin(), text.end(), '\n');
}

// The loader's tree of `file`, when it is one the lines of which can be shifted in place.
const yaml::Node* root_of(const Event& ev, std::uint32_t file) {
    if (file >= ev.documents.size() || !ev.documents[file]) return nullptr;
    const yaml::Document& doc = *ev.documents[file];
    const yaml::Node* root = doc.root();
    return root && root->is_map() && !doc.has_aliases() ? root : nullptr;
}

void shift_tree(const yaml::Node* n, const yaml::Node* skip, std::uint32_t from, std::int64_t by) {
    if (n == skip) return;
    // The tree is read-only to its readers; its nodes live in the document's arena, not const.
    auto* node = const_cast<yaml::Node*>(n);
    if (node->line >= from) node->line = static_cast<std::uint32_t>(node->line + by);
    for (const yaml::Node* child : n->items()) shift_tree(child, skip, from, by);
}

template <class F>
void each_loc(Event& ev, F&& f) {
    f(ev.info.loc);
    for (auto& x : ev.organizations) f(x.loc);
    for (auto& x : ev.people) {
        f(x.loc);
        for (auto& r : x.unavailable) f(r.loc);
    }
    for (auto& x : ev.venues) {
        f(x.loc);
        for (auto& r : x.open) f(r.loc);
    }
    for (auto& x : ev.rooms) {
        f(x.loc);
        for (auto& r : x.unavailable) f(r.loc);
    }
    for (auto& x : ev.tracks) f(x.loc);
    for (auto& x : ev.sessions) f(x.loc);
}

}  // namespace

std::optional<Splice> plan_splice(const std::vector<std::string>& before,
                                  const std::vector<std::string>& after,
                                  const std::vector<TextPatch>& patches,
                                  const LoadResult& current) {
    if (patches.empty() || current.diagnostics.has_errors()) return std::nullopt;
    const Event& ev = current.event;
    const std::uint32_t f = patches.front().file;
    if (ev.documents.size() != before.size() || after.size() != before.size()) return std::nullopt;
    for (const TextPatch& p : patches)
        if (p.file != f) return std::nullopt;
    const yaml::Node* root = root_of(ev, f);
    if (!root) return std::nullopt;
    const yaml::Node* list = nullptr;
    const yaml::Node* next_key = nullptr;  // the top-level key after `sessions`, if any
    for (std::size_t k = 0; k < root->map_size(); ++k) {
        if (root->key(k).is_scalar() && root->key(k).text == "sessions") {
            list = &root->value(k);
            if (k + 1 < root->map_size()) next_key = &root->key(k + 1);
            break;
        }
    }
    if (!list || !list->is_sequence() || list->count == 0) return std::nullopt;

    // The item the first patch falls in: the last one to begin before it. A patch right where
    // one item ends and the next begins is taken for the end of the first (a key added at the
    // end of its mapping), unless it replaces text there.
    const SourceText src(before[f]);
    const auto items = list->items();
    const TextPatch& first = patches.front();
    const auto line_of_item = [&](const yaml::Node* n) { return src.line_start(src.offset(*n)); };
    const auto it = std::partition_point(items.begin(), items.end(), [&](const yaml::Node* n) {
        const std::size_t b = line_of_item(n);
        return b < first.offset || (b == first.offset && first.removed.empty());
    });
    if (it == items.begin()) return std::nullopt;
    const std::size_t i = static_cast<std::size_t>(it - items.begin()) - 1;
    const yaml::Node* old = items[i];
    const std::size_t begin = item_begin(src, *old);
    std::size_t end = before[f].size();
    if (i + 1 < items.size())
        end = item_begin(src, *items[i + 1]);
    else if (next_key)
        end = src.line_start(src.offset(*next_key));
    if (begin == npos || end == npos || end <= begin) return std::nullopt;
    std::size_t new_end = end;
    for (const TextPatch& p : patches) {
        if (p.offset < begin || p.offset + p.removed.size() > new_end) return std::nullopt;
        new_end = new_end - p.removed.size() + p.inserted.size();
    }
    if (new_end > after[f].size()) return std::nullopt;

    Splice s;
    s.file = f;
    s.list = list;
    s.item = i;
    s.before = old;
    const std::string_view old_text = std::string_view(before[f]).substr(begin, end - begin);
    const std::string_view new_text = std::string_view(after[f]).substr(begin, new_end - begin);
    // A text that ends the file without a newline: its last line is its own too.
    s.first_after = static_cast<std::uint32_t>(old->line + lines_in(old_text) +
                                               (old_text.ends_with('\n') ? 0 : 1));
    s.shift = lines_in(new_text) - lines_in(old_text);
    // Nothing the loader said of the session (it would have to be said again, in its place).
    for (const Diagnostic& d : current.diagnostics.items())
        if (d.loc.file == f && d.loc.line >= old->line && d.loc.line < s.first_after)
            return std::nullopt;

    // The item alone, on its own lines and columns (the lines above it left blank), one level
    // less deep than in the file.
    std::string alone(old->line - 1, '\n');
    alone += new_text;
    yaml::ParseLimits limits;
    limits.max_depth -= 1;
    Diagnostics parsed;
    s.doc = yaml::parse(alone, f, parsed, limits);
    const yaml::Node* r = s.doc ? s.doc->root() : nullptr;
    if (!parsed.empty() || !r || !r->is_sequence() || r->count != 1 || s.doc->has_aliases())
        return std::nullopt;
    s.node = r->items()[0];
    const yaml::Node* old_id = old->is_map() ? old->find("id") : nullptr;
    const yaml::Node* new_id = s.node->is_map() ? s.node->find("id") : nullptr;
    if (!old_id || !new_id || !old_id->is_scalar() || !new_id->is_scalar() ||
        old_id->text != new_id->text || s.node->line != old->line || s.node->column != old->column)
        return std::nullopt;
    s.session = ev.find_session(old_id->text);
    if (s.session < 0) return std::nullopt;
    const SourceLoc& was = ev.sessions[static_cast<std::size_t>(s.session)].loc;
    if (was.file != f || was.line != old->line || was.column != old->column) return std::nullopt;
    Diagnostics read;
    auto value = read_session(ev, *s.node, f, read);
    if (!value || !read.empty()) return std::nullopt;
    s.value = std::move(*value);
    s.name = entity_name("sessions", *s.node);
    return s;
}

void commit_splice(Splice s, LoadResult& current,
                   std::vector<std::unique_ptr<yaml::Document>>& keep) {
    Event& ev = current.event;
    if (s.shift != 0) {
        const auto shift = [&](SourceLoc& loc) {
            if (loc.file == s.file && loc.line >= s.first_after)
                loc.line = static_cast<std::uint32_t>(loc.line + s.shift);
        };
        shift_tree(ev.documents[s.file]->root(), s.before, s.first_after, s.shift);
        each_loc(ev, shift);
        for (Diagnostic& d : current.diagnostics.items()) shift(d.loc);
    }
    // The list's items live in the document's arena too.
    const_cast<const yaml::Node**>(s.list->children)[s.item] = s.node;
    ev.sessions[static_cast<std::size_t>(s.session)] = std::move(s.value);
    ev.reindex();  // its lookups point at the ids' text
    keep.push_back(std::move(s.doc));
}

std::vector<TextPatch> reversed(const std::vector<TextPatch>& patches) {
    std::vector<TextPatch> out;
    for (auto it = patches.rbegin(); it != patches.rend(); ++it)
        out.push_back({it->file, it->offset, it->inserted, it->removed});
    return out;
}

}  // namespace summitry::edit
