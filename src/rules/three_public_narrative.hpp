#pragma once
// BC211 three-public-narrative: the "三公" figures of the 情况说明 equal the "三公" table.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class ThreePublicNarrative final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
