#include "budgetcheck/rules/text_search.hpp"

namespace budgetcheck {

namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

bool contains_any(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (auto needle : needles)
    if (contains(text, needle))
      return true;
  return false;
}

std::string excerpt(std::string_view text, std::size_t pos, std::size_t length,
                    std::size_t context) {
  if (pos > text.size())
    pos = text.size();
  std::size_t begin = pos;
  for (std::size_t n = 0; n < context && begin > 0; ++n) {
    --begin;
    while (begin > 0 && is_continuation(text[begin]))
      --begin;
  }
  std::size_t end = pos + length < text.size() ? pos + length : text.size();
  for (std::size_t n = 0; n < context && end < text.size(); ++n) {
    ++end;
    while (end < text.size() && is_continuation(text[end]))
      ++end;
  }
  std::string out;
  if (begin > 0)
    out += "…";
  out += text.substr(begin, end - begin);
  if (end < text.size())
    out += "…";
  return out;
}

}  // namespace budgetcheck
