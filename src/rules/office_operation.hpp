#pragma once
// BC212 office-operation: 机关运行经费 equals the 公用经费 of the 基本支出表 (行政 and 参公 units).

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class OfficeOperation final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
