#pragma once
// BC216 three-public-economic: 经济分类 rows of the 基本支出表 do not exceed the "三公" figures.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class ThreePublicEconomic final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
