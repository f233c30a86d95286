#include "budgetcheck/model/classification_code.hpp"

#include <catch2/catch.hpp>

using budgetcheck::ClassificationCode;
using budgetcheck::CodeLevel;

TEST_CASE("classification_code: accepts 3, 5 and 7 ASCII digits only", "[model][code]") {
  CHECK(ClassificationCode::parse("208"));
  CHECK(ClassificationCode::parse("20805"));
  CHECK(ClassificationCode::parse("2080505"));
  CHECK_FALSE(ClassificationCode::parse(""));
  CHECK_FALSE(ClassificationCode::parse("20"));
  CHECK_FALSE(ClassificationCode::parse("2080"));
  CHECK_FALSE(ClassificationCode::parse("208050"));
  CHECK_FALSE(ClassificationCode::parse("208050501"));
  CHECK_FALSE(ClassificationCode::parse("20a"));
  CHECK_FALSE(ClassificationCode::parse(" 208"));
  CHECK_FALSE(ClassificationCode::parse("２０８"));  // full-width digits
}

TEST_CASE("classification_code: level, parent and ancestry", "[model][code]") {
  const auto cls = *ClassificationCode::parse("208");
  const auto section = *ClassificationCode::parse("20805");
  const auto item = *ClassificationCode::parse("2080505");
  CHECK(cls.level() == CodeLevel::Class);
  CHECK(section.level() == CodeLevel::Section);
  CHECK(item.level() == CodeLevel::Item);
  CHECK(budgetcheck::code_level_zh(CodeLevel::Section) == "款");
  CHECK(item.parent() == section);
  CHECK(section.parent() == cls);
  CHECK_FALSE(cls.parent().has_value());
  CHECK(cls.is_ancestor_of(item));
  CHECK(section.is_ancestor_of(item));
  CHECK_FALSE(item.is_ancestor_of(section));
  CHECK_FALSE(cls.is_ancestor_of(cls));
  CHECK_FALSE(ClassificationCode::parse("210")->is_ancestor_of(item));
  CHECK(cls < section);
}
