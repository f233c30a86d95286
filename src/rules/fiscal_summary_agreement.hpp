#pragma once
// BC134 fiscal-summary-agreement: 财政拨款收支总表各资金列 = 各财政拨款支出表.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class FiscalSummaryAgreement final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
