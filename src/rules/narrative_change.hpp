#pragma once
// BC202 narrative-change: year-on-year changes stated in the 情况说明 are consistent.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class NarrativeChange final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
