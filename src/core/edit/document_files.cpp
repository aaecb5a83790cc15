// SPDX-License-Identifier: MIT
// An event document and its files: saving (under a lock, with the edits made again on a file
// another program changed meanwhile), the backup, the autosave files, changes on disk.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "edit/document.h"
#include "edit/document_impl.h"
#include "edit/locate.h"
#include "edit/merge.h"
#include "io/atomic_file.h"
#include "io/file_lock.h"

namespace summitry {

namespace {

std::string joined(const std::vector<std::string>& files) {
    std::string out;
    for (const std::string& f : files) out += (out.empty() ? "'" : ", '") + f + "'";
    return out;
}

}  // namespace

ChangedOnDisk::ChangedOnDisk(std::vector<std::string> files, const std::string& why)
    : std::runtime_error(joined(files) + " changed on disk since it was read, and the edits " +
                         "cannot be made again on the new text: " + why +
                         "; nothing was written (open the file again and redo the edits)"),
      files_(std::move(files)) {}

namespace {

// A file as it is now, read again to save it: nullopt when it is gone. A file that cannot be
// read is not taken for an empty one: throws WriteError.
std::optional<std::string> read_again(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    if (in) s << in.rdbuf();
    if (!in || in.bad()) throw WriteError("cannot read '" + path + "' again to save it");
    return s.str();
}

// Names of what changed, with rooms named under their venue ("venues/v.rooms/r.capacity"), so
// that a change of a room and the removal of its venue are seen to touch one thing.
std::string under_venue(const std::string& name) {
    if (!name.starts_with("rooms/")) return name;
    const std::size_t slash = name.find('/', 6);
    if (slash == std::string::npos) return name;
    return "venues/" + name.substr(6, slash - 6) + ".rooms/" + name.substr(slash + 1);
}

// Whether one change is inside the other (or they are the same).
bool related(const std::string& a_name, const std::string& b_name) {
    const std::string a = under_venue(a_name), b = under_venue(b_name);
    const std::string& shorter = a.size() <= b.size() ? a : b;
    const std::string& longer = a.size() <= b.size() ? b : a;
    if (!longer.starts_with(shorter)) return false;
    return longer.size() == shorter.size() || longer[shorter.size()] == '.' ||
           longer[shorter.size()] == '/';
}

std::string shown(const std::string& name) {
    return name.empty() ? "the whole file" : "'" + name + "'";
}

}  // namespace

// Our edits (base → texts) made again on the files as they are on disk (base → disk). The
// result is checked like a plan: it loads without an error that neither version has, and in
// every file it equals theirs outside what we changed, and ours outside what they changed.
std::vector<std::string> EventDocument::Impl::rebase(const std::vector<std::string>& disk,
                                                     const std::vector<std::string>& changed,
                                                     std::optional<LoadResult>& result) const {
    const Impl& d = *this;
    const auto refuse = [&](const std::string& why) { throw ChangedOnDisk(changed, why); };
    const std::size_t n = d.names.size();
    std::vector<std::string> merged(n);
    for (std::size_t f = 0; f < n; ++f) {
        const std::string &base = d.saved[f], &ours = d.texts[f], &theirs = disk[f];
        if (ours == base || ours == theirs) {
            merged[f] = theirs;
        } else if (theirs == base) {
            merged[f] = ours;
        } else if (auto m = edit::merge_lines(base, ours, theirs)) {
            merged[f] = std::move(*m);
        } else {
            refuse("the same lines of '" + d.names[f] + "' were changed on both sides");
        }
    }
    result = edit::load_texts(d.names, merged);
    const LoadResult theirs_loaded = edit::load_texts(d.names, disk);
    std::set<std::string> known;
    for (const LoadResult* r : {&theirs_loaded, &d.loaded})
        for (const Diagnostic& e : r->diagnostics.items())
            if (e.severity == Severity::error) known.insert(e.message);
    for (const Diagnostic& e : result->diagnostics.items())
        if (e.severity == Severity::error && !known.contains(e.message))
            refuse("together they would make an error: " + e.message);
    const edit::ParsedFiles base_files(d.saved), ours_files(d.texts, d.loaded.event),
        theirs_files(disk, theirs_loaded.event), merged_files(merged, result->event);
    for (std::uint32_t f = 0; f < n; ++f) {
        if (d.texts[f] == d.saved[f] || disk[f] == d.saved[f] || d.texts[f] == disk[f]) continue;
        const yaml::Node *base = base_files.root(f), *ours = ours_files.root(f),
                         *theirs = theirs_files.root(f), *now = merged_files.root(f);
        if (!base || !ours || !theirs || !now)
            refuse("'" + d.names[f] + "' is not an event file now");
        std::set<std::string> mine, others;
        edit::changed_names(base, ours, "", mine);
        edit::changed_names(base, theirs, "", others);
        for (const std::string& a : mine)
            for (const std::string& b : others)
                if (a.empty() || b.empty() || related(a, b))
                    refuse(shown(a) + " was changed on both sides");
        if (edit::canonical(now, mine) != edit::canonical(theirs, mine) ||
            edit::canonical(now, others) != edit::canonical(ours, others))
            refuse("the changes of '" + d.names[f] + "' do not merge line by line");
    }
    return merged;
}

EventDocument::SaveResult EventDocument::save(OnDiskChange on_disk_change) {
    Impl& d = *impl_;
    // Every file of the event, locked in one order so that two savers never wait for each other
    // in a circle; a file locked already by this process (`set` locks before reading) is shared.
    std::vector<std::string> order = d.names;
    std::sort(order.begin(), order.end());
    std::vector<FileLock> locks;
    for (const std::string& name : order) locks.emplace_back(name);

    std::vector<std::string> disk(d.names.size());
    std::vector<bool> exists(d.names.size());
    std::vector<std::string> changed;
    for (std::size_t f = 0; f < d.names.size(); ++f) {
        std::optional<std::string> now = read_again(d.names[f]);
        exists[f] = now.has_value();
        disk[f] = now.value_or(std::string());
        if (!now || disk[f] != d.saved[f]) changed.push_back(d.names[f]);
    }
    SaveResult result;
    std::vector<std::string> target = d.texts;
    std::optional<LoadResult> merged;
    if (!changed.empty() && on_disk_change == OnDiskChange::merge) {
        for (std::size_t f = 0; f < d.names.size(); ++f)
            if (!exists[f]) throw ChangedOnDisk(changed, "'" + d.names[f] + "' was removed");
        target = d.rebase(disk, changed, merged);
        result.merged = changed;
    }
    for (std::size_t f = 0; f < d.names.size(); ++f) {
        if (exists[f] && target[f] == disk[f]) continue;
        // The version on disk, whatever it is now, is the backup; as private as the file.
        if (exists[f]) write_file(d.names[f] + ".bak", disk[f], {{}, d.names[f]});
        write_file(d.names[f], target[f]);
    }
    if (merged) {
        // The undo history's patches are on the old text: it starts anew on the merged one.
        d.texts = target;
        d.undo.clear();
        d.redo.clear();
        d.take(std::move(*merged));
    }
    d.saved = target;
    for (const std::string& name : d.names) {
        std::error_code ec;
        std::filesystem::remove(autosave_path(name), ec);
    }
    return result;
}

std::string EventDocument::autosave_path(const std::string& file) {
    const std::filesystem::path p(file);
    return (p.parent_path() / ("." + p.filename().string() + ".autosave")).string();
}

void EventDocument::write_autosave() const {
    const Impl& d = *impl_;
    for (std::size_t f = 0; f < d.texts.size(); ++f) {
        const std::string autosave = autosave_path(d.names[f]);
        if (d.texts[f] != d.saved[f]) {
            // As private as the file it saves.
            write_file(autosave, d.texts[f], {{}, d.names[f]});
        } else {
            std::error_code ec;
            std::filesystem::remove(autosave, ec);
        }
    }
}

namespace {

// The files of the event at `path`, as the loader opens them (the main file first).
std::vector<std::string> files_of(const std::string& path) {
    const LoadResult r = load_event(path);
    std::vector<std::string> names;
    for (std::uint32_t f = 0; f < r.event.files.size(); ++f) names.push_back(r.event.files.path(f));
    return names;
}

bool newer_autosave(const std::string& file) {
    std::error_code ec;
    const auto saved = std::filesystem::last_write_time(EventDocument::autosave_path(file), ec);
    if (ec) return false;
    const auto original = std::filesystem::last_write_time(file, ec);
    return ec || saved >= original;
}

}  // namespace

bool EventDocument::has_autosave(const std::string& path) {
    try {
        for (const std::string& f : files_of(path))
            if (newer_autosave(f)) return true;
    } catch (const FileError&) {
        return newer_autosave(path);
    }
    return false;
}

bool EventDocument::has_newer_autosave() const {
    for (const std::string& f : impl_->names)
        if (newer_autosave(f)) return true;
    return false;
}

EventDocument EventDocument::recover(const std::string& path) {
    EventDocument d = open(path);
    Impl& impl = *d.impl_;
    for (std::size_t f = 0; f < impl.names.size(); ++f)
        if (newer_autosave(impl.names[f]))
            impl.texts[f] = edit::read_file(autosave_path(impl.names[f]));
    impl.reload();
    return d;
}

void EventDocument::discard_autosave(const std::string& path) {
    std::vector<std::string> names{path};
    try {
        names = files_of(path);
    } catch (const FileError&) {
    }
    for (const std::string& f : names) {
        std::error_code ec;
        std::filesystem::remove(autosave_path(f), ec);
    }
}

void EventDocument::discard_own_autosave() const {
    for (const std::string& f : impl_->names) {
        std::error_code ec;
        std::filesystem::remove(autosave_path(f), ec);
    }
}

std::vector<std::string> EventDocument::changed_on_disk() const {
    Impl& d = *impl_;
    std::vector<std::string> out;
    for (std::size_t f = 0; f < d.names.size(); ++f) {
        if (d.same_on_disk(f)) continue;
        ++d.disk_reads;
        const edit::StampedText read = edit::read_stamped(d.names[f]);
        if (read.text != d.saved[f]) out.push_back(d.names[f]);
        d.note_on_disk(f, read);
    }
    return out;
}

const std::string& EventDocument::saved_text(std::uint32_t file) const {
    return impl_->saved.at(file);
}

void EventDocument::take_disk_version(std::vector<std::string> disk) {
    if (disk.size() != impl_->saved.size())
        throw std::invalid_argument("take_disk_version: one text a file of the event");
    impl_->saved = std::move(disk);
    ++impl_->revision;  // "modified" may have changed
}

void EventDocument::save_as(const std::string& path) {
    Impl& d = *impl_;
    if (d.texts.size() > 1)
        throw WriteError("this event includes other files; save it in place, or copy its folder");
    std::error_code ec;
    if (std::filesystem::equivalent(path, d.names[0], ec)) {
        save();
        return;
    }
    const bool is_new = !std::filesystem::exists(path, ec);
    write_file(path, d.texts[0],
               {{}, is_new ? std::filesystem::path(d.names[0]) : std::filesystem::path()});
    d.names[0] = path;
    d.saved = d.texts;
    d.reload();
}

}  // namespace summitry
