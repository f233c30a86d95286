#pragma once
// BC201 narrative-figures: totals stated in the 情况说明 equal the tables.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class NarrativeFigures final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
