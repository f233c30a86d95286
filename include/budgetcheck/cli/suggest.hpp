#pragma once
// "Did you mean …?" for names typed on the command line.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetcheck {

// Edit distance, ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);
// The closest candidate if it is close enough to be a plausible typo.
std::optional<std::string> closest_match(std::string_view typed,
                                         const std::vector<std::string>& candidates);

}  // namespace budgetcheck
