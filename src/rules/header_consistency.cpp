#include "header_consistency.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "budgetcheck/rules/performance_support.hpp"
#include "budgetcheck/rules/rule_context.hpp"
#include "budgetcheck/rules/text_search.hpp"

namespace budgetcheck {

const RuleInfo HeaderConsistency::kInfo{
    .code = "BC404",
    .name = "header-consistency",
    .default_severity = Severity::Error,
    .summary_zh = "各表的金额单位应与文档一致，项目表的编制单位应为本单位",
    .summary_en = "Each table's amount unit matches the document's; project tables name the unit",
    .explanation =
        "Every table prints its own 单位：万元 (or 元) line. The figures of one disclosure are "
        "compared with each other, so they must all be in the document's unit: a table "
        "printed in 元 among tables in 万元 is either wrongly labelled or 10,000 times off. "
        "The rule compares each published table's 金额单位 with the document's `amount_unit` "
        "(tables that print no unit are not compared).\n\n"
        "Each 项目支出绩效目标表 also prints an 编制单位 line (e.g. "
        "`206001-重庆市綦江区经济和信息化委员会（本级）`); it must name the unit that publishes "
        "the disclosure: it must contain the document's `unit_code` or its `unit_name`. A "
        "table from another unit's disclosure pasted into this one shows up here. Tables with "
        "no 编制单位 line are not compared (BC307 reports a table that lost its header).",
    .example =
        "一般公共预算“三公”经费支出表 printed with 单位：元 in a disclosure in 万元 → finding: "
        "一般公共预算“三公”经费支出表的金额单位为元，与文档的金额单位万元不一致.",
    .fix =
        "Correct the table's unit line (or convert its figures, if they really are in 元); "
        "for a wrong 编制单位, check that the project belongs to this unit.",
};

void HeaderConsistency::check(RuleContext& context) const {
  const Document& d = context.document();
  const std::string_view unit = amount_unit_zh(d.header.amount_unit);
  const std::vector<std::pair<TableKind, const TableCommon*>> tables{
      {TableKind::DepartmentSummary, &d.department_summary},
      {TableKind::DepartmentIncome, &d.department_income},
      {TableKind::DepartmentExpenditure, &d.department_expenditure},
      {TableKind::FiscalSummary, &d.fiscal_summary},
      {TableKind::GeneralPublicExpenditure, &d.general_public_expenditure},
      {TableKind::GeneralPublicBasic, &d.general_public_basic},
      {TableKind::ThreePublic, &d.three_public},
      {TableKind::GovernmentFundExpenditure, &d.government_fund_expenditure},
      {TableKind::StateCapitalExpenditure, &d.state_capital_expenditure},
      {TableKind::Procurement, &d.procurement},
      {TableKind::PerformanceOverall, &d.performance_overall},
  };
  for (const auto& [kind, table] : tables) {
    if (!table->present || !table->amount_unit)
      continue;
    context.count_check();
    if (*table->amount_unit == unit)
      continue;
    CellRef ref;
    ref.table = kind;
    Finding f = context.finding_at(ref);
    f.where = table->where;
    f.message = fmt::format("{}的金额单位为{}，与文档的金额单位{}不一致", table_info(kind).zh_name,
                            *table->amount_unit, unit);
    f.message_en = fmt::format("the amount unit of {} is {}, but the document's is {}",
                               table_info(kind).zh_name, *table->amount_unit, unit);
    context.report(std::move(f));
  }

  const auto& projects = d.performance_projects;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectPerformance& project = projects[i];
    if (project.preparer.empty())
      continue;
    context.count_check();
    if (contains(project.preparer, d.header.unit_code) ||
        contains(project.preparer, d.header.unit_name))
      continue;
    Finding f = project_finding(context, project, project.where);
    f.message = fmt::format(
        "{}的编制单位“{}”不是本单位（{}{}）", describe_project(project, i), project.preparer,
        d.header.unit_code.empty() ? "" : d.header.unit_code + " ", d.header.unit_name);
    f.message_en =
        fmt::format("the 编制单位 “{}” of {} is not this unit ({}{})", project.preparer,
                    describe_project_en(project, i),
                    d.header.unit_code.empty() ? "" : d.header.unit_code + " ", d.header.unit_name);
    context.report(std::move(f));
  }
  context.not_applicable("没有载明金额单位的表，也没有载明编制单位的项目支出绩效目标表",
                         "no table states its amount unit and no 项目支出绩效目标表 states its "
                         "编制单位");
}

}  // namespace budgetcheck
