#pragma once
// BC116 negative-amount: a budget figure in a table is never negative.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class NegativeAmount final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
