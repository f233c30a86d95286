#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC403: the 情况说明 covers every required topic.
class NarrativeSections final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
