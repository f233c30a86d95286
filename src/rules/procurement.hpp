#pragma once
// BC213 procurement: 政府采购 figures of the 情况说明 add up and equal the 政府采购预算表.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class Procurement final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
