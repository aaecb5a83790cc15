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
#include "notify/tell.h"
#include "util/terminal.h"
#include "versions/release.h"

namespace summitry::cli {

namespace {

struct NotifyOptions {
    std::string file, since, until, to = "taking-part", person, outbox, smtp, from, from_name,
                                    reply_to, lang, smtp_user, password_file;
    bool dry_run = false;
};

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
    // Sending records what was accepted: one notify at a time, under the event's lock, taken
    // before the record is read.
    const bool sending = !o.smtp.empty() && !o.dry_run && o.to == "taking-part";
    std::optional<FileLock> lock;
    if (sending) lock.emplace(lock_for_edit(o.file));
    notify::Plan plan;
    try {
        plan = notify::make_plan(o.file, notify::releases_to_compare(o.file, o.since, o.until),
                                 o.lang);
    } catch (const notify::TellError& e) {
        throw Failure{Exit::usage, e.what()};
    }
    if (!o.lang.empty()) checked_language(plan.after, o.lang);
    if (!o.person.empty()) {
        const Index p = plan.after.find_person(o.person) != no_index
                            ? plan.after.find_person(o.person)
                            : plan.before.find_person(o.person);
        find_or_fail("person", o.person, p, plan.after.people);
        plan.keep_only(o.person);
    }
    const auto& untold = plan.untold;

    const std::string from = plan.releases.since + " → " + plan.releases.until;
    if (o.dry_run || untold.empty()) {
        std::cout << terminal_text(o.file) << " " << terminal_text(from) << ": " << untold.size()
                  << (untold.size() == 1 ? " message" : " messages") << " to send"
                  << (plan.told_already() > 0
                          ? " (" + std::to_string(plan.told_already()) + " told already)"
                          : "")
                  << '\n';
        if (o.dry_run) {
            for (const auto& n : untold) {
                std::cout << "  " << terminal_text(n.person) << " <" << terminal_text(n.email)
                          << "> [" << terminal_text(n.lang) << "]\n";
                for (const auto& s : n.sessions)
                    std::cout << "    " << terminal_text(summary_of(s)) << '\n';
            }
            for (const auto& n : plan.no_email)
                std::cout << "  " << terminal_text(n.person) << ": not told: no e-mail\n";
        }
        return Exit::ok;
    }

    const auto now = date::floor<Seconds>(std::chrono::system_clock::now());
    notify::Teller teller(plan, notify::Sender{o.from, o.from_name, o.reply_to},
                          o.to == "staff" ? notify::Audience::staff : notify::Audience::taking_part,
                          now);
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
        notify::Outcome outcome;
        try {
            outcome = outbox ? teller.write(n, *outbox) : teller.send(n, *smtp);
        } catch (const notify::DeliveryError& e) {
            throw Failure{Exit::usage, e.what()};
        } catch (const WriteError& e) {
            throw Failure{Exit::usage, std::string(e.what()) + " (the message to " + who +
                                           " was sent; it is not recorded)"};
        }
        if (!outcome.delivered) {
            std::cerr << "notify: " << who << ": not sent: " << terminal_text(outcome.detail)
                      << '\n';
            ++failed;
            continue;
        }
        ++delivered;
        if (outbox)
            std::cout << who << ": " << terminal_text(outcome.detail) << '\n';
        else
            std::cout << who << ": sent (" << n.sessions.size()
                      << (n.sessions.size() == 1 ? " session" : " sessions") << ")\n";
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
