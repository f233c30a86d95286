#pragma once
// BC215 vehicle-counts: stated vehicle counts add up.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class VehicleCounts final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
