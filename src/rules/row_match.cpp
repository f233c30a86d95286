#include "budgetcheck/rules/row_match.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace budgetcheck {

RowSet RowSet::all_rows(const ClassifiedTable& table) {
  RowSet set{table.kind, table.where, {}};
  for (const auto& row : table.rows)
    set.rows.push_back(&row);
  return set;
}

RowSet RowSet::class_rows(const ClassifiedTable& table) {
  RowSet set{table.kind, table.where, {}};
  for (const auto& row : table.rows)
    if (row.code && row.code->level() == CodeLevel::Class)
      set.rows.push_back(&row);
  return set;
}

RowSet RowSet::of(TableKind table, const std::vector<AmountRow>& rows, SourceLocation where) {
  RowSet set{table, std::move(where), {}};
  for (const auto& row : rows)
    set.rows.push_back(&row);
  return set;
}

bool same_row(const AmountRow& a, const AmountRow& b) {
  if (a.code && b.code)
    return *a.code == *b.code;
  return a.name == b.name;
}

std::vector<RowMatch> match_rows(const RowSet& left, const RowSet& right) {
  std::vector<RowMatch> matches;
  matches.reserve(left.rows.size() + right.rows.size());
  for (const AmountRow* row : left.rows)
    matches.push_back({row, nullptr});
  std::vector<bool> used(right.rows.size(), false);

  auto pair_up = [&](auto&& fits) {
    for (auto& m : matches) {
      if (m.right)
        continue;
      for (std::size_t i = 0; i < right.rows.size(); ++i) {
        if (used[i] || !fits(*m.left, *right.rows[i]))
          continue;
        m.right = right.rows[i];
        used[i] = true;
        break;
      }
    }
  };
  // Codes first, so a name never steals a row that a code identifies.
  pair_up([](const AmountRow& a, const AmountRow& b) {
    return a.code && b.code && *a.code == *b.code;
  });
  pair_up([](const AmountRow& a, const AmountRow& b) {
    return (!a.code || !b.code) && a.name == b.name;
  });

  for (std::size_t i = 0; i < right.rows.size(); ++i)
    if (!used[i])
      matches.push_back({nullptr, right.rows[i]});
  return matches;
}

CellRef total_cell(TableKind table, const AmountRow& row, Column column,
                   std::string_view row_name) {
  CellRef ref = CellRef::of(table, row, column);
  ref.own_identity = true;  // no code: the row is named by its place ("合计", "支出总计")
  ref.own_name = std::string(row_name);
  return ref;
}

namespace {

// "208 社会保障和就业支出", or just the name for a row without a code.
std::string row_label(std::string_view code, std::string_view name) {
  if (code.empty())
    return std::string(name);
  if (name.empty())
    return std::string(code);
  return fmt::format("{} {}", code, name);
}

}  // namespace

bool expect_same_if_published(RuleContext& context, const CellRef& target, const CellRef& source) {
  const bool target_blank = !target.cell || target.cell->blank();
  const bool source_blank = !source.cell || source.cell->blank();
  if (target_blank && source_blank)
    return false;
  context.expect_same(target, source);
  return true;
}

void expect_row_present(RuleContext& context, const RowSet& lacking, Column lacking_column,
                        const CellRef& present) {
  if (!present.cell || present.cell->blank())
    return;
  const Amount figure = *present.cell->amount;
  if (figure.is_zero()) {
    context.count_check();  // no row and nothing to show: the tables agree
    return;
  }
  CellRef missing;
  missing.table = lacking.table;
  missing.own_code = present.code();
  missing.own_name = present.name();
  missing.column = lacking_column;
  Finding f = context.finding_at(missing);
  f.expected = figure;
  f.actual_blank = true;
  f.difference = Amount{}.minus(figure);
  const std::string row = row_label(present.code(), present.name());
  f.expected_formula = std::string(table_info(present.table).zh_name) + " " + row + " · " +
                       std::string(column_info(*present.column).zh_name);
  f.where = lacking.where;
  const int d = context.rounding().decimals();
  f.message = fmt::format("{}没有 {} 这一行，而{}为 {}", table_info(lacking.table).zh_name, row,
                          f.expected_formula, figure.to_display(d));
  f.message_en = fmt::format("{} has no row {}, while {} is {}", table_info(lacking.table).zh_name,
                             row, f.expected_formula, figure.to_display(d));
  context.count_check();
  context.report(std::move(f));
}

void expect_same_rows(RuleContext& context, const RowSet& target, Column target_column,
                      const RowSet& source, Column source_column) {
  for (const auto& m : match_rows(target, source)) {
    if (m.left && m.right)
      expect_same_if_published(context, CellRef::of(target.table, *m.left, target_column),
                               CellRef::of(source.table, *m.right, source_column));
    else if (m.right)
      expect_row_present(context, target, target_column,
                         CellRef::of(source.table, *m.right, source_column));
    else
      expect_row_present(context, source, source_column,
                         CellRef::of(target.table, *m.left, target_column));
  }
}

}  // namespace budgetcheck
