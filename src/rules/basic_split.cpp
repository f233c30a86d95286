#include "basic_split.hpp"

#include <algorithm>
#include <array>

#include "budgetcheck/rules/hierarchy.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo BasicSplit::kInfo{
    .code = "BC112",
    .name = "basic-split",
    .default_severity = Severity::Error,
    .summary_zh = "基本支出应等于人员经费与公用经费之和",
    .summary_en = "基本支出 equals 人员经费 plus 公用经费 on every row that splits it",
    .explanation =
        "基本支出 consists of 人员经费 (personnel costs) and 公用经费 (日常公用经费, running "
        "costs), nothing else. Checked on every row and on the 合计 row:\n\n"
        "- in the 一般公共预算财政拨款基本支出表 (经济分类), whose columns are 合计 (the "
        "基本支出), 人员经费 and 公用经费: 合计 = 人员经费 + 公用经费 (a table published without "
        "one of these columns cannot be checked);\n"
        "- in 功能分类 expenditure tables (部门支出总表, 一般公共预算财政拨款支出表, "
        "政府性基金预算支出表, 国有资本经营预算支出表) and in 部门收支总表, where the layout "
        "splits "
        "基本支出 into 人员经费 and 公用经费: 基本支出 = 人员经费 + 公用经费. A table that "
        "publishes one of 人员经费 / 公用经费 without the other cannot be checked.\n\n"
        "Rows blank in all three cells are not compared; a blank cell counts as 0 otherwise.",
    .example =
        "基本支出表 row 301 工资福利支出 合计 367.66, 人员经费 367.56, 公用经费 blank:\n\n"
        "    一般公共预算财政拨款基本支出表 · 301 工资福利支出 · 合计\n"
        "      expected 367.56 (人员经费 + 公用经费), found 367.66, difference 0.10",
    .fix =
        "Compare the row with the published table. Economic 类 301 and 303 are normally 人员经费 "
        "and 302 公用经费: a figure in the wrong column is a common transcription slip.",
};

namespace {

constexpr std::array kSplit{Column::Personnel, Column::Public};

}  // namespace

void BasicSplit::check(RuleContext& context) const {
  const Document& document = context.document();
  TableCoverage coverage;

  // 基本支出表 (经济分类): its 合计 column is the 基本支出.
  const ClassifiedTable& basic = document.general_public_basic;
  if (auto reason = unavailable_reason(basic)) {
    coverage.not_applicable(std::move(*reason));
  } else if (auto missing = missing_columns_reason(
                 basic.kind, basic.columns,
                 std::array{Column::Total, Column::Personnel, Column::Public})) {
    coverage.could_not_run(std::move(*missing));
  } else {
    coverage.compared(
        expect_row_identity(context, basic.kind, rows_with_totals(basic), Column::Total, kSplit));
  }

  // Tables where splitting 基本支出 is optional: check the split when one is printed.
  const auto splits = [](std::span<const Column> columns) {
    return std::find_first_of(columns.begin(), columns.end(), kSplit.begin(), kSplit.end()) !=
           columns.end();
  };
  const auto check_split = [&](TableKind kind, std::span<const Column> columns,
                               std::span<const NamedRow> rows) {
    if (!splits(columns)) {
      const std::string name(table_info(kind).zh_name);
      coverage.not_applicable(name + "未将基本支出分为人员经费和公用经费",
                              name + " does not split 基本支出 into 人员经费 and 公用经费");
      return;
    }
    if (auto missing = missing_columns_reason(
            kind, columns, std::array{Column::Basic, Column::Personnel, Column::Public})) {
      coverage.could_not_run(std::move(*missing));
      return;
    }
    coverage.compared(expect_row_identity(context, kind, rows, Column::Basic, kSplit));
  };

  for (const ClassifiedTable* table :
       {&document.department_expenditure, &document.general_public_expenditure,
        &document.government_fund_expenditure, &document.state_capital_expenditure}) {
    if (auto reason = unavailable_reason(*table))
      coverage.not_applicable(std::move(*reason));
    else
      check_split(table->kind, table->columns, rows_with_totals(*table));
  }

  const DepartmentSummary& department = document.department_summary;
  if (auto reason = unavailable_reason(department))
    coverage.not_applicable(std::move(*reason));
  else
    check_split(TableKind::DepartmentSummary, department.expenditure_columns,
                department_expenditure_rows(department));

  coverage.report_to(context, "没有分列人员经费和公用经费的表",
                     "no table splits 人员经费 and 公用经费");
}

}  // namespace budgetcheck
