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
#include "io/event_loader.h"
#include "io/event_writer.h"
#include "io/file_lock.h"
#include "util/i18n.h"

namespace summitry {

using edit::Found;
using edit::ParsedFiles;
using edit::Place;

LoadResult edit::load_texts(const std::vector<std::string>& names,
                            const std::vector<std::string>& texts) {
    LoadOptions options;
    options.included_text = [&](const std::string& name) -> std::optional<std::string> {
        for (std::size_t i = 1; i < names.size(); ++i)
            if (names[i] == name) return texts[i];
        return std::nullopt;
    };
    return load_event_text(texts[0], names[0], options);
}

void edit::apply_patches(std::vector<std::string>& texts, const std::vector<TextPatch>& patches) {
    std::size_t i = 0;
    while (i < patches.size()) {
        std::size_t j = i + 1;
        while (j < patches.size() && patches[j].file == patches[i].file &&
               patches[j].offset + patches[j].removed.size() <= patches[j - 1].offset)
            ++j;
        if (j - i == 1) {
            apply_patch(texts, patches[i++]);
            continue;
        }
        const std::string& text = texts.at(patches[i].file);
        if (patches[i].offset + patches[i].removed.size() > text.size()) {
            apply_patch(texts, patches[i++]);  // as it would, or its exception
            continue;
        }
        std::size_t size = text.size();
        for (std::size_t k = i; k < j; ++k)
            size = size - patches[k].removed.size() + patches[k].inserted.size();
        std::string out;
        out.reserve(size);
        std::size_t at = 0;
        for (std::size_t k = j; k-- > i;) {  // the first in the text first
            const TextPatch& p = patches[k];
            out.append(text, at, p.offset - at);
            out += p.inserted;
            at = p.offset + p.removed.size();
        }
        out.append(text, at);
        texts[patches[i].file] = std::move(out);
        i = j;
    }
}

std::string edit::read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

edit::StampedText edit::read_stamped(const std::string& path) {
    const std::optional<DiskStamp> before = disk_stamp(path);
    StampedText out{read_file(path), {}};
    if (before && before->settled && before == disk_stamp(path)) out.stamp = before;
    return out;
}

std::string edit::session_title(const Event& ev, Index s) {
    const Session& session = ev.sessions[static_cast<std::size_t>(s)];
    const std::string_view t = session.title.get(ev.default_language());
    return std::string(t.empty() ? std::string_view(session.id) : t);
}

namespace {

using edit::load_texts;
using edit::read_file;

std::string located(const Event& ev, const Diagnostic& d) {
    std::string s;
    if (d.loc.file < ev.files.size()) s = ev.files.path(d.loc.file) + ":";
    s += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message;
    if (!d.hint.empty()) s += " — " + d.hint;
    return s;
}

void revert_patch(std::vector<std::string>& texts, const TextPatch& p) {
    texts[p.file].replace(p.offset, p.inserted.size(), p.removed);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Verifying a plan
//
// A plan is applied to a copy of the texts, and the result must load without a new error and
// hold the same data outside what the plan meant to change. When the plan's patches all fall in
// one session's item of a `sessions` list (a move, a resize, a value of one session), that item
// alone is parsed, read and compared (edit/splice.h), and applying the plan splices it into the
// event: on 36C3 (1.8 MB) a drop no longer parses, reads and compares the whole file. Anything
// the item alone cannot answer for is loaded whole, as before.

namespace {

// Whether `after` still loads without new errors and, outside what `skip` names, holds the same
// data as `before`: a patch that went wrong cannot pass unnoticed. Gives the loaded result.
std::string verify(const std::vector<std::string>& names, const std::vector<std::string>& before,
                   const std::vector<std::string>& after, const LoadResult& current,
                   const std::set<std::string>& skip_before,
                   const std::set<std::string>& skip_after, std::optional<LoadResult>& next) {
    next = load_texts(names, after);
    if (next->diagnostics.errors() > current.diagnostics.errors()) {
        std::set<std::string> old;
        for (const auto& d : current.diagnostics.items())
            if (d.severity == Severity::error) old.insert(d.message);
        for (const auto& d : next->diagnostics.items())
            if (d.severity == Severity::error && !old.contains(d.message))
                return located(next->event, d);
        // TRANSLATORS: a refused edit.
        return tr("the change would add an error");
    }
    const ParsedFiles a(before, current.event), b(after, next->event);
    for (std::uint32_t f = 0; f < before.size(); ++f) {
        if (before[f] == after[f]) continue;
        if (!a.root(f) || !b.root(f) ||
            edit::canonical(a.root(f), skip_before) != edit::canonical(b.root(f), skip_after))
            // TRANSLATORS: a refused edit.
            return tr(
                "the change cannot be made in place without touching other values; edit the file "
                "as text");
    }
    return {};
}

}  // namespace

std::string EventDocument::Impl::check(std::vector<std::string> after,
                                       const std::set<std::string>& skip_before,
                                       const std::set<std::string>& skip_after,
                                       const std::vector<TextPatch>* patches) const {
    verified.reset();
    verified_splice.reset();
    verified_texts.clear();
    verified_revision = revision;
    // One session changed: it alone is read again and compared. Its text parses alone into one
    // mapping, without a diagnostic (plan_splice); the rest of the files is the same text.
    if (patches && spliced.size() < max_spliced) {
        if (auto s = edit::plan_splice(texts, after, *patches, loaded)) {
            const bool skipped = skip_before.contains(s->name);
            if (skipped == skip_after.contains(s->name) &&
                (skipped || edit::canonical_at(s->before, s->name, skip_before) ==
                                edit::canonical_at(s->node, s->name, skip_after))) {
                verified_texts = std::move(after);
                verified_splice = std::move(s);
                return {};
            }
            // Something else changed: the whole comparison below says what.
        }
    }
    std::optional<LoadResult> next;
    std::string error = verify(names, texts, after, loaded, skip_before, skip_after, next);
    if (error.empty()) {
        verified_texts = std::move(after);
        verified = std::move(next);
    }
    return error;
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
    std::vector<edit::StampedText> read;
    for (std::uint32_t f = 0; f < probe.event.files.size(); ++f) {
        impl->names.push_back(probe.event.files.path(f));
        read.push_back(edit::read_stamped(impl->names.back()));
        impl->texts.push_back(read.back().text);
    }
    impl->saved = impl->texts;
    for (std::size_t f = 0; f < read.size(); ++f) impl->note_on_disk(f, read[f]);
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

const Event& EventDocument::event() const {
    return impl_->loaded.event;
}
const Diagnostics& EventDocument::diagnostics() const {
    return impl_->diagnostics;
}
const std::string& EventDocument::path() const {
    return impl_->names.front();
}
const std::string& EventDocument::text(std::uint32_t file) const {
    return impl_->texts.at(file);
}

void EventDocument::apply(Change change) {
    Impl& d = *impl_;
    std::vector<std::string> before;
    if (!d.verified_splice && !d.verified) before = d.texts;  // an unverified change
    edit::apply_patches(d.texts, change.patches);
    const bool planned = d.verified_revision == d.revision && d.verified_texts == d.texts;
    if (planned && d.verified_splice) {
        d.take_splice(std::move(*d.verified_splice));
    } else if (planned && d.verified) {
        d.take(std::move(*d.verified));
    } else if (!before.empty()) {
        d.reload_after(before, change.patches);
    } else {
        d.reload();
    }
    d.undo.push_back(std::move(change));
    d.redo.clear();
    d.verified.reset();
    d.verified_splice.reset();
    d.verified_texts.clear();
}

bool EventDocument::can_undo() const {
    return !impl_->undo.empty();
}
bool EventDocument::can_redo() const {
    return !impl_->redo.empty();
}

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
    const std::vector<std::string> before = impl_->texts;
    for (auto it = c.patches.rbegin(); it != c.patches.rend(); ++it)
        revert_patch(impl_->texts, *it);
    impl_->reload_after(before, edit::reversed(c.patches));
    impl_->redo.push_back(std::move(c));
}

void EventDocument::redo() {
    if (impl_->redo.empty()) return;
    Change c = std::move(impl_->redo.back());
    impl_->redo.pop_back();
    const std::vector<std::string> before = impl_->texts;
    edit::apply_patches(impl_->texts, c.patches);
    impl_->reload_after(before, c.patches);
    impl_->undo.push_back(std::move(c));
}

bool EventDocument::modified() const {
    return impl_->texts != impl_->saved;
}

std::uint64_t EventDocument::revision_id() const {
    return impl_->revision;
}

std::uint64_t EventDocument::whole_loads() const {
    return impl_->whole_loads;
}

std::uint64_t EventDocument::disk_reads() const {
    return impl_->disk_reads;
}

std::optional<EventDocument::SessionChange> EventDocument::last_session_change() const {
    return impl_->last_splice;
}

}  // namespace summitry
