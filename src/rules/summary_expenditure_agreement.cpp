#include "summary_expenditure_agreement.hpp"

#include <array>

#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo SummaryExpenditureAgreement::kInfo{
    .code = "BC132",
    .name = "summary-expenditure-agreement",
    .default_severity = Severity::Error,
    .summary_zh = "部门收支总表的各类支出及支出总计应与部门支出总表一致",
    .summary_en =
        "Expenditure by 类 and in total in the department summary equals the "
        "department expenditure table",
    .explanation =
        "The expenditure side of the 部门收支总表 repeats the 类 rows of the 部门支出总表 "
        "(支出功能分类). For every column both tables publish (合计, and 基本支出 / 项目支出 / "
        "人员经费 / 公用经费 where the summary prints them), each 类 must carry the same figure "
        "in both tables, exactly.\n\n"
        "Rows are paired by 科目编码, or by the exact 类 name where the summary prints names "
        "only. A 类 that one table prints with a non-zero figure and the other lacks is a "
        "finding at the table that lacks it.\n\n"
        "支出总计 must equal the 部门支出总表 合计 row; where the summary also prints a "
        "non-zero 结转下年, 支出总计 = 合计 + 结转下年 (judged under the rounding rule).",
    .example =
        "部门收支总表 prints 金融支出 84.00; 部门支出总表 217 金融支出 reads 48.00:\n\n"
        "    部门收支总表 · 金融支出 · 合计\n"
        "      expected 48.00 (部门支出总表 217 金融支出 · 合计), found 84.00, "
        "difference 36.00",
    .fix =
        "Check the row in both published tables. A 类 name spelt differently in the two "
        "tables (a missing row on each side) must be transcribed exactly as published; if "
        "the figures really differ, the disclosure contradicts itself: report it.",
};

namespace {

constexpr TableKind kSummary = TableKind::DepartmentSummary;
constexpr TableKind kExpenditure = TableKind::DepartmentExpenditure;

}  // namespace

void SummaryExpenditureAgreement::check(RuleContext& context) const {
  const Document& doc = context.document();
  const DepartmentSummary& s = doc.department_summary;
  const ClassifiedTable& expenditure = doc.department_expenditure;
  if (!s.present) {
    context.not_applicable("未公开部门收支总表", "部门收支总表 is not published");
    return;
  }
  if (!expenditure.present) {
    context.not_applicable("未公开部门支出总表", "部门支出总表 is not published");
    return;
  }

  const RowSet summary_rows =
      RowSet::of(kSummary, s.expenditure_rows,
                 s.expenditure_where.pointer.empty() ? s.where : s.expenditure_where);
  const RowSet class_rows = RowSet::class_rows(expenditure);
  for (Column column : s.expenditure_columns) {
    if (!expenditure.has_column(column))
      continue;
    expect_same_rows(context, summary_rows, column, class_rows, column);

    if (!s.expenditure_total || !expenditure.totals)
      continue;  // no 合计 printed: rows only
    const CellRef target = total_cell(kSummary, *s.expenditure_total, column, "支出总计");
    const CellRef source = total_cell(kExpenditure, *expenditure.totals, column);
    const Cell* forward = s.carry_forward ? &(*s.carry_forward)[column] : nullptr;
    if (forward && !forward->value_or_zero().is_zero()) {
      const std::array parts{source, total_cell(kSummary, *s.carry_forward, column, "结转下年")};
      context.expect_sum(target, parts);
    } else {
      expect_same_if_published(context, target, source);
    }
  }
  context.not_applicable("部门收支总表与部门支出总表均无可比较的支出数据",
                         "neither 部门收支总表 nor 部门支出总表 has expenditure figures to "
                         "compare");  // kept only when nothing was compared
}

}  // namespace budgetcheck
