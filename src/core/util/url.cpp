// SPDX-License-Identifier: MIT
#include "util/url.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace summitry {

namespace {

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_hex(char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}
// RFC 3986 §2.3 and §2.2.
bool is_unreserved(char c) {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}
bool is_sub_delim(char c) {
    return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos;
}
// What a path segment, a query or a fragment may hold as it is (§3.3-3.5), besides "%XX".
bool is_pchar(char c) {
    return is_unreserved(c) || is_sub_delim(c) || c == ':' || c == '@';
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
               return a == static_cast<char>(std::tolower(static_cast<unsigned char>(b)));
           });
}

std::string percent(unsigned char c) {
    static constexpr char digits[] = "0123456789ABCDEF";
    return {'%', digits[c >> 4], digits[c & 15]};
}

UrlRepair refused(std::string why) {
    return {{}, std::move(why)};
}

// The scheme of `s` when it starts with one (RFC 3986 §3.1), else empty.
std::string_view scheme_of(std::string_view s) {
    if (s.empty() || !is_alpha(s[0])) return {};
    std::size_t i = 1;
    while (i < s.size() &&
           (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
        ++i;
    return i < s.size() && s[i] == ':' ? s.substr(0, i) : std::string_view{};
}

// The host and port (§3.2.2-3.2.3) after any user information: a registered name (non-ASCII
// bytes percent-encoded), an IPv4 address or a bracketed IP literal, and digits after ':'.
bool authority_ok(std::string_view authority, std::string& out, bool& encoded) {
    const std::size_t at = authority.rfind('@');
    std::string_view userinfo, hostport = authority;
    if (at != std::string_view::npos) {
        userinfo = authority.substr(0, at);
        hostport = authority.substr(at + 1);
    }
    std::string_view host = hostport, port;
    if (!hostport.empty() && hostport[0] == '[') {
        const std::size_t close = hostport.find(']');
        if (close == std::string_view::npos) return false;
        host = hostport.substr(0, close + 1);
        const std::string_view inside = host.substr(1, host.size() - 2);
        if (inside.empty() || !std::all_of(inside.begin(), inside.end(), [](char c) {
                return is_hex(c) || c == ':' || c == '.' || c == 'v' || c == 'V';
            }))
            return false;
        std::string_view rest = hostport.substr(close + 1);
        if (!rest.empty() && rest[0] != ':') return false;
        if (!rest.empty()) port = rest.substr(1);
    } else if (const std::size_t colon = hostport.rfind(':'); colon != std::string_view::npos) {
        host = hostport.substr(0, colon);
        port = hostport.substr(colon + 1);
    }
    if (host.empty() || !std::all_of(port.begin(), port.end(), is_digit)) return false;
    const auto copy = [&](std::string_view part, bool colon_ok) {
        for (std::size_t i = 0; i < part.size(); ++i) {
            const char c = part[i];
            const auto u = static_cast<unsigned char>(c);
            if (c == '%' && i + 2 < part.size() && is_hex(part[i + 1]) && is_hex(part[i + 2]))
                out += c;
            else if (is_unreserved(c) || is_sub_delim(c) || (colon_ok && c == ':'))
                out += c;
            else if (u >= 0x80)
                out += percent(u), encoded = true;
            else
                return false;
        }
        return true;
    };
    if (at != std::string_view::npos) {
        if (!copy(userinfo, true)) return false;
        out += '@';
    }
    if (host[0] == '[')
        out += host;
    else if (!copy(host, false))
        return false;
    if (!port.empty() || hostport.ends_with(':')) {
        out += ':';
        out += port;
    }
    return true;
}

}  // namespace

UrlRepair http_url(std::string_view raw) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!raw.empty() && space(raw.front())) raw.remove_prefix(1);
    while (!raw.empty() && space(raw.back())) raw.remove_suffix(1);
    if (raw.empty()) return refused("it is empty");
    if (std::any_of(raw.begin(), raw.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u < 0x20 || u == 0x7f;
        }))
        return refused("it holds control characters (a line break, a tab)");

    std::vector<std::string> changes;
    std::string_view rest;
    std::string scheme;
    for (std::string_view s : {"https://", "http://"}) {
        if (starts_with_nocase(raw, s)) {
            scheme.assign(s.substr(0, s.size() - 3));
            if (raw.substr(0, scheme.size()) != scheme)
                changes.push_back("its scheme is written in lower case");
            rest = raw.substr(s.size());
            break;
        }
    }
    if (scheme.empty()) {
        const std::string_view other = scheme_of(raw);
        if (!other.empty() && !starts_with_nocase(raw, "http:") &&
            !starts_with_nocase(raw, "https:"))
            return refused("it is a '" + std::string(other) + ":' address, not a web address");
        return refused("it is not an absolute web address (http:// or https://)");
    }
    // "http://http://example.org", "https://https://...": a prefix typed twice.
    bool doubled = false;
    for (bool again = true; again;) {
        again = false;
        for (std::string_view s : {"https://", "http://"}) {
            if (starts_with_nocase(rest, s)) {
                scheme = std::string(s.substr(0, s.size() - 3));
                rest.remove_prefix(s.size());
                doubled = again = true;
                break;
            }
        }
    }
    if (doubled) changes.push_back("a scheme written twice is written once");

    const std::size_t end_of_authority = rest.find_first_of("/?#");
    const std::string_view authority = rest.substr(0, end_of_authority);
    std::string url = scheme + "://";
    bool encoded = false;
    if (authority.empty()) return refused("it names no host");
    if (!authority_ok(authority, url, encoded))
        return refused("its host '" + std::string(authority.substr(0, 80)) +
                       "' is not a host name");

    // Path, query, fragment: what RFC 3986 does not allow where it stands is percent-encoded.
    enum class Part { path, query, fragment } part = Part::path;
    const std::string_view tail = end_of_authority == std::string_view::npos
                                      ? std::string_view{}
                                      : rest.substr(end_of_authority);
    for (std::size_t i = 0; i < tail.size(); ++i) {
        const char c = tail[i];
        const auto u = static_cast<unsigned char>(c);
        bool keep = is_pchar(c) || c == '/';
        if (c == '?' && part != Part::path) keep = true;
        if (c == '?' && part == Part::path) part = Part::query, keep = true;
        if (c == '#' && part != Part::fragment) part = Part::fragment, keep = true;
        if (c == '%' && i + 2 < tail.size() && is_hex(tail[i + 1]) && is_hex(tail[i + 2]))
            keep = true;
        if (keep) {
            url += c;
        } else {
            url += percent(u);
            encoded = true;
        }
    }
    if (encoded) changes.push_back("characters a URL cannot hold as they are are percent-encoded");
    std::string change;
    for (const std::string& c : changes) change += (change.empty() ? "" : "; ") + c;
    return {std::move(url), std::move(change)};
}

bool is_http_url(std::string_view url) {
    const UrlRepair r = http_url(url);
    return r.usable() && r.change.empty() && r.url == url;
}

}  // namespace summitry
