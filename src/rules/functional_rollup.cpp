#include "functional_rollup.hpp"

#include "budgetcheck/rules/hierarchy.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo FunctionalRollup::kInfo{
    .code = "BC101",
    .name = "functional-rollup",
    .default_severity = Severity::Error,
    .summary_zh = "功能分类表中类应等于所属款之和，款应等于所属项之和，合计应等于各类之和",
    .summary_en =
        "Functional classification tables: each 类 equals the sum of its 款, each 款 the sum "
        "of its 项, and 合计 the sum of the 类, in every column",
    .explanation =
        "Tables by 支出功能分类科目 list 类 (3-digit codes), 款 (5 digits) and 项 (7 digits). "
        "A parent is nothing but the sum of the rows below it, so for every published column:\n\n"
        "- each 类 = Σ its 款 rows, each 款 = Σ its 项 rows;\n"
        "- the 合计 row = Σ the 类 rows.\n\n"
        "Checked in 部门收入总表, 部门支出总表, 一般公共预算财政拨款支出表, 政府性基金预算支出表 "
        "and "
        "国有资本经营预算支出表. In 财政拨款收支总表, 一、本年支出 = Σ the 类 rows for every "
        "column. "
        "部门收支总表 prints no separate 本年支出 line: its 支出总计 = Σ 类 + 结转下年 is a "
        "balance "
        "(BC121); here only 款/项 rows it may print are rolled up into their 类.\n\n"
        "A parent published without any child row (a 类 printed without its 款) is not checked; "
        "cells blank in the parent and in all its children are not compared. Sums are judged "
        "under the rounding rule: a difference of at most ½·10^-d·(n+1) for n parts published "
        "with d decimals is reported as info, a larger one at the rule's severity.",
    .example =
        "一般公共预算财政拨款支出表 with 208 社会保障和就业支出 总计 189.69, 20805 163.04, "
        "20808 25.65:\n\n"
        "    一般公共预算财政拨款支出表 · 208 社会保障和就业支出 · 合计\n"
        "      expected 188.69 (20805 + 20808), found 189.69, difference 1.00",
    .fix =
        "Compare the parent and its children with the published table. If the children add up "
        "and the parent does not, the parent (or a child) was mistyped in transcription; if the "
        "published table itself does not add up, the disclosure is wrong: report it. A child "
        "row missing from the transcription also shows up here.",
};

void FunctionalRollup::check(RuleContext& context) const {
  const Document& document = context.document();
  TableCoverage coverage;

  for (const ClassifiedTable* table : document.functional_tables()) {
    if (auto reason = unavailable_reason(*table)) {
      coverage.not_applicable(std::move(*reason));
      continue;
    }
    coverage.compared(expect_rollup(context, table->kind, table->rows,
                                    table->totals ? &*table->totals : nullptr, table->columns));
  }

  // 部门收支总表: no 本年支出 line, so its total is BC121's balance; roll up 款/项 rows only.
  const DepartmentSummary& department = document.department_summary;
  if (auto reason = unavailable_reason(department))
    coverage.not_applicable(std::move(*reason));
  else
    coverage.compared(expect_rollup(context, TableKind::DepartmentSummary,
                                    department.expenditure_rows, nullptr,
                                    department.expenditure_columns));

  // 财政拨款收支总表: 一、本年支出 = Σ 类 rows.
  const FiscalSummary& fiscal = document.fiscal_summary;
  if (auto reason = unavailable_reason(fiscal))
    coverage.not_applicable(std::move(*reason));
  else
    coverage.compared(expect_rollup(
        context, TableKind::FiscalSummary, fiscal.expenditure_rows,
        fiscal.expenditure_current_total ? &*fiscal.expenditure_current_total : nullptr,
        fiscal.expenditure_columns, "本年支出"));

  coverage.report_to(context, "功能分类表中没有可汇总的科目行",
                     "no functional classification table has rows to roll up");
}

}  // namespace budgetcheck
