// SPDX-License-Identifier: MIT
#pragma once
// The inside of an EventDocument, shared by its parts: the document itself, its undo and the
// verification of every plan (document.cpp), plans that set values (document_values.cpp), plans
// that create, duplicate and delete entities (document_entities.cpp), and its files
// (document_files.cpp). Not for use outside src/core/edit.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "check/rule.h"
#include "edit/document.h"
#include "edit/splice.h"
#include "io/disk_stamp.h"
#include "io/event_loader.h"

namespace summitry {

namespace edit {

// Loads an event from the texts of its files (names as Event::files records them).
LoadResult load_texts(const std::vector<std::string>& names, const std::vector<std::string>& texts);

inline void apply_patch(std::vector<std::string>& texts, const TextPatch& p) {
    texts[p.file].replace(p.offset, p.removed.size(), p.inserted);
}

// Applies `patches` in order, as apply_patch one after the other would. A run of patches to one
// file, each ending where the one before it starts or earlier (a change planned on one parse and
// applied from the end of the file backwards: versions/batch.h), is spliced in one pass: one at
// a time, each moved the rest of the file, and the 900 patches of a merge into a 3 MB file
// copied a GB.
void apply_patches(std::vector<std::string>& texts, const std::vector<TextPatch>& patches);

// The whole text of a file; "" when it cannot be read (the loader says why).
std::string read_file(const std::string& path);

// A file's text with the stamp it had while it was read: only when the stamp was settled and
// the same before and after the read (io/disk_stamp.h); else no stamp.
struct StampedText {
    std::string text;
    std::optional<DiskStamp> stamp;
};
StampedText read_stamped(const std::string& path);

// A session as an edit's name shows it: its title in the event's language, else its id.
std::string session_title(const Event& event, Index session);

}  // namespace edit

struct EventDocument::Impl {
    std::vector<std::string> names;  // as Event::files records them
    std::vector<std::string> texts;
    std::vector<std::string> saved;  // as last opened or saved
    LoadResult loaded;
    Diagnostics diagnostics;  // loader's and conflicts
    std::vector<Change> undo, redo;
    std::uint64_t revision = 1;
    // The last plan's result, loaded to verify it: applying that plan takes it instead of
    // loading the same text again (the planner applies what it just planned). Or, for an edit of
    // one session, that session read again alone (edit/splice.h). Only for the state it was
    // planned on (`revision`).
    mutable std::vector<std::string> verified_texts;
    mutable std::optional<LoadResult> verified;
    mutable std::optional<edit::Splice> verified_splice;
    mutable std::uint64_t verified_revision = 0;
    // The trees of the sessions spliced in since the last whole load (the event points into
    // them). Past `max_spliced` the event is loaded whole again, which frees them.
    std::vector<std::unique_ptr<yaml::Document>> spliced;
    static constexpr std::size_t max_spliced = 256;
    std::uint64_t whole_loads = 0;  // for the tests: how often the event was loaded whole
    // Files found on disk as `saved` holds them, by their stamps (io/disk_stamp.h) and the
    // saved text they held then: changed_on_disk() stats those files instead of reading them
    // again (a 1.8 MB file read and compared every few seconds was 13 ms of CPU each time).
    struct KnownOnDisk {
        DiskStamp stamp;
        std::string saved;
    };
    std::vector<std::optional<KnownOnDisk>> known_on_disk;
    std::uint64_t disk_reads = 0;  // for the tests: files changed_on_disk() had to read

    // File `f` is on disk as `saved[f]`: its stamp is the one it had when it was read and
    // found so, and `saved[f]` has not changed since.
    bool same_on_disk(std::size_t f) const {
        if (f >= known_on_disk.size() || !known_on_disk[f] || f >= saved.size()) return false;
        const std::optional<DiskStamp> now = disk_stamp(names[f]);
        return now && *now == known_on_disk[f]->stamp && known_on_disk[f]->saved == saved[f];
    }
    // Remembers file `f` as on disk as `saved[f]` when `read` (read_stamped) holds that text
    // and its stamp can be trusted; forgets it otherwise.
    void note_on_disk(std::size_t f, const edit::StampedText& read) {
        if (known_on_disk.size() < names.size()) known_on_disk.resize(names.size());
        if (f < saved.size() && read.stamp && read.text == saved[f])
            known_on_disk[f] = KnownOnDisk{*read.stamp, saved[f]};
        else
            known_on_disk[f].reset();
    }
    // The session the last change read again alone, and the revision it was made on.
    std::optional<EventDocument::SessionChange> last_splice;

    // Loads `texts` (and any included file not read yet, from disk).
    void reload() { take(edit::load_texts(names, texts)); }

    // After `patches` made `texts` from `before`: the edited session spliced in where that gives
    // what a whole load would (edit/splice.h), else a whole load.
    void reload_after(const std::vector<std::string>& before,
                      const std::vector<TextPatch>& patches) {
        if (spliced.size() < max_spliced) {
            if (auto s = edit::plan_splice(before, texts, patches, loaded)) {
                take_splice(std::move(*s));
                return;
            }
            // Many sessions (a merge's or a release's values, planned on one parse).
            if (auto s = edit::plan_splices(before, texts, patches, loaded)) {
                edit::commit_splices(std::move(*s), loaded, spliced);
                conflicts();
                return;
            }
        }
        reload();
    }

    // Makes `result` (of loading `texts`) the current event, with its conflicts.
    void take(LoadResult result) {
        loaded = std::move(result);
        spliced.clear();  // the old event pointed into them
        last_splice.reset();
        ++whole_loads;
        // Files included for the first time: keep their text to edit them too.
        for (std::uint32_t f = static_cast<std::uint32_t>(names.size());
             f < loaded.event.files.size(); ++f) {
            names.push_back(loaded.event.files.path(f));
            texts.push_back(edit::read_file(names.back()));
            saved.push_back(texts.back());
        }
        conflicts();
    }

    // The current event with one session read again (`texts` are the patched ones).
    void take_splice(edit::Splice splice) {
        last_splice = EventDocument::SessionChange{revision, splice.session};
        edit::commit_splice(std::move(splice), loaded, spliced);
        conflicts();
    }

    // The diagnostics of the current event: the loader's and, without errors, the conflicts.
    void conflicts() {
        diagnostics = loaded.diagnostics;
        if (!loaded.diagnostics.has_errors()) diagnostics.append(check_conflicts(loaded.event));
        diagnostics.sort();
        ++revision;
    }

    // Whether `after` (the texts with a plan's patches) loads without new errors and changes
    // nothing outside what the skip sets name; kept for apply() when it does. The error if not.
    // `patches`, when given, made `after` from `texts`: an edit of one session is then
    // verified on that session alone (edit/splice.h).
    std::string check(std::vector<std::string> after, const std::set<std::string>& skip_before,
                      const std::set<std::string>& skip_after,
                      const std::vector<TextPatch>* patches = nullptr) const;

    // The edits (saved → texts) made again on the files as they are now on `disk`, for save();
    // `result` is the event loaded from them. Throws ChangedOnDisk naming `changed`.
    std::vector<std::string> rebase(const std::vector<std::string>& disk,
                                    const std::vector<std::string>& changed,
                                    std::optional<LoadResult>& result) const;
};

}  // namespace summitry
