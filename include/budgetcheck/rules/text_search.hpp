#pragma once
// Plain substring search over published Chinese text (UTF-8), for the rules that look for
// topics, keywords or template residue, and short excerpts to quote in findings.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace budgetcheck {

inline bool contains(std::string_view text, std::string_view needle) {
  return !needle.empty() && text.find(needle) != std::string_view::npos;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> needles);

// The text around [pos, pos + length) with up to `context` characters (code points) on
// each side, "…" marking a cut: "…比上年增加（减少）XX万元…". Byte offsets must fall on
// character boundaries.
std::string excerpt(std::string_view text, std::size_t pos, std::size_t length,
                    std::size_t context = 12);

}  // namespace budgetcheck
