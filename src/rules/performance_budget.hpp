#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC302: 当年预算 = 本级安排 + 上级补助.
class PerformanceBudget final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
