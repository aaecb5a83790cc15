// SPDX-License-Identifier: MIT
// libFuzzer target: what a CalDAV server answers `publish caldav` (publish/webdav.h and
// caldav_resources.h): a multistatus body, the calendar data in it and the hrefs, read as the
// publish reads them. Whatever the bytes, they are read or refused with a DavError, never a
// crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "publish/caldav_resources.h"
#include "publish/webdav.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace summitry::publish;
    try {
        for (const DavResponse& r : parse_multistatus(text)) {
            (void)calendar_uid(r.calendar_data);
            (void)path_segment(percent_decoded(r.href));
        }
    } catch (const DavError&) {
    }
    // The same bytes as a server's calendar data and as an href.
    (void)calendar_uid(text);
    if (percent_decoded(path_segment(text)) != text) __builtin_trap();
    return 0;
}
