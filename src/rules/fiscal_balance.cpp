#include "fiscal_balance.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <vector>

#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo FiscalBalance::kInfo{
    .code = "BC122",
    .name = "fiscal-balance",
    .default_severity = Severity::Error,
    .summary_zh = "财政拨款收支总表收入合计应等于支出合计，且各等于本年数与结转数之和",
    .summary_en =
        "Fiscal appropriation summary: total income equals total expenditure; each "
        "total is the current year plus the carry-over",
    .explanation =
        "The 财政拨款收支总表 shows the appropriations a unit receives (一、本年收入 and "
        "二、上年结转) and how they are used (一、本年支出 and 二、结转下年). Appropriations are "
        "spent or carried forward, so the table balances. Checked:\n\n"
        "- 收入合计 = 支出合计 (the 合计 column of the expenditure side); the same figure "
        "printed twice, so it must be identical;\n"
        "- 收入合计 = 本年收入 + 上年结转;\n"
        "- for each fund the expenditure side publishes as a column (一般公共预算, 政府性基金预算, "
        "国有资本经营预算): that fund's 本年收入 + 上年结转 = its 支出合计;\n"
        "- for every expenditure column: 支出合计 = 本年支出 + 结转下年.\n\n"
        "Sums are judged under the rounding rule. Lines left blank on both sides are not "
        "compared. That 本年收入 equals the sum of its fund lines is a within-table roll-up, "
        "not this rule.",
    .example =
        "财政拨款收支总表 with 收入合计 2,465.43, 本年支出 2,465.43, 结转下年 blank and "
        "支出合计 2,456.43:\n\n"
        "    财政拨款收支总表 · 支出合计 · 合计\n"
        "      expected 2,465.43 (财政拨款收支总表 收入合计), found 2,456.43, difference "
        "-9.00",
    .fix =
        "Find which total disagrees with its own parts (本年 + 结转) and correct the "
        "transcription; if the published table itself does not balance, report it.",
};

namespace {

constexpr TableKind kTable = TableKind::FiscalSummary;

bool any_published(std::initializer_list<const Cell*> cells) {
  for (const Cell* c : cells)
    if (c && !c->blank())
      return true;
  return false;
}

struct FundLines {
  Column column;
  const Cell FiscalSummary::*income;
  const Cell FiscalSummary::*carryover;
};

constexpr std::array<FundLines, 3> kFunds{{
    {Column::GeneralPublic, &FiscalSummary::income_general_public,
     &FiscalSummary::carryover_general_public},
    {Column::GovernmentFund, &FiscalSummary::income_government_fund,
     &FiscalSummary::carryover_government_fund},
    {Column::StateCapital, &FiscalSummary::income_state_capital,
     &FiscalSummary::carryover_state_capital},
}};

}  // namespace

void FiscalBalance::check(RuleContext& context) const {
  const FiscalSummary& s = context.document().fiscal_summary;
  if (!s.present) {
    context.not_applicable("未公开财政拨款收支总表", "财政拨款收支总表 is not published");
    return;
  }
  if (!s.expenditure_grand_total) {
    context.could_not_run("财政拨款收支总表未列支出合计，无法核对收支平衡",
                          "财政拨款收支总表 has no 支出合计, so the balance cannot be checked");
    return;
  }
  const AmountRow& grand = *s.expenditure_grand_total;
  const CellRef income_grand = CellRef::named(kTable, s.income_grand_total, "收入合计");

  expect_same_if_published(context, total_cell(kTable, grand, Column::Total, "支出合计"),
                           income_grand);

  if (any_published({&s.income_grand_total, &s.income_current_total, &s.carryover_total})) {
    const std::array parts{CellRef::named(kTable, s.income_current_total, "本年收入"),
                           CellRef::named(kTable, s.carryover_total, "上年结转")};
    context.expect_sum(income_grand, parts);
  }

  for (const auto& fund : kFunds) {
    if (std::find(s.expenditure_columns.begin(), s.expenditure_columns.end(), fund.column) ==
        s.expenditure_columns.end())
      continue;
    const Cell& income = s.*fund.income;
    const Cell& carryover = s.*fund.carryover;
    if (!any_published({&income, &carryover, &grand[fund.column]}))
      continue;
    const std::string fund_name(column_info(fund.column).zh_name);
    const std::array parts{
        CellRef::named(kTable, income, "本年收入", fund.column, "本年收入（" + fund_name + "）"),
        CellRef::named(kTable, carryover, "上年结转", fund.column,
                       "上年结转（" + fund_name + "）")};
    context.expect_sum(total_cell(kTable, grand, fund.column, "支出合计"), parts);
  }

  for (Column column : s.expenditure_columns) {
    const Cell* current =
        s.expenditure_current_total ? &(*s.expenditure_current_total)[column] : nullptr;
    const Cell* forward = s.carry_forward ? &(*s.carry_forward)[column] : nullptr;
    if (!any_published({&grand[column], current, forward}))
      continue;
    std::vector<CellRef> parts;
    if (s.expenditure_current_total)
      parts.push_back(total_cell(kTable, *s.expenditure_current_total, column, "本年支出"));
    else  // a layout without the 本年支出 line: its 类 rows stand for it
      for (const auto& row : s.expenditure_rows)
        parts.push_back(CellRef::of(kTable, row, column));
    if (s.carry_forward)
      parts.push_back(total_cell(kTable, *s.carry_forward, column, "结转下年"));
    context.expect_sum(total_cell(kTable, grand, column, "支出合计"), parts);
  }
  context.not_applicable("财政拨款收支总表为空表",
                         "财政拨款收支总表 is empty");  // kept only when nothing was compared
}

}  // namespace budgetcheck
