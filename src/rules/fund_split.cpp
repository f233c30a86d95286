#include "fund_split.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "budgetcheck/rules/hierarchy.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo FundSplit::kInfo{
    .code = "BC114",
    .name = "fund-split",
    .default_severity = Severity::Error,
    .summary_zh = "财政拨款支出合计应等于一般公共预算、政府性基金预算、国有资本经营预算之和",
    .summary_en =
        "Fiscal appropriation expenditure: 合计 equals 一般公共预算 + 政府性基金预算 + "
        "国有资本经营预算 on every row",
    .explanation =
        "The expenditure side of the 财政拨款收支总表 splits every line by fund: 一般公共预算, "
        "政府性基金预算 and 国有资本经营预算 are the only sources of 财政拨款. On every line "
        "(一、本年支出, each 功能分类 类, 二、结转下年 and 支出合计):\n\n"
        "    合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算\n\n"
        "counting the fund columns the table publishes. A table without the 合计 column or "
        "without any fund column cannot be checked. Lines blank throughout are not compared; a "
        "blank cell counts as 0 otherwise.",
    .example =
        "财政拨款收支总表 line 卫生健康支出 合计 24.21, 一般公共预算 24.12, 政府性基金预算 "
        "blank:\n\n"
        "    财政拨款收支总表 · 卫生健康支出 · 合计\n"
        "      expected 24.12 (一般公共预算 + 政府性基金预算 + 国有资本经营预算), found 24.21, "
        "difference 0.09",
    .fix =
        "Compare the line with the published table; transposed digits in one fund column are "
        "the usual cause. If the published line does not add up, the disclosure is wrong: "
        "report it.",
};

void FundSplit::check(RuleContext& context) const {
  const FiscalSummary& fiscal = context.document().fiscal_summary;
  if (auto reason = unavailable_reason(fiscal)) {
    context.not_applicable(std::move(*reason));
    return;
  }
  const auto& columns = fiscal.expenditure_columns;
  std::vector<Column> funds;
  for (Column fund : {Column::GeneralPublic, Column::GovernmentFund, Column::StateCapital})
    if (std::find(columns.begin(), columns.end(), fund) != columns.end())
      funds.push_back(fund);
  if (auto missing =
          missing_columns_reason(TableKind::FiscalSummary, columns, std::array{Column::Total})) {
    context.could_not_run(std::move(*missing));
    return;
  }
  if (funds.empty()) {
    context.could_not_run(
        "财政拨款收支总表支出未按资金来源（一般公共预算等）分列",
        "财政拨款收支总表 does not split expenditure by fund (一般公共预算 and so on)");
    return;
  }
  const std::size_t compared = expect_row_identity(
      context, TableKind::FiscalSummary, fiscal_expenditure_rows(fiscal), Column::Total, funds);
  if (compared == 0)
    context.not_applicable("财政拨款收支总表支出方为空",
                           "the expenditure side of 财政拨款收支总表 is empty");
}

}  // namespace budgetcheck
