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

// The file's top-level `sessions` list when it is a sequence with items, and the top-level key
// after it (null when it is the last): what a splice may replace items of.
struct SessionsList {
    const yaml::Node* list;
    const yaml::Node* next_key;
};
std::optional<SessionsList> sessions_list(const yaml::Node* root) {
    if (!root) return std::nullopt;
    for (std::size_t k = 0; k < root->map_size(); ++k) {
        if (!root->key(k).is_scalar() || root->key(k).text != "sessions") continue;
        const yaml::Node* list = &root->value(k);
        if (!list->is_sequence() || list->count == 0) return std::nullopt;
        return SessionsList{list, k + 1 < root->map_size() ? &root->key(k + 1) : nullptr};
    }
    return std::nullopt;
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
    const auto found = sessions_list(root_of(ev, f));
    if (!found) return std::nullopt;
    const auto [list, next_key] = *found;

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

namespace {

// Lines a node and its children move by: by `by` for a line at or after `from` (every line of a
// new item's tree: from 0).
void shift_nodes(const yaml::Node* n, std::int64_t by) {
    auto* node = const_cast<yaml::Node*>(n);
    node->line = static_cast<std::uint32_t>(node->line + by);
    for (const yaml::Node* child : n->items()) shift_nodes(child, by);
}

// The lines added before `line` by the items whose text ends before it.
std::int64_t shift_at(const std::vector<std::pair<std::uint32_t, std::int64_t>>& shifts,
                      std::uint32_t line) {
    const auto it =
        std::upper_bound(shifts.begin(), shifts.end(), line,
                         [](std::uint32_t l, const std::pair<std::uint32_t, std::int64_t>& s) {
                             return l < s.first;
                         });
    return it == shifts.begin() ? 0 : std::prev(it)->second;
}

void shift_tree_many(const yaml::Node* n, const std::vector<const yaml::Node*>& skip,
                     const std::vector<std::pair<std::uint32_t, std::int64_t>>& shifts) {
    if (std::binary_search(skip.begin(), skip.end(), n)) return;
    auto* node = const_cast<yaml::Node*>(n);
    node->line = static_cast<std::uint32_t>(node->line + shift_at(shifts, node->line));
    for (const yaml::Node* child : n->items()) shift_tree_many(child, skip, shifts);
}

}  // namespace

std::optional<Splices> plan_splices(const std::vector<std::string>& before,
                                    const std::vector<std::string>& after,
                                    const std::vector<TextPatch>& patches,
                                    const LoadResult& current) {
    if (patches.empty() || current.diagnostics.has_errors()) return std::nullopt;
    const Event& ev = current.event;
    const std::uint32_t f = patches.front().file;
    if (ev.documents.size() != before.size() || after.size() != before.size()) return std::nullopt;
    // Each patch before the one applied ahead of it: all at the offsets of `before`.
    for (std::size_t i = 0; i < patches.size(); ++i) {
        const TextPatch& p = patches[i];
        if (p.file != f || p.offset + p.removed.size() > before[f].size() ||
            (i > 0 && p.offset + p.removed.size() > patches[i - 1].offset))
            return std::nullopt;
        if (before[f].compare(p.offset, p.removed.size(), p.removed) != 0) return std::nullopt;
    }
    const auto found = sessions_list(root_of(ev, f));
    if (!found) return std::nullopt;
    const auto [list, next_key] = *found;
    const SourceText src(before[f]);
    const auto items = list->items();
    const auto line_of_item = [&](const yaml::Node* n) { return src.line_start(src.offset(*n)); };

    // The items touched, from the first in the file: the patches taken from the last backwards.
    struct Touched {
        std::size_t item, begin, end;
        std::string text;                       // after the edit
        std::size_t new_begin = 0;              // in `after`
        std::vector<const TextPatch*> patches;  // last in the file first
    };
    std::vector<Touched> touched;
    for (auto p = patches.rbegin(); p != patches.rend(); ++p) {
        const auto it = std::partition_point(items.begin(), items.end(), [&](const yaml::Node* n) {
            const std::size_t b = line_of_item(n);
            return b < p->offset || (b == p->offset && p->removed.empty());
        });
        if (it == items.begin()) return std::nullopt;
        const std::size_t i = static_cast<std::size_t>(it - items.begin()) - 1;
        if (touched.empty() || touched.back().item != i) {
            if (!touched.empty() && touched.back().item > i) return std::nullopt;
            const std::size_t begin = item_begin(src, *items[i]);
            std::size_t end = before[f].size();
            if (i + 1 < items.size())
                end = item_begin(src, *items[i + 1]);
            else if (next_key)
                end = src.line_start(src.offset(*next_key));
            if (begin == npos || end == npos || end <= begin) return std::nullopt;
            touched.push_back({i, begin, end, {}, 0, {}});
        }
        Touched& t = touched.back();
        if (p->offset < t.begin || p->offset + p->removed.size() > t.end) return std::nullopt;
        t.patches.insert(t.patches.begin(), &*p);
    }

    Splices out;
    out.file = f;
    out.list = list;
    std::string together;  // the items' new texts, one after the other
    std::vector<std::uint32_t> line_in_together;
    std::int64_t delta = 0, shift = 0;  // bytes and lines added by the items before
    for (Touched& t : touched) {
        const yaml::Node* old = items[t.item];
        std::string text = before[f].substr(t.begin, t.end - t.begin);
        for (const TextPatch* p : t.patches)  // from the end of the item backwards
            text.replace(p->offset - t.begin, p->removed.size(), p->inserted);
        t.new_begin = static_cast<std::size_t>(static_cast<std::int64_t>(t.begin) + delta);
        if (after[f].compare(t.new_begin, text.size(), text) != 0) return std::nullopt;
        delta +=
            static_cast<std::int64_t>(text.size()) - static_cast<std::int64_t>(t.end - t.begin);
        const std::string_view old_text =
            std::string_view(before[f]).substr(t.begin, t.end - t.begin);
        const std::uint32_t first_after = static_cast<std::uint32_t>(
            old->line + lines_in(old_text) + (old_text.ends_with('\n') ? 0 : 1));
        for (const Diagnostic& d : current.diagnostics.items())
            if (d.loc.file == f && d.loc.line >= old->line && d.loc.line < first_after)
                return std::nullopt;
        line_in_together.push_back(static_cast<std::uint32_t>(lines_in(together) + 1));
        Splices::One one;
        one.item = t.item;
        one.before = old;
        out.items.push_back(std::move(one));
        // The line its mapping is on after the edit: moved by the items before it.
        shift += lines_in(text) - lines_in(old_text);
        out.shifts.push_back({first_after, shift});
        together += text;
        if (!together.ends_with('\n')) together += '\n';
    }
    if (after[f].size() !=
        static_cast<std::size_t>(static_cast<std::int64_t>(before[f].size()) + delta))
        return std::nullopt;

    yaml::ParseLimits limits;
    limits.max_depth -= 1;
    Diagnostics parsed;
    out.doc = yaml::parse(together, f, parsed, limits);
    const yaml::Node* r = out.doc ? out.doc->root() : nullptr;
    if (!parsed.empty() || !r || !r->is_sequence() || r->count != out.items.size() ||
        out.doc->has_aliases())
        return std::nullopt;
    for (std::size_t j = 0; j < out.items.size(); ++j) {
        Splices::One& one = out.items[j];
        const yaml::Node* node = r->items()[j];
        const std::int64_t moved = j == 0 ? 0 : out.shifts[j - 1].second;
        // Its lines in the file: the old item's line, moved by the items before it.
        shift_nodes(node, static_cast<std::int64_t>(one.before->line) + moved -
                              static_cast<std::int64_t>(line_in_together[j]));
        const yaml::Node* old_id = one.before->is_map() ? one.before->find("id") : nullptr;
        const yaml::Node* new_id = node->is_map() ? node->find("id") : nullptr;
        if (!old_id || !new_id || !old_id->is_scalar() || !new_id->is_scalar() ||
            old_id->text != new_id->text ||
            node->line != static_cast<std::int64_t>(one.before->line) + moved ||
            node->column != one.before->column)
            return std::nullopt;
        one.session = ev.find_session(old_id->text);
        if (one.session < 0) return std::nullopt;
        const SourceLoc& was = ev.sessions[static_cast<std::size_t>(one.session)].loc;
        if (was.file != f || was.line != one.before->line || was.column != one.before->column)
            return std::nullopt;
        Diagnostics read;
        auto value = read_session(ev, *node, f, read);
        if (!value || !read.empty()) return std::nullopt;
        one.node = node;
        one.value = std::move(*value);
    }
    return out;
}

void commit_splices(Splices s, LoadResult& current,
                    std::vector<std::unique_ptr<yaml::Document>>& keep) {
    Event& ev = current.event;
    bool moves = false;  // lines added and removed may cancel out by the last item
    for (const auto& [line, by] : s.shifts) moves = moves || by != 0;
    if (moves) {
        std::vector<const yaml::Node*> skip;
        for (const Splices::One& one : s.items) skip.push_back(one.before);
        std::sort(skip.begin(), skip.end());
        const auto shift = [&](SourceLoc& loc) {
            if (loc.file == s.file)
                loc.line = static_cast<std::uint32_t>(loc.line + shift_at(s.shifts, loc.line));
        };
        shift_tree_many(ev.documents[s.file]->root(), skip, s.shifts);
        each_loc(ev, shift);
        for (Diagnostic& d : current.diagnostics.items()) shift(d.loc);
    }
    for (Splices::One& one : s.items) {
        const_cast<const yaml::Node**>(s.list->children)[one.item] = one.node;
        ev.sessions[static_cast<std::size_t>(one.session)] = std::move(one.value);
    }
    ev.reindex();
    keep.push_back(std::move(s.doc));
}

std::vector<TextPatch> reversed(const std::vector<TextPatch>& patches) {
    std::vector<TextPatch> out;
    for (auto it = patches.rbegin(); it != patches.rend(); ++it)
        out.push_back({it->file, it->offset, it->inserted, it->removed});
    return out;
}

}  // namespace summitry::edit
