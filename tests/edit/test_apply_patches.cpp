// SPDX-License-Identifier: MIT
// Applying a change's patches (edit/document_impl.h, apply_patches): a run planned from the end
// of a file backwards is spliced in one pass, and must give exactly what applying the patches
// one after the other gives, whatever the order, files, overlaps and equal offsets.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "edit/document.h"
#include "edit/document_impl.h"

using namespace summitry;

namespace {

std::vector<std::string> one_by_one(std::vector<std::string> texts,
                                    const std::vector<TextPatch>& patches) {
    for (const TextPatch& p : patches) edit::apply_patch(texts, p);
    return texts;
}

std::vector<std::string> spliced(std::vector<std::string> texts,
                                 const std::vector<TextPatch>& patches) {
    edit::apply_patches(texts, patches);
    return texts;
}

}  // namespace

TEST_CASE("apply_patches: a run from the end backwards, in one pass") {
    const std::vector<std::string> texts = {"title: A\nstart: 9\nroom: x\n", "other"};
    const std::vector<TextPatch> patches = {
        {0, 24, "x", "y"},            // room
        {0, 16, "9", "8"},            // start
        {0, 9, "", "# new\n"},        // an insertion
        {0, 9, "", "revision: 1\n"},  // another at the same place: before the first
        {0, 7, "A", "B"},             // title
        {1, 0, "", ">"},              // another file ends the run
    };
    const auto out = spliced(texts, patches);
    CHECK(out == one_by_one(texts, patches));
    CHECK(out[0] == "title: B\nrevision: 1\n# new\nstart: 8\nroom: y\n");
    CHECK(out[1] == ">other");
}

TEST_CASE("apply_patches: any list of patches gives what one by one gives") {
    std::mt19937 random(16);
    for (int round = 0; round < 2000; ++round) {
        std::vector<std::string> texts(2);
        for (auto& t : texts) {
            const int n = std::uniform_int_distribution<int>(0, 40)(random);
            for (int c = 0; c < n; ++c)
                t += static_cast<char>('a' + std::uniform_int_distribution<int>(0, 25)(random));
        }
        // Patches made on the text as it is when each applies, mostly from the end backwards
        // (as plans are), sometimes forwards or overlapping, sometimes in the other file.
        std::vector<TextPatch> patches;
        std::vector<std::string> now = texts;
        const int count = std::uniform_int_distribution<int>(0, 8)(random);
        std::size_t last = std::string::npos;
        for (int k = 0; k < count; ++k) {
            const auto file =
                static_cast<std::uint32_t>(std::uniform_int_distribution<int>(0, 5)(random) == 0);
            const std::string& t = now[file];
            std::size_t offset = std::uniform_int_distribution<std::size_t>(0, t.size())(random);
            if (last != std::string::npos && last <= t.size() &&
                std::uniform_int_distribution<int>(0, 3)(random) != 0)
                offset = std::uniform_int_distribution<std::size_t>(0, last)(random);
            const std::size_t removed = std::uniform_int_distribution<std::size_t>(
                0, std::min<std::size_t>(3, t.size() - offset))(random);
            TextPatch p{file, offset, t.substr(offset, removed),
                        std::string(std::uniform_int_distribution<std::size_t>(0, 3)(random), '#')};
            edit::apply_patch(now, p);
            last = offset;
            patches.push_back(std::move(p));
        }
        INFO("round " << round);
        REQUIRE(spliced(texts, patches) == one_by_one(texts, patches));
    }
}

TEST_CASE("apply_patches: a change of many patches applied, undone and redone") {
    std::string text =
        "summitry: 1\nevent:\n  id: e\n  title: E\n  timezone: UTC\n"
        "  start_date: 2025-01-01\n  end_date: 2025-01-01\nsessions:\n";
    for (int i = 0; i < 50; ++i)
        text += "  - id: s" + std::to_string(i) + "\n    title: T" + std::to_string(i) + "\n";
    EventDocument doc = EventDocument::from_text(text, "mem.yaml");
    Change change{"Retitle", {}};
    std::string expected = text;
    for (int i = 49; i >= 0; --i) {
        const std::string from = "title: T" + std::to_string(i) + "\n";
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        change.patches.push_back({0, at + 7, "T" + std::to_string(i), "U" + std::to_string(i)});
        expected.replace(at + 7, 1, "U");
    }
    doc.apply(change);
    CHECK(doc.text() == expected);
    CHECK(doc.event().sessions.at(7).title.get("en") == "U7");
    doc.undo();
    CHECK(doc.text() == text);
    doc.redo();
    CHECK(doc.text() == expected);
}
