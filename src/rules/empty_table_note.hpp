#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC402: an empty table carries a note about itself.
class EmptyTableNote final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
