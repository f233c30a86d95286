#include "budgetcheck/model/narrative.hpp"

#include <array>

namespace budgetcheck {
namespace {

struct SubjectInfo {
  ClaimSubject subject;
  std::string_view key;
  std::string_view zh;
  bool count;
};

constexpr std::array kSubjects{
    SubjectInfo{ClaimSubject::IncomeTotal, "income_total", "收入预算", false},
    SubjectInfo{ClaimSubject::IncomeSource, "income_source", "收入来源", false},
    SubjectInfo{ClaimSubject::ExpenditureTotal, "expenditure_total", "支出预算", false},
    SubjectInfo{ClaimSubject::ExpenditureClass, "expenditure_class", "功能分类类级支出", false},
    SubjectInfo{ClaimSubject::FiscalIncomeTotal, "fiscal_income_total", "财政拨款收入", false},
    SubjectInfo{ClaimSubject::FiscalExpenditureTotal, "fiscal_expenditure_total", "财政拨款支出",
                false},
    SubjectInfo{ClaimSubject::GeneralPublicIncome, "general_public_income",
                "一般公共预算财政拨款收入", false},
    SubjectInfo{ClaimSubject::GeneralPublicExpenditure, "general_public_expenditure",
                "一般公共预算财政拨款支出", false},
    SubjectInfo{ClaimSubject::GovernmentFundExpenditure, "government_fund_expenditure",
                "政府性基金预算拨款支出", false},
    SubjectInfo{ClaimSubject::StateCapitalExpenditure, "state_capital_expenditure",
                "国有资本经营预算拨款支出", false},
    SubjectInfo{ClaimSubject::BasicExpenditure, "basic_expenditure", "基本支出", false},
    SubjectInfo{ClaimSubject::ProjectExpenditure, "project_expenditure", "项目支出", false},
    SubjectInfo{ClaimSubject::ThreePublicTotal, "three_public_total", "“三公”经费", false},
    SubjectInfo{ClaimSubject::ThreePublicOverseas, "three_public_overseas", "因公出国（境）费",
                false},
    SubjectInfo{ClaimSubject::ThreePublicReception, "three_public_reception", "公务接待费", false},
    SubjectInfo{ClaimSubject::ThreePublicVehicle, "three_public_vehicle",
                "公务用车购置及运行维护费", false},
    SubjectInfo{ClaimSubject::ThreePublicVehicleOperation, "three_public_vehicle_operation",
                "公务用车运行维护费", false},
    SubjectInfo{ClaimSubject::ThreePublicVehiclePurchase, "three_public_vehicle_purchase",
                "公务用车购置费", false},
    SubjectInfo{ClaimSubject::OfficeOperation, "office_operation", "机关运行经费", false},
    SubjectInfo{ClaimSubject::ProcurementTotal, "procurement_total", "政府采购预算总额", false},
    SubjectInfo{ClaimSubject::ProcurementGoods, "procurement_goods", "政府采购货物预算", false},
    SubjectInfo{ClaimSubject::ProcurementWorks, "procurement_works", "政府采购工程预算", false},
    SubjectInfo{ClaimSubject::ProcurementServices, "procurement_services", "政府采购服务预算",
                false},
    SubjectInfo{ClaimSubject::ProcurementSme, "procurement_sme", "预留中小企业采购份额", false},
    SubjectInfo{ClaimSubject::PerformanceAmount, "performance_amount", "实行绩效目标管理的金额",
                false},
    SubjectInfo{ClaimSubject::VehiclesTotal, "vehicles_total", "车辆总数", true},
    SubjectInfo{ClaimSubject::VehiclesGeneral, "vehicles_general", "一般公务用车", true},
    SubjectInfo{ClaimSubject::VehiclesLawEnforcement, "vehicles_law_enforcement", "执勤执法用车",
                true},
    SubjectInfo{ClaimSubject::VehiclesSpecial, "vehicles_special", "特种专业技术用车", true},
    SubjectInfo{ClaimSubject::VehiclesOther, "vehicles_other", "其他用车", true},
    SubjectInfo{ClaimSubject::VehiclePurchasesTotal, "vehicle_purchases_total", "安排购置车辆",
                true},
    SubjectInfo{ClaimSubject::VehiclePurchasesGeneral, "vehicle_purchases_general",
                "购置一般公务用车", true},
    SubjectInfo{ClaimSubject::VehiclePurchasesLawEnforcement, "vehicle_purchases_law_enforcement",
                "购置执勤执法用车", true},
};

const SubjectInfo& info(ClaimSubject subject) {
  return kSubjects[static_cast<std::size_t>(subject)];
}

}  // namespace

std::string_view claim_subject_key(ClaimSubject subject) {
  return info(subject).key;
}
std::string_view claim_subject_zh(ClaimSubject subject) {
  return info(subject).zh;
}
bool claim_subject_is_count(ClaimSubject subject) {
  return info(subject).count;
}

std::optional<ClaimSubject> claim_subject_from_key(std::string_view key) {
  for (const auto& s : kSubjects)
    if (s.key == key)
      return s.subject;
  return std::nullopt;
}

}  // namespace budgetcheck
