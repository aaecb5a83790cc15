// SPDX-License-Identifier: MIT
#include "io/formats.h"

#include <vector>

namespace summitry {

std::span<const ExportFormat> export_formats() {
    static const std::vector<ExportFormat> formats = {
    };
    return formats;
}

std::span<const ImportFormat> import_formats() {
    static const std::vector<ImportFormat> formats = {
    };
    return formats;
}

const ExportFormat* find_export_format(std::string_view name) {
    for (const auto& f : export_formats())
        if (f.name == name) return &f;
    return nullptr;
}

const ImportFormat* find_import_format(std::string_view name) {
    for (const auto& f : import_formats())
        if (f.name == name) return &f;
    return nullptr;
}

}  // namespace summitry
