#pragma once
// Amount columns that appear in the standard tables, with their JSON keys and
// official Chinese names. One list for every table keeps names consistent.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "budgetcheck/model/table_kind.hpp"

namespace budgetcheck {

enum class Column : std::uint8_t {
  Total,                // 合计 / 总计
  Basic,                // 基本支出
  Personnel,            // 人员经费
  Public,               // 公用经费 (日常公用经费)
  Project,              // 项目支出
  GeneralPublic,        // 一般公共预算（拨款）
  GovernmentFund,       // 政府性基金预算（拨款）
  StateCapital,         // 国有资本经营预算（拨款）
  FiscalAppropriation,  // 财政拨款收入 (aggregated, some regions)
  SpecialAccount,       // 财政专户管理资金
  Business,             // 事业收入
  HigherSubsidy,        // 上级补助收入
  SubordinateRemit,     // 附属单位上缴收入
  BusinessOperation,    // 事业单位经营收入
  Other,                // 其他收入
  PriorCarryover,       // 上年结转
};

inline constexpr std::size_t kColumnCount = 16;

struct ColumnInfo {
  Column id;
  std::string_view key;      // JSON key
  std::string_view zh_name;  // official Chinese name
  std::string_view en_name;
};

std::span<const ColumnInfo> all_columns();
const ColumnInfo& column_info(Column column);
std::optional<Column> column_from_key(std::string_view key);

// Income sources that make up 收入合计, in published order.
std::span<const Column> income_source_columns();

// Columns each code × column table may publish (docs/format.md, "Code × column tables"):
// the loader and the importers both hold tables to it.
std::vector<Column> allowed_columns(TableKind kind);

}  // namespace budgetcheck
