#pragma once
// BC221 functional-economic-crosswalk: social-insurance 功能分类 rows match their 经济分类 rows.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class FunctionalEconomicCrosswalk final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
