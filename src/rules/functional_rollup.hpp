#pragma once
// BC101 functional-rollup: 功能分类 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类, per column.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class FunctionalRollup final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
