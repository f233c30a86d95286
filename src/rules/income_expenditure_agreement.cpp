#include "income_expenditure_agreement.hpp"

#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo IncomeExpenditureAgreement::kInfo{
    .code = "BC133",
    .name = "income-expenditure-agreement",
    .default_severity = Severity::Error,
    .summary_zh = "部门收入总表与部门支出总表应逐行（科目编码）合计一致",
    .summary_en = "The department income and expenditure tables agree on 合计 row by row",
    .explanation =
        "The 部门收入总表 and the 部门支出总表 list the same 支出功能分类 科目: the first shows "
        "where each 科目's money comes from, the second how it is spent (基本支出 / 项目支出). "
        "The 合计 of each 科目 is therefore the same figure in both tables and must be "
        "identical, for every 科目编码 in either table and for the 合计 row.\n\n"
        "A 科目 one table prints with a non-zero 合计 and the other lacks is a finding at the "
        "table that lacks it. Mismatching figures are reported at the 部门支出总表.",
    .example =
        "部门收入总表 2150501 行政运行 366.30, 部门支出总表 2150501 行政运行 363.60:\n\n"
        "    部门支出总表 · 2150501 行政运行 · 合计\n"
        "      expected 366.30 (部门收入总表 2150501 行政运行 · 合计), found 363.60, "
        "difference -2.70",
    .fix =
        "Check the row in both published tables; if both are transcribed as published, "
        "the disclosure contradicts itself: report it.",
};

void IncomeExpenditureAgreement::check(RuleContext& context) const {
  const Document& doc = context.document();
  const ClassifiedTable& income = doc.department_income;
  const ClassifiedTable& expenditure = doc.department_expenditure;
  if (!income.present) {
    context.not_applicable("未公开部门收入总表", "部门收入总表 is not published");
    return;
  }
  if (!expenditure.present) {
    context.not_applicable("未公开部门支出总表", "部门支出总表 is not published");
    return;
  }
  expect_same_rows(context, RowSet::all_rows(expenditure), Column::Total, RowSet::all_rows(income),
                   Column::Total);
  if (expenditure.totals && income.totals)
    expect_same_if_published(context,
                             total_cell(expenditure.kind, *expenditure.totals, Column::Total),
                             total_cell(income.kind, *income.totals, Column::Total));
  context.not_applicable(
      "部门收入总表与部门支出总表均为空表",
      "部门收入总表 and 部门支出总表 are both empty");  // kept only when nothing was compared
}

}  // namespace budgetcheck
