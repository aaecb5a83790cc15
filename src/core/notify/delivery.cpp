// SPDX-License-Identifier: MIT
#include "notify/delivery.h"

#include <curl/curl.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <mutex>
#include <system_error>

#include "io/atomic_file.h"

namespace summitry::notify {

// ---------------------------------------------------------------------------------------------
// Maildir

Outbox::Outbox(std::filesystem::path folder) : folder_(std::move(folder)) {
    namespace fs = std::filesystem;
    for (const char* sub : {"tmp", "new", "cur"}) {
        std::error_code ec;
        fs::create_directories(folder_ / sub, ec);
        if (ec || !fs::is_directory(folder_ / sub))
            throw DeliveryError((folder_ / sub).string() +
                                ": cannot make the folder of the outbox (" +
                                (ec ? ec.message() : std::string("not a folder")) + ")");
    }
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0 || host[0] == '\0')
        std::strcpy(host, "localhost");
    // A Maildir name may not hold '/' or ':' (the flags' separator).
    for (char c : std::string(host)) host_ += (c == '/' || c == ':') ? '_' : c;
}

std::filesystem::path Outbox::write(const std::string& message) {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now).count();
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(now).count() % 1000000;
    const std::string name = std::to_string(seconds) + ".M" + std::to_string(micros) + "P" +
                             std::to_string(::getpid()) + "Q" + std::to_string(++counter_) + "." +
                             host_;
    const auto tmp = folder_ / "tmp" / name;
    const auto done = folder_ / "new" / name;
    std::error_code ec;
    if (std::filesystem::exists(done, ec))
        throw DeliveryError(done.string() + ": exists already; run again");
    try {
        write_file(tmp, message);
    } catch (const WriteError& e) {
        throw DeliveryError(e.what());
    }
    std::filesystem::rename(tmp, done, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        throw DeliveryError(done.string() + ": cannot be written (" + ec.message() + ")");
    }
    return done;
}

// ---------------------------------------------------------------------------------------------
// SMTP

bool valid_smtp_url(const std::string& url, std::string* why) {
    const auto refuse = [&](const char* reason) {
        if (why != nullptr) *why = reason;
        return false;
    };
    if (!url.starts_with("smtp://") && !url.starts_with("smtps://"))
        return refuse("it must start with smtp:// or smtps://");
    for (char c : url)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return refuse("it holds a space or a control character");
    const std::string rest = url.substr(url.find("://") + 3);
    if (rest.empty() || rest.front() == '/' || rest.front() == ':')
        return refuse("it names no host");
    if (rest.find('@') != std::string::npos)
        return refuse(
            "it holds a user or password: give --smtp-user, and the password in "
            "SUMMITRY_SMTP_PASSWORD or --password-file");
    return true;
}

namespace {

void init_curl() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Whether the URL's host is this machine, where a password travels no network.
bool loopback(const std::string& url) {
    const std::string rest = url.substr(url.find("://") + 3);
    for (const char* h : {"localhost", "127.", "[::1]"})
        if (rest.starts_with(h)) return true;
    return false;
}

struct Upload {
    const std::string* text = nullptr;
    std::size_t at = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* u = static_cast<Upload*>(user);
    const std::size_t n = std::min(size * count, u->text->size() - u->at);
    std::memcpy(buffer, u->text->data() + u->at, n);
    u->at += n;
    return n;
}

}  // namespace

struct SmtpSender::Handle {
    CURL* curl = nullptr;
    char error[CURL_ERROR_SIZE] = {};
    ~Handle() {
        if (curl != nullptr) curl_easy_cleanup(curl);
    }
};

SmtpSender::SmtpSender(SmtpSettings settings)
    : settings_(std::move(settings)), handle_(std::make_unique<Handle>()) {
    std::string why;
    if (!valid_smtp_url(settings_.url, &why)) throw DeliveryError("--smtp: " + why);
    init_curl();
    handle_->curl = curl_easy_init();
    if (handle_->curl == nullptr) throw DeliveryError("cannot start libcurl");
}

SmtpSender::~SmtpSender() = default;

std::string SmtpSender::send(const std::string& from, const std::string& to,
                             const std::string& message) {
    CURL* c = handle_->curl;
    // The options are set again for every message on the same handle: curl keeps the connection
    // to the server open between transfers of one handle (one connection for the whole run).
    curl_easy_setopt(c, CURLOPT_URL, settings_.url.c_str());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, handle_->error);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // STARTTLS when the server offers it; required when a password would otherwise cross a
    // network in clear (docs/notices.md).
    const bool secret = !settings_.user.empty() && !loopback(settings_.url);
    curl_easy_setopt(c, CURLOPT_USE_SSL, secret ? CURLUSESSL_ALL : CURLUSESSL_TRY);
    if (!settings_.user.empty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, settings_.user.c_str());
        curl_easy_setopt(c, CURLOPT_PASSWORD, settings_.password.c_str());
    }
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, settings_.timeout_seconds);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    const std::string mail_from = "<" + from + ">";
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_slist* rcpt = curl_slist_append(nullptr, ("<" + to + ">").c_str());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    Upload upload{&message, 0};
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    handle_->error[0] = '\0';
    const CURLcode result = curl_easy_perform(c);
    curl_slist_free_all(rcpt);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, nullptr);
    if (result == CURLE_OK) return {};
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    std::string why = handle_->error[0] != '\0' ? handle_->error : curl_easy_strerror(result);
    if (code != 0) why += " (server reply " + std::to_string(code) + ")";
    return why;
}

}  // namespace summitry::notify
