// SPDX-License-Identifier: MIT
// summitry-cli notify FILE [--since R] [--until R] [--to taking-part|staff] [--person P]
//                     (--outbox DIR | --smtp URL) --from ADDR [--reply-to ADDR] [--dry-run]
//                     [--lang L] [--smtp-user U] [--password-file F]
// Tells the people taking part in the sessions that changed between two releases, by e-mail,
// with iTIP invitations that move or drop the sessions in their calendars (notify/,
// docs/notices.md). What was sent is recorded beside the releases; a second run sends only what
// is new. Exit 0 all delivered (or nothing to tell), 1 when any message was not, 2 on errors.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "common.h"
#include "diag/format.h"
#include "io/atomic_file.h"
#include "io/file_lock.h"
#include "notify/changes.h"
#include "notify/compose.h"
#include "notify/delivery.h"
#include "notify/message.h"
#include "notify/record.h"
#include "util/terminal.h"
#include "versions/release.h"

namespace summitry::cli {

namespace {

struct NotifyOptions {
    std::string file, since, until, to = "taking-part", person, outbox, smtp, from, from_name,
                                    reply_to, lang, smtp_user, password_file;
    bool dry_run = false;
};

Event load_release(const std::string& file, const std::string& name) {
    LoadResult r;
    try {
        r = versions::load_release(file, name);
    } catch (const versions::ReleaseError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    if (r.diagnostics.has_errors()) {
        Diagnostics errors;
        for (const auto& d : r.diagnostics.items())
            if (d.severity == Severity::error) errors.items().push_back(d);
        write_diagnostics_text(std::cerr, errors, r.event.files);
        throw Failure{Exit::usage, file + "@" + name + ": a release with errors cannot be told"};
    }
    return std::move(r.event);
}

// The two releases compared: --until (default the latest) and --since (default the one before).
std::pair<std::string, std::string> releases_of(const NotifyOptions& o) {
    std::vector<versions::ReleaseInfo> list;
    try {
        list = versions::list_releases(o.file);
    } catch (const versions::ReleaseError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    const auto position = [&](const std::string& name) -> std::size_t {
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i].name == name) return i;
        throw Failure{Exit::usage, o.file + ": no release '" + name + "' (summitry-cli releases " +
                                       o.file + " lists them)"};
    };
    if (list.size() < 2 && (o.since.empty() || o.until.empty()))
        throw Failure{Exit::usage, o.file +
                                       ": notices tell what changed between two releases; make "
                                       "them with `summitry-cli release` (docs/notices.md)"};
    const std::size_t until = o.until.empty() ? list.size() - 1 : position(o.until);
    const std::size_t since = o.since.empty() ? (until == 0 ? 0 : until - 1) : position(o.since);
    if (since >= until)
        throw Failure{Exit::usage, "--since " + list[since].name +
                                       " must be an earlier release than --until " +
                                       list[until].name};
    return {list[since].name, list[until].name};
}

std::string read_password(const NotifyOptions& o) {
    if (!o.password_file.empty()) {
        std::ifstream in(o.password_file, std::ios::binary);
        std::string line;
        if (!in || !std::getline(in, line))
            throw Failure{Exit::usage, o.password_file + ": cannot read the password"};
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }
    if (const char* p = std::getenv("SUMMITRY_SMTP_PASSWORD")) return p;
    if (!o.smtp_user.empty())
        throw Failure{Exit::usage,
                      "--smtp-user needs a password: set SUMMITRY_SMTP_PASSWORD or "
                      "give --password-file (never on the command line)"};
    return {};
}

void check_address(const std::string& option, const std::string& address) {
    std::string why;
    if (!notify::valid_address(address, &why))
        throw Failure{Exit::usage, option + " '" + terminal_text(address) + "': " + why};
}

std::string utc_now_text(Instant now) {
    return format_local(utc_reading(now)) + " UTC";
}

// "keynote moved, retitled (request 3)"
std::string summary_of(const notify::SessionNotice& n) {
    std::string kinds;
    for (const notify::Change c : n.changes)
        kinds += (kinds.empty() ? "" : ", ") + std::string(notify::to_string(c));
    std::string out = n.session + " " + kinds;
    if (n.calendar != notify::Calendar::none)
        out += " (" + std::string(notify::method_name(n.calendar)) + " " +
               std::to_string(n.sequence) + ")";
    return out;
}

int run_notify(const NotifyOptions& o) {
    if (o.outbox.empty() == o.smtp.empty() && !o.dry_run)
        throw Failure{Exit::usage, "give --outbox DIR (to review) or --smtp URL (to send)"};
    check_address("--from", o.from);
    if (!o.reply_to.empty()) check_address("--reply-to", o.reply_to);
    if (!o.smtp.empty()) {
        std::string why;
        if (!notify::valid_smtp_url(o.smtp, &why))
            throw Failure{Exit::usage, "--smtp: " + why};  // the URL may hold a password
    }
    const auto [since, until] = releases_of(o);
    const Event before = load_release(o.file, since);
    const Event after = load_release(o.file, until);
    const std::string lang = o.lang.empty() ? std::string() : checked_language(after, o.lang);

    std::vector<notify::PersonNotice> notices = notify::who_gets_what(before, after, lang);
    if (!o.person.empty()) {
        const Index p = after.find_person(o.person) != no_index ? after.find_person(o.person)
                                                                : before.find_person(o.person);
        find_or_fail("person", o.person, p, after.people);
        std::erase_if(notices, [&](const auto& n) { return n.person != o.person; });
    }

    // Sending records what was accepted: one notify at a time, under the event's lock.
    const bool sending = !o.smtp.empty() && !o.dry_run && o.to == "taking-part";
    std::optional<FileLock> lock;
    if (sending) lock.emplace(lock_for_edit(o.file));
    notify::Record record;
    try {
        record = notify::Record::load(notify::record_file(o.file));
    } catch (const notify::RecordError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    std::vector<notify::PersonNotice> untold;
    for (const auto& n : notices)
        if (auto u = record.untold(n); !u.sessions.empty()) untold.push_back(std::move(u));

    const std::string from = since + " → " + until;
    if (o.dry_run || untold.empty()) {
        std::cout << terminal_text(o.file) << " " << terminal_text(from) << ": " << untold.size()
                  << (untold.size() == 1 ? " message" : " messages") << " to send"
                  << (notices.size() > untold.size()
                          ? " (" + std::to_string(notices.size() - untold.size()) + " told already)"
                          : "")
                  << '\n';
        if (o.dry_run)
            for (const auto& n : untold) {
                std::cout << "  " << terminal_text(n.person) << " <" << terminal_text(n.email)
                          << "> [" << terminal_text(n.lang) << "]\n";
                for (const auto& s : n.sessions)
                    std::cout << "    " << terminal_text(summary_of(s)) << '\n';
            }
        return Exit::ok;
    }

    const auto now = date::floor<Seconds>(std::chrono::system_clock::now());
    // The From's name, and the invitations' ORGANIZER's: by default the event's title.
    const std::string from_name = o.from_name.empty()
                                      ? std::string(after.info.title.get(after.default_language()))
                                      : o.from_name;
    notify::Sender sender{o.from, from_name, o.reply_to};
    const notify::Composer composer(before, after, sender, now);
    std::optional<notify::Outbox> outbox;
    std::optional<notify::SmtpSender> smtp;
    try {
        if (!o.outbox.empty()) outbox.emplace(o.outbox);
        if (!o.smtp.empty())
            smtp.emplace(notify::SmtpSettings{o.smtp, o.smtp_user, read_password(o), 60});
    } catch (const notify::DeliveryError& e) {
        throw Failure{Exit::usage, e.what()};
    }

    std::size_t delivered = 0, failed = 0;
    for (const auto& n : untold) {
        const std::string who = terminal_text(n.person) + " <" + terminal_text(n.email) + ">";
        std::string why;
        if (!notify::valid_address(n.email, &why)) {
            std::cerr << "notify: " << who << ": not sent: the e-mail address is refused (" << why
                      << ")\n";
            ++failed;
            continue;
        }
        notify::Composed c = composer.compose(n);
        notify::Recipient to{n.name, n.email};
        if (o.to == "staff") {
            // The team's copy: to the organizers' address, without the invitations (their
            // calendars are not the speakers'), the subject naming whose it is.
            c.subject = "[" + n.name + " <" + n.email + ">] " + c.subject;
            c.calendars.clear();
            to = {from_name, o.reply_to.empty() ? o.from : o.reply_to};
        }
        const auto newline = smtp ? notify::NewLine::crlf : notify::NewLine::lf;
        const std::string message = notify::mime_message(c, to, sender, now, newline);
        if (outbox) {
            try {
                const auto path = outbox->write(message);
                std::cout << who << ": " << terminal_text(path.string()) << '\n';
                ++delivered;
            } catch (const notify::DeliveryError& e) {
                throw Failure{Exit::usage, e.what()};
            }
            continue;
        }
        why = smtp->send(o.from, to.address, message);
        if (!why.empty()) {
            std::cerr << "notify: " << who << ": not sent: " << terminal_text(why) << '\n';
            ++failed;
            continue;
        }
        ++delivered;
        std::cout << who << ": sent (" << n.sessions.size()
                  << (n.sessions.size() == 1 ? " session" : " sessions") << ")\n";
        if (!sending) continue;
        for (const auto& s : n.sessions) record.add(n.person, s, utc_now_text(now));
        try {
            record.save(o.file);
        } catch (const WriteError& e) {
            throw Failure{Exit::usage, std::string(e.what()) + " (the message to " + who +
                                           " was sent; it is not recorded)"};
        }
    }
    std::cout << delivered << (delivered == 1 ? " message " : " messages ")
              << (outbox ? "written to the outbox" : "sent");
    if (failed > 0) std::cout << ", " << failed << " not delivered (see above)";
    std::cout << '\n';
    return failed > 0 ? Exit::has_errors : Exit::ok;
}

}  // namespace

void add_notify(CLI::App& app, Action& run) {
    auto o = std::make_shared<NotifyOptions>();
    CLI::App* cmd =
        app.add_subcommand("notify",
                           "E-mail the people whose sessions changed between two releases, with "
                           "calendar updates (exit 1 when a message was not delivered)");
    cmd->add_option("FILE", o->file, "Event file (its releases are compared)")->required();
    cmd->add_option("--since", o->since, "The earlier release (default: the one before --until)");
    cmd->add_option("--until", o->until, "The later release (default: the latest)");
    cmd->add_option("--to", o->to,
                    "taking-part (default): each person taking part in a changed session; "
                    "staff: a copy of every notice to --reply-to (else --from), nothing recorded")
        ->check(CLI::IsMember({"taking-part", "staff"}));
    cmd->add_option("--person", o->person, "Only this person's notice (an id)");
    cmd->add_option("--outbox", o->outbox, "Write the messages into this Maildir, to review");
    cmd->add_option("--smtp", o->smtp,
                    "Send them: smtp://host:port (STARTTLS when offered) or "
                    "smtps://host:port");
    cmd->add_option("--smtp-user", o->smtp_user,
                    "SMTP user; the password from SUMMITRY_SMTP_PASSWORD or --password-file");
    cmd->add_option("--password-file", o->password_file, "A file whose first line is the password");
    cmd->add_option("--from", o->from, "The sender and ORGANIZER of the invitations")->required();
    cmd->add_option("--from-name", o->from_name, "The sender's name (default: the event's title)");
    cmd->add_option("--reply-to", o->reply_to, "Where replies go");
    cmd->add_flag("--dry-run", o->dry_run, "Print who would get what; send and write nothing");
    cmd->add_option("--lang", o->lang, "Every message in this language (default: each person's)");
    cmd->callback([o, &run] { run = [o] { return run_notify(*o); }; });
}

}  // namespace summitry::cli
