#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC307: every project is identified (编码, 名称, 当年预算) and 项目编码 are unique.
class PerformanceIdentity final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
