// SPDX-License-Identifier: MIT
// Three-way merge by lines (edit/merge.h): the diff is a shortest one, the merge keeps both
// sides' changes where they touch different lines and refuses where they touch the same.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "edit/merge.h"

using namespace summitry::edit;

namespace {

// Lines of single letters from a small alphabet: many equal lines, as in event files.
std::string random_text(std::mt19937& rng, std::size_t lines) {
    std::uniform_int_distribution<int> letter(0, 3);
    std::string out;
    for (std::size_t i = 0; i < lines; ++i) {
        out += static_cast<char>('a' + letter(rng));
        out += '\n';
    }
    return out;
}

std::size_t lcs_length(const std::vector<std::string_view>& a,
                       const std::vector<std::string_view>& b) {
    std::vector<std::vector<std::size_t>> t(a.size() + 1,
                                            std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    return t[0][0];
}

}  // namespace

TEST_CASE("the diff turns one text into the other with the fewest lines changed", "[merge]") {
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> size(0, 40);
    for (int round = 0; round < 500; ++round) {
        const std::string a_text = random_text(rng, size(rng)),
                          b_text = random_text(rng, size(rng));
        const auto a = split_lines(a_text), b = split_lines(b_text);
        const auto hunks = diff_lines(a, b);
        REQUIRE(hunks);
        // Applying the hunks to `a` gives `b`.
        std::string rebuilt;
        std::size_t pos = 0, changed = 0;
        for (const Hunk& h : *hunks) {
            REQUIRE(h.base_begin >= pos);
            for (; pos < h.base_begin; ++pos) rebuilt += a[pos];
            for (std::size_t j = h.other_begin; j < h.other_end; ++j) rebuilt += b[j];
            changed += (h.base_end - h.base_begin) + (h.other_end - h.other_begin);
            pos = h.base_end;
        }
        for (; pos < a.size(); ++pos) rebuilt += a[pos];
        INFO(a_text << "---\n" << b_text);
        CHECK(rebuilt == b_text);
        CHECK(changed == a.size() + b.size() - 2 * lcs_length(a, b));
    }
}

TEST_CASE("the diff gives up past its budget instead of taking forever", "[merge]") {
    std::mt19937 rng(11);
    const std::string a = random_text(rng, 3000), b = random_text(rng, 3000);
    CHECK_FALSE(diff_lines(split_lines(a), split_lines(b), 10'000));
    CHECK(diff_lines(split_lines(a), split_lines(a), 10'000));  // equal texts cost nothing
    CHECK_FALSE(merge_lines("a\n", a, b));
}

TEST_CASE("changes of different lines are both kept", "[merge]") {
    const std::string base = "one\ntwo\nthree\nfour\nfive\n";
    CHECK(merge_lines(base, "ONE\ntwo\nthree\nfour\nfive\n", "one\ntwo\nthree\nfour\nFIVE\n") ==
          "ONE\ntwo\nthree\nfour\nFIVE\n");
    // Next to each other, on different lines.
    CHECK(merge_lines(base, "one\nTWO\nthree\nfour\nfive\n", "one\ntwo\nTHREE\nfour\nfive\n") ==
          "one\nTWO\nTHREE\nfour\nfive\n");
    // An insertion and a removal elsewhere.
    CHECK(merge_lines(base, "one\ntwo\n2.5\nthree\nfour\nfive\n", "one\ntwo\nthree\nfive\n") ==
          "one\ntwo\n2.5\nthree\nfive\n");
    // The same change on both sides is made once.
    CHECK(merge_lines(base, "one\nTWO\nthree\nfour\nfive\n", "one\nTWO\nthree\nfour\nfive\n") ==
          "one\nTWO\nthree\nfour\nfive\n");
    // No newline at the end, kept as it is.
    CHECK(merge_lines("a\nb\nc", "A\nb\nc", "a\nb\nc") == "A\nb\nc");
}

TEST_CASE("changes of the same lines, or insertions at one place, are refused", "[merge]") {
    const std::string base = "one\ntwo\nthree\n";
    CHECK_FALSE(merge_lines(base, "one\nTWO\nthree\n", "one\nDeux\nthree\n"));
    CHECK_FALSE(merge_lines(base, "one\nnew\ntwo\nthree\n", "one\nnouveau\ntwo\nthree\n"));
    CHECK_FALSE(merge_lines(base, "one\nthree\n", "one\nTWO\nthree\n"));  // removed and changed
    CHECK_FALSE(merge_lines(base, "one\ntwo\nthree\nfour\n", "one\ntwo\nthree\nvier\n"));
}
