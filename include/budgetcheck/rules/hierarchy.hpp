#pragma once
// Shared arithmetic of the within-table rules: the roll-up of a 科目编码 hierarchy
// (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类) and row identities across columns (合计 = 基本支出 +
// 项目支出). Rules declare which rows and columns must add up; this decides how.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/model/tables.hpp"
#include "budgetcheck/rules/rule_context.hpp"

namespace budgetcheck {

// One parent row and the rows directly below it that the table publishes.
struct RollupGroup {
  const AmountRow* parent = nullptr;
  std::vector<const AmountRow*> children;  // in table order
};

struct CodeHierarchy {
  std::vector<RollupGroup> groups;    // parents with at least one child row, in table order
  std::vector<const AmountRow*> top;  // rows with no published ancestor: the parts of 合计
};

// Builds parent → children from the codes. A row's parent is its nearest ancestor code
// published in the same table (the loader insists on the direct parent; nearest keeps
// this total if it did not). Rows without a code, or without a published ancestor, are
// top rows. A parent published without child rows forms no group: it is not checked.
CodeHierarchy build_hierarchy(std::span<const AmountRow> rows);

// A cell of `row`, named `fallback_name` when the row carries neither code nor name
// (e.g. a 合计 row read from a "totals" object).
CellRef cell_of(TableKind table, const AmountRow& row, Column column,
                std::string_view fallback_name);

// context.expect_sum, unless the target and every part are blank (nothing published to
// compare). Returns whether a comparison was made.
bool expect_sum_if_published(RuleContext& context, const CellRef& target,
                             std::span<const CellRef> parts);

// For every column: each parent = Σ its children, and, when `totals` is given, totals =
// Σ top rows (skipped when the table has no rows). `totals_name` names the totals row in
// findings ("合计", "本年支出"). Returns the comparisons made.
std::size_t expect_rollup(RuleContext& context, TableKind table, std::span<const AmountRow> rows,
                          const AmountRow* totals, std::span<const Column> columns,
                          std::string_view totals_name = "合计");

// A row taking part in a row identity, with the name findings use when the row carries
// neither code nor name (totals rows: "合计", "结转下年").
struct NamedRow {
  const AmountRow* row = nullptr;
  std::string_view fallback_name;
};

// On every row given: target column = Σ part columns. Returns the comparisons made.
std::size_t expect_row_identity(RuleContext& context, TableKind table,
                                std::span<const NamedRow> rows, Column target,
                                std::span<const Column> parts);

// The rows of a code × column table for a row identity: the 合计 row first, then the body.
std::vector<NamedRow> rows_with_totals(const ClassifiedTable& table);
// 部门收支总表 expenditure side: 支出总计, the 类 rows, 结转下年.
std::vector<NamedRow> department_expenditure_rows(const DepartmentSummary& table);
// 财政拨款收支总表 expenditure side: 本年支出, the 类 rows, 结转下年, 支出合计.
std::vector<NamedRow> fiscal_expenditure_rows(const FiscalSummary& table);

// Why a table offers nothing to compare, as a short sentence naming it
// ("未公开政府性基金预算支出表" / "政府性基金预算支出表为空表"), or std::nullopt when it has
// figures.
std::optional<Bilingual> unavailable_reason(const ClassifiedTable& table);
std::optional<Bilingual> unavailable_reason(const DepartmentSummary& table);
std::optional<Bilingual> unavailable_reason(const FiscalSummary& table);
std::optional<Bilingual> unavailable_reason(const ThreePublicTable& table);

// "未公开…列" reason for a table present without columns a rule needs; std::nullopt when
// `published` has them all.
std::optional<Bilingual> missing_columns_reason(TableKind table, std::span<const Column> published,
                                                std::span<const Column> needed);

// What a rule that looks at several tables managed to compare, table by table, so that
// it can say why it compared nothing (not applicable) or could not check a table.
class TableCoverage {
 public:
  void compared(std::size_t comparisons) { compared_ += comparisons; }
  // This table offers nothing to compare (absent, empty, layout without the figures).
  void not_applicable(Bilingual reason) { not_applicable_.push_back(std::move(reason)); }
  void not_applicable(std::string zh, std::string en) {
    not_applicable_.push_back({std::move(zh), std::move(en)});
  }
  // This table lacks what the rule needs (e.g. a standard column).
  void could_not_run(Bilingual reason) { could_not_run_.push_back(std::move(reason)); }
  void could_not_run(std::string zh, std::string en) {
    could_not_run_.push_back({std::move(zh), std::move(en)});
  }

  std::size_t comparisons() const { return compared_; }
  // Passes the verdict to `context`: could_not_run with every such reason; otherwise, when
  // nothing was compared, not_applicable with every reason (or `fallback` if none).
  void report_to(RuleContext& context, std::string_view fallback,
                 std::string_view fallback_en) const;

 private:
  std::size_t compared_ = 0;
  std::vector<Bilingual> not_applicable_;
  std::vector<Bilingual> could_not_run_;
};

}  // namespace budgetcheck
