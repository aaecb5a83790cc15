// SPDX-License-Identifier: MIT
#include "formats/formats.h"

#include <vector>

#include "formats/ics/ics_export.h"
#include "formats/ics/ics_import.h"
#include "formats/indico/indico_import.h"
#include "formats/schedule/c3voc_export.h"
#include "formats/schedule/c3voc_import.h"
#include "formats/schedule/frab_export.h"
#include "formats/schedule/frab_import.h"
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
        {"ics", "iCalendar (RFC 5545)", import_ics, count_ics_events},
        {"frab", "frab/pentabarf schedule XML", import_frab, count_frab_events},
        {"json", "c3voc schedule.json", import_c3voc_json, count_c3voc_events},
        {"indico", "Indico event export (JSON of its HTTP API)", import_indico,
         count_indico_contributions},
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

ImportResult import_counted(const ImportFormat& format, std::string_view text,
                            const std::string& source) {
    ImportResult r = format.read(text, source);
    const std::optional<std::size_t> held = format.count(text);
    r.in_source = held.value_or(0);
    if (r.diagnostics.has_errors()) return r;
    const std::size_t imported = r.event.sessions.size(), skipped = r.skipped.size();
    if (!held || *held != imported + skipped) {
        const std::string n = held ? std::to_string(*held) : std::string("an unknown number of");
        r.diagnostics.error(
            "import-count", {0, 1, 1},
            "the file holds " + n + " sessions, but the import accounts for " +
                std::to_string(imported + skipped) + " (" + std::to_string(imported) +
                " imported, " + std::to_string(skipped) + " skipped)",
            "nothing is written: this is a fault of Summitry's " + std::string(format.name) +
                " importer; please report it with the file");
    }
    return r;
}

std::string import_summary(const ImportResult& r) {
    const auto sessions = [](std::size_t n) {
        return std::to_string(n) + (n == 1 ? " session" : " sessions");
    };
    if (r.diagnostics.has_errors())
        return "imported 0 of " + sessions(r.in_source) + ": the file is refused";
    std::string s =
        "imported " + std::to_string(r.event.sessions.size()) + " of " + sessions(r.in_source);
    if (!r.skipped.empty())
        s += "; " + std::to_string(r.skipped.size()) + " skipped, each said above";
    return s;
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
