// SPDX-License-Identifier: MIT
#include "io/formats.h"

#include <vector>

#include "io/c3voc_export.h"
#include "io/c3voc_import.h"
#include "io/frab_export.h"
#include "io/frab_import.h"
#include "io/ics_export.h"
#include "io/ics_import.h"
#include "util/url.h"

namespace summitry {

std::span<const ExportFormat> export_formats() {
    static const std::vector<ExportFormat> formats = {
        {"ics", ".ics", "iCalendar (RFC 5545)", export_ics},
        {"frab", ".xml", "frab/pentabarf schedule XML", export_frab},
        {"json", ".json", "c3voc schedule.json", export_c3voc_json},
    };
    return formats;
}

std::span<const ImportFormat> import_formats() {
    static const std::vector<ImportFormat> formats = {
        {"ics", "iCalendar (RFC 5545)", import_ics},
        {"frab", "frab/pentabarf schedule XML", import_frab},
        {"json", "c3voc schedule.json", import_c3voc_json},
    };
    return formats;
}

std::string export_url(std::string_view url, SourceLoc loc, const std::string& what,
                       ExportWarnings& warnings) {
    if (url.empty()) return {};
    UrlRepair r = http_url(url);
    if (!r.usable()) {
        warnings.warning("export-left-out", loc, what + " is left out of the export: " + r.change,
                         "only absolute http:// and https:// addresses are exported");
    } else if (!r.change.empty()) {
        warnings.warning("export-repaired", loc,
                         what + " is exported as " + r.url + " (" + r.change + ")",
                         "correct it in the event file to export it as written");
    }
    return std::move(r.url);
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
