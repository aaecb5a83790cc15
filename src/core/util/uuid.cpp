// SPDX-License-Identifier: MIT
#include "util/uuid.h"

#include <uuid/uuid.h>

#include <cstring>

namespace summitry {

namespace {

Uuid must_parse(const char* text) {
    // Only ever called with the literals below.
    return *parse_uuid(text);
}

}  // namespace

std::string Uuid::str() const {
    char buf[37];
    uuid_unparse_lower(bytes.data(), buf);
    return buf;
}

std::uint32_t Uuid::leading_bits() const {
    return std::uint32_t{bytes[0]} << 24 | std::uint32_t{bytes[1]} << 16 |
           std::uint32_t{bytes[2]} << 8 | std::uint32_t{bytes[3]};
}

std::optional<Uuid> parse_uuid(std::string_view text) {
    // uuid_parse wants a NUL-terminated string of exactly 36 characters.
    if (text.size() != 36) return std::nullopt;
    char buf[37];
    std::memcpy(buf, text.data(), 36);
    buf[36] = '\0';
    Uuid u;
    if (uuid_parse(buf, u.bytes.data()) != 0) return std::nullopt;
    return u;
}

Uuid uuid5(const Uuid& ns, std::string_view name) {
    Uuid u;
    uuid_generate_sha1(u.bytes.data(), ns.bytes.data(), name.data(), name.size());
    return u;
}

const Uuid& uuid_namespace_dns() {
    static const Uuid ns = must_parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    return ns;
}

const Uuid& uuid_namespace_url() {
    static const Uuid ns = must_parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    return ns;
}

const Uuid& summitry_namespace() {
    static const Uuid ns = must_parse("b76e6b8c-2737-5fff-a505-ce7fede574bb");
    return ns;
}

Uuid session_guid(std::string_view event_id, std::string_view session_id) {
    std::string name;
    name.reserve(event_id.size() + 1 + session_id.size());
    name.append(event_id).append("/").append(session_id);
    return uuid5(summitry_namespace(), name);
}

}  // namespace summitry
