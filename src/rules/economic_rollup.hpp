#pragma once
// BC102 economic-rollup: 基本支出表 (经济分类) 类 = Σ 款, 合计 = Σ 类, per column.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class EconomicRollup final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
