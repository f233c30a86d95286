#include "budgetcheck/model/table_kind.hpp"

#include <array>

namespace budgetcheck {
namespace {

constexpr std::array<TableInfo, kTableKindCount> kTables{{
    {TableKind::DepartmentSummary, "department_summary", "部门收支总表",
     "department income and expenditure summary", Classification::Functional},
    {TableKind::DepartmentIncome, "department_income", "部门收入总表", "department income",
     Classification::Functional},
    {TableKind::DepartmentExpenditure, "department_expenditure", "部门支出总表",
     "department expenditure", Classification::Functional},
    {TableKind::FiscalSummary, "fiscal_summary", "财政拨款收支总表", "fiscal appropriation summary",
     Classification::Functional},
    {TableKind::GeneralPublicExpenditure, "general_public_expenditure",
     "一般公共预算财政拨款支出表", "general public budget expenditure", Classification::Functional},
    {TableKind::GeneralPublicBasic, "general_public_basic", "一般公共预算财政拨款基本支出表",
     "general public budget basic expenditure", Classification::Economic},
    {TableKind::ThreePublic, "three_public", "一般公共预算“三公”经费支出表",
     "\"three public\" expenses", Classification::None},
    {TableKind::GovernmentFundExpenditure, "government_fund_expenditure", "政府性基金预算支出表",
     "government fund budget expenditure", Classification::Functional},
    {TableKind::StateCapitalExpenditure, "state_capital_expenditure", "国有资本经营预算支出表",
     "state capital budget expenditure", Classification::Functional},
    {TableKind::Procurement, "procurement", "政府采购预算表", "government procurement",
     Classification::None},
    {TableKind::PerformanceOverall, "performance_overall", "部门（单位）整体绩效目标表",
     "overall performance targets", Classification::None},
    {TableKind::PerformanceProjects, "performance_projects", "项目支出绩效目标表",
     "project performance targets", Classification::None},
}};

}  // namespace

std::span<const TableInfo> all_tables() {
  return kTables;
}

const TableInfo& table_info(TableKind kind) {
  return kTables[static_cast<std::size_t>(kind)];
}

std::optional<TableKind> table_from_key(std::string_view key) {
  for (const auto& t : kTables)
    if (t.key == key)
      return t.kind;
  return std::nullopt;
}

}  // namespace budgetcheck
