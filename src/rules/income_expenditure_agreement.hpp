#pragma once
// BC133 income-expenditure-agreement: 部门收入总表与部门支出总表逐行合计一致.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class IncomeExpenditureAgreement final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
