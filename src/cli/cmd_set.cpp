// SPDX-License-Identifier: MIT
// summitry-cli set FILE KIND/ID.KEY VALUE
// One edit, planned and saved by the same core functions as the planner's (edit/document.h):
// only the lines that change are written; comments and layout of the rest stay.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "common.h"
#include "edit/document.h"
#include "io/atomic_file.h"
#include "io/event_writer.h"
#include "io/file_lock.h"
#include "util/terminal.h"

namespace summitry::cli {

namespace {

struct SetOptions {
    std::string file, path, value;
    bool confine = false;
};

// Keys that hold text: a value for them is text, whatever YAML would make of it ("no", "1:30",
// "Yes: we can"). Other keys take YAML ("[ada, bob]", "false", "120").
bool is_text_key(const ValuePath& p) {
    static const char* const text_keys[] = {
        "title",      "subtitle", "name", "description", "abstract", "role", "bio",
        "short_name", "address",  "url",  "website",     "email",    "phone"};
    if (!p.lang.empty()) return true;
    for (const char* k : text_keys)
        if (p.key == k) return true;
    return false;
}

// Ends with exit 2 and a suggestion when the entity the path names is not in the event.
void require_entity(const Event& ev, const ValuePath& p) {
    if (p.kind == "event") return;
    if (p.kind == "sessions")
        find_or_fail("session", p.id, ev.find_session(p.id), ev.sessions);
    else if (p.kind == "people")
        find_or_fail("person", p.id, ev.find_person(p.id), ev.people);
    else if (p.kind == "organizations")
        find_or_fail("organization", p.id, ev.find_organization(p.id), ev.organizations);
    else if (p.kind == "venues")
        find_or_fail("venue", p.id, ev.find_venue(p.id), ev.venues);
    else if (p.kind == "tracks")
        find_or_fail("track", p.id, ev.find_track(p.id), ev.tracks);
    else if (p.kind == "rooms")
        find_or_fail("room", p.id, ev.find_room(p.id), ev.rooms);
}

int run_set(const SetOptions& o) {
    std::string error;
    const auto path = parse_value_path(o.path, &error);
    if (!path) throw Failure{Exit::usage, error};
    // Read, changed and written under the file's lock: another `set` waits for this one to be
    // done and then reads the file with this edit in it.
    const FileLock lock = lock_for_edit(o.file);
    EventDocument doc = open_for_edit(o.file, "editing it this way", o.confine);
    require_entity(doc.event(), *path);
    const std::string yaml =
        o.value.empty() || !is_text_key(*path) ? o.value : yaml_scalar(o.value);
    const Plan plan = doc.plan_set(*path, yaml);
    if (!plan) throw Failure{Exit::has_errors, "cannot set " + o.path + ": " + plan.error};
    if (plan.change->empty()) {
        std::cout << terminal_text(o.file) << ": " << terminal_text(o.path) << " is already "
                  << terminal_text(o.value.empty() ? "absent" : o.value) << '\n';
        return Exit::ok;
    }
    doc.apply(*plan.change);
    save_edited(doc);
    // The change's name quotes the file ("Move 'Fireside chat'").
    std::cout << terminal_text(o.file) << ": " << terminal_text(plan.change->name)
              << terminal_text(o.value.empty() ? " (removed)" : " = " + o.value) << '\n';
    return Exit::ok;
}

}  // namespace

void add_set(CLI::App& app, Action& run) {
    auto o = std::make_shared<SetOptions>();
    CLI::App* cmd = app.add_subcommand(
        "set", "Change one value and save, keeping the rest of the file as it is");
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("PATH", o->path,
                    "KIND/ID.KEY[.LANG]: sessions/fireside-chat.start, people/ada.role.fr, "
                    "rooms/embassy/ballroom.capacity, event.title")
        ->required();
    cmd->add_option("VALUE", o->value, "The new value; \"\" removes the key")->required();
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return run_set(*o); }; });
}

}  // namespace summitry::cli
