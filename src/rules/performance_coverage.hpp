#pragma once
// BC214 performance-coverage: the amount under 绩效目标管理 and the coverage of 项目支出 by target
// tables.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class PerformanceCoverage final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
