#include "budgetcheck/rules/hierarchy.hpp"

#include <algorithm>
#include <map>

namespace budgetcheck {

CodeHierarchy build_hierarchy(std::span<const AmountRow> rows) {
  // Codes in order, each with its first row: a sorted array, searched for each ancestor.
  std::vector<std::pair<std::string_view, std::size_t>> index_of_code;
  index_of_code.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].code)
      index_of_code.emplace_back(rows[i].code->digits(), i);
  std::stable_sort(index_of_code.begin(), index_of_code.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  const auto find = [&](std::string_view code) -> std::optional<std::size_t> {
    const auto it =
        std::lower_bound(index_of_code.begin(), index_of_code.end(), code,
                         [](const auto& entry, std::string_view c) { return entry.first < c; });
    if (it == index_of_code.end() || it->first != code)
      return std::nullopt;
    return it->second;
  };

  // Each row's parent first, then one group per parent in table order, each sized once.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> parent_of(rows.size(), kNone);
  std::vector<std::size_t> children(rows.size(), 0);  // a count, then the group's index
  CodeHierarchy hierarchy;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::optional<std::size_t> parent;
    // Ancestors are the code's prefixes, two digits shorter at each level (a 类 has 3).
    const std::string_view code = rows[i].code ? std::string_view(rows[i].code->digits()) : "";
    for (std::size_t length = code.size(); length > 3 && !parent;)
      parent = find(code.substr(0, length -= 2));
    if (parent) {
      parent_of[i] = *parent;
      ++children[*parent];
    } else {
      hierarchy.top.push_back(&rows[i]);
    }
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (children[i] == 0)
      continue;
    hierarchy.groups.push_back({&rows[i], {}});
    hierarchy.groups.back().children.reserve(children[i]);
    children[i] = hierarchy.groups.size() - 1;
  }
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (parent_of[i] != kNone)
      hierarchy.groups[children[parent_of[i]]].children.push_back(&rows[i]);
  return hierarchy;
}

namespace {

// Points a reference at `row`'s cell in `column`; a row with neither code nor name is
// named `fallback_name` (also its label).
void point_at(CellRef& ref, const AmountRow& row, Column column, std::string_view fallback_name) {
  ref.row = &row;
  ref.move_to(column);
  if (row.name.empty() && !row.code)
    ref.own_name.assign(fallback_name);
  else
    ref.own_name.clear();
}

}  // namespace

CellRef cell_of(TableKind table, const AmountRow& row, Column column,
                std::string_view fallback_name) {
  CellRef ref;
  ref.table = table;
  point_at(ref, row, column, fallback_name);
  return ref;
}

bool expect_sum_if_published(RuleContext& context, const CellRef& target,
                             std::span<const CellRef> parts) {
  const auto blank = [](const CellRef& ref) { return ref.cell == nullptr || ref.cell->blank(); };
  if (blank(target) && std::all_of(parts.begin(), parts.end(), blank))
    return false;
  context.expect_sum(target, parts);
  return true;
}

std::size_t expect_rollup(RuleContext& context, TableKind table, std::span<const AmountRow> rows,
                          const AmountRow* totals, std::span<const Column> columns,
                          std::string_view totals_name) {
  if (columns.empty())
    return 0;
  const CodeHierarchy hierarchy = build_hierarchy(rows);
  std::size_t compared = 0;
  // The references are made once per group and moved from column to column: most sums
  // agree, and making them afresh for every column cost more than adding.
  std::vector<CellRef> parts;
  const auto check = [&](const AmountRow& parent, const std::vector<const AmountRow*>& children,
                         std::string_view parent_name) {
    parts.clear();
    for (const AmountRow* child : children)
      parts.push_back(cell_of(table, *child, columns.front(), ""));
    CellRef target = cell_of(table, parent, columns.front(), parent_name);
    for (Column column : columns) {
      for (CellRef& part : parts)
        part.move_to(column);
      target.move_to(column);
      if (expect_sum_if_published(context, target, parts))
        ++compared;
    }
  };
  // Row by row, then column by column: findings about one row stay together.
  if (totals && !hierarchy.top.empty())
    check(*totals, hierarchy.top, totals_name);
  for (const auto& group : hierarchy.groups)
    check(*group.parent, group.children, "");
  return compared;
}

std::size_t expect_row_identity(RuleContext& context, TableKind table,
                                std::span<const NamedRow> rows, Column target,
                                std::span<const Column> parts) {
  std::size_t compared = 0;
  // Made once and moved from row to row, as in expect_rollup.
  CellRef total;
  total.table = table;
  std::vector<CellRef> cells(parts.size());
  for (std::size_t i = 0; i < parts.size(); ++i) {
    cells[i].table = table;
    cells[i].own_label = std::string(column_info(parts[i]).zh_name);  // "基本支出 + 项目支出"
  }
  for (const auto& [row, name] : rows) {
    for (std::size_t i = 0; i < parts.size(); ++i)
      point_at(cells[i], *row, parts[i], name);
    point_at(total, *row, target, name);
    if (expect_sum_if_published(context, total, cells))
      ++compared;
  }
  return compared;
}

std::vector<NamedRow> rows_with_totals(const ClassifiedTable& table) {
  std::vector<NamedRow> rows;
  if (table.totals)
    rows.push_back({&*table.totals, "合计"});
  for (const auto& row : table.rows)
    rows.push_back({&row, ""});
  return rows;
}

std::vector<NamedRow> department_expenditure_rows(const DepartmentSummary& table) {
  std::vector<NamedRow> rows;
  if (table.expenditure_total)
    rows.push_back({&*table.expenditure_total, "支出总计"});
  for (const auto& row : table.expenditure_rows)
    rows.push_back({&row, ""});
  if (table.carry_forward)
    rows.push_back({&*table.carry_forward, "结转下年"});
  return rows;
}

std::vector<NamedRow> fiscal_expenditure_rows(const FiscalSummary& table) {
  std::vector<NamedRow> rows;
  if (table.expenditure_current_total)
    rows.push_back({&*table.expenditure_current_total, "本年支出"});
  for (const auto& row : table.expenditure_rows)
    rows.push_back({&row, ""});
  if (table.carry_forward)
    rows.push_back({&*table.carry_forward, "结转下年"});
  if (table.expenditure_grand_total)
    rows.push_back({&*table.expenditure_grand_total, "支出合计"});
  return rows;
}

namespace {

bool all_blank(std::span<const Cell> cells) {
  return std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return c.blank(); });
}

bool row_blank(const AmountRow& row) {
  return row.all_blank();
}
bool row_blank(const std::optional<AmountRow>& row) {
  return !row || row_blank(*row);
}

std::optional<Bilingual> reason(TableKind kind, bool present, bool empty) {
  const std::string name(table_info(kind).zh_name);
  if (!present)
    return Bilingual{"未公开" + name, name + " is not published"};
  if (empty)
    return Bilingual{name + "为空表", name + " is empty"};
  return std::nullopt;
}

}  // namespace

std::optional<Bilingual> unavailable_reason(const ClassifiedTable& table) {
  return reason(table.kind, table.present, table.empty());
}

std::optional<Bilingual> unavailable_reason(const DepartmentSummary& table) {
  const bool empty = all_blank(table.income) && table.income_total.blank() &&
                     std::all_of(table.expenditure_rows.begin(), table.expenditure_rows.end(),
                                 [](const AmountRow& r) { return row_blank(r); }) &&
                     row_blank(table.carry_forward) && row_blank(table.expenditure_total);
  return reason(TableKind::DepartmentSummary, table.present, empty);
}

std::optional<Bilingual> unavailable_reason(const FiscalSummary& table) {
  const Cell income[] = {table.income_current_total,      table.income_general_public,
                         table.income_government_fund,    table.income_state_capital,
                         table.carryover_total,           table.carryover_general_public,
                         table.carryover_government_fund, table.carryover_state_capital,
                         table.income_grand_total};
  const bool empty = all_blank(income) && row_blank(table.expenditure_current_total) &&
                     std::all_of(table.expenditure_rows.begin(), table.expenditure_rows.end(),
                                 [](const AmountRow& r) { return row_blank(r); }) &&
                     row_blank(table.carry_forward) && row_blank(table.expenditure_grand_total);
  return reason(TableKind::FiscalSummary, table.present, empty);
}

std::optional<Bilingual> unavailable_reason(const ThreePublicTable& table) {
  const Cell cells[] = {table.total,
                        table.overseas,
                        table.vehicle_total,
                        table.vehicle_purchase,
                        table.vehicle_operation,
                        table.reception};
  return reason(TableKind::ThreePublic, table.present, all_blank(cells));
}

std::optional<Bilingual> missing_columns_reason(TableKind table, std::span<const Column> published,
                                                std::span<const Column> needed) {
  std::string missing, missing_en;
  for (Column column : needed) {
    if (std::find(published.begin(), published.end(), column) != published.end())
      continue;
    if (!missing.empty()) {
      missing += "、";
      missing_en += ", ";
    }
    missing += column_info(column).zh_name;
    missing_en += column_info(column).zh_name;
  }
  if (missing.empty())
    return std::nullopt;
  const std::string name(table_info(table).zh_name);
  return Bilingual{name + "未公开" + missing + "列",
                   name + " does not publish the column(s) " + missing_en};
}

namespace {

Bilingual joined(const std::vector<Bilingual>& reasons) {
  Bilingual text;
  for (const auto& r : reasons) {
    if (!text.zh.empty()) {
      text.zh += "；";
      text.en += "; ";
    }
    text.zh += r.zh;
    text.en += r.en;
  }
  return text;
}

}  // namespace

void TableCoverage::report_to(RuleContext& context, std::string_view fallback,
                              std::string_view fallback_en) const {
  if (!could_not_run_.empty())
    context.could_not_run(joined(could_not_run_));
  else if (compared_ == 0)
    context.not_applicable(not_applicable_.empty()
                               ? Bilingual{std::string(fallback), std::string(fallback_en)}
                               : joined(not_applicable_));
}

}  // namespace budgetcheck
