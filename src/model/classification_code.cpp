#include "budgetcheck/model/classification_code.hpp"

#include <algorithm>

namespace budgetcheck {

std::string_view code_level_zh(CodeLevel level) {
  switch (level) {
    case CodeLevel::Class:
      return "类";
    case CodeLevel::Section:
      return "款";
    case CodeLevel::Item:
      return "项";
  }
  return "";
}

std::optional<ClassificationCode> ClassificationCode::parse(std::string_view text) {
  if (text.size() != 3 && text.size() != 5 && text.size() != 7)
    return std::nullopt;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return ClassificationCode(std::string(text));
}

CodeLevel ClassificationCode::level() const {
  switch (digits_.size()) {
    case 3:
      return CodeLevel::Class;
    case 5:
      return CodeLevel::Section;
    default:
      return CodeLevel::Item;
  }
}

std::optional<ClassificationCode> ClassificationCode::parent() const {
  if (digits_.size() <= 3)
    return std::nullopt;
  return ClassificationCode(digits_.substr(0, digits_.size() - 2));
}

bool ClassificationCode::is_ancestor_of(const ClassificationCode& other) const {
  return other.digits_.size() > digits_.size() &&
         other.digits_.compare(0, digits_.size(), digits_) == 0;
}

}  // namespace budgetcheck
