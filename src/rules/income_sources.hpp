#pragma once
// BC113 income-sources: 收入合计 = Σ 收入来源.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class IncomeSources final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
