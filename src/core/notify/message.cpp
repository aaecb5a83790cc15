// SPDX-License-Identifier: MIT
#include "notify/message.h"

#include <gmime/gmime.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "util/controls.h"

namespace summitry::notify {

namespace {

struct Unref {
    void operator()(void* p) const { g_object_unref(p); }
};
template <class T>
using Ref = std::unique_ptr<T, Unref>;

// GObject's upcasts, without the C casts of GMIME_OBJECT() and GMIME_PART(): a GMime object
// starts with its parent's instance struct.
template <class T>
GMimeObject* as_object(T* p) {
    return reinterpret_cast<GMimeObject*>(p);
}
template <class T>
GMimePart* as_part(T* p) {
    return reinterpret_cast<GMimePart*>(p);
}

void init_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// A display name or a subject as a header gets it: controls dropped, line breaks and tabs
// spaces. GMime encodes what is not ASCII and quotes specials.
std::string header_text(std::string_view s) {
    std::string out = drop_controls(s);
    std::replace(out.begin(), out.end(), '\n', ' ');
    std::replace(out.begin(), out.end(), '\t', ' ');
    return out;
}

// A text part holding `text`'s UTF-8 bytes as they are: g_mime_text_part_set_text would convert
// text that fits Latin-1 into Latin-1, and a calendar's CRLF lines must stay as they are.
Ref<GMimeTextPart> text_part(const char* subtype, const std::string& text,
                             GMimeContentEncoding encoding) {
    Ref<GMimeTextPart> part(g_mime_text_part_new_with_subtype(subtype));
    Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(text.data(), text.size()));
    Ref<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(as_part(part.get()), content.get());
    g_mime_text_part_set_charset(part.get(), "utf-8");
    g_mime_part_set_content_encoding(as_part(part.get()), encoding);
    return part;
}

Ref<GMimeTextPart> calendar_part(const CalendarPart& c) {
    auto part = text_part("calendar", c.ics, GMIME_CONTENT_ENCODING_BASE64);
    // The MIME method must be the VCALENDAR's METHOD: Outlook refuses a mismatch.
    g_mime_object_set_content_type_parameter(as_object(part.get()), "method",
                                             c.method == Calendar::cancel ? "CANCEL" : "REQUEST");
    g_mime_object_set_content_type_parameter(as_object(part.get()), "name",
                                             (c.session + ".ics").c_str());
    return part;
}

std::string domain_of(const std::string& address) {
    const auto at = address.rfind('@');
    return at == std::string::npos ? "localhost" : address.substr(at + 1);
}

}  // namespace

bool valid_address(std::string_view a, std::string* why) {
    const auto refuse = [&](const char* reason) {
        if (why != nullptr) *why = reason;
        return false;
    };
    if (a.empty()) return refuse("it is empty");
    if (a.size() > 254) return refuse("it is longer than 254 characters");
    const auto at = a.find('@');
    if (at == std::string_view::npos || at != a.rfind('@'))
        return refuse("it needs exactly one '@'");
    if (at == 0 || at + 1 == a.size())
        return refuse("it needs a name before '@' and a domain after it");
    for (const char c : a) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return refuse("it holds a space, a control or a character that is not ASCII");
        if (std::string_view("\"(),:;<>[\\]`").find(c) != std::string_view::npos)
            return refuse("it holds a quote, comma, bracket, colon or semicolon");
    }
    const std::string_view domain = a.substr(at + 1);
    if (domain.front() == '.' || domain.back() == '.' ||
        domain.find("..") != std::string_view::npos)
        return refuse("its domain is not a host name");
    return true;
}

std::string mime_message(const Composed& c, const Recipient& to, const Sender& from, Instant date,
                         NewLine newline) {
    init_gmime();
    Ref<GMimeMessage> msg(g_mime_message_new(TRUE));
    g_mime_message_add_mailbox(msg.get(), GMIME_ADDRESS_TYPE_FROM, header_text(from.name).c_str(),
                               from.address.c_str());
    g_mime_message_add_mailbox(msg.get(), GMIME_ADDRESS_TYPE_TO, header_text(to.name).c_str(),
                               to.address.c_str());
    if (!from.reply_to.empty())
        g_mime_message_add_mailbox(msg.get(), GMIME_ADDRESS_TYPE_REPLY_TO, nullptr,
                                   from.reply_to.c_str());
    g_mime_message_set_subject(msg.get(), header_text(c.subject).c_str(), "utf-8");
    GDateTime* when = g_date_time_new_from_unix_utc(unix_seconds(date));
    g_mime_message_set_date(msg.get(), when);
    g_date_time_unref(when);
    char* id = g_mime_utils_generate_message_id(domain_of(from.address).c_str());
    g_mime_message_set_message_id(msg.get(), id);
    g_free(id);
    // RFC 3834: no vacation reply to a notice.
    g_mime_object_set_header(as_object(msg.get()), "Auto-Submitted", "auto-generated", nullptr);

    Ref<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
    auto plain = text_part("plain", c.text, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    auto html = text_part("html", c.html, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    g_mime_multipart_add(alternative.get(), as_object(plain.get()));
    g_mime_multipart_add(alternative.get(), as_object(html.get()));
    if (!c.calendars.empty()) {
        auto first = calendar_part(c.calendars.front());
        g_mime_multipart_add(alternative.get(), as_object(first.get()));
    }
    if (c.calendars.size() <= 1) {
        g_mime_message_set_mime_part(msg.get(), as_object(alternative.get()));
    } else {
        Ref<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
        g_mime_multipart_add(mixed.get(), as_object(alternative.get()));
        for (std::size_t i = 1; i < c.calendars.size(); ++i) {
            auto part = calendar_part(c.calendars[i]);
            Ref<GMimeContentDisposition> d(g_mime_content_disposition_new());
            g_mime_content_disposition_set_disposition(d.get(), GMIME_DISPOSITION_ATTACHMENT);
            g_mime_object_set_content_disposition(as_object(part.get()), d.get());
            g_mime_part_set_filename(as_part(part.get()),
                                     (c.calendars[i].session + ".ics").c_str());
            g_mime_multipart_add(mixed.get(), as_object(part.get()));
        }
        g_mime_message_set_mime_part(msg.get(), as_object(mixed.get()));
    }

    GMimeFormatOptions* options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(
        options, newline == NewLine::crlf ? GMIME_NEWLINE_FORMAT_DOS : GMIME_NEWLINE_FORMAT_UNIX);
    char* text = g_mime_object_to_string(as_object(msg.get()), options);
    g_mime_format_options_free(options);
    std::string out = text == nullptr ? std::string() : std::string(text);
    g_free(text);
    return out;
}

}  // namespace summitry::notify
