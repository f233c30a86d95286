#pragma once
// The standard tables of a 部门/单位预算 disclosure (《地方预决算公开操作规程》, 财预〔2016〕143号,
// plus the procurement and performance tables most regions add).

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace budgetcheck {

enum class TableKind : std::uint8_t {
  DepartmentSummary,          // 部门收支总表
  DepartmentIncome,           // 部门收入总表
  DepartmentExpenditure,      // 部门支出总表
  FiscalSummary,              // 财政拨款收支总表
  GeneralPublicExpenditure,   // 一般公共预算财政拨款支出表
  GeneralPublicBasic,         // 一般公共预算财政拨款基本支出表 (经济分类)
  ThreePublic,                // 一般公共预算"三公"经费支出表
  GovernmentFundExpenditure,  // 政府性基金预算支出表
  StateCapitalExpenditure,    // 国有资本经营预算支出表
  Procurement,                // 政府采购预算表
  PerformanceOverall,         // 部门（单位）整体绩效目标表
  PerformanceProjects,        // 项目支出绩效目标表 (one per project)
};

inline constexpr std::size_t kTableKindCount = 12;

enum class Classification { None, Functional, Economic };  // 支出功能分类 / 部门预算支出经济分类

struct TableInfo {
  TableKind kind;
  std::string_view key;      // JSON key under "tables"
  std::string_view zh_name;  // official name
  std::string_view en_name;
  Classification classification;  // what the row codes are
};

std::span<const TableInfo> all_tables();
const TableInfo& table_info(TableKind kind);
std::optional<TableKind> table_from_key(std::string_view key);

}  // namespace budgetcheck
