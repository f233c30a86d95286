#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC405: no template residue (XX, 待填写, 增加（减少）…) in published text.
class TemplateResidue final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
