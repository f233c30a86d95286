#pragma once
// Table headers: the label of each column (from one or more header rows, merged cells
// inherited), and what a label means (a code, a name, an amount column) (internal header).

#include <optional>
#include <string>
#include <vector>

#include "budgetcheck/import/grid.hpp"
#include "budgetcheck/model/columns.hpp"

namespace budgetcheck::import_headers {

enum class Role {
  Code,         // 科目编码 in one column ("2080505")
  CodeClass,    // 类 of a code split over columns
  CodeSection,  // 款
  CodeItem,     // 项
  Name,         // 科目名称 / 项目
  Category,     // 采购类别 (货物/工程/服务)
  Amount,       // an amount column
  Group,  // a label over other labels ("功能分类科目", "2026年预算数"): no data of its own
};

struct HeaderRole {
  Role role;
  std::optional<Column> column;  // for Role::Amount
};

// What one label means, std::nullopt when it means nothing known.
std::optional<HeaderRole> role_of_label(const std::string& label);

// An amount column named by `label` ("一般公共预算拨款收入" → GeneralPublic, "总计" → Total).
std::optional<Column> column_of_label(const std::string& label);

// The labels above each column, top to bottom, from `rows` (the header rows of a table):
// an empty cell under a label that spans several columns (a horizontally merged cell) takes
// that label, except in the last header row; a label repeated by a merged cell is kept once.
struct ColumnLabels {
  std::vector<std::string> labels;     // normalised, top to bottom, no repeats
  std::vector<const GridCell*> cells;  // the cell each label was printed in
};
std::vector<ColumnLabels> column_labels(const std::vector<const GridRow*>& rows, std::size_t width);

}  // namespace budgetcheck::import_headers
