#pragma once
// BC135 basic-economic-agreement: 一般公共预算支出表基本支出合计 = 基本支出表合计.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class BasicEconomicAgreement final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
