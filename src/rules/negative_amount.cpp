#include "negative_amount.hpp"

#include <fmt/format.h>

#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo NegativeAmount::kInfo{
    .code = "BC116",
    .name = "negative-amount",
    .default_severity = Severity::Error,
    .summary_zh = "预算表中的金额不应为负数",
    .summary_en = "No figure in a budget table is negative",
    .explanation =
        "A budget disclosure publishes allocations, sources and balances: amounts that are "
        "zero or more. A negative figure in a table (for example -3.00 as 公务接待费, or a "
        "negative 基本支出) is a sign error of the transcription or of the publication. The "
        "roll-up rules would still add it up, so it could pass them unnoticed; this rule names "
        "it. Checked: every cell of the 功能分类 and 经济分类 tables, 政府采购预算表, "
        "部门收支总表, 财政拨款收支总表 and the “三公”经费表. Changes stated in the narrative "
        "(增加/减少) are not table figures and are not checked here.",
    .example =
        "一般公共预算“三公”经费支出表 with 公务接待费 -3.00:\n\n"
        "    一般公共预算“三公”经费支出表 · 公务接待费\n"
        "      error: 一般公共预算“三公”经费支出表 公务接待费 为负数 -3.00",
    .fix = "Compare the figure with the publication and remove the wrong sign.",
};

namespace {

void expect_not_negative(RuleContext& context, const CellRef& ref, bool& compared) {
  if (!ref.cell || ref.cell->blank())
    return;
  compared = true;
  context.count_check();
  if (!ref.cell->amount->is_negative())
    return;
  Finding f = context.finding_at(ref);
  const std::string_view table = table_info(ref.table).zh_name;
  const std::string what =
      ref.column && !ref.name().empty()
          ? fmt::format("{} · {}", ref.name(), column_info(*ref.column).zh_name)
          : std::string(ref.name());
  const std::string figure = ref.cell->amount->to_display(context.document().header.decimals);
  f.message = fmt::format("{} {} 为负数 {}", table, what, figure);
  f.message_en = fmt::format("{} {} is negative: {}", table, what, figure);
  context.report(std::move(f));
}

void check_row(RuleContext& context, TableKind kind, const AmountRow& row,
               const std::vector<Column>& columns, bool& compared) {
  if (columns.empty())
    return;
  CellRef ref = CellRef::of(kind, row, columns.front());  // moved along the row
  for (Column c : columns) {
    ref.move_to(c);
    expect_not_negative(context, ref, compared);
  }
}

void check_rows(RuleContext& context, TableKind kind, const std::vector<AmountRow>& rows,
                const std::optional<AmountRow>& total, const std::vector<Column>& columns,
                bool& compared) {
  if (total)
    check_row(context, kind, *total, columns, compared);
  for (const AmountRow& row : rows)
    check_row(context, kind, row, columns, compared);
}

}  // namespace

void NegativeAmount::check(RuleContext& context) const {
  const Document& d = context.document();
  bool compared = false;
  for (TableKind kind : {TableKind::DepartmentIncome, TableKind::DepartmentExpenditure,
                         TableKind::GeneralPublicExpenditure, TableKind::GeneralPublicBasic,
                         TableKind::GovernmentFundExpenditure, TableKind::StateCapitalExpenditure,
                         TableKind::Procurement}) {
    const ClassifiedTable& t = *d.classified(kind);
    check_rows(context, kind, t.rows, t.totals, t.columns, compared);
  }

  const DepartmentSummary& s = d.department_summary;
  for (Column c : s.income_sources)
    expect_not_negative(context,
                        CellRef::named(TableKind::DepartmentSummary, s.income_cell(c),
                                       std::string(column_info(c).zh_name)),
                        compared);
  expect_not_negative(
      context, CellRef::named(TableKind::DepartmentSummary, s.income_total, "收入总计"), compared);
  check_rows(context, TableKind::DepartmentSummary, s.expenditure_rows, s.expenditure_total,
             s.expenditure_columns, compared);

  const FiscalSummary& f = d.fiscal_summary;
  constexpr TableKind kFiscal = TableKind::FiscalSummary;
  for (const auto& [cell, name] : {std::pair{&f.income_current_total, "本年收入"},
                                   {&f.income_general_public, "本年收入 · 一般公共预算"},
                                   {&f.income_government_fund, "本年收入 · 政府性基金预算"},
                                   {&f.income_state_capital, "本年收入 · 国有资本经营预算"},
                                   {&f.carryover_total, "上年结转"},
                                   {&f.carryover_general_public, "上年结转 · 一般公共预算"},
                                   {&f.carryover_government_fund, "上年结转 · 政府性基金预算"},
                                   {&f.carryover_state_capital, "上年结转 · 国有资本经营预算"},
                                   {&f.income_grand_total, "收入合计"}})
    expect_not_negative(context, CellRef::named(kFiscal, *cell, name), compared);
  check_rows(context, kFiscal, f.expenditure_rows, f.expenditure_grand_total, f.expenditure_columns,
             compared);
  if (f.expenditure_current_total)
    check_row(context, kFiscal, *f.expenditure_current_total, f.expenditure_columns, compared);

  const ThreePublicTable& p = d.three_public;
  constexpr TableKind kThree = TableKind::ThreePublic;
  for (const auto& [cell, name] : {std::pair{&p.total, "合计"},
                                   {&p.overseas, "因公出国（境）费"},
                                   {&p.vehicle_total, "公务用车购置及运行费"},
                                   {&p.vehicle_purchase, "公务用车购置费"},
                                   {&p.vehicle_operation, "公务用车运行费"},
                                   {&p.reception, "公务接待费"},
                                   {&p.office_operation, "机关运行经费"}})
    expect_not_negative(context, CellRef::named(kThree, *cell, name), compared);

  if (!compared)
    context.not_applicable("没有已公开的表格金额", "no table publishes a figure");
}

}  // namespace budgetcheck
