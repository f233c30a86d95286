#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC301: per project, Σ 指标权重 + 预算执行率权重 = 100.
class PerformanceWeights final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
