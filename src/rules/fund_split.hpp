#pragma once
// BC114 fund-split: 财政拨款支出 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class FundSplit final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
