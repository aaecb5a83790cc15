// SPDX-License-Identifier: MIT
#pragma once
// Web addresses as the event file, calendars, frab XML and c3voc JSON may hold them: absolute
// http(s) URLs in RFC 3986 syntax. Every output that writes a session's `url` or an event's
// `website` goes through http_url(), so that a value from an import or a hand-written file can
// neither inject (a CR/LF in a calendar, `javascript:` in a link) nor break a schema.

#include <optional>
#include <string>
#include <string_view>

namespace summitry {

struct UrlRepair {
    std::string url;     // the usable URL; empty when there is none
    std::string change;  // what was repaired, for a warning ("a second 'http://' removed"); empty
                         // when the URL was usable as written
    bool usable() const { return !url.empty(); }
};

// The absolute http(s) URL `raw` stands for:
// - as written, when it is one (spaces around it do not count);
// - repaired, when the repair is obvious: a doubled scheme (`http://http://x` -> `http://x`),
//   an upper-case scheme, and characters RFC 3986 does not allow where they stand (a space, a
//   second `#`, a `%` that starts no escape, a non-ASCII character) percent-encoded;
// - nothing (url empty, `change` says why) when it is not an http(s) URL at all: another scheme
//   (`javascript:`, `mailto:`), no host, a relative path, or control characters (CR, LF) inside.
UrlRepair http_url(std::string_view raw);

// True when `url` is an absolute http(s) URL exactly as http_url() would write it.
bool is_http_url(std::string_view url);

}  // namespace summitry
