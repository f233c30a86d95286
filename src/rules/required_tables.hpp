#pragma once

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// Tables required beyond the eight of 财预〔2016〕143号. Off by default: whether a region
// requires them is a matter of configuration.
struct RequiredTablesOptions {
  bool state_capital = false;  // 国有资本经营预算支出表
  bool procurement = false;    // 政府采购预算表
  bool performance = false;  // 部门（单位）整体绩效目标表 and 项目支出绩效目标表
};

// BC401: every required table is published (present; it may be empty).
class RequiredTables final : public Rule {
 public:
  explicit RequiredTables(RequiredTablesOptions options = {}) : options_(options) {}

  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;

 private:
  RequiredTablesOptions options_;
};

}  // namespace budgetcheck
