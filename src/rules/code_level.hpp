#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC503: every 科目编码 has the classification and level its table allows.
// Not `CodeLevel`: that is the 类/款/项 enum of the model.
class CodeLevelRule final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
