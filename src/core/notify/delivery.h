// SPDX-License-Identifier: MIT
#pragma once
// Where the messages go: a Maildir to review them in (a mail client opens it), or an SMTP server
// through libcurl (smtp:// with STARTTLS when the server offers it, smtps://). One connection
// for the whole run: the same curl handle is reused, and curl keeps its connection open.

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace summitry::notify {

// A folder or a server that cannot be used at all (the run stops); a message a server refuses is
// a per-recipient failure instead (SmtpSender::send's result).
class DeliveryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A Maildir (tmp/, new/, cur/; made when missing): each message written into tmp/ (write_file)
// then renamed into new/, under a name no other delivery takes (time, process, counter, host).
class Outbox {
public:
    explicit Outbox(std::filesystem::path folder);  // throws DeliveryError
    // Returns the file written. Throws DeliveryError.
    std::filesystem::path write(const std::string& message);

private:
    std::filesystem::path folder_;
    std::string host_;
    unsigned counter_ = 0;
};

struct SmtpSettings {
    std::string url;       // smtp://host[:port] or smtps://host[:port]
    std::string user;      // empty: no authentication
    std::string password;  // never printed, never on the command line
    long timeout_seconds = 60;
};

// Whether `url` is one SmtpSender takes. Sets `why` when not.
bool valid_smtp_url(const std::string& url, std::string* why);

class SmtpSender {
public:
    explicit SmtpSender(SmtpSettings settings);  // throws DeliveryError for a bad URL
    ~SmtpSender();
    SmtpSender(const SmtpSender&) = delete;
    SmtpSender& operator=(const SmtpSender&) = delete;

    // Sends one message (CRLF lines) from `from` to `to`. Returns "" when the server accepted
    // it, else the server's or curl's reason (never the password).
    std::string send(const std::string& from, const std::string& to, const std::string& message);

private:
    struct Handle;
    SmtpSettings settings_;
    std::unique_ptr<Handle> handle_;
};

}  // namespace summitry::notify
