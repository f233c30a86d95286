#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC305: at least one 核心指标 per project.
class PerformanceCore final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
