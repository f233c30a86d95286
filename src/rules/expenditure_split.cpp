#include "expenditure_split.hpp"

#include <array>

#include "budgetcheck/rules/hierarchy.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo ExpenditureSplit::kInfo{
    .code = "BC111",
    .name = "expenditure-split",
    .default_severity = Severity::Error,
    .summary_zh = "支出表每一行的合计应等于基本支出与项目支出之和",
    .summary_en = "Expenditure tables: on every row, 合计 equals 基本支出 plus 项目支出",
    .explanation =
        "Expenditure is either 基本支出 (keeping the unit running: 人员经费 and 公用经费) or "
        "项目支出 (everything done for a specific task), nothing else. So on every row of a "
        "table that publishes all three columns, and on its 合计 row:\n\n"
        "    合计 = 基本支出 + 项目支出\n\n"
        "Checked in 部门支出总表, 一般公共预算财政拨款支出表, 政府性基金预算支出表 and "
        "国有资本经营预算支出表 (whose standard layout has these columns: a table published "
        "without one of them cannot be checked), and in 部门收支总表 when its expenditure side "
        "is split into 基本支出 and 项目支出. Rows blank in all three cells are not compared; "
        "a blank cell counts as 0 otherwise.",
    .example =
        "一般公共预算财政拨款支出表 row 2150502 一般行政管理事务 总计 621.38, 基本支出 3.44, "
        "项目支出 617.49:\n\n"
        "    一般公共预算财政拨款支出表 · 2150502 一般行政管理事务 · 合计\n"
        "      expected 620.93 (基本支出 + 项目支出), found 621.38, difference 0.45",
    .fix =
        "Compare the row with the published table: a transposed digit in one of the three cells "
        "is the usual cause. If the published row itself does not add up, the disclosure is "
        "wrong: report it.",
};

namespace {

constexpr std::array kNeeded{Column::Total, Column::Basic, Column::Project};
constexpr std::array kParts{Column::Basic, Column::Project};

}  // namespace

void ExpenditureSplit::check(RuleContext& context) const {
  const Document& document = context.document();
  TableCoverage coverage;

  for (const ClassifiedTable* table :
       {&document.department_expenditure, &document.general_public_expenditure,
        &document.government_fund_expenditure, &document.state_capital_expenditure}) {
    if (auto reason = unavailable_reason(*table)) {
      coverage.not_applicable(std::move(*reason));
      continue;
    }
    if (auto missing = missing_columns_reason(table->kind, table->columns, kNeeded)) {
      coverage.could_not_run(std::move(*missing));
      continue;
    }
    coverage.compared(
        expect_row_identity(context, table->kind, rows_with_totals(*table), Column::Total, kParts));
  }

  // 部门收支总表: only some layouts split the expenditure side; not splitting is no defect.
  const DepartmentSummary& department = document.department_summary;
  if (auto reason = unavailable_reason(department)) {
    coverage.not_applicable(std::move(*reason));
  } else if (missing_columns_reason(TableKind::DepartmentSummary, department.expenditure_columns,
                                    kNeeded)) {
    coverage.not_applicable("部门收支总表支出未分基本支出、项目支出",
                            "部门收支总表 does not split expenditure into 基本支出 and 项目支出");
  } else {
    coverage.compared(expect_row_identity(context, TableKind::DepartmentSummary,
                                          department_expenditure_rows(department), Column::Total,
                                          kParts));
  }

  coverage.report_to(context, "支出表中没有可核对的行", "no expenditure table has rows to check");
}

}  // namespace budgetcheck
