// SPDX-License-Identifier: MIT
// summitry-cli publish caldav FILE URL [--user U] [--password-file F] [--person P|--track T|
// --room R] [--lang L] [--dry-run]: keeps a CalDAV calendar collection in step with the event
// (src/core/publish/caldav_publish.h, docs/publish.md).
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "common.h"
#include "diag/format.h"
#include "io/atomic_file.h"
#include "publish/caldav_publish.h"
#include "publish/caldav_record.h"
#include "publish/webdav.h"
#include "util/terminal.h"

namespace summitry::cli {

namespace {

struct CaldavOptions {
    std::string file, url, user, password_file, person, track, room, lang;
    bool dry_run = false;
    bool force = false;
    bool confine = false;
};

// The first line of the file, without its line end: what `pass` and password managers write.
std::string read_password_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Failure{Exit::usage, "cannot read the password file '" + path + "'"};
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) throw Failure{Exit::usage, "the password file '" + path + "' is empty"};
    return line;
}

// Whether a password may go to `origin` ("http://host:port"): over TLS, or to this machine.
bool safe_for_password(const std::string& origin) {
    if (origin.starts_with("https://")) return true;
    const std::string host = origin.substr(7, origin.rfind(':') - 7);
    return host == "localhost" || host.starts_with("127.") || host == "[::1]";
}

publish::HttpOptions http_options(const CaldavOptions& o, const std::string& origin) {
    publish::HttpOptions h;
    h.user = o.user;
    const char* env = std::getenv("SUMMITRY_CALDAV_PASSWORD");
    if (!o.password_file.empty())
        h.password = read_password_file(o.password_file);
    else if (env != nullptr)
        h.password = env;
    if (h.user.empty() && !h.password.empty())
        throw Failure{Exit::usage, "a password without --user: give the user name too"};
    if (!h.user.empty() && h.password.empty())
        throw Failure{Exit::usage,
                      "--user without a password: give it with --password-file or "
                      "SUMMITRY_CALDAV_PASSWORD (never on the command line)"};
    if (!h.password.empty() && !safe_for_password(origin))
        throw Failure{Exit::usage, "refusing to send a password over plain http to " + origin +
                                       "; use an https:// URL"};
    return h;
}

void print_outcome(const publish::CaldavOutcome& out, bool dry_run) {
    std::cout << terminal_text(out.collection) << ": ";
    if (out.collection_created) std::cout << "calendar created; ";
    if (dry_run) std::cout << "dry run, nothing sent: ";
    const auto count = [](int n, std::string_view what) {
        return std::to_string(n) + " " + std::string(what);
    };
    std::cout << count(out.created, dry_run ? "to create" : "created") << ", "
              << count(out.updated, dry_run ? "to update" : "updated") << ", "
              << count(out.deleted, dry_run ? "to delete" : "deleted") << ", "
              << count(out.unchanged, "unchanged") << ", "
              << count(static_cast<int>(out.conflicts.size()),
                       out.conflicts.size() == 1 ? "conflict" : "conflicts");
    if (!out.failures.empty())
        std::cout << ", " << count(static_cast<int>(out.failures.size()), "failed");
    std::cout << '\n';
    // Names and reasons come from the server: escaped, one line each.
    for (const auto& c : out.conflicts)
        std::cout << "conflict: " << terminal_text(c.name) << ": " << terminal_text(c.why)
                  << "; left as it is on the server\n";
    for (const auto& f : out.failures)
        std::cout << "failed: " << terminal_text(f.name) << ": " << terminal_text(f.why) << '\n';
}

int caldav_command(const CaldavOptions& o) {
    if (!o.person.empty() + !o.track.empty() + !o.room.empty() > 1)
        throw Failure{Exit::usage, "give one of --person, --track and --room"};
    // Checked before the URL is parsed or quoted: no message may print a password.
    const std::size_t slashes = o.url.find("//");
    const std::size_t authority = slashes == std::string::npos ? 0 : slashes + 2;
    if (o.url.find('@', authority) < o.url.find('/', authority) || publish::has_user_info(o.url))
        throw Failure{Exit::usage,
                      "the URL holds a user name or password; give them with --user "
                      "and --password-file (a URL shows in process lists)"};
    const std::string origin = publish::origin_of(o.url);
    if (origin.empty()) throw Failure{Exit::usage, "'" + o.url + "' is not an http or https URL"};
    publish::CaldavRequest req;
    req.url = o.url;
    req.http = http_options(o, origin);
    req.dry_run = o.dry_run;

    const LoadResult r = load_for_output(o.file, o.force, o.confine);
    const Event& ev = r.event;
    ExportRequest select;
    select.lang = checked_language(ev, o.lang);
    if (!o.person.empty())
        select.person = find_or_fail("person", o.person, ev.find_person(o.person), ev.people);
    if (!o.track.empty())
        select.track = find_or_fail("track", o.track, ev.find_track(o.track), ev.tracks);
    if (!o.room.empty()) select.room = find_or_fail("room", o.room, ev.find_room(o.room), ev.rooms);
    req.record = publish::record_path(o.file);
    req.inputs = inputs_of(ev);

    ExportWarnings warnings;
    publish::CaldavOutcome out;
    try {
        out = publish::publish_caldav(ev, select, req, warnings);
    } catch (const ExportError& e) {
        throw Failure{Exit::has_errors, "cannot publish '" + o.file + "': " + e.what()};
    } catch (const publish::PublishError& e) {
        throw Failure{Exit::usage, e.what()};
    } catch (const publish::HttpError& e) {
        throw Failure{Exit::usage, e.what()};
    } catch (const publish::DavError& e) {
        throw Failure{Exit::usage, std::string("the server's answer: ") + e.what()};
    } catch (const publish::RecordError& e) {
        throw Failure{Exit::usage, e.what()};
    } catch (const WriteError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    warnings.sort();
    write_diagnostics_text(std::cerr, warnings, ev.files);
    print_outcome(out, o.dry_run);
    return out.conflicts.empty() && out.failures.empty() ? Exit::ok : Exit::has_errors;
}

}  // namespace

void add_publish(CLI::App& app, Action& run) {
    CLI::App* publish =
        app.add_subcommand("publish", "Keep a calendar server in step with the event");
    publish->require_subcommand(1);
    auto o = std::make_shared<CaldavOptions>();
    CLI::App* cmd = publish->add_subcommand(
        "caldav", "Keep a CalDAV calendar collection in step with the event's public sessions");
    cmd->add_option("FILE", o->file, "Event file")->required();
    cmd->add_option("URL", o->url, "The calendar collection (created when missing)")->required();
    cmd->add_option("--user", o->user, "User name on the server");
    cmd->add_option("--password-file", o->password_file,
                    "File whose first line is the password (else SUMMITRY_CALDAV_PASSWORD)");
    cmd->add_option("--person", o->person, "Only the sessions this person takes part in");
    cmd->add_option("--track", o->track, "Only this track's sessions");
    cmd->add_option("--room", o->room, "Only this room's sessions");
    cmd->add_option("--lang", o->lang, "Language of the texts (default: the event's first)");
    cmd->add_flag("--dry-run", o->dry_run, "Say what would be sent, send no write");
    cmd->add_flag("--force", o->force, "Publish even if the event has errors");
    add_confine_flag(*cmd, o->confine);
    cmd->callback([o, &run] { run = [o] { return caldav_command(*o); }; });
}

}  // namespace summitry::cli
