#include "income_sources.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "budgetcheck/rules/hierarchy.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo IncomeSources::kInfo{
    .code = "BC113",
    .name = "income-sources",
    .default_severity = Severity::Error,
    .summary_zh = "收入合计应等于各项收入来源之和",
    .summary_en = "Income totals equal the sum of the published income sources",
    .explanation =
        "Income is published by source (一般公共预算拨款收入, 政府性基金预算拨款收入, "
        "国有资本经营预算拨款收入, 财政专户管理资金收入, 事业收入, 上级补助收入, 附属单位上缴收入, "
        "事业单位经营收入, 其他收入, 上年结转). Checked:\n\n"
        "- 部门收入总表, every row and the 合计 row: 合计 = Σ the published source columns;\n"
        "- 部门收支总表: 收入总计 = Σ the published source lines, 上年结转 included;\n"
        "- 财政拨款收支总表: 一、本年收入 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算, and "
        "二、上年结转 = the sum of its three fund lines when they are printed.\n\n"
        "Where a layout prints an aggregated 财政拨款收入 together with the fund columns it "
        "aggregates, the funds are counted once: 合计 = Σ sources without 财政拨款收入, and "
        "财政拨款收入 = Σ the fund columns is checked as well. 收入合计 = 本年收入 + 上年结转 in "
        "财政拨款收支总表 is a balance (BC122). Lines blank throughout are not compared; a blank "
        "cell counts as 0 otherwise.",
    .example =
        "部门收入总表 row 208 合计 188.69, 一般公共预算 178.69, 事业收入 blank:\n\n"
        "    部门收入总表 · 208 社会保障和就业支出 · 合计\n"
        "      expected 178.69 (一般公共预算), found 188.69, difference 10.00",
    .fix =
        "Compare the sources with the published table: a source column left out of the "
        "transcription (check `columns` / `sources`) shows up as a shortfall of exactly that "
        "column. If the published table does not add up, the disclosure is wrong: report it.",
};

namespace {

constexpr std::array kFunds{Column::GeneralPublic, Column::GovernmentFund, Column::StateCapital};

bool contains(std::span<const Column> columns, Column c) {
  return std::find(columns.begin(), columns.end(), c) != columns.end();
}

// The sources that add up to the total, and the fund columns an aggregated 财政拨款收入
// stands for (empty unless both are published).
struct SourceSplit {
  std::vector<Column> parts;
  std::vector<Column> aggregated_funds;
};

SourceSplit split_sources(std::span<const Column> sources) {
  SourceSplit split;
  for (Column fund : kFunds)
    if (contains(sources, fund))
      split.aggregated_funds.push_back(fund);
  if (!contains(sources, Column::FiscalAppropriation))
    split.aggregated_funds.clear();
  for (Column c : sources)
    if (c != Column::Total &&
        !(c == Column::FiscalAppropriation && !split.aggregated_funds.empty()))
      split.parts.push_back(c);
  return split;
}

void check_department_income(RuleContext& context, TableCoverage& coverage,
                             const ClassifiedTable& table) {
  if (auto missing = missing_columns_reason(table.kind, table.columns, std::array{Column::Total})) {
    coverage.could_not_run(std::move(*missing));
    return;
  }
  const SourceSplit split = split_sources(table.columns);
  if (split.parts.empty()) {
    coverage.could_not_run("部门收入总表未公开收入来源列",
                           "部门收入总表 does not publish the income source columns");
    return;
  }
  const auto rows = rows_with_totals(table);
  coverage.compared(expect_row_identity(context, table.kind, rows, Column::Total, split.parts));
  if (!split.aggregated_funds.empty())
    coverage.compared(expect_row_identity(context, table.kind, rows, Column::FiscalAppropriation,
                                          split.aggregated_funds));
}

CellRef source_line(TableKind table, const Cell& cell, Column column) {
  return CellRef::named(table, cell, std::string(column_info(column).zh_name), column);
}

void check_department_summary(RuleContext& context, TableCoverage& coverage,
                              const DepartmentSummary& summary) {
  constexpr TableKind kTable = TableKind::DepartmentSummary;
  const SourceSplit split = split_sources(summary.income_sources);
  if (split.parts.empty()) {
    if (!summary.income_total.blank())
      coverage.could_not_run("部门收支总表收入未列明收入来源",
                             "the income side of 部门收支总表 does not name its sources");
    return;
  }
  std::vector<CellRef> parts;
  for (Column c : split.parts)
    parts.push_back(source_line(kTable, summary.income_cell(c), c));
  if (expect_sum_if_published(
          context, CellRef::named(kTable, summary.income_total, "收入总计", Column::Total), parts))
    coverage.compared(1);
  if (!split.aggregated_funds.empty()) {
    std::vector<CellRef> funds;
    for (Column c : split.aggregated_funds)
      funds.push_back(source_line(kTable, summary.income_cell(c), c));
    if (expect_sum_if_published(
            context,
            source_line(kTable, summary.income_cell(Column::FiscalAppropriation),
                        Column::FiscalAppropriation),
            funds))
      coverage.compared(1);
  }
}

void check_fiscal_summary(RuleContext& context, TableCoverage& coverage,
                          const FiscalSummary& summary) {
  constexpr TableKind kTable = TableKind::FiscalSummary;
  const std::array current{
      source_line(kTable, summary.income_general_public, Column::GeneralPublic),
      source_line(kTable, summary.income_government_fund, Column::GovernmentFund),
      source_line(kTable, summary.income_state_capital, Column::StateCapital)};
  if (expect_sum_if_published(
          context, CellRef::named(kTable, summary.income_current_total, "本年收入", Column::Total),
          current))
    coverage.compared(1);
  const std::array carryover{
      source_line(kTable, summary.carryover_general_public, Column::GeneralPublic),
      source_line(kTable, summary.carryover_government_fund, Column::GovernmentFund),
      source_line(kTable, summary.carryover_state_capital, Column::StateCapital)};
  if (expect_sum_if_published(
          context, CellRef::named(kTable, summary.carryover_total, "上年结转", Column::Total),
          carryover))
    coverage.compared(1);
}

}  // namespace

void IncomeSources::check(RuleContext& context) const {
  const Document& document = context.document();
  TableCoverage coverage;

  if (auto reason = unavailable_reason(document.department_income))
    coverage.not_applicable(std::move(*reason));
  else
    check_department_income(context, coverage, document.department_income);

  if (auto reason = unavailable_reason(document.department_summary))
    coverage.not_applicable(std::move(*reason));
  else
    check_department_summary(context, coverage, document.department_summary);

  if (auto reason = unavailable_reason(document.fiscal_summary))
    coverage.not_applicable(std::move(*reason));
  else
    check_fiscal_summary(context, coverage, document.fiscal_summary);

  coverage.report_to(context, "收入表中没有可核对的收入来源",
                     "no income table has income sources to check");
}

}  // namespace budgetcheck
