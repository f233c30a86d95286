#pragma once
// Suggestions for misspelt keys and values: "unknown key `totl` (did you mean `total`?)".

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace budgetcheck {

// Levenshtein distance over Unicode code points, ASCII case ignored ("Total" = "total"),
// so a wrong Chinese character costs 1 like a wrong letter.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a likely typo
// (one edit for words of up to 3 code points, else max(2, length/3)); the earliest
// candidate wins a tie. Failing that, a candidate that extends `word` or that `word` extends
// (at least 4 code points in common: "current" -> "current_total"). std::nullopt otherwise.
std::optional<std::string_view> did_you_mean(std::string_view word,
                                             const std::vector<std::string_view>& candidates);

}  // namespace budgetcheck
