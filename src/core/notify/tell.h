// SPDX-License-Identifier: MIT
#pragma once
// One run of telling, as `summitry-cli notify` and the planner's File > Tell People… both do it:
// the two releases compared (by default the latest and the one before), who gets what between
// them less what the record says was told already, who cannot be told (no e-mail), and each
// message written to an outbox or sent, the record updated only for what a server accepted.
// The front ends only ask and show; the rules are here, once (docs/notices.md).

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/event.h"
#include "notify/changes.h"
#include "notify/compose.h"
#include "notify/delivery.h"
#include "notify/message.h"
#include "notify/record.h"

namespace summitry::notify {

// What stops a run before anything is told: no such release, a release with errors, a record
// that cannot be read. The message says what to do.
class TellError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ReleasePair {
    std::string since, until;
};

// The releases compared: `until` (empty: the latest) and `since` (empty: the one before
// `until`). Throws TellError.
ReleasePair releases_to_compare(const std::filesystem::path& file, const std::string& since,
                                const std::string& until);

// Who is told: the people taking part, or the team (a copy of every notice to Reply-To, else
// From, without calendar parts; nothing recorded).
enum class Audience { taking_part, staff };

struct Plan {
    std::filesystem::path file;  // the event file, beside which the releases and record are
    ReleasePair releases;
    Event before, after;
    std::vector<PersonNotice> notices;   // everyone with an address concerned, told or not
    std::vector<PersonNotice> untold;    // what the record has not told yet: the messages
    std::vector<PersonNotice> no_email;  // taking part in a change, no address: never told
    Record record;

    std::size_t told_already() const { return notices.size() - untold.size(); }
    // Only `person`'s notice (to resend it, or after fixing an address).
    void keep_only(const std::string& person);
};

// Loads both releases and the record. `lang`: every message in it (empty: each person's).
// Throws TellError.
Plan make_plan(const std::filesystem::path& file, const ReleasePair& releases,
               const std::string& lang = {});

// The sender's name when none is given: the event's title.
std::string default_sender_name(const Event& event);

// One message as it will be sent: to whom, and what (composed, for the audience).
struct Prepared {
    Recipient to;
    Composed composed;
};

struct Outcome {
    bool delivered = false;
    std::string detail;  // the file written, or why the message was not delivered
};

// Composes and delivers the messages of a plan. Not thread-safe; the plan must outlive it.
class Teller {
public:
    Teller(Plan& plan, Sender sender, Audience audience, Instant now);

    // The message for `n` (one of the plan's untold), as the audience gets it.
    Prepared prepare(const PersonNotice& n) const;
    // Whether `n` can be sent at all: "" or why not (the address is refused).
    static std::string refused(const PersonNotice& n);
    std::string message(const PersonNotice& n, NewLine newline) const;

    // Writes the message into the outbox (records nothing: the outbox is for review). Throws
    // DeliveryError when the outbox cannot be written at all.
    Outcome write(const PersonNotice& n, Outbox& outbox) const;
    // Sends it; when the server accepted it and the audience is the people taking part, records
    // it and saves the record (the caller holds the event file's lock). Throws WriteError when
    // the record cannot be saved (the message was sent).
    Outcome send(const PersonNotice& n, SmtpSender& smtp);

    const Sender& sender() const { return composer_.sender(); }

private:
    Plan& plan_;
    Audience audience_;
    Instant now_;
    Composer composer_;
};

}  // namespace summitry::notify
