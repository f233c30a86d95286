#include "economic_rollup.hpp"

#include "budgetcheck/rules/hierarchy.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo EconomicRollup::kInfo{
    .code = "BC102",
    .name = "economic-rollup",
    .default_severity = Severity::Error,
    .summary_zh = "基本支出表（经济分类）中类应等于所属款之和，合计应等于各类之和",
    .summary_en =
        "Basic expenditure table (economic classification): each 类 equals the sum of its 款, "
        "and 合计 the sum of the 类, in every column",
    .explanation =
        "The 一般公共预算财政拨款基本支出表 lists 基本支出 by 部门预算支出经济分类科目: 类 "
        "(3-digit "
        "codes such as 301 工资福利支出) and 款 (5 digits such as 30101 基本工资). For every "
        "published column (合计, 人员经费, 公用经费):\n\n"
        "- each 类 = Σ its 款 rows;\n"
        "- the 合计 row = Σ the 类 rows.\n\n"
        "A 类 published without 款 rows is not checked. Sums are judged under the rounding "
        "rule: published figures are rounded, so 合计 may differ from the sum of three 类 by up "
        "to ½·10^-d·(n+1) (±0.02 for three parts at 0.01); such a difference is info, a larger "
        "one is an error.",
    .example =
        "基本支出表 with 合计 587.84 and 301 367.66, 302 113.83, 303 106.36:\n\n"
        "    一般公共预算财政拨款基本支出表 · 合计 · 合计\n"
        "      expected 587.85 (301 + 302 + 303), found 587.84, difference -0.01\n"
        "      within rounding (±0.02): info\n\n"
        "With 合计 588.84 the difference 0.99 is beyond rounding: error.",
    .fix =
        "Compare the 类 and 款 rows with the published table. A difference within rounding needs "
        "no fix (each row was rounded on its own); a larger one is a transcription error or an "
        "error in the disclosure.",
};

void EconomicRollup::check(RuleContext& context) const {
  const ClassifiedTable& table = context.document().general_public_basic;
  if (auto reason = unavailable_reason(table)) {
    context.not_applicable(std::move(*reason));
    return;
  }
  const std::size_t compared = expect_rollup(
      context, table.kind, table.rows, table.totals ? &*table.totals : nullptr, table.columns);
  if (compared == 0)
    context.not_applicable("一般公共预算财政拨款基本支出表中没有可汇总的科目行",
                           "一般公共预算财政拨款基本支出表 has no rows to roll up");
}

}  // namespace budgetcheck
