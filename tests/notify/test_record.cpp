// SPDX-License-Identifier: MIT
// The record of who was told what (notify/record.h): read back as written, a told change not
// told again, a later revision told, a damaged line refused with its place.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>

#include "notify/record.h"

using namespace summitry::notify;
namespace fs = std::filesystem;

namespace {

fs::path scratch() {
    const fs::path dir =
        fs::temp_directory_path() / ("summitry-record-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("The record: told once, a new revision told again, damaged lines refused") {
    const fs::path dir = scratch();
    const fs::path event = dir / "ev.yaml";
    std::ofstream(event) << "summitry: 1\n";
    const fs::path file = record_file(event);
    CHECK(file == dir / "ev.yaml.releases" / "notices.txt");

    Record r = Record::load(file);  // none yet
    CHECK(r.size() == 0);
    SessionNotice moved{"panel", {Change::moved}, 0, 0, {}, {}, Calendar::request, 2};
    SessionNotice other{"talk", {Change::removed}, 1, summitry::no_index, {},
                        {},     Calendar::cancel,  1};
    PersonNotice ada{"ada", "Ada", "ada@example.org", "fr", 0, 0, {moved, other}};
    r.add("ada", moved, "2026-12-06 09:00 UTC");
    r.save(event);

    const Record back = Record::load(file);
    CHECK(back.told("ada", moved));
    CHECK_FALSE(back.told("bob", moved));
    CHECK_FALSE(back.told("ada", other));
    const PersonNotice left = back.untold(ada);
    REQUIRE(left.sessions.size() == 1);
    CHECK(left.sessions[0].session == "talk");
    SessionNotice later = moved;
    later.sequence = 3;
    CHECK_FALSE(back.told("ada", later));

    std::ofstream(file, std::ios::app) << "ada\tpanel\trequest\n";
    try {
        (void)Record::load(file);
        FAIL("a damaged record was read");
    } catch (const RecordError& e) {
        CHECK(std::string(e.what()).find("notices.txt:5:1:") != std::string::npos);
    }
    fs::remove_all(dir);
}

TEST_CASE("Any text is a record or one RecordError, never anything else") {
    std::mt19937 rng(17);
    const std::string alphabet = "ab\t\n#0123456789 requstcanlo\r\x01\xff";
    int read = 0;
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const int length = std::uniform_int_distribution<int>(0, 80)(rng);
        for (int i = 0; i < length; ++i)
            text +=
                alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
        try {
            (void)Record::parse(text, "r.txt");
            ++read;
        } catch (const RecordError& e) {
            CHECK(std::string(e.what()).starts_with("r.txt:"));
        }
    }
    CHECK(read > 0);
    // Numbers too large for an int are refused, not wrapped.
    CHECK_THROWS_AS(Record::parse("ada\tpanel\trequest\t99999999999\tx\n", "r.txt"), RecordError);
    CHECK(Record::parse("ada\tpanel\trequest\t123456789\tx\n", "r.txt").size() == 1);
}

TEST_CASE("A large hostile record is read or refused in one pass, bounded") {
    // A line of millions of tabs: refused at its place, without a field a tab.
    const std::string tabs(8u << 20, '\t');
    try {
        (void)Record::parse("# header\n" + tabs + "\n", "r.txt");
        FAIL("a line of tabs was read");
    } catch (const RecordError& e) {
        CHECK(std::string(e.what()).starts_with("r.txt:2:1:"));
    }
    // Millions of empty and comment lines, then a bad one: its number is counted right.
    std::string blank(4u << 20, '\n');
    blank += "#\n#\nada\tpanel\trequest\tx\tdate\n";
    try {
        (void)Record::parse(blank, "r.txt");
        FAIL("a bad sequence was read");
    } catch (const RecordError& e) {
        CHECK(std::string(e.what()).starts_with("r.txt:" + std::to_string((4u << 20) + 3) + ":1:"));
    }
    // Two hundred thousand good lines, one huge date among them: all read, in order.
    std::string many;
    for (int i = 0; i < 200000; ++i)
        many += "p" + std::to_string(i) + "\ts\trequest\t" + std::to_string(i % 7) + "\t" +
                (i == 1234 ? std::string(1u << 20, 'd') : std::string("2026-12-06")) + "\n";
    const Record r = Record::parse(many, "r.txt");
    CHECK(r.size() == 200000);
    SessionNotice n{"s", {Change::moved}, 0, 0, {}, {}, Calendar::request, 1234 % 7};
    CHECK(r.told("p1234", n));
    n.sequence = 1;
    CHECK_FALSE(r.told("p1234", n));
}
