// SPDX-License-Identifier: MIT
// util/url.h: what may stand as a session's url or an event's website in any output.
#include <catch2/catch.hpp>

#include "util/url.h"

using namespace summitry;

TEST_CASE("a valid web address is kept as it is written", "[url]") {
    for (const char* u :
         {"https://example.org", "http://example.org/", "https://example.org/a/b?c=d&e=f#top",
          "https://user:pw@example.org:8443/x", "http://[2001:db8::1]:80/",
          "https://example.org/%C3%A9t%C3%A9", "https://example.org/?q=a/b?c",
          "https://fosdem.org/2025/schedule/event/fosdem-2025-6210-a-new-approach/"}) {
        const UrlRepair r = http_url(u);
        CHECK(r.url == u);
        CHECK(r.change.empty());
        CHECK(is_http_url(u));
    }
}

TEST_CASE("obvious repairs are made and said", "[url]") {
    struct Case {
        const char *in, *out;
    };
    for (const Case& c : {Case{"http://http://example.org/x", "http://example.org/x"},
                          Case{"https://http://example.org", "http://example.org"},
                          Case{"HTTPS://example.org", "https://example.org"},
                          Case{"  https://example.org/a b  ", "https://example.org/a%20b"},
                          Case{"https://chat.example.org/#/room/#devroom:example.org",
                               "https://chat.example.org/#/room/%23devroom:example.org"},
                          Case{"https://example.org/100%", "https://example.org/100%25"},
                          Case{"https://example.org/été", "https://example.org/%C3%A9t%C3%A9"},
                          Case{"https://exämple.org/", "https://ex%C3%A4mple.org/"},
                          Case{"https://example.org/a\"b<c>{d}|e^f`g\\h",
                               "https://example.org/a%22b%3Cc%3E%7Bd%7D%7Ce%5Ef%60g%5Ch"}}) {
        INFO(c.in);
        const UrlRepair r = http_url(c.in);
        CHECK(r.url == c.out);
        CHECK(r.usable());
        if (std::string_view(c.in) != c.out && std::string_view(c.in).find(' ') != 0)
            CHECK_FALSE(r.change.empty());
        CHECK(is_http_url(r.url));  // a repaired URL needs no second repair
        CHECK_FALSE(is_http_url(c.in));
    }
}

TEST_CASE("what is not a web address is refused with the reason", "[url]") {
    struct Case {
        const char *in, *why;
    };
    for (const Case& c :
         {Case{"javascript:alert(1)", "'javascript:'"},
          Case{"JavaScript://%0aalert(1)", "'JavaScript:'"},
          Case{"mailto:a@example.org", "'mailto:'"}, Case{"data:text/html,<script>", "'data:'"},
          Case{"www.example.org", "not an absolute web address"},
          Case{"/relative/path", "not an absolute web address"}, Case{"", "empty"},
          Case{"http://", "no host"}, Case{"https:///path", "no host"},
          Case{"https://exa mple.org/", "not a host name"},
          Case{"https://example.org:80a/", "not a host name"},
          Case{"https://example.org/\r\nBEGIN:VEVENT", "control characters"},
          Case{"https://example.org/\x1b[2J", "control characters"},
          Case{"https://[::1/", "not a host name"}}) {
        INFO(c.in);
        const UrlRepair r = http_url(c.in);
        CHECK_FALSE(r.usable());
        CHECK(r.url.empty());
        CHECK_THAT(r.change, Catch::Contains(c.why));
        CHECK_FALSE(is_http_url(c.in));
    }
}

TEST_CASE("every byte yields a URL that needs no repair, or none", "[url]") {
    // Each byte value in each part of a URL: what comes out is always stable and never holds a
    // byte that a calendar line, an XML attribute or a JSON string would have to escape.
    for (int b = 0; b < 256; ++b) {
        for (std::string shape : {"https://example.org/a@b", "https://example.org/?q=@",
                                  "https://example.org/#f@", "https://@example.org/"}) {
            shape.replace(shape.find('@'), 1, 1, static_cast<char>(b));
            const UrlRepair r = http_url(shape);
            if (!r.usable()) continue;
            INFO(b << " in " << shape);
            CHECK(is_http_url(r.url));
            for (char c : r.url) {
                const auto u = static_cast<unsigned char>(c);
                CHECK(u > 0x20);
                CHECK(u < 0x7f);
                CHECK(std::string_view("\"<>\\^`{|} ").find(c) == std::string_view::npos);
            }
        }
    }
}
