// SPDX-License-Identifier: MIT
// libFuzzer target: the c3voc schedule.json importer, then what `summitry-cli import` does with
// what it read. Whatever the bytes, the import must end with diagnostics, never a crash, a hang
// or a leak; and an import without errors must write an event file that loads without errors
// and writes back the same.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/schedule/c3voc_import.h"
#include "fuzz_import_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    summitry::fuzz::check_import(*summitry::find_import_format("json"), text);
    return 0;
}
