#pragma once
// The 情况说明: its sections as published, and the figures it states as
// structured claims, each with the sentence it came from.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/model/classification_code.hpp"
#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/decimal.hpp"
#include "budgetcheck/model/source_location.hpp"

namespace budgetcheck {

// What a stated figure is about. JSON spells these in snake_case (see claim_subject_key).
enum class ClaimSubject : std::uint8_t {
  IncomeTotal,                     // 收入预算 总数
  IncomeSource,                    // one income source (Claim::source)
  ExpenditureTotal,                // 支出预算 总数
  ExpenditureClass,                // one 功能分类 类 (Claim::code / Claim::name)
  FiscalIncomeTotal,               // 财政拨款收入
  FiscalExpenditureTotal,          // 财政拨款支出
  GeneralPublicIncome,             // 一般公共预算财政拨款收入
  GeneralPublicExpenditure,        // 一般公共预算财政拨款支出
  GovernmentFundExpenditure,       // 政府性基金预算拨款支出
  StateCapitalExpenditure,         // 国有资本经营预算拨款支出
  BasicExpenditure,                // 基本支出
  ProjectExpenditure,              // 项目支出
  ThreePublicTotal,                // "三公"经费
  ThreePublicOverseas,             // 因公出国（境）费
  ThreePublicReception,            // 公务接待费
  ThreePublicVehicle,              // 公务用车购置及运行维护费
  ThreePublicVehicleOperation,     // 公务用车运行维护费
  ThreePublicVehiclePurchase,      // 公务用车购置费
  OfficeOperation,                 // 机关运行经费
  ProcurementTotal,                // 政府采购预算总额
  ProcurementGoods,                // 货物
  ProcurementWorks,                // 工程
  ProcurementServices,             // 服务
  ProcurementSme,                  // 预留给中小企业的份额
  PerformanceAmount,               // 实行绩效目标管理的金额
  VehiclesTotal,                   // 车辆总数 (count)
  VehiclesGeneral,                 // 一般公务用车 (count)
  VehiclesLawEnforcement,          // 执勤执法用车 (count)
  VehiclesSpecial,                 // 特种专业技术用车 (count)
  VehiclesOther,                   // 其他用车 (count)
  VehiclePurchasesTotal,           // 安排购置车辆 (count)
  VehiclePurchasesGeneral,         // 购置一般公务用车 (count)
  VehiclePurchasesLawEnforcement,  // 购置执勤执法用车 (count)
};

std::string_view claim_subject_key(ClaimSubject subject);
std::optional<ClaimSubject> claim_subject_from_key(std::string_view key);
std::string_view claim_subject_zh(ClaimSubject subject);
bool claim_subject_is_count(ClaimSubject subject);  // vehicles: counted, not money

enum class ChangeDirection { Increase, Decrease, Unchanged };  // 增加 / 减少 / 持平

struct StatedChange {
  ChangeDirection direction = ChangeDirection::Unchanged;
  std::optional<Amount> amount;    // stated size of the change (positive as written)
  std::optional<Decimal> percent;  // stated percentage, e.g. 12.5 for "12.5%"
  SourceLocation where;
};

struct Claim {
  ClaimSubject subject{};
  std::optional<Column> source;            // IncomeSource: which source
  std::optional<ClassificationCode> code;  // ExpenditureClass: the 类 code if stated or known
  std::string name;                        // ExpenditureClass: the 类 name as written
  std::optional<Column> scope;             // e.g. procurement funded by 一般公共预算 only
  std::optional<Amount> amount;            // money figures
  std::optional<std::int64_t> count;       // vehicle counts
  std::optional<Amount> prior;             // stated prior-year figure, if any
  std::optional<StatedChange> change;      // stated year-on-year change, if any
  std::string sentence;                    // the sentence it was read from, verbatim
  SourceLocation where;
};

struct NarrativeSection {
  std::string heading;  // e.g. "一、单位基本情况"
  std::string text;     // body as published
  SourceLocation where;
};

struct Narrative {
  bool present = false;
  std::vector<NarrativeSection> sections;
  std::vector<Claim> claims;
  SourceLocation where;
};

}  // namespace budgetcheck
