#pragma once
// BC112 basic-split: 基本支出 = 人员经费 + 公用经费 on every row.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class BasicSplit final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
