// SPDX-License-Identifier: MIT
#pragma once
// The HTTP client of `publish caldav`, on libcurl: one easy handle for every request of a run
// (its connection and what it learnt of the server's authentication kept), TLS always verified,
// Basic or Digest authentication, redirects followed only within the origin the user gave (so
// that credentials never leave it), every response bounded in size and time. The password is
// given to libcurl alone: no message, URL or log line of ours holds it.

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace summitry::publish {

// The request could not be made or its answer not read (no connection, TLS, a timeout, a
// response past its bound, a redirect elsewhere). The message names the URL, never a password.
class HttpError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct HttpOptions {
    std::string user;      // empty: no authentication
    std::string password;  // never printed
    long connect_timeout_seconds = 30;
    long timeout_seconds = 300;                  // a whole request, redirects included
    std::size_t max_response_bytes = 64u << 20;  // a body past it is an HttpError
    std::size_t max_header_bytes = 256u << 10;   // so are headers past it
    int max_redirects = 5;
};

struct HttpResponse {
    int status = 0;
    std::string body;
    std::string etag;  // the ETag header, as sent (quotes included); empty when none
    std::string url;   // where the response came from, redirects followed
};

class HttpClient {
public:
    explicit HttpClient(HttpOptions options);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // Sends `method` to `url` with `headers` ("Name: value") and `body` (may be empty). A
    // redirect (301, 302, 307, 308) to the same scheme, host and port is followed with the same
    // method and body, at most max_redirects times; one elsewhere is an HttpError.
    HttpResponse request(std::string_view method, const std::string& url,
                         const std::vector<std::string>& headers, std::string_view body);

    int requests() const { return requests_; }  // sent, redirects and retries included

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    HttpOptions options_;
    int requests_ = 0;
};

// scheme://host:port of an http(s) URL, lower-case, the default port written out; empty when
// `url` is not one (libcurl's URL parser).
std::string origin_of(const std::string& url);

// `url` without user information, query or fragment, for messages: what the user may see.
std::string shown_url(const std::string& url);

// Whether `url` holds user information ("https://user:secret@host/"), which process lists and
// logs would show.
bool has_user_info(const std::string& url);

// `relative` (a Location header, an href) resolved against `base`; empty when it cannot be.
std::string resolve_url(const std::string& base, const std::string& relative);

// The path of a URL, as written (percent-encoded); empty when `url` is not one.
std::string path_of(const std::string& url);

}  // namespace summitry::publish
