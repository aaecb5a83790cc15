// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace summitry {

// Edit distance (insertions, deletions, substitutions, transpositions), capped: any distance
// above `cap` is returned as cap + 1.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap);

// Picks the candidate closest to `word`, if one is close enough to be a likely typo.
class Suggester {
public:
    explicit Suggester(std::string_view word);
    void consider(std::string_view candidate);
    std::optional<std::string> best() const;
    // " — did you mean 'x'?" or empty.
    std::string did_you_mean() const;

private:
    std::string word_;
    std::string lower_;
    std::size_t cap_;
    std::size_t best_distance_;
    std::string best_;
};

template <class Range, class Project>
std::string did_you_mean(std::string_view word, const Range& candidates, Project project) {
    Suggester s(word);
    for (const auto& c : candidates) s.consider(project(c));
    return s.did_you_mean();
}

}  // namespace summitry
