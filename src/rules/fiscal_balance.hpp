#pragma once
// BC122 fiscal-balance: 财政拨款收支总表 收入合计 = 支出合计, and each side = 本年 + 结转.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class FiscalBalance final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
