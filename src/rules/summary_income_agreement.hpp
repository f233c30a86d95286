#pragma once
// BC131 summary-income-agreement: 部门收支总表收入 = 部门收入总表合计行.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class SummaryIncomeAgreement final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
