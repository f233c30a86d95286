#include "summary_income_agreement.hpp"

#include "budgetcheck/rules/row_match.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo SummaryIncomeAgreement::kInfo{
    .code = "BC131",
    .name = "summary-income-agreement",
    .default_severity = Severity::Error,
    .summary_zh = "部门收支总表的收入应与部门收入总表合计行一致",
    .summary_en =
        "Income in the department summary equals the 合计 row of the department "
        "income table",
    .explanation =
        "The 部门收支总表 repeats, on its income side, the 合计 row of the 部门收入总表: "
        "收入总计 is the 部门收入总表 合计 (总计) column, and each income line "
        "(一般公共预算拨款收入, "
        "政府性基金预算拨款收入, …, 上年结转) is that source's column. Both are the rounding of "
        "one "
        "true figure, so they must be identical; no rounding allowance applies.\n\n"
        "Compared: 收入总计 with 合计, and every income source that both tables publish. A "
        "source only one table publishes (e.g. a region that prints one aggregated "
        "财政拨款收入 column) is not compared. Lines blank in both tables are skipped.",
    .example =
        "部门收支总表 一般公共预算 2,465.43, 部门收入总表 合计 row 一般公共预算拨款收入 "
        "2,456.43:\n\n"
        "    部门收支总表 · 收入 · 一般公共预算\n"
        "      expected 2,456.43 (部门收入总表 合计 · 一般公共预算), found 2,465.43, "
        "difference 9.00",
    .fix =
        "Check both figures against the published tables. If the transcription is right, "
        "the disclosure contradicts itself: report it to the publishing department.",
};

namespace {

constexpr TableKind kSummary = TableKind::DepartmentSummary;
constexpr TableKind kIncome = TableKind::DepartmentIncome;

}  // namespace

void SummaryIncomeAgreement::check(RuleContext& context) const {
  const Document& doc = context.document();
  const DepartmentSummary& s = doc.department_summary;
  const ClassifiedTable& income = doc.department_income;
  if (!s.present) {
    context.not_applicable("未公开部门收支总表", "部门收支总表 is not published");
    return;
  }
  if (!income.present) {
    context.not_applicable("未公开部门收入总表", "部门收入总表 is not published");
    return;
  }
  // An empty 部门收入总表 may omit its 合计 row: read it as blank, so a summary with
  // figures still disagrees. A table with rows but no 合计 row cannot be compared.
  AmountRow blank_totals;
  blank_totals.where = income.where;
  for (const ColumnInfo& c : all_columns())
    blank_totals[c.id].where = income.where;
  const AmountRow* totals = income.totals ? &*income.totals : nullptr;
  if (!totals && income.empty())
    totals = &blank_totals;
  if (!totals) {
    context.could_not_run(
        "部门收入总表未列合计行，无法与部门收支总表核对",
        "部门收入总表 has no 合计 row, so it cannot be compared with 部门收支总表");
    return;
  }

  expect_same_if_published(context, CellRef::named(kSummary, s.income_total, "收入总计"),
                           total_cell(kIncome, *totals, Column::Total));
  for (Column source : s.income_sources) {
    if (!income.has_column(source))
      continue;
    const std::string name(column_info(source).zh_name);
    expect_same_if_published(context,
                             CellRef::named(kSummary, s.income_cell(source), "收入", source, name),
                             total_cell(kIncome, *totals, source));
  }
  context.not_applicable(
      "部门收支总表与部门收入总表均无收入数据",
      "neither 部门收支总表 nor 部门收入总表 has income figures");  // kept only when nothing was
                                                                    // compared
}

}  // namespace budgetcheck
