#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC304: 二级指标 belongs to its 一级指标 in the standard framework.
class PerformanceFramework final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
