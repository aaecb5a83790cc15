// SPDX-License-Identifier: MIT
#pragma once
// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name in the same namespace always gives
// the same UUID, so guids made from ids stay stable across exports, edits and reorderings.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace summitry {

struct Uuid {
    std::array<unsigned char, 16> bytes{};

    std::string str() const;  // lower-case, 8-4-4-4-12
    // The first 32 bits, big-endian: of a v5 UUID they are all hash, no version or variant bits.
    std::uint32_t leading_bits() const;
    friend bool operator==(const Uuid&, const Uuid&) = default;
};

// "886313e1-3b8a-5372-9b90-0c9aee199e5d" (either case); nullopt when it is not one.
std::optional<Uuid> parse_uuid(std::string_view text);

Uuid uuid5(const Uuid& ns, std::string_view name);

// RFC 4122, appendix C.
const Uuid& uuid_namespace_dns();
const Uuid& uuid_namespace_url();

// Summitry's namespace for every guid it writes: uuid5(NAMESPACE_URL,
// "https://summitry.invalid/ns/guid") = b76e6b8c-2737-5fff-a505-ce7fede574bb. Fixed for ever:
// changing it would change every published guid, and calendars and apps would see new sessions.
const Uuid& summitry_namespace();

// The guid of a session: uuid5(summitry_namespace(), "<event id>/<session id>").
Uuid session_guid(std::string_view event_id, std::string_view session_id);

}  // namespace summitry
