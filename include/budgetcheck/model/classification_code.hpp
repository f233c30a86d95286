#pragma once
// 科目编码: codes of 支出功能分类 (类 3 digits, 款 5, 项 7) and
// 部门预算支出经济分类 (类 3, 款 5). The level follows from the length.

#include <optional>
#include <string>
#include <string_view>

namespace budgetcheck {

enum class CodeLevel { Class, Section, Item };  // 类, 款, 项

std::string_view code_level_zh(CodeLevel level);  // "类" / "款" / "项"

class ClassificationCode {
 public:
  // std::nullopt unless `text` is 3, 5 or 7 ASCII digits.
  static std::optional<ClassificationCode> parse(std::string_view text);

  const std::string& digits() const { return digits_; }
  CodeLevel level() const;
  // The code one level up ("2080505" -> "20805"); std::nullopt for a 类.
  std::optional<ClassificationCode> parent() const;
  // True if `other` lies strictly below this code in the hierarchy.
  bool is_ancestor_of(const ClassificationCode& other) const;

  friend bool operator==(const ClassificationCode&, const ClassificationCode&) = default;
  friend auto operator<=>(const ClassificationCode&, const ClassificationCode&) = default;

 private:
  explicit ClassificationCode(std::string digits) : digits_(std::move(digits)) {}
  std::string digits_;
};

}  // namespace budgetcheck
