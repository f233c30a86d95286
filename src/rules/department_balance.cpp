#include "department_balance.hpp"

#include <vector>

#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo DepartmentBalance::kInfo{
    .code = "BC121",
    .name = "department-balance",
    .default_severity = Severity::Error,
    .summary_zh = "部门收支总表收入总计应等于支出总计，支出总计应等于各类支出与结转下年之和",
    .summary_en =
        "Department summary: total income equals total expenditure, which equals "
        "the sum of the 类 rows plus 结转下年",
    .explanation =
        "A budget balances: everything a department expects to receive (收入总计, the income "
        "sources plus 上年结转) is planned to be spent or carried forward (支出总计). The "
        "部门收支总表 prints both totals, so they must be the same figure.\n\n"
        "The rule also checks the expenditure side: for every column the table publishes, "
        "支出总计 must equal the sum of the 支出功能分类 类 rows plus 结转下年 when the layout "
        "prints that line. This sum is judged under the rounding rule (each published part may "
        "be off by half a unit of its last digit). That 收入总计 equals the sum of the income "
        "lines is checked by BC113.",
    .example =
        "部门收支总表 with 收入总计 2,465.43 and 支出总计 2,465.34:\n\n"
        "    部门收支总表 · 支出总计 · 合计\n"
        "      expected 2,465.43 (部门收支总表 收入总计), found 2,465.34, difference "
        "-0.09",
    .fix =
        "Compare both totals with the source document. A transposed digit usually shows in "
        "one of the totals only; if the 类 rows add up to one of them, that one is right. "
        "If the table really does not balance, the disclosure itself is wrong: report it.",
};

namespace {

constexpr TableKind kTable = TableKind::DepartmentSummary;

}  // namespace

void DepartmentBalance::check(RuleContext& context) const {
  const DepartmentSummary& s = context.document().department_summary;
  if (!s.present) {
    context.not_applicable("未公开部门收支总表", "部门收支总表 is not published");
    return;
  }
  if (!s.expenditure_total) {
    context.could_not_run("部门收支总表未列支出总计，无法核对收支平衡",
                          "部门收支总表 has no 支出总计, so the balance cannot be checked");
    return;
  }
  const AmountRow& total = *s.expenditure_total;

  expect_same_if_published(context, total_cell(kTable, total, Column::Total, "支出总计"),
                           CellRef::named(kTable, s.income_total, "收入总计"));

  if (s.expenditure_rows.empty())
    return;  // a layout without 类 rows has nothing to add up
  for (Column column : s.expenditure_columns) {
    std::vector<CellRef> parts;
    bool published = !total[column].blank();
    for (const auto& row : s.expenditure_rows) {
      parts.push_back(CellRef::of(kTable, row, column));
      published = published || !row[column].blank();
    }
    if (s.carry_forward) {
      parts.push_back(total_cell(kTable, *s.carry_forward, column, "结转下年"));
      published = published || !(*s.carry_forward)[column].blank();
    }
    if (published)
      context.expect_sum(total_cell(kTable, total, column, "支出总计"), parts);
  }
  context.not_applicable("部门收支总表为空表",
                         "部门收支总表 is empty");  // kept only when nothing was compared
}

}  // namespace budgetcheck
