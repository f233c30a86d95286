#include "required_tables.hpp"

#include <fmt/format.h>

#include <vector>

#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

const RuleInfo RequiredTables::kInfo{
    .code = "BC401",
    .name = "required-tables",
    .default_severity = Severity::Error,
    .summary_zh = "应公开财预〔2016〕143号规定的八张部门预算表",
    .summary_en = "Every table required by 财预〔2016〕143号 must be published",
    .explanation =
        "《地方预决算公开操作规程》(财预〔2016〕143号) requires a 部门预算 disclosure to publish "
        "eight tables: 部门收支总表, 部门收入总表, 部门支出总表, 财政拨款收支总表, "
        "一般公共预算财政拨款支出表, 一般公共预算财政拨款基本支出表, 一般公共预算“三公”经费支出表 "
        "and 政府性基金预算支出表. A table that does not apply (no 政府性基金 money) is still "
        "published, empty, with a note saying why (BC402); only a table that is absent "
        "altogether is reported here, one finding per table.\n\n"
        "Further tables are required only when configured (constructor options, all off by "
        "default, because requirements differ by region and year): 国有资本经营预算支出表 "
        "(`state_capital`), 政府采购预算表 (`procurement`) and the 绩效目标 tables — "
        "部门（单位）整体绩效目标表 and 项目支出绩效目标表 (`performance`).",
    .example = "A disclosure without 政府性基金预算支出表 → finding: 缺少政府性基金预算支出表.",
    .fix =
        "Publish the missing table; if it has no figures, publish it empty with a note such "
        "as 本单位无政府性基金收支，故此表无数据。 (If the table is published but the "
        "transcription left it out, add it to the JSON.)",
};

void RequiredTables::check(RuleContext& context) const {
  const Document& document = context.document();
  std::vector<std::pair<TableKind, bool>> required{
      {TableKind::DepartmentSummary, document.department_summary.present},
      {TableKind::DepartmentIncome, document.department_income.present},
      {TableKind::DepartmentExpenditure, document.department_expenditure.present},
      {TableKind::FiscalSummary, document.fiscal_summary.present},
      {TableKind::GeneralPublicExpenditure, document.general_public_expenditure.present},
      {TableKind::GeneralPublicBasic, document.general_public_basic.present},
      {TableKind::ThreePublic, document.three_public.present},
      {TableKind::GovernmentFundExpenditure, document.government_fund_expenditure.present},
  };
  if (options_.state_capital)
    required.emplace_back(TableKind::StateCapitalExpenditure,
                          document.state_capital_expenditure.present);
  if (options_.procurement)
    required.emplace_back(TableKind::Procurement, document.procurement.present);
  if (options_.performance) {
    required.emplace_back(TableKind::PerformanceOverall, document.performance_overall.present);
    required.emplace_back(TableKind::PerformanceProjects, document.performance_projects_present);
  }
  for (const auto& [kind, present] : required) {
    context.count_check();
    if (present)
      continue;
    CellRef ref;
    ref.table = kind;
    Finding f = context.finding_at(ref);
    f.where.pointer = "/tables";
    f.message = fmt::format("缺少{}", table_info(kind).zh_name);
    f.message_en = fmt::format("{} is missing", table_info(kind).zh_name);
    context.report(std::move(f));
  }
}

}  // namespace budgetcheck
