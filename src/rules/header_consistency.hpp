#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC404: tables use the document's 金额单位 and name its unit.
class HeaderConsistency final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
