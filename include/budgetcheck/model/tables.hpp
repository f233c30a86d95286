#pragma once
// Typed tables of a disclosure. Amount cells remember where they came from;
// a blank cell (null or absent in the source) stays distinct from 0.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "budgetcheck/model/classification_code.hpp"
#include "budgetcheck/model/columns.hpp"
#include "budgetcheck/model/decimal.hpp"
#include "budgetcheck/model/source_location.hpp"
#include "budgetcheck/model/table_kind.hpp"

namespace budgetcheck {

struct Cell {
  std::optional<Amount> amount;  // std::nullopt: blank as published
  SourceLocation where;          // for a blank cell: where it would be (its row)

  bool blank() const { return !amount.has_value(); }
  Amount value_or_zero() const { return amount.value_or(Amount{}); }
};

// What every published table carries besides its figures.
struct TableCommon {
  bool present = false;  // the disclosure contains this table
  std::string title;     // as published, e.g. "一般公共预算财政拨款支出预算表"
  std::string label;     // e.g. "表二"; empty when not printed
  std::optional<std::string> amount_unit;  // "单位：万元" line of the table, as "万元" / "元"
  std::optional<std::string> note;  // published note, e.g. "本单位无政府性基金收支，故此表无数据。"
  SourceLocation where;  // the table object
};

// One row of a code × amount-column table.
struct AmountRow {
  std::optional<ClassificationCode> code;  // absent on rows published without a code
  std::string name;                        // 科目名称 / 项目 as published
  std::string category;                    // procurement only: "货物" / "工程" / "服务"
  SourceLocation where;

  // The cell of column `c`; a blank cell without a location of its own when the row
  // has none (a finding about it is placed at the row: cell_location). Inline: the rules
  // ask it for every cell they add.
  const Cell& operator[](Column c) const {
    const std::uint8_t at = position_[static_cast<std::size_t>(c)];
    return at == 0 ? blank_cell() : cells_[at - 1].second;
  }
  // Where the cell of column `c` is: its own line:column (the row's for a cell the source
  // left out) under the row's JSON Pointer and the column's key. Cells read from JSON keep
  // no pointer of their own: one string per cell was most of a loaded model's memory.
  // A cell that has one (imported documents) keeps it.
  SourceLocation cell_location(Column c) const;
  // The cell of column `c`, added blank when the row has none yet.
  Cell& operator[](Column c);
  // Adds a blank cell for a column the row does not have yet, to be filled in place (the
  // loader's way: it reads each column once, so the search operator[] makes is not needed).
  Cell& add_cell(Column c) {
    cells_.emplace_back(std::piecewise_construct, std::forward_as_tuple(c), std::tuple<>());
    position_[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(cells_.size());
    return cells_.back().second;
  }
  bool all_blank() const;
  void reserve_cells(std::size_t n) { cells_.reserve(n); }

 private:
  // Only the cells the source gave, in the order given: a table publishes 2–5 of the 16
  // columns, and 16 cells per row made rows 1.7 KB each, most of it blank (and the
  // memory of a big file ~50× its size).
  std::vector<std::pair<Column, Cell>> cells_;
  // Per column, 1 + its index in cells_, or 0: the rules look cells up by column, often.
  std::array<std::uint8_t, kColumnCount> position_{};
  static const Cell& blank_cell();
};

// 功能分类 / 经济分类 tables: rows keyed by 科目编码 × amount columns, with a 合计 row.
// Used for 部门收入总表, 部门支出总表, 一般公共预算支出表, 基本支出表, 政府性基金预算支出表,
// 国有资本经营预算支出表 and 政府采购预算表; the kind says which columns are allowed.
struct ClassifiedTable : TableCommon {
  explicit ClassifiedTable(TableKind table_kind = {}) : kind(table_kind) {}

  TableKind kind;
  std::vector<Column> columns;      // published amount columns, in order
  std::optional<AmountRow> totals;  // the 合计 row
  std::vector<AmountRow> rows;

  bool has_column(Column c) const;
  // No figure anywhere (rows absent or all blank, 合计 blank).
  bool empty() const;
  const AmountRow* find(const ClassificationCode& code) const;
};

// 部门收支总表: income by source, expenditure by 功能分类 类.
struct DepartmentSummary : TableCommon {
  // Income side: one cell per source (Column::GeneralPublic, ..., Column::Other,
  // Column::PriorCarryover), and the 收入总计.
  std::vector<Column> income_sources;  // sources published, in order
  std::array<Cell, kColumnCount> income{};
  Cell income_total;
  SourceLocation income_where;
  // Expenditure side: rows by 类 with columns (at least Total; some regions add
  // Basic / Personnel / Public / Project), 结转下年, and the 支出总计.
  std::vector<Column> expenditure_columns;
  std::vector<AmountRow> expenditure_rows;
  std::optional<AmountRow> carry_forward;  // 结转下年
  std::optional<AmountRow> expenditure_total;
  SourceLocation expenditure_where;

  const Cell& income_cell(Column c) const { return income[static_cast<std::size_t>(c)]; }
};

// 财政拨款收支总表.
struct FiscalSummary : TableCommon {
  // Income: 一、本年收入 by fund, 二、上年结转 by fund, 收入合计.
  Cell income_current_total;  // 本年收入
  Cell income_general_public, income_government_fund, income_state_capital;
  Cell carryover_total;  // 上年结转
  Cell carryover_general_public, carryover_government_fund, carryover_state_capital;
  Cell income_grand_total;  // 收入合计 / 收入总计
  SourceLocation income_where;
  // Expenditure: columns Total / GeneralPublic / GovernmentFund / StateCapital.
  std::vector<Column> expenditure_columns;
  std::optional<AmountRow> expenditure_current_total;  // 一、本年支出
  std::vector<AmountRow> expenditure_rows;             // by 类 (code may be absent)
  std::optional<AmountRow> carry_forward;              // 二、结转下年
  std::optional<AmountRow> expenditure_grand_total;    // 支出合计 / 支出总计
  SourceLocation expenditure_where;
};

// 一般公共预算"三公"经费支出表 (one row of figures).
struct ThreePublicTable : TableCommon {
  Cell total;                         // 合计
  Cell overseas;                      // 因公出国（境）费
  Cell vehicle_total;                 // 公务用车购置及运行费 (小计)
  Cell vehicle_purchase;              // 公务用车购置费
  Cell vehicle_operation;             // 公务用车运行费
  Cell reception;                     // 公务接待费
  bool has_office_operation = false;  // some regions print 机关运行经费 in this table
  Cell office_operation;              // 机关运行经费
};

// One indicator of a performance target table.
struct PerformanceIndicator {
  std::string level1;             // 一级指标, e.g. "产出指标"
  std::string level2;             // 二级指标, e.g. "数量指标"
  std::string level3;             // 三级指标
  std::optional<Decimal> weight;  // 指标权重
  std::string unit;               // 计量单位
  std::string nature;             // 指标性质: "≥" "≤" "=" ">" "<" or a qualitative word
  std::string value;              // 指标值 as published (numbers stay text: "280000000", "4.5")
  std::optional<bool> core;       // 是否核心指标
  SourceLocation where;
};

// 项目支出绩效目标表.
struct ProjectPerformance {
  std::string code;        // 项目编码, e.g. "50011021T000000052342"; empty when lost
  std::string name;        // 项目名称; empty when lost
  std::string department;  // 业务主管部门
  std::string category;    // 项目分类
  std::string preparer;    // 编制单位 line
  std::optional<std::string> amount_unit;   // the table's own 单位 line, "万元" / "元"
  std::optional<Decimal> execution_weight;  // 预算执行率权重
  Cell budget;                              // 当年预算
  Cell own_arrangement;                     // 本级安排
  Cell higher_subsidy;                      // 上级补助
  std::string summary;                      // 项目概述
  std::string basis;                        // 立项依据
  std::string objective;                    // 当年绩效目标
  std::vector<PerformanceIndicator> indicators;
  std::optional<std::string> note;  // e.g. what extraction lost
  SourceLocation where;
};

// 部门（单位）整体绩效目标表.
struct PerformanceOverall : TableCommon {
  std::string unit_name;  // 部门(单位)名称
  Cell budget;            // 部门支出预算数
  std::string objective;  // 当年整体绩效目标
  std::vector<PerformanceIndicator> indicators;
};

}  // namespace budgetcheck
