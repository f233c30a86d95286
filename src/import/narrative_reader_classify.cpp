// What a figure's label names, given what its sentence is about so far. Order matters:
// the most specific words first (三公 parts before 公务用车, 政府采购 before 服务, …).

#include "narrative_reader_internal.hpp"

namespace budgetcheck::narrative_detail {

std::vector<Subject> ClaimReader::classify(std::string_view l, std::string_view context) {
  auto one = [](ClaimSubject s, std::optional<Column> scope = {}) {
    return std::vector<Subject>{Subject{s, {}, {}, {}, scope}};
  };
  using S = ClaimSubject;
  if (contains(l, "三公"))
    return one(S::ThreePublicTotal);
  if (contains(l, "因公出国"))
    return one(S::ThreePublicOverseas);
  if (contains(l, "公务接待"))
    return one(S::ThreePublicReception);
  if (contains(l, "公务用车")) {
    const bool buy = contains(l, "购置"), run = contains(l, "运行");
    if (buy && !run)
      return one(S::ThreePublicVehiclePurchase);
    if (run && !buy)
      return one(S::ThreePublicVehicleOperation);
    return one(S::ThreePublicVehicle);
  }
  if (contains(l, "运行经费"))
    return one(S::OfficeOperation);
  if (contains(l, "政府采购") || contains(context, "政府采购")) {
    if (contains(l, "一般公共预算"))
      sentence_.procurement_scope = true;
    const std::optional<Column> scope =
        sentence_.procurement_scope ? std::optional(Column::GeneralPublic) : std::nullopt;
    if (contains(l, "中小企业"))
      return one(S::ProcurementSme, scope);
    if (contains(l, "货物"))
      return one(S::ProcurementGoods, scope);
    if (contains(l, "工程"))
      return one(S::ProcurementWorks, scope);
    if (contains(l, "服务"))
      return one(S::ProcurementServices, scope);
    if (contains(l, "政府采购") || contains(l, "一般公共预算") || only_generic(l))
      return one(S::ProcurementTotal, scope);
    return {};
  }
  if (contains(context, "绩效"))
    return one(S::PerformanceAmount,
               contains(l, "一般公共预算") ? std::optional(Column::GeneralPublic) : std::nullopt);
  if (sentence_.list_parent == S::IncomeTotal) {
    if (auto source = income_source_named(l))
      return {Subject{S::IncomeSource, source, {}, {}, {}}};
  }
  const bool basic = contains(l, "基本支出"), project = contains(l, "项目支出");
  if (sentence_.list_parent == S::ExpenditureTotal) {
    if (l == "基本支出")
      return one(S::BasicExpenditure);
    if (l == "项目支出")
      return one(S::ProjectExpenditure);
    if (ends_with(l, "支出") || functional_class_code(l))
      return {Subject{S::ExpenditureClass, {}, functional_class_code(l), std::string(l), {}}};
  }
  if (basic || project) {
    const bool general_public =
        general_public_scope_ || contains(l, "一般公共预算") ||
        (general_public_expenditure_at_ && current_at_ > *general_public_expenditure_at_ &&
         contains(paragraph_->text.substr(*general_public_expenditure_at_,
                                          current_at_ - *general_public_expenditure_at_),
                  "其中"));
    const std::optional<Column> scope =
        general_public ? std::optional(Column::GeneralPublic) : std::nullopt;
    if (basic && !project)
      return one(S::BasicExpenditure, scope);
    if (project && !basic)
      return one(S::ProjectExpenditure, scope);
    return {};
  }
  const bool income = contains(l, "收入"), expenditure = contains(l, "支出"),
             both = contains(l, "收支");
  auto pair = [&](S in, S out) {
    std::vector<Subject> v;
    if (income || both)
      v.push_back(Subject{in, {}, {}, {}, {}});
    if (expenditure || both)
      v.push_back(Subject{out, {}, {}, {}, {}});
    return v;
  };
  if (contains(l, "一般公共预算") && (income || expenditure || both))
    return pair(S::GeneralPublicIncome, S::GeneralPublicExpenditure);
  if (expenditure && !income && contains(l, "政府性基金"))
    return one(S::GovernmentFundExpenditure);
  if (expenditure && !income && contains(l, "国有资本经营"))
    return one(S::StateCapitalExpenditure);
  if (contains(l, "财政拨款") && (income || expenditure || both))
    return pair(S::FiscalIncomeTotal, S::FiscalExpenditureTotal);
  if (both && only_generic(l, {"收支", "各", "均"}))
    return pair(S::IncomeTotal, S::ExpenditureTotal);
  if (auto source = income_source_named(l);
      source && *source != Column::GeneralPublic && *source != Column::GovernmentFund &&
      *source != Column::StateCapital && *source != Column::FiscalAppropriation)
    return {Subject{S::IncomeSource, source, {}, {}, {}}};
  if (income && !expenditure && only_generic(l, {"收入"}))
    return one(S::IncomeTotal);
  if (expenditure && !income && only_generic(l, {"支出"}))
    return one(S::ExpenditureTotal);
  if (auto code = functional_class_code(l))
    return {Subject{S::ExpenditureClass, {}, code, std::string(l), {}}};
  if (only_generic(l)) {
    // "（一）收入预算：2026 年年初预算数 …": the sentence says which.
    const std::size_t in = context.rfind("收入"), out = context.rfind("支出");
    if (in != std::string_view::npos && (out == std::string_view::npos || in > out))
      return one(S::IncomeTotal);
    if (out != std::string_view::npos)
      return one(S::ExpenditureTotal);
  }
  return {};
}

}  // namespace budgetcheck::narrative_detail
