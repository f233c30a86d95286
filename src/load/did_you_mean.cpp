#include "budgetcheck/load/did_you_mean.hpp"

#include <algorithm>
#include <string>

namespace budgetcheck {
namespace {

// Code points, ASCII lowered, so a wrong Chinese character costs 1 like a wrong letter.
// The input is valid UTF-8 (the parser checked); a stray byte simply counts as one.
std::u32string code_points_lowered(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (i + len > s.size())
      len = 1;
    char32_t cp = len == 1 ? b : (b & (0xFFu >> (len + 1)));
    for (std::size_t k = 1; k < len; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    if (cp >= U'A' && cp <= U'Z')
      cp = cp - U'A' + U'a';
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::size_t distance(const std::u32string& a, const std::u32string& b) {
  // Two rows of the classic dynamic programme.
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return distance(code_points_lowered(a), code_points_lowered(b));
}

std::optional<std::string_view> did_you_mean(std::string_view word,
                                             const std::vector<std::string_view>& candidates) {
  // Very long input is not a typo of a short key; skip the quadratic work.
  if (word.size() > 200)
    return std::nullopt;
  const std::u32string lowered = code_points_lowered(word);
  // Short words get one edit: two edits turn any 2-letter word into any other.
  const std::size_t limit = lowered.size() <= 3 ? 1 : std::max<std::size_t>(2, lowered.size() / 3);
  std::optional<std::string_view> best;
  std::size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    const std::size_t d = distance(lowered, code_points_lowered(candidate));
    if (d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  if (best)
    return best;
  // A truncated or extended key ("current" for "current_total") is far in edits but
  // obvious to a reader.
  for (std::string_view candidate : candidates) {
    const std::u32string c = code_points_lowered(candidate);
    const auto& shorter = c.size() < lowered.size() ? c : lowered;
    const auto& longer = c.size() < lowered.size() ? lowered : c;
    if (shorter.size() >= 4 && longer.compare(0, shorter.size(), shorter) == 0)
      return candidate;
  }
  return std::nullopt;
}

}  // namespace budgetcheck
