#include "budgetcheck/model/source_location.hpp"

#include <charconv>

namespace budgetcheck {

std::string SourceLocation::full_pointer() const {
  if (!pointer_parent)
    return pointer;
  char digits[16];
  const auto end = std::to_chars(digits, digits + sizeof digits, pointer_index).ptr;
  std::string out;
  out.reserve(pointer_parent->size() + 1 + static_cast<std::size_t>(end - digits));
  out += *pointer_parent;
  out += '/';
  out.append(digits, end);
  return out;
}

void SourceLocation::write_pointer() {
  if (!pointer_parent)
    return;
  pointer = full_pointer();
  pointer_parent.reset();
}

}  // namespace budgetcheck
