#pragma once
// BC136 general-public-income-agreement: 一般公共预算支出表各行合计 =
// 部门收入总表一般公共预算拨款收入.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class GeneralPublicIncomeAgreement final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
