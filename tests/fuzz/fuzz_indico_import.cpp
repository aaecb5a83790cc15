// SPDX-License-Identifier: MIT
// libFuzzer target: the Indico event export importer, then what `summitry-cli import` does with
// what it read. Whatever the bytes, the import must end with diagnostics, never a crash, a hang
// or a leak; its contributions must add up to count_indico_contributions(); and an import without
// errors must write an event file that loads without errors and writes back the same.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/indico/indico_import.h"
#include "fuzz_import_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    summitry::fuzz::check_import(*summitry::find_import_format("indico"), text);
    return 0;
}
