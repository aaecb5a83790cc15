// SPDX-License-Identifier: MIT
#pragma once
// A composed notice as an RFC 5322 message, made by GMime 3: the header fields (names and
// subjects in UTF-8 as RFC 2047 encoded words, folded), multipart/alternative of text/plain,
// text/html and the first calendar object as text/calendar with its method (what Gmail and
// Outlook read as an invitation), every further calendar object a text/calendar attachment of
// its own (multipart/mixed). Nothing from the event reaches a header field but through GMime's
// encoders, after controls are dropped: a name or a title cannot add a header field.

#include <string>
#include <string_view>

#include "notify/compose.h"
#include "time/time.h"

namespace summitry::notify {

// Whether `address` is an addr-spec Summitry sends to: local@domain in printable ASCII, no
// space, quote, comma, angle bracket, parenthesis, colon, semicolon, backslash or bracket, one
// '@', at most 254 octets. Narrower than RFC 5322 (no quoted local parts, no IDN): what it
// refuses is reported for that person, never sent. Sets `why` when not.
bool valid_address(std::string_view address, std::string* why);

struct Recipient {
    std::string name, address;
};

enum class NewLine { lf, crlf };  // a Maildir file; an SMTP transaction

// The message, whole. `date`: the Date field; `id_domain`: the Message-ID's right side.
std::string mime_message(const Composed& composed, const Recipient& to, const Sender& from,
                         Instant date, NewLine newline);

}  // namespace summitry::notify
