// SPDX-License-Identifier: MIT
// The record beside the event of what `publish caldav` put on each collection: read back as it
// was written; anything else refused with a message naming the file.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "publish/caldav_record.h"

using namespace summitry::publish;

TEST_CASE("records read back as written", "[caldav]") {
    Records r;
    r["https://dav.example.org/cal/"]["a@ev.summitry.ics"] = {"a@ev.summitry", "d1", "\"e1\""};
    r["https://dav.example.org/cal/"]["b.ics"] = {"b", "d2", "W/\"weak\\\"\""};
    r["http://127.0.0.1:5232/u/other/"] = {};
    const std::string text = records_text(r);
    const Records back = parse_records(text, "ev.yaml.caldav.json");
    REQUIRE(back.size() == 2);
    const auto& c = back.at("https://dav.example.org/cal/");
    CHECK(c.at("a@ev.summitry.ics").etag == "\"e1\"");
    CHECK(c.at("b.ics").etag == "W/\"weak\\\"\"");
    CHECK(c.at("b.ics").digest == "d2");
    CHECK(records_text(back) == text);
}

TEST_CASE("what is not a record is refused, naming the file", "[caldav]") {
    for (const std::string bad :
         {"", "{", "[]", "{\"summitry-caldav-record\": 2, \"collections\": {}}",
          "{\"summitry-caldav-record\": 1, \"collections\": {\"u\": {\"resources\": {\"n\": 3}}}}",
          "{\"summitry-caldav-record\": 1}"}) {
        INFO(bad);
        try {
            parse_records(bad, "ev.yaml.caldav.json");
            FAIL("accepted");
        } catch (const RecordError& e) {
            CHECK_THAT(e.what(), Catch::StartsWith("ev.yaml.caldav.json: "));
        }
    }
}

TEST_CASE("the record lives beside the event, and a missing one is empty", "[caldav]") {
    CHECK(record_path("/x/summit.yaml") == "/x/summit.yaml.caldav.json");
    const auto dir = std::filesystem::temp_directory_path() / "summitry-record-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto path = record_path(dir / "ev.yaml");
    CHECK(read_records(path).empty());
    Records r;
    r["https://x/c/"]["n.ics"] = {"u", "d", "\"e\""};
    write_records(path, r, {});
    CHECK(read_records(path).at("https://x/c/").at("n.ics").uid == "u");
    std::filesystem::remove_all(dir);
}
