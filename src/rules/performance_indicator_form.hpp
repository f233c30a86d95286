#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC306: 指标性质, 指标值 and 指标权重 are well formed.
class PerformanceIndicatorForm final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
