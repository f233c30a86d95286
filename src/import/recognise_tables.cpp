// The grid-shaped tables: code × column tables, the two-sided summaries and the "三公" table.

#include <fmt/format.h>
#include <algorithm>
#include <regex>

#include "header_map.hpp"
#include "recognise_internal.hpp"

namespace budgetcheck::recognise_detail {

using import_headers::column_labels;
using import_headers::ColumnLabels;
using import_headers::HeaderRole;
using import_headers::Role;
using import_headers::role_of_label;
using import_text::normalise;

std::string strip_ordinal(const std::string& text) {
  std::string t = normalise(text);
  static const std::regex ordinal(
      R"(^((一|二|三|四|五|六|七|八|九|十)+(、|\.|．)|\((一|二|三|四|五|六|七|八|九|十)+\)|\d+(、|\.)))");
  return std::regex_replace(t, ordinal, "");
}

bool is_total_label(const std::string& n) {
  return n == "合计" || n == "总计";
}

namespace {

bool is_data_row(const GridRow& row) {
  std::size_t filled = 0;
  const GridCell* only = nullptr;
  for (const GridCell& c : row.cells) {
    if (c.text.empty())
      continue;
    if (import_text::is_amount(c.text))
      return true;
    ++filled;
    only = &c;
  }
  // "合计" alone on its row: the totals of a table published without figures.
  return filled == 1 && is_total_label(normalise(only->text));
}

std::vector<std::string> row_key(const GridRow& row) {
  std::vector<std::string> key;
  for (const GridCell& c : row.cells)
    key.push_back(normalise(c.text));
  while (!key.empty() && key.back().empty())
    key.pop_back();
  return key;
}

// What each column of a code × column table holds, from its labels, bottom label first.
struct ColumnPlan {
  std::optional<HeaderRole> role;
  const GridCell* label_cell = nullptr;
};

std::vector<ColumnPlan> plan_columns(Context& ctx, const std::vector<ColumnLabels>& labels,
                                     std::string_view table) {
  std::vector<ColumnPlan> plan(labels.size());
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const ColumnLabels& col = labels[i];
    const GridCell* unknown = nullptr;
    for (std::size_t k = col.labels.size(); k-- > 0;) {
      const auto role = role_of_label(col.labels[k]);
      if (!role) {
        if (!unknown)
          unknown = col.cells[k];
        continue;
      }
      if (role->role == Role::Group)
        continue;
      // "小计" under a merged label that is itself a column ("基本支出" over 小计/人员经费/
      // 公用经费) is that column, not the table's 合计.
      if (role->role == Role::Amount && role->column == Column::Total && col.labels[k] == "小计")
        for (std::size_t up = k; up-- > 0;)
          if (const auto parent = role_of_label(col.labels[up]);
              parent && parent->role == Role::Amount && parent->column != Column::Total) {
            plan[i].role = parent;
            plan[i].label_cell = col.cells[up];
            break;
          }
      if (plan[i].role)
        break;
      plan[i].role = role;
      plan[i].label_cell = col.cells[k];
      break;
    }
    if (!plan[i].role && unknown)
      ctx.problem(Context::at(*unknown),
                  fmt::format("header label `{}` of {} does not map to a known column",
                              unknown->text, table));
  }
  return plan;
}

// Amount columns of a plan in order; duplicates and columns the table may not have are
// problems (and dropped from the plan).
std::vector<Column> amount_columns(Context& ctx, std::vector<ColumnPlan>& plan,
                                   const std::vector<Column>& allowed, std::string_view table) {
  std::vector<Column> columns;
  for (ColumnPlan& p : plan) {
    if (!p.role || p.role->role != Role::Amount)
      continue;
    const Column c = *p.role->column;
    if (std::find(allowed.begin(), allowed.end(), c) == allowed.end()) {
      ctx.problem(Context::at(*p.label_cell),
                  fmt::format("column `{}` ({}) does not belong in {}", p.label_cell->text,
                              column_info(c).key, table));
      p.role.reset();
    } else if (std::find(columns.begin(), columns.end(), c) != columns.end()) {
      ctx.problem(Context::at(*p.label_cell),
                  fmt::format("column `{}` ({}) appears twice in {}", p.label_cell->text,
                              column_info(c).key, table));
      p.role.reset();
    } else {
      columns.push_back(c);
    }
  }
  return columns;
}

std::string table_name(const Segment& seg) {
  return fmt::format("`{}`", seg.title);
}

// A cell with text in a column nothing maps to: reported, never dropped.
void unplaced_cell(Context& ctx, const GridCell& cell, const Segment& seg) {
  ctx.problem(Context::at(cell), fmt::format("`{}` in {} is in a column without a known header",
                                             cell.text, table_name(seg)));
}

bool is_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

SplitRows split_header(const std::vector<const GridRow*>& rows) {
  SplitRows out;
  std::size_t i = 0;
  for (; i < rows.size() && !is_data_row(*rows[i]); ++i)
    out.header.push_back(rows[i]);
  std::vector<std::vector<std::string>> keys;
  for (const GridRow* h : out.header)
    keys.push_back(row_key(*h));
  for (; i < rows.size(); ++i) {
    // A page break repeats the header rows: they are the header again, not data.
    if (std::find(keys.begin(), keys.end(), row_key(*rows[i])) != keys.end())
      continue;
    out.data.push_back(rows[i]);
  }
  for (const GridRow* r : rows)
    out.width = std::max(out.width, r->cells.size());
  return out;
}

void read_classified(Context& ctx, const Segment& seg, ClassifiedTable& table) {
  const SplitRows split = split_header(seg.rows);
  const std::string name = table_name(seg);
  if (split.header.empty()) {
    ctx.problem(seg.title_cell ? Context::at(*seg.title_cell) : SourceLocation{},
                fmt::format("{} has no header row (科目编码, 科目名称, amount columns)", name));
    return;
  }
  std::vector<ColumnPlan> plan = plan_columns(ctx, column_labels(split.header, split.width), name);
  table.columns = amount_columns(ctx, plan, allowed_columns(table.kind), name);
  std::optional<std::size_t> code_col, name_col, category_col;
  std::optional<std::size_t> split_cols[3];  // 类, 款, 项
  for (std::size_t i = 0; i < plan.size(); ++i) {
    if (!plan[i].role)
      continue;
    switch (plan[i].role->role) {
      case Role::Code:
        code_col = code_col.value_or(i);
        break;
      case Role::Name:
        name_col = name_col.value_or(i);
        break;
      case Role::Category:
        category_col = i;
        break;
      case Role::CodeClass:
        split_cols[0] = i;
        break;
      case Role::CodeSection:
        split_cols[1] = i;
        break;
      case Role::CodeItem:
        split_cols[2] = i;
        break;
      default:
        break;
    }
  }
  const bool split_code = split_cols[0].has_value();
  if (!name_col && !table.columns.empty())
    ctx.problem(Context::at(*split.header.front()),
                fmt::format("{} has no 科目名称/项目 column", name));
  if (table.columns.empty())
    ctx.problem(Context::at(*split.header.front()),
                fmt::format("{} has no amount column that could be recognised", name));

  std::string last_class, last_section;  // split codes print a parent part only once
  for (const GridRow* row : split.data) {
    AmountRow out;
    out.where = Context::at(*row);
    for (const ColumnInfo& c : all_columns())
      out[c.id].where = out.where;
    std::string code_text;
    const GridCell* code_cell = nullptr;
    if (code_col && *code_col < row->cells.size()) {
      code_cell = &row->cells[*code_col];
      code_text = normalise(code_cell->text);
    } else if (split_code) {
      std::string parts[3];
      for (int k = 0; k < 3; ++k)
        if (split_cols[k] && *split_cols[k] < row->cells.size()) {
          parts[k] = normalise(row->cells[*split_cols[k]].text);
          if (!parts[k].empty() && !code_cell)
            code_cell = &row->cells[*split_cols[k]];
        }
      if (parts[1].empty() && !parts[2].empty())
        parts[1] = last_section;
      if (parts[0].empty() && !parts[1].empty())
        parts[0] = last_class;
      if (!parts[0].empty() && is_digits(parts[0]))
        last_class = parts[0];
      if (!parts[1].empty() && is_digits(parts[1]))
        last_section = parts[1];
      code_text = parts[0] + parts[1] + parts[2];
    }
    const std::string row_name =
        name_col && *name_col < row->cells.size() ? row->cells[*name_col].text : std::string();
    const bool totals = is_total_label(code_text) || is_total_label(normalise(row_name));
    if (totals) {
      code_text.clear();
    } else if (!code_text.empty()) {
      out.code = ClassificationCode::parse(code_text);
      if (!out.code && table.kind != TableKind::Procurement)
        ctx.problem(Context::at(*code_cell),
                    fmt::format("cannot read 科目编码 `{}` in {}: expected 3, 5 or 7 digits",
                                code_cell->text, name));
    }
    out.name = totals ? std::string() : row_name;
    if (!totals && code_text.empty() && table.kind != TableKind::Procurement) {
      ctx.problem(Context::at(*row),
                  fmt::format("row of {} cannot be placed: it has no 科目编码", name));
      continue;
    }
    if (!totals && table.kind == TableKind::Procurement && out.name.empty() && code_text.empty()) {
      ctx.problem(Context::at(*row), fmt::format("row of {} cannot be placed: no 项目", name));
      continue;
    }
    for (std::size_t i = 0; i < row->cells.size(); ++i) {
      const GridCell& cell = row->cells[i];
      const ColumnPlan* p = i < plan.size() ? &plan[i] : nullptr;
      if (p && p->role && p->role->role == Role::Amount) {
        out[*p->role->column] = ctx.amount(cell, column_info(*p->role->column).zh_name);
        continue;
      }
      if (p && p->role && p->role->role == Role::Category && !totals) {
        const std::string c = normalise(cell.text);
        if (c == "货物" || c == "工程" || c == "服务")
          out.category = c;
        else if (!c.empty())
          ctx.problem(Context::at(cell),
                      fmt::format("unknown 采购类别 `{}`: expected 货物, 工程 or 服务", cell.text));
        continue;
      }
      if (p && p->role)
        continue;  // code and name, read above
      if (!cell.text.empty() && !(totals && is_total_label(normalise(cell.text))))
        unplaced_cell(ctx, cell, seg);
    }
    if (totals) {
      if (table.totals)
        ctx.problem(Context::at(*row), fmt::format("second 合计 row in {}", name));
      else
        table.totals = std::move(out);
    } else {
      table.rows.push_back(std::move(out));
    }
  }
}

namespace {

// The two sides of a 收支总表: 收入 (name, amount) and 支出 (name, amounts...).
struct TwoSides {
  std::size_t income_name = 0, income_amount = 0, expenditure_name = 0;
  std::optional<std::size_t> expenditure_code;
  std::vector<std::pair<std::size_t, Column>> expenditure_amounts;
  bool ok = false;
};

TwoSides plan_two_sides(Context& ctx, const Segment& seg, const SplitRows& split,
                        const std::vector<Column>& allowed) {
  TwoSides sides;
  const std::string name = table_name(seg);
  if (split.header.empty()) {
    ctx.problem(seg.title_cell ? Context::at(*seg.title_cell) : SourceLocation{},
                fmt::format("{} has no header row (收入 项目/预算数, 支出 项目/…)", name));
    return sides;
  }
  const auto labels = column_labels(split.header, split.width);
  std::vector<std::size_t> names;
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (!labels[i].labels.empty()) {
      const std::string& bottom = labels[i].labels.back();
      if (bottom == "项目" || import_text::ends_with(bottom, "项目") || bottom == "科目名称")
        names.push_back(i);
    }
  if (names.size() != 2) {
    ctx.problem(Context::at(*split.header.back()),
                fmt::format("{}: cannot find the 收入 and 支出 项目 columns in the header", name));
    return sides;
  }
  sides.income_name = names[0];
  sides.expenditure_name = names[1];
  bool income_found = false;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i == names[0] || i == names[1] || labels[i].labels.empty())
      continue;
    const std::string& bottom = labels[i].labels.back();
    const GridCell* cell = labels[i].cells.back();
    if (i < names[1]) {
      if (!income_found && import_headers::column_of_label(bottom)) {
        sides.income_amount = i;
        income_found = true;
      } else {
        ctx.problem(Context::at(*cell),
                    fmt::format("header label `{}` of {} does not map to a known column",
                                cell->text, name));
      }
      continue;
    }
    const auto role = role_of_label(bottom);
    if (role && role->role == Role::Code) {
      sides.expenditure_code = i;
      continue;
    }
    const auto column = import_headers::column_of_label(bottom);
    if (!column || std::find(allowed.begin(), allowed.end(), *column) == allowed.end()) {
      ctx.problem(Context::at(*cell), fmt::format("header label `{}` of {} does not map to a "
                                                  "known column",
                                                  cell->text, name));
      continue;
    }
    sides.expenditure_amounts.emplace_back(i, *column);
  }
  if (!income_found) {
    ctx.problem(Context::at(*split.header.back()),
                fmt::format("{}: no 收入 amount column (预算数)", name));
    return sides;
  }
  sides.ok = true;
  return sides;
}

const GridCell* cell_at(const GridRow& row, std::size_t i) {
  return i < row.cells.size() ? &row.cells[i] : nullptr;
}

Cell amount_at(Context& ctx, const GridRow& row, std::size_t i, std::string_view what) {
  if (const GridCell* c = cell_at(row, i))
    return ctx.amount(*c, what);
  return Cell{std::nullopt, Context::at(row)};
}

// An expenditure-side row of a 收支总表 (columns by the plan).
AmountRow side_row(Context& ctx, const GridRow& row, const TwoSides& sides) {
  AmountRow out;
  out.where = Context::at(row);
  if (const GridCell* n = cell_at(row, sides.expenditure_name); n && !n->text.empty())
    out.where = Context::at(*n);
  for (const ColumnInfo& c : all_columns())
    out[c.id].where = out.where;
  for (const auto& [i, column] : sides.expenditure_amounts)
    out[column] = amount_at(ctx, row, i, column_info(column).zh_name);
  return out;
}

bool side_has_amount(const GridRow& row, const TwoSides& sides) {
  for (const auto& [i, column] : sides.expenditure_amounts)
    if (!text_at(row, i).empty())
      return true;
  return false;
}

// "208 社会保障和就业支出" or a code column: the 类 code of a summary row.
void read_side_name(Context& ctx, const GridRow& row, const TwoSides& sides, AmountRow& out) {
  std::string text = text_at(row, sides.expenditure_name);
  std::string code;
  if (sides.expenditure_code)
    code = normalise(text_at(row, *sides.expenditure_code));
  static const std::regex leading_code(R"(^(\d{3})\s+(.*)$)");
  std::smatch m;
  if (code.empty() && std::regex_match(text, m, leading_code)) {
    code = m[1].str();
    text = m[2].str();
  }
  out.name = text;
  if (!code.empty()) {
    out.code = ClassificationCode::parse(code);
    if (!out.code)
      ctx.problem(out.where, fmt::format("cannot read 科目编码 `{}`", code));
  }
}

}  // namespace

void read_fiscal_summary(Context& ctx, const Segment& seg, FiscalSummary& table) {
  const SplitRows split = split_header(seg.rows);
  const std::vector<Column> allowed{Column::Total, Column::GeneralPublic, Column::GovernmentFund,
                                    Column::StateCapital};
  const TwoSides sides = plan_two_sides(ctx, seg, split, allowed);
  if (!sides.ok)
    return;
  for (const auto& [i, column] : sides.expenditure_amounts)
    table.expenditure_columns.push_back(column);
  const std::string name = table_name(seg);
  bool carryover = false;  // below 二、上年结转 the fund lines are carry-overs
  for (const GridRow* row : split.data) {
    // Income side.
    const std::string left = strip_ordinal(text_at(*row, sides.income_name));
    const GridCell* left_cell = cell_at(*row, sides.income_name);
    Cell* target = nullptr;
    if (left == "本年收入" || left == "本年收入合计") {
      target = &table.income_current_total;
    } else if (import_text::starts_with(left, "上年结转")) {
      carryover = true;
      target = &table.carryover_total;
    } else if (left == "收入合计" || left == "收入总计" || is_total_label(left)) {
      target = &table.income_grand_total;
    } else if (!left.empty()) {
      const auto c = import_headers::column_of_label(left);
      if (c == Column::GeneralPublic)
        target = carryover ? &table.carryover_general_public : &table.income_general_public;
      else if (c == Column::GovernmentFund)
        target = carryover ? &table.carryover_government_fund : &table.income_government_fund;
      else if (c == Column::StateCapital)
        target = carryover ? &table.carryover_state_capital : &table.income_state_capital;
      else
        ctx.problem(Context::at(*left_cell),
                    fmt::format("income line `{}` of {} cannot be placed", left_cell->text, name));
    } else if (!text_at(*row, sides.income_amount).empty()) {
      ctx.problem(Context::at(row->cells[sides.income_amount]),
                  fmt::format("amount `{}` of {} has no income line name",
                              text_at(*row, sides.income_amount), name));
    }
    if (target)
      *target = amount_at(ctx, *row, sides.income_amount, "收入");

    // Expenditure side.
    const std::string right = strip_ordinal(text_at(*row, sides.expenditure_name));
    if (right.empty()) {
      if (side_has_amount(*row, sides))
        ctx.problem(Context::at(*row),
                    fmt::format("expenditure amounts of {} without an expenditure line", name));
      continue;
    }
    AmountRow out = side_row(ctx, *row, sides);
    if (right == "本年支出" || right == "本年支出合计") {
      table.expenditure_current_total = std::move(out);
    } else if (import_text::starts_with(right, "结转下年")) {
      table.carry_forward = std::move(out);
    } else if (right == "支出合计" || right == "支出总计" || is_total_label(right)) {
      table.expenditure_grand_total = std::move(out);
    } else {
      read_side_name(ctx, *row, sides, out);
      table.expenditure_rows.push_back(std::move(out));
    }
  }
}

void read_department_summary(Context& ctx, const Segment& seg, DepartmentSummary& table) {
  const SplitRows split = split_header(seg.rows);
  const std::vector<Column> allowed{Column::Total, Column::Basic, Column::Personnel, Column::Public,
                                    Column::Project};
  const TwoSides sides = plan_two_sides(ctx, seg, split, allowed);
  if (!sides.ok)
    return;
  for (const auto& [i, column] : sides.expenditure_amounts)
    table.expenditure_columns.push_back(column);
  const auto sources = income_source_columns();
  const std::string name = table_name(seg);
  for (const GridRow* row : split.data) {
    const std::string left = strip_ordinal(text_at(*row, sides.income_name));
    const GridCell* left_cell = cell_at(*row, sides.income_name);
    if (left == "收入总计" || left == "收入合计" || is_total_label(left)) {
      table.income_total = amount_at(ctx, *row, sides.income_amount, "收入总计");
    } else if (left == "本年收入" || left == "本年收入合计" || left == "本年收入小计") {
      // A subtotal the model does not keep: the sources below it add up to it.
      (void)amount_at(ctx, *row, sides.income_amount, "本年收入合计");
    } else if (!left.empty()) {
      std::optional<Column> c = import_headers::column_of_label(left);
      if (!c && import_text::ends_with(left, "资金"))
        c = import_headers::column_of_label(left.substr(0, left.size() - 6));
      if (c && std::find(sources.begin(), sources.end(), *c) != sources.end() &&
          std::find(table.income_sources.begin(), table.income_sources.end(), *c) ==
              table.income_sources.end()) {
        table.income_sources.push_back(*c);
        table.income[static_cast<std::size_t>(*c)] =
            amount_at(ctx, *row, sides.income_amount, column_info(*c).zh_name);
      } else {
        ctx.problem(Context::at(*left_cell),
                    fmt::format("income line `{}` of {} cannot be placed", left_cell->text, name));
      }
    } else if (!text_at(*row, sides.income_amount).empty()) {
      ctx.problem(Context::at(row->cells[sides.income_amount]),
                  fmt::format("amount `{}` of {} has no income line name",
                              text_at(*row, sides.income_amount), name));
    }

    const std::string right = strip_ordinal(text_at(*row, sides.expenditure_name));
    if (right.empty()) {
      if (side_has_amount(*row, sides))
        ctx.problem(Context::at(*row),
                    fmt::format("expenditure amounts of {} without an expenditure line", name));
      continue;
    }
    AmountRow out = side_row(ctx, *row, sides);
    if (right == "支出总计" || right == "支出合计" || is_total_label(right)) {
      table.expenditure_total = std::move(out);
    } else if (import_text::starts_with(right, "结转下年")) {
      table.carry_forward = std::move(out);
    } else if (right == "本年支出" || right == "本年支出合计" || right == "本年支出小计") {
      // Subtotal of the rows above; not kept by the model.
    } else {
      read_side_name(ctx, *row, sides, out);
      table.expenditure_rows.push_back(std::move(out));
    }
  }
}

void read_three_public(Context& ctx, const Segment& seg, ThreePublicTable& table) {
  const SplitRows split = split_header(seg.rows);
  const std::string name = table_name(seg);
  if (split.header.empty()) {
    ctx.problem(seg.title_cell ? Context::at(*seg.title_cell) : SourceLocation{},
                fmt::format("{} has no header row", name));
    return;
  }
  const auto labels = column_labels(split.header, split.width);
  std::vector<Cell*> targets(labels.size(), nullptr);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].labels.empty())
      continue;
    const std::string& b = labels[i].labels.back();
    std::string path;
    for (const auto& l : labels[i].labels)
      path += l;
    using import_text::contains;
    Cell* t = nullptr;
    if (contains(b, "机关运行")) {
      t = &table.office_operation;
      table.has_office_operation = true;
    } else if (contains(b, "出国")) {
      t = &table.overseas;
    } else if (contains(b, "接待")) {
      t = &table.reception;
    } else if (b == "小计" && contains(path, "公务用车")) {
      t = &table.vehicle_total;
    } else if (contains(b, "公务用车") || ((b == "购置费" || b == "运行费" || b == "运行维护费") &&
                                           contains(path, "公务用车"))) {
      // "购置费" / "运行费" printed under a merged 公务用车购置及运行费 label name its parts.
      const bool purchase = contains(b, "购置"), operation = contains(b, "运行");
      t = purchase && operation ? &table.vehicle_total
          : purchase            ? &table.vehicle_purchase
          : operation           ? &table.vehicle_operation
                                : nullptr;
    } else if (is_total_label(b)) {
      t = &table.total;
    }
    if (!t)
      ctx.problem(Context::at(*labels[i].cells.back()),
                  fmt::format("header label `{}` of {} does not map to a known column",
                              labels[i].cells.back()->text, name));
    targets[i] = t;
  }
  bool read = false;
  for (const GridRow* row : split.data) {
    if (read) {
      ctx.problem(Context::at(*row), fmt::format("second row of figures in {} cannot be placed "
                                                 "(the table has one)",
                                                 name));
      continue;
    }
    read = true;
    for (std::size_t i = 0; i < row->cells.size(); ++i) {
      const GridCell& cell = row->cells[i];
      if (i < targets.size() && targets[i])
        *targets[i] = ctx.amount(cell, labels[i].cells.back()->text);
      else if (!cell.text.empty())
        unplaced_cell(ctx, cell, seg);
    }
  }
}

}  // namespace budgetcheck::recognise_detail
