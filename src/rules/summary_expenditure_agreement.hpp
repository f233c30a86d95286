#pragma once
// BC132 summary-expenditure-agreement: 部门收支总表支出 = 部门支出总表类行与合计行.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class SummaryExpenditureAgreement final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
