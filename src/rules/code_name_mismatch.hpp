#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC502: the 科目名称 published with a code is the catalogue's name of that code.
class CodeNameMismatch final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
