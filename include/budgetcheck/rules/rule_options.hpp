#pragma once
// What a region's rules differ on, set from budgetcheck.json (see docs/cli.md) and passed
// to the catalogue: requirements that are policy, not arithmetic. Defaults are the national
// minimum (财预〔2016〕143号), so a document checked without configuration is not held to
// a local rule.

namespace budgetcheck {

struct RuleOptions {
  // BC303: also require 成本指标 among each project's 一级指标.
  bool require_cost_indicators = false;
  // BC401: tables required beyond the eight national ones.
  bool require_state_capital_expenditure = false;  // 国有资本经营预算支出表
  bool require_procurement = false;                // 政府采购预算表
  bool require_performance = false;  // 部门（单位）整体绩效目标表 and 项目支出绩效目标表

  bool operator==(const RuleOptions&) const = default;
};

}  // namespace budgetcheck
