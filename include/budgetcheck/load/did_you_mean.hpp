#pragma once
// Suggestions for misspelt keys and values: "unknown key `totl` (did you mean `total`?)".

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace budgetcheck {

// Levenshtein distance counted in bytes (keys are ASCII; for Chinese values a wrong
// character costs up to 3, which the threshold below allows for).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a likely typo
// (distance at most max(2, size/3), ASCII case ignored for the comparison); the earliest
// candidate wins a tie. std::nullopt when nothing is close.
std::optional<std::string_view> did_you_mean(std::string_view word,
                                             const std::vector<std::string_view>& candidates);

}  // namespace budgetcheck
