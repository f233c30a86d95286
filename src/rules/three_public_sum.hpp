#pragma once
// BC115 three-public-sum: "三公"经费 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class ThreePublicSum final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
