#include "budgetcheck/model/document.hpp"

namespace budgetcheck {

std::string_view amount_unit_zh(AmountUnit unit) {
  return unit == AmountUnit::Yuan ? "元" : "万元";
}

std::vector<const ClassifiedTable*> Document::functional_tables() const {
  return {&department_income, &department_expenditure, &general_public_expenditure,
          &government_fund_expenditure, &state_capital_expenditure};
}

const ClassifiedTable* Document::classified(TableKind kind) const {
  switch (kind) {
    case TableKind::DepartmentIncome:
      return &department_income;
    case TableKind::DepartmentExpenditure:
      return &department_expenditure;
    case TableKind::GeneralPublicExpenditure:
      return &general_public_expenditure;
    case TableKind::GeneralPublicBasic:
      return &general_public_basic;
    case TableKind::GovernmentFundExpenditure:
      return &government_fund_expenditure;
    case TableKind::StateCapitalExpenditure:
      return &state_capital_expenditure;
    case TableKind::Procurement:
      return &procurement;
    default:
      return nullptr;
  }
}

}  // namespace budgetcheck
