#pragma once
// BC121 department-balance: 部门收支总表 收入总计 = 支出总计, and 支出总计 = Σ 类 + 结转下年.

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

class DepartmentBalance final : public Rule {
 public:
  static const RuleInfo kInfo;
  const RuleInfo& info() const override { return kInfo; }
  void check(RuleContext& context) const override;
};

}  // namespace budgetcheck
