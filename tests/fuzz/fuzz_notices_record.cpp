// SPDX-License-Identifier: MIT
// libFuzzer target: what issue 17's notices read from outside (notify/): the record of who was
// told what (FILE.releases/notices.txt, a file anyone may edit), the addresses from the event
// and the command line, the SMTP URL. Whatever the bytes, the record is read or refused with
// one RecordError naming the place, never a crash, a hang or memory beyond the text's; an
// address or a URL accepted holds none of what the checks refuse.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "notify/delivery.h"
#include "notify/message.h"
#include "notify/record.h"

namespace {

void require(bool ok) {
    if (!ok) __builtin_trap();
}

bool has_control(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return true;
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace summitry::notify;
    try {
        const Record r = Record::parse(text, "notices.txt");
        // Every line kept is a line of the text: never more of them than lines.
        std::size_t lines = 0;
        for (const char c : text) lines += c == '\n' ? 1 : 0;
        require(r.size() <= lines + 1);
    } catch (const RecordError& e) {
        require(std::string_view(e.what()).starts_with("notices.txt:"));
    }
    std::string why;
    if (valid_address(text, &why)) {
        require(!has_control(text) && text.size() <= 254);
        require(text.find_first_of("\"(),:;<>[\\]") == std::string_view::npos);
    } else {
        require(!why.empty());
    }
    why.clear();
    const std::string url(text);
    if (valid_smtp_url(url, &why))
        require(!has_control(url) && url.find('@') == std::string::npos);
    else
        require(!why.empty());
    return 0;
}
