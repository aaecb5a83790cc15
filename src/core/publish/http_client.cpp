// SPDX-License-Identifier: MIT
#include "publish/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

namespace summitry::publish {

namespace {

struct FreeUrl {
    void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using Url = std::unique_ptr<CURLU, FreeUrl>;

Url parse_url(const std::string& url) {
    Url u(curl_url());
    if (u == nullptr || curl_url_set(u.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK)
        return nullptr;
    return u;
}

std::string part(CURLU* u, CURLUPart which, unsigned flags = 0) {
    char* s = nullptr;
    if (curl_url_get(u, which, &s, flags) != CURLUE_OK || s == nullptr) return {};
    std::string out(s);
    curl_free(s);
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return s;
}

void global_init() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// What the callbacks gather of one response; headers start again at each status line (a 401
// before the authenticated answer, a redirect).
struct Received {
    std::string body;
    std::string etag;
    std::size_t header_bytes = 0;
    std::size_t max_body = 0;
    std::size_t max_headers = 0;
    bool too_large = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t n, void* user) {
    auto* r = static_cast<Received*>(user);
    const std::size_t bytes = size * n;
    if (r->body.size() + bytes > r->max_body) {
        r->too_large = true;
        return 0;  // libcurl ends the transfer: CURLE_WRITE_ERROR
    }
    r->body.append(data, bytes);
    return bytes;
}

std::size_t on_header(char* data, std::size_t size, std::size_t n, void* user) {
    auto* r = static_cast<Received*>(user);
    const std::size_t bytes = size * n;
    r->header_bytes += bytes;
    if (r->header_bytes > r->max_headers) {
        r->too_large = true;
        return 0;
    }
    std::string_view line(data, bytes);
    if (line.starts_with("HTTP/")) {
        r->etag.clear();
        r->body.clear();  // the body of a 401 or a redirect is not the answer's
        return bytes;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return bytes;
    if (lower(std::string(line.substr(0, colon))) != "etag") return bytes;
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
        value.remove_suffix(1);
    r->etag = std::string(value);
    return bytes;
}

struct FreeList {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

}  // namespace

struct HttpClient::Impl {
    CURL* curl = nullptr;
    char error[CURL_ERROR_SIZE] = {};
    ~Impl() {
        if (curl != nullptr) curl_easy_cleanup(curl);
    }
};

std::string origin_of(const std::string& url) {
    const Url u = parse_url(url);
    if (u == nullptr) return {};
    const std::string scheme = lower(part(u.get(), CURLUPART_SCHEME));
    if (scheme != "http" && scheme != "https") return {};
    return scheme + "://" + lower(part(u.get(), CURLUPART_HOST)) + ":" +
           part(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
}

std::string shown_url(const std::string& url) {
    const Url u = parse_url(url);
    if (u == nullptr) return "(not a URL)";
    curl_url_set(u.get(), CURLUPART_USER, nullptr, 0);
    curl_url_set(u.get(), CURLUPART_PASSWORD, nullptr, 0);
    curl_url_set(u.get(), CURLUPART_QUERY, nullptr, 0);
    curl_url_set(u.get(), CURLUPART_FRAGMENT, nullptr, 0);
    return part(u.get(), CURLUPART_URL);
}

bool has_user_info(const std::string& url) {
    const Url u = parse_url(url);
    return u != nullptr &&
           (!part(u.get(), CURLUPART_USER).empty() || !part(u.get(), CURLUPART_PASSWORD).empty());
}

std::string resolve_url(const std::string& base, const std::string& relative) {
    const Url u = parse_url(base);
    if (u == nullptr || curl_url_set(u.get(), CURLUPART_URL, relative.c_str(), 0) != CURLUE_OK)
        return {};
    return part(u.get(), CURLUPART_URL);
}

std::string path_of(const std::string& url) {
    const Url u = parse_url(url);
    return u == nullptr ? std::string() : part(u.get(), CURLUPART_PATH);
}

HttpClient::HttpClient(HttpOptions options) : impl_(new Impl), options_(std::move(options)) {
    global_init();
    impl_->curl = curl_easy_init();
    if (impl_->curl == nullptr) throw HttpError("cannot start libcurl");
    CURL* c = impl_->curl;
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, impl_->error);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);  // request() follows, within the origin
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, options_.connect_timeout_seconds);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, options_.timeout_seconds);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "Summitry/0.1 (publish caldav)");
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    if (!options_.user.empty()) {
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_BASIC | CURLAUTH_DIGEST);
        curl_easy_setopt(c, CURLOPT_USERNAME, options_.user.c_str());
        curl_easy_setopt(c, CURLOPT_PASSWORD, options_.password.c_str());
    }
}

HttpClient::~HttpClient() = default;

HttpResponse HttpClient::request(std::string_view method, const std::string& url,
                                 const std::vector<std::string>& headers, std::string_view body) {
    CURL* c = impl_->curl;
    const std::string origin = origin_of(url);
    if (origin.empty()) throw HttpError("not an http or https URL: " + shown_url(url));
    std::unique_ptr<curl_slist, FreeList> list;
    const auto add = [&](const std::string& h) {
        curl_slist* l = curl_slist_append(list.get(), h.c_str());
        if (l == nullptr) throw HttpError("out of memory");
        (void)list.release();
        list.reset(l);
    };
    for (const std::string& h : headers) add(h);
    add("Expect:");                          // no 100-continue round trip for large bodies
    if (body.empty()) add("Content-Type:");  // not libcurl's form type

    const std::string verb(method);
    std::string at = url;
    for (int redirects = 0;; ++redirects) {
        Received got;
        got.max_body = options_.max_response_bytes;
        got.max_headers = options_.max_header_bytes;
        impl_->error[0] = '\0';
        curl_easy_setopt(c, CURLOPT_URL, at.c_str());
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, verb.c_str());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        // Never null: libcurl would read the body from standard input instead.
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.empty() ? "" : body.data());
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, list.get());
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &got);
        curl_easy_setopt(c, CURLOPT_HEADERDATA, &got);
        const CURLcode code = curl_easy_perform(c);
        ++requests_;
        if (got.too_large)
            throw HttpError(verb + " " + shown_url(at) + ": the response is larger than allowed");
        if (code != CURLE_OK)
            throw HttpError(verb + " " + shown_url(at) + ": " +
                            (impl_->error[0] != '\0' ? impl_->error : curl_easy_strerror(code)));
        long status = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
        const bool redirect = status == 301 || status == 302 || status == 307 || status == 308;
        char* location = nullptr;
        curl_easy_getinfo(c, CURLINFO_REDIRECT_URL, &location);
        if (!redirect || location == nullptr)
            return {static_cast<int>(status), std::move(got.body), std::move(got.etag), at};
        const std::string next(location);
        if (origin_of(next) != origin)
            throw HttpError(verb + " " + shown_url(at) + ": redirected to another site (" +
                            shown_url(next) + "); Summitry follows redirects only within " +
                            origin);
        if (redirects == options_.max_redirects)
            throw HttpError(verb + " " + shown_url(url) + ": more than " +
                            std::to_string(options_.max_redirects) + " redirects");
        at = next;
    }
}

}  // namespace summitry::publish
