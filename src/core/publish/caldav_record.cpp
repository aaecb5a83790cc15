// SPDX-License-Identifier: MIT
#include "publish/caldav_record.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "io/atomic_file.h"

namespace summitry::publish {

namespace {
constexpr int record_version = 1;
constexpr std::uintmax_t max_record_bytes = 64u << 20;
}  // namespace

std::filesystem::path record_path(const std::filesystem::path& event_file) {
    std::filesystem::path p = event_file;
    p += ".caldav.json";
    return p;
}

std::string records_text(const Records& records) {
    nlohmann::ordered_json collections = nlohmann::ordered_json::object();
    for (const auto& [url, record] : records) {
        nlohmann::ordered_json resources = nlohmann::ordered_json::object();
        for (const auto& [name, e] : record)
            resources[name] = {{"uid", e.uid}, {"digest", e.digest}, {"etag", e.etag}};
        collections[url] = {{"resources", std::move(resources)}};
    }
    nlohmann::ordered_json doc = {{"summitry-caldav-record", record_version},
                                  {"collections", std::move(collections)}};
    // Replacement characters for bytes that are not UTF-8: an ETag is the server's to choose.
    return doc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Records parse_records(const std::string& text, const std::string& source) {
    Records out;
    try {
        const nlohmann::json doc = nlohmann::json::parse(text);
        if (!doc.is_object() || doc.value("summitry-caldav-record", 0) != record_version)
            throw RecordError(source + ": not a record of `publish caldav` (version " +
                              std::to_string(record_version) + ")");
        for (const auto& [url, c] : doc.at("collections").items()) {
            PublishRecord& r = out[url];
            for (const auto& [name, e] : c.at("resources").items())
                r[name] = {e.at("uid").get<std::string>(), e.at("digest").get<std::string>(),
                           e.at("etag").get<std::string>()};
        }
    } catch (const nlohmann::json::exception& e) {
        throw RecordError(source + ": not a record of `publish caldav` (" + e.what() +
                          "); remove it to publish every resource again");
    }
    return out;
}

Records read_records(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return {};
    if (std::filesystem::file_size(path, ec) > max_record_bytes)
        throw RecordError(path.string() + ": larger than a record of `publish caldav` can be");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw RecordError(path.string() + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_records(text.str(), path.string());
}

void write_records(const std::filesystem::path& path, const Records& records,
                   const std::vector<std::filesystem::path>& inputs) {
    WriteFileOptions options;
    options.inputs = inputs;
    write_file(path, records_text(records), options);
}

}  // namespace summitry::publish
