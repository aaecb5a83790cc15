// SPDX-License-Identifier: MIT
#pragma once
// An event being edited: the text of its files, the event loaded from them, and the history of
// edits. Every edit is a list of text patches to the files, planned from the file as written and
// applied to its text; the event is then loaded again from the patched text. So saving writes
// the text back and changes only the lines an edit touched: comments, key order, layout, unknown
// and x- keys of the rest stay as they were, and moving a session is a one- or two-line diff.
//
// Undo reverts the patches of the last edit (an apply/revert pair); redo applies them again.
// Planning never changes anything: a plan either holds the change or says why it cannot be made.
// The planner (src/gui) and `summitry-cli set` go through the same functions.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "model/event.h"

namespace summitry {

// Replace `removed` at `offset` in file number `file` by `inserted`. Reverting replaces
// `inserted` at `offset` by `removed`.
struct TextPatch {
    std::uint32_t file = 0;  // index into Event::files
    std::size_t offset = 0;  // bytes
    std::string removed;
    std::string inserted;
};

// One edit as the user sees it: "Move 'Fireside chat'". Patches apply in order, revert in
// reverse order.
struct Change {
    std::string name;
    std::vector<TextPatch> patches;
    bool empty() const { return patches.empty(); }
};

// What an edit would be, or why it cannot be made ("no session 'x'", "'abc' is not a time").
struct Plan {
    std::optional<Change> change;
    std::string error;
    explicit operator bool() const { return change.has_value(); }
};

// A value of the file, as `summitry-cli set` names it: KIND/ID.KEY[.LANG].
//   sessions/fireside-chat.start      people/clare-barclay.role.fr
//   rooms/embassy/ballroom.capacity   event.title.en
// KIND is event, sessions, people, organizations, venues, rooms or tracks; rooms are named
// "venue/room" (or "room" where no other venue has one).
struct ValuePath {
    std::string kind;  // "event" has no id
    std::string id;
    std::string key;
    std::string lang;  // for multilingual texts: set one language only
};
std::optional<ValuePath> parse_value_path(std::string_view text, std::string* error = nullptr);

// The kinds of entity an organizer can create, duplicate and delete.
enum class EntityKind { session, person, organization, venue, room, track };
// The KIND of a ValuePath and the file's list key for a kind: "sessions", "people", "rooms"...
std::string_view entity_list_key(EntityKind kind);

// A place in the file that names an entity: the speakers of session 'x', the affiliation of
// person 'ada', the organizers of the event, the travel times of venue 'hub'.
struct Reference {
    ValuePath where;    // kind, id (rooms "venue/room"; "" for the event) and key
    std::string label;  // the referring entity as a person reads it: its title or name
};

// What to do, deleting an entity, with what still refers to it (the organizer's choice; to
// cancel is not to apply the plan).
enum class OnReferences {
    refuse,    // no plan while something refers to it (the error names what)
    remove,    // the references go: out of lists, keys removed (a session becomes unplaced)
    reassign,  // they name another entity of the same kind instead
};

// Saving found the event's files changed by another program, and the edits could not be made
// again on the new text: nothing was written.
class ChangedOnDisk : public std::runtime_error {
public:
    ChangedOnDisk(std::vector<std::string> files, const std::string& why);
    const std::vector<std::string>& files() const { return files_; }

private:
    std::vector<std::string> files_;
};

class EventDocument {
public:
    // Reads `path` and its includes and loads the event. Throws FileError when unreadable; a file
    // with errors opens (its diagnostics say what is wrong) so that it can be repaired.
    // `confine_includes`: LoadOptions::confine_includes (--confine).
    static EventDocument open(const std::string& path, bool confine_includes = false);
    // An event from text (tests, a new event), as if it were the file `path`: not modified until
    // edited; save() writes it there.
    static EventDocument from_text(std::string text, const std::string& path);

    EventDocument(EventDocument&&) noexcept;
    EventDocument& operator=(EventDocument&&) noexcept;
    ~EventDocument();

    const Event& event() const;
    const Diagnostics& diagnostics() const;  // of the last load, conflicts included
    const std::string& path() const;         // the main file
    const std::string& text(std::uint32_t file = 0) const;

    // --- planning: nothing changes -----------------------------------------------------------
    // Sets one value; `yaml` is the value as it would be written in the file ("2025-02-10
    // 19:30", "[clare-barclay, audrey-herblin-stoop]", "'no'"); an empty `yaml` removes the key.
    // A plan whose result would not load (a new error) is refused with that error. Changing a
    // session's start, end, duration, room or status also raises its `revision`.
    Plan plan_set(const ValuePath& path, std::string_view yaml) const;
    // Several values in one edit, named `name` (used by the planner for "Move" and "Resize").
    Plan plan_set_many(const std::string& name,
                       const std::vector<std::pair<ValuePath, std::string>>& values) const;
    // Moves a session to `start` (wall-clock time in the zone of the room's venue) in `room`
    // (no_index: back to unplaced); keeps its duration. The room is written only if it changes.
    Plan plan_move_session(Index session, std::optional<LocalTime> start, Index room) const;
    // Changes a session's length, keeping its start.
    Plan plan_resize_session(Index session, Minutes duration) const;
    // A new entity with the given id (and, for a room, `venue_id`), with the least a valid file
    // needs (a title or name equal to the id) and `fields` (key, one-line YAML value: a track's
    // {"color", "\"#1f6feb\""}, a name). Whatever way the list is written: missing (it is
    // created: a venue's first room), `[]`, `[...]`, a block list, or in an included file.
    Plan plan_create(EntityKind kind, const std::string& id, const std::string& venue_id = {},
                     const std::vector<std::pair<std::string, std::string>>& fields = {}) const;
    // A copy of an entity under a new id, placed right after it.
    Plan plan_duplicate(EntityKind kind, const std::string& id, const std::string& new_id) const;
    // Removes an entity. Refused while other entities refer to it (the error names them).
    Plan plan_delete(EntityKind kind, const std::string& id) const;
    // What refers to an entity (rooms "venue/room"; a venue: what refers to its rooms too), in
    // the order of the file.
    std::vector<Reference> references_to(EntityKind kind, const std::string& id) const;
    // Removes an entity and, in the same edit, its references: removed, or reassigned to
    // `replacement` (an id of the same kind; rooms "venue/room"). A venue's rooms go with it;
    // reassigning a venue's references is refused (its rooms have no counterpart).
    Plan plan_delete(EntityKind kind, const std::string& id, OnReferences on_references,
                     const std::string& replacement = {}) const;

    // One item of a list of values, named as a ValuePath without a language: a venue's opening
    // windows (venues/hub.open), a person's unavailability and languages
    // (people/ada.unavailable), a room's (rooms/hub/hall.unavailable, .features), a session's
    // people (sessions/x.speakers), the event's languages (event.languages). `yaml` is the item
    // on one line ("{from: 2025-02-10 16:00, to: 2025-02-10 23:30}", "ada"). Whatever way the
    // list is written: missing (created), `[]`, `[...]`, a block list, one value for a list of
    // one, in an included file. Removing the last item leaves `key: []`.
    Plan plan_add_item(const ValuePath& list, std::string_view yaml) const;
    Plan plan_set_item(const ValuePath& list, std::size_t index, std::string_view yaml) const;
    Plan plan_remove_item(const ValuePath& list, std::size_t index) const;

    // --- doing: each call reloads the event ----------------------------------------------------
    // Applies a planned change and pushes it on the undo stack (clearing redo).
    void apply(Change change);
    bool can_undo() const;
    bool can_redo() const;
    const std::string& undo_name() const;  // "" when there is nothing to undo
    const std::string& redo_name() const;
    void undo();
    void redo();

    // --- files ---------------------------------------------------------------------------------
    // True when the text differs from what was last opened or saved (undoing back to it is not
    // modified).
    bool modified() const;
    // Writes every changed file, keeping the version on disk as FILE.bak (with the file's mode
    // and owner), through write_file (io/atomic_file.h: atomic, a symbolic link followed).
    //
    // Another program (another planner, `summitry-cli set`) may have changed the files since
    // they were read. So saving takes the advisory lock of every file (io/file_lock.h) and reads
    // them again under it. Where they changed, the edits are made again on the new text: a
    // three-way merge by lines, checked as a plan is (the result loads without a new error and
    // holds their changes and ours, and nothing else); the undo history then starts anew, its
    // edits being on the old text. Where the edits cannot be made again (both changed the same
    // value, or the same lines), throws ChangedOnDisk and writes nothing; with
    // `OnDiskChange::overwrite` it writes ours anyway (their version is the backup then).
    // Throws WriteError; the document stays modified then.
    enum class OnDiskChange { merge, overwrite };
    struct SaveResult {
        std::vector<std::string> merged;  // files changed on disk whose changes were kept
    };
    SaveResult save(OnDiskChange on_disk_change = OnDiskChange::merge);
    // The text of a file as last opened or saved: what the edits were made on (the base of a
    // three-way merge with the version another program wrote).
    const std::string& saved_text(std::uint32_t file = 0) const;
    // Takes `disk`, the texts of the files as another program left them (one a file, in the
    // order of Event::files), as the version the edits are on: called once its changes are made
    // in the text (the planner's "Merge changes from disk"). modified() and changed_on_disk()
    // compare with it then, and save() writes the text without merging again. Throws
    // std::invalid_argument when `disk` has not one text a file.
    void take_disk_version(std::vector<std::string> disk);
    // Saves the main file under another name (the event must not use includes). A new file
    // takes the event file's mode: a copy of a private event is private too.
    void save_as(const std::string& path);
    // An identifier of the current state, changed by every apply, undo and redo.
    std::uint64_t revision_id() const;
    // How often the event was loaded from the whole text (opening it is once). An edit, undo or
    // redo inside one session's mapping reads that session again alone where that gives the
    // same event (edit/splice.h): for the tests and benchmarks that hold it to that.
    std::uint64_t whole_loads() const;
    // How many files changed_on_disk() read; a file known unchanged by its stamp
    // (io/disk_stamp.h) is not read: for the tests.
    std::uint64_t disk_reads() const;
    // What the last apply, undo or redo changed, when the document knows it to be one session
    // alone: that session was read again by itself (edit/splice.h), its place in
    // Event::sessions the same, and nothing else of the event changed (its conflicts aside).
    // `from` is the revision_id() the change was made on: a view built for that revision may
    // update that session's part only (the planner's sessions table: a drop on 36C3 is one row,
    // not 1,351). Nothing when the event was loaded whole.
    struct SessionChange {
        std::uint64_t from = 0;
        Index session = no_index;
    };
    std::optional<SessionChange> last_session_change() const;

    // --- surviving a crash and other programs --------------------------------------------------
    // Where the unsaved text of a file is kept: ".NAME.autosave" beside it.
    static std::string autosave_path(const std::string& file);
    // Writes the text of every modified file to its autosave file (atomically), and removes the
    // autosave files of the others. save() removes them all. For the planner's timer.
    void write_autosave() const;
    // Whether `path` (or one of its included files) has an autosave newer than the file itself:
    // edits a crash left unsaved.
    static bool has_autosave(const std::string& path);
    // The same for the files of this document, without loading anything (the planner opens a
    // file first, then asks: one load of a large event, not two).
    bool has_newer_autosave() const;
    // Opens `path` with the autosaved texts in place of the files' (modified, nothing to undo).
    static EventDocument recover(const std::string& path);
    // Removes the autosave files of `path` and its includes (the organizer chose not to recover).
    static void discard_autosave(const std::string& path);
    // The same for the files of this document, without loading anything (the planner's undo
    // back to the saved text).
    void discard_own_autosave() const;
    // The files whose text on disk is no longer what was opened or last saved (another program
    // changed them), for the planner to offer a reload.
    std::vector<std::string> changed_on_disk() const;

private:
    struct Impl;
    explicit EventDocument(std::unique_ptr<Impl> impl);
    // plan_add_item (op 0), plan_set_item (1), plan_remove_item (2).
    Plan plan_item(const ValuePath& list, int op, std::size_t index, std::string_view yaml) const;
    std::unique_ptr<Impl> impl_;
};

}  // namespace summitry
