#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// BC303: every project has indicators under 产出指标, 效益指标 and 满意度指标 (and 成本指标
// when required).
class PerformanceDimensions final : public Rule {
 public:
  // `require_cost`: also require 成本指标. Regions differ on whether 成本指标 is a required
  // first-level dimension, so it is off until configuration says otherwise.
  explicit PerformanceDimensions(bool require_cost = false) : require_cost_(require_cost) {}

  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;

 private:
  bool require_cost_;
};

}  // namespace budgetcheck
