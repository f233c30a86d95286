#pragma once
// BC111 expenditure-split: 合计 = 基本支出 + 项目支出 on every row.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class ExpenditureSplit final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
