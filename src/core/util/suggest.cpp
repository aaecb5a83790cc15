// SPDX-License-Identifier: MIT
#include "util/suggest.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace summitry {

namespace {
std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > cap) return cap + 1;
    // Optimal string alignment distance, three rows.
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > cap) return cap + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], cap + 1);
}

Suggester::Suggester(std::string_view word)
    : word_(word),
      lower_(lowered(word)),
      cap_(std::max<std::size_t>(1, word.size() / 3)),
      best_distance_(cap_ + 1) {}

void Suggester::consider(std::string_view candidate) {
    if (candidate == word_ || candidate.empty()) return;
    const std::size_t d = edit_distance(lower_, lowered(candidate), cap_);
    if (d < best_distance_) {
        best_distance_ = d;
        best_ = std::string(candidate);
    }
}

std::optional<std::string> Suggester::best() const {
    if (best_distance_ > cap_) return std::nullopt;
    return best_;
}

std::string Suggester::did_you_mean() const {
    auto b = best();
    return b ? " — did you mean '" + *b + "'?" : std::string{};
}

}  // namespace summitry
