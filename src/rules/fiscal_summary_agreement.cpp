#include "fiscal_summary_agreement.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo FiscalSummaryAgreement::kInfo{
    .code = "BC134",
    .name = "fiscal-summary-agreement",
    .default_severity = Severity::Error,
    .summary_zh = "财政拨款收支总表各资金列的分类支出应与对应的财政拨款支出表一致",
    .summary_en =
        "Each fund column of the fiscal appropriation summary equals that fund's "
        "expenditure table, by 类 and in total",
    .explanation =
        "The expenditure side of the 财政拨款收支总表 splits each 支出功能分类 类 by fund. Each "
        "fund column repeats a table of its own:\n\n"
        "| column | table |\n|---|---|\n"
        "| 一般公共预算 | 一般公共预算财政拨款支出表 |\n"
        "| 政府性基金预算 | 政府性基金预算支出表 |\n"
        "| 国有资本经营预算 | 国有资本经营预算支出表 |\n\n"
        "For every fund column the summary publishes, each 类 row must equal the 合计 of the "
        "same 类 in the fund's table, and 一、本年支出 must equal that table's 合计 row, "
        "exactly. Rows are paired by 科目编码, or by the exact 类 name (the summary often "
        "prints names only). A 类 one side shows with a non-zero figure and the other lacks "
        "is a finding at the side that lacks it.\n\n"
        "A fund table that was not published cannot be compared: when the summary shows a "
        "non-zero figure for that fund the rule could not run (and says which table is "
        "missing); when the column is blank or zero there is nothing to compare. Whether a "
        "table must be published at all is a separate rule.",
    .example =
        "财政拨款收支总表 一般公共预算 column, 卫生健康支出 24.21; 一般公共预算财政拨款支出表 "
        "210 卫生健康支出 合计 24.12:\n\n"
        "    财政拨款收支总表 · 卫生健康支出 · 一般公共预算\n"
        "      expected 24.12 (一般公共预算财政拨款支出表 210 卫生健康支出 · 合计), found "
        "24.21, difference 0.09",
    .fix =
        "Check the figure in both published tables; a 类 name must be transcribed exactly "
        "as printed so the rows pair. If both are right, the disclosure contradicts itself: "
        "report it.",
};

namespace {

constexpr TableKind kSummary = TableKind::FiscalSummary;

struct FundTable {
  Column column;
  const ClassifiedTable Document::*table;
};

constexpr std::array<FundTable, 3> kFunds{{
    {Column::GeneralPublic, &Document::general_public_expenditure},
    {Column::GovernmentFund, &Document::government_fund_expenditure},
    {Column::StateCapital, &Document::state_capital_expenditure},
}};

bool has_figure(const FiscalSummary& s, Column column) {
  auto non_zero = [column](const AmountRow& row) { return !row[column].value_or_zero().is_zero(); };
  if (s.expenditure_current_total && non_zero(*s.expenditure_current_total))
    return true;
  return std::any_of(s.expenditure_rows.begin(), s.expenditure_rows.end(), non_zero);
}

}  // namespace

void FiscalSummaryAgreement::check(RuleContext& context) const {
  const Document& doc = context.document();
  const FiscalSummary& s = doc.fiscal_summary;
  if (!s.present) {
    context.not_applicable("未公开财政拨款收支总表", "财政拨款收支总表 is not published");
    return;
  }
  const RowSet summary_rows =
      RowSet::of(kSummary, s.expenditure_rows,
                 s.expenditure_where.pointer.empty() ? s.where : s.expenditure_where);

  std::string cannot_compare,
      cannot_compare_en;  // one sentence per fund table that is missing but needed
  for (const auto& fund : kFunds) {
    if (std::find(s.expenditure_columns.begin(), s.expenditure_columns.end(), fund.column) ==
        s.expenditure_columns.end())
      continue;
    const ClassifiedTable& table = doc.*fund.table;
    const std::string table_name(table_info(table.kind).zh_name);
    if (!table.present) {
      if (has_figure(s, fund.column)) {
        if (!cannot_compare.empty()) {
          cannot_compare += "；";
          cannot_compare_en += "; ";
        }
        const std::string fund_name(column_info(fund.column).zh_name);
        cannot_compare +=
            "未公开" + table_name + "，无法核对财政拨款收支总表的" + fund_name + "支出";
        cannot_compare_en += table_name + " is not published, so the " + fund_name +
                             " expenditure of 财政拨款收支总表 cannot be checked";
      }
      continue;
    }
    expect_same_rows(context, summary_rows, fund.column, RowSet::class_rows(table), Column::Total);
    if (!s.expenditure_current_total)
      continue;  // no 本年支出 line printed: rows only
    // An empty fund table may omit its 合计 row; read it as blank.
    AmountRow blank_totals;
    blank_totals.where = table.where;
    for (const ColumnInfo& c : all_columns())
      blank_totals[c.id].where = table.where;
    const AmountRow* totals =
        table.totals ? &*table.totals : (table.empty() ? &blank_totals : nullptr);
    if (!totals)
      continue;  // rows but no 合计 row: the rows were compared
    expect_same_if_published(
        context, total_cell(kSummary, *s.expenditure_current_total, fund.column, "本年支出"),
        total_cell(table.kind, *totals, Column::Total));
  }
  if (!cannot_compare.empty()) {
    context.could_not_run(cannot_compare, cannot_compare_en);
    return;
  }
  context.not_applicable("财政拨款收支总表未分列各资金支出，或各资金均无数据",
                         "财政拨款收支总表 does not split expenditure by fund, or no fund has "
                         "figures");  // kept only when nothing was compared
}

}  // namespace budgetcheck
