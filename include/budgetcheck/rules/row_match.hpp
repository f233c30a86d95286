#pragma once
// Row identity across tables: which row of one table is "the same row" in another,
// and the comparison of one figure row by row. Rules say which tables and columns
// must agree; how rows are paired and how a missing row is reported lives here once.
//
// Two rows are the same row when both carry a 科目编码 and the codes are equal. When
// either lacks a code (some layouts print only the 类 name, e.g. 财政拨款收支总表 and
// 部门收支总表), they are the same row when their names are exactly equal. Codes win:
// a row is paired by name only with a row nobody paired by code.

#include <string_view>
#include <vector>

#include "budgetcheck/model/tables.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

// The rows of one table that take part in a comparison.
struct RowSet {
  TableKind table{};
  SourceLocation where;  // where a row this table lacks is reported (the table or its side)
  std::vector<const AmountRow*> rows;

  static RowSet all_rows(const ClassifiedTable& table);
  static RowSet class_rows(const ClassifiedTable& table);  // rows whose code is a 类
  // Rows of a table kept as a plain vector (部门收支总表 and 财政拨款收支总表 expenditure sides).
  static RowSet of(TableKind table, const std::vector<AmountRow>& rows, SourceLocation where);
};

struct RowMatch {
  const AmountRow* left = nullptr;   // nullptr: the left table has no such row
  const AmountRow* right = nullptr;  // nullptr: the right table has no such row
};

// Both carry codes and they are equal, or either lacks one and the names are equal.
bool same_row(const AmountRow& a, const AmountRow& b);

// Every left row in order with its partner (or none), then the right rows nobody matched.
std::vector<RowMatch> match_rows(const RowSet& left, const RowSet& right);

// A total row's cell, named `row_name` ("合计", "支出总计") whatever the row's own name is.
CellRef total_cell(TableKind table, const AmountRow& row, Column column,
                   std::string_view row_name = "合计");

// context.expect_same unless both cells are blank (nothing published to compare: such a
// pair neither passes nor fails). Returns whether a comparison was made.
bool expect_same_if_published(RuleContext& context, const CellRef& target, const CellRef& source);

// `present` has no partner row in table `lacking`. A non-zero figure there is a finding at
// the lacking table: expected the figure, found no row (actual blank, located at
// `lacking.where`, row named after the present row). A zero figure agrees; a blank one
// is not a comparison.
void expect_row_present(RuleContext& context, const RowSet& lacking, Column lacking_column,
                        const CellRef& present);

// Row by row, target[target_column] must equal source[source_column] exactly (the same
// figure published twice; pairs blank on both sides are skipped). Unpaired rows go
// through expect_row_present.
void expect_same_rows(RuleContext& context, const RowSet& target, Column target_column,
                      const RowSet& source, Column source_column);

}  // namespace budgetcheck
