#include "general_public_income_agreement.hpp"

#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo GeneralPublicIncomeAgreement::kInfo{
    .code = "BC136",
    .name = "general-public-income-agreement",
    .default_severity = Severity::Error,
    .summary_zh = "一般公共预算财政拨款支出表各科目合计应与部门收入总表的一般公共预算拨款收入一致",
    .summary_en =
        "Each 科目 of the general public budget expenditure table equals the 一般公共预算 "
        "income column of the department income table",
    .explanation =
        "The 部门收入总表 shows, per 支出功能分类 科目, how much comes from 一般公共预算拨款收入. "
        "The 一般公共预算财政拨款支出表 shows the same money being spent, per 科目. For every "
        "科目编码 in either table, and for the 合计 row, the expenditure table's 合计 must "
        "equal the income table's 一般公共预算 column, exactly. A 科目 one table shows with a "
        "non-zero figure and the other lacks is a finding at the table that lacks it.\n\n"
        "Regions that publish one aggregated 财政拨款收入 column instead of one column per "
        "fund give no 一般公共预算 figure to compare: the rule is then not applicable.",
    .example =
        "部门收入总表 2101101 行政单位医疗 一般公共预算 21.49; the 一般公共预算财政拨款支出表 "
        "has no row 2101101:\n\n"
        "    一般公共预算财政拨款支出表 · 2101101 行政单位医疗 · 合计\n"
        "      expected 21.49 (部门收入总表 2101101 行政单位医疗 · 一般公共预算), found "
        "blank (no such row), difference -21.49",
    .fix =
        "Check the 科目 in both published tables (a row left out in transcription shows as a "
        "missing row). If both are right, the disclosure contradicts itself: report it.",
};

void GeneralPublicIncomeAgreement::check(RuleContext& context) const {
  const Document& doc = context.document();
  const ClassifiedTable& expenditure = doc.general_public_expenditure;
  const ClassifiedTable& income = doc.department_income;
  if (!expenditure.present) {
    context.not_applicable("未公开一般公共预算财政拨款支出表",
                           "一般公共预算财政拨款支出表 is not published");
    return;
  }
  if (!income.present) {
    context.not_applicable("未公开部门收入总表", "部门收入总表 is not published");
    return;
  }
  if (!income.has_column(Column::GeneralPublic)) {
    if (income.has_column(Column::FiscalAppropriation))
      context.not_applicable("部门收入总表只列财政拨款收入合计，未分列一般公共预算拨款收入",
                             "部门收入总表 gives only the 财政拨款 total, without a separate "
                             "一般公共预算拨款收入 column");
    else
      context.not_applicable("部门收入总表未列一般公共预算拨款收入",
                             "部门收入总表 has no 一般公共预算拨款收入 column");
    return;
  }
  expect_same_rows(context, RowSet::all_rows(expenditure), Column::Total, RowSet::all_rows(income),
                   Column::GeneralPublic);
  if (expenditure.totals && income.totals)
    expect_same_if_published(context,
                             total_cell(expenditure.kind, *expenditure.totals, Column::Total),
                             total_cell(income.kind, *income.totals, Column::GeneralPublic));
  context.not_applicable(
      "两表均无一般公共预算数据",
      "neither table has 一般公共预算 figures");  // kept only when nothing was compared
}

}  // namespace budgetcheck
