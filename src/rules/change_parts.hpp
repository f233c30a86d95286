#pragma once
// BC203 change-parts: the stated changes of the parts add up to the stated change of the whole.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class ChangeParts final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
