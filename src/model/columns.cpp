#include "budgetcheck/model/columns.hpp"

namespace budgetcheck {
namespace {

constexpr std::array<ColumnInfo, kColumnCount> kColumns{{
    {Column::Total, "total", "合计", "total"},
    {Column::Basic, "basic", "基本支出", "basic expenditure"},
    {Column::Personnel, "personnel", "人员经费", "personnel costs"},
    {Column::Public, "public", "公用经费", "public costs"},
    {Column::Project, "project", "项目支出", "project expenditure"},
    {Column::GeneralPublic, "general_public", "一般公共预算", "general public budget"},
    {Column::GovernmentFund, "government_fund", "政府性基金预算", "government fund budget"},
    {Column::StateCapital, "state_capital", "国有资本经营预算", "state capital budget"},
    {Column::FiscalAppropriation, "fiscal_appropriation", "财政拨款收入", "fiscal appropriation"},
    {Column::SpecialAccount, "special_account", "财政专户管理资金", "special account funds"},
    {Column::Business, "business", "事业收入", "business income"},
    {Column::HigherSubsidy, "higher_subsidy", "上级补助收入", "subsidy from higher level"},
    {Column::SubordinateRemit, "subordinate_remit", "附属单位上缴收入",
     "remittance from subordinates"},
    {Column::BusinessOperation, "business_operation", "事业单位经营收入", "operating income"},
    {Column::Other, "other", "其他收入", "other income"},
    {Column::PriorCarryover, "prior_carryover", "上年结转", "carried over from prior year"},
}};

constexpr std::array<Column, 11> kIncomeSources{
    Column::GeneralPublic,     Column::GovernmentFund,
    Column::StateCapital,      Column::FiscalAppropriation,
    Column::SpecialAccount,    Column::Business,
    Column::HigherSubsidy,     Column::SubordinateRemit,
    Column::BusinessOperation, Column::Other,
    Column::PriorCarryover};

}  // namespace

std::span<const ColumnInfo> all_columns() {
  return kColumns;
}

const ColumnInfo& column_info(Column column) {
  return kColumns[static_cast<std::size_t>(column)];
}

std::optional<Column> column_from_key(std::string_view key) {
  for (const auto& c : kColumns)
    if (c.key == key)
      return c.id;
  return std::nullopt;
}

std::span<const Column> income_source_columns() {
  return kIncomeSources;
}

std::vector<Column> allowed_columns(TableKind kind) {
  std::vector<Column> out{Column::Total};
  switch (kind) {
    case TableKind::DepartmentIncome:
    case TableKind::Procurement:
      for (Column c : income_source_columns())
        out.push_back(c);
      break;
    case TableKind::GeneralPublicBasic:
      out.insert(out.end(), {Column::Personnel, Column::Public});
      break;
    default:
      out.insert(out.end(), {Column::Basic, Column::Personnel, Column::Public, Column::Project});
      break;
  }
  return out;
}

}  // namespace budgetcheck
