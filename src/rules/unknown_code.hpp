#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC501: every 科目编码 belongs to a 类 of the year's catalogue.
class UnknownCode final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
