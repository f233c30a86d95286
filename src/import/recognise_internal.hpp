#pragma once
// Shared by the recogniser's files (internal header): one table's rows as found between its
// title and the next, and the context that collects problems and the document's decimals.

#include <optional>
#include <string>
#include <vector>

#include "budgetcheck/import/grid.hpp"
#include "budgetcheck/load/load_problem.hpp"
#include "budgetcheck/model/document.hpp"
#include "import_text.hpp"

namespace budgetcheck::recognise_detail {

// A table as found: its title, the lines about it, and its other rows in order.
struct Segment {
  TableKind kind{};
  std::string title;  // as published
  const GridCell* title_cell = nullptr;
  std::string label;                // "表二"
  std::optional<std::string> unit;  // "万元" / "元"
  std::string preparer;             // 编制单位 line, after the colon
  std::optional<std::string> note;  // 注 / 备注, without the prefix
  std::vector<const GridRow*> rows;
  std::string grid_source;  // file, for messages about a segment without a title cell
};

class Context {
 public:
  std::vector<LoadProblem> problems;
  int max_decimals = 0;

  static SourceLocation at(const GridCell& cell) {
    return SourceLocation{.line = cell.line, .column = cell.column, .origin = cell.origin};
  }
  static SourceLocation at(const GridRow& row) {
    for (const GridCell& c : row.cells)
      if (!c.text.empty())
        return at(c);
    if (!row.cells.empty())
      return at(row.cells.front());
    return SourceLocation{.line = row.line};
  }
  void problem(SourceLocation where, std::string message) {
    problems.push_back(LoadProblem{std::move(message), std::move(where)});
  }

  // Reads an amount cell; an unreadable one is a problem and stays blank.
  Cell amount(const GridCell& cell, std::string_view what) {
    Cell out;
    out.where = at(cell);
    const import_text::AmountText a = import_text::read_amount(cell.text);
    if (a.value) {
      out.amount = a.value;
      max_decimals = std::max(max_decimals, a.decimals);
    } else if (!a.blank) {
      problem(at(cell), "cannot read `" + cell.text + "` as an amount (" + std::string(what) +
                            "): " + a.error);
    }
    return out;
  }
};

// Text of cell `i` of `row`, "" when the row is shorter.
inline const std::string& text_at(const GridRow& row, std::size_t i) {
  static const std::string empty;
  return i < row.cells.size() ? row.cells[i].text : empty;
}

// "一、本年收入" → "本年收入", "（一）收入" → "收入"; normalised for comparison.
std::string strip_ordinal(const std::string& text);

bool is_total_label(const std::string& normalised);  // 合计 / 总计

// The header rows at the start of `rows` (up to the first row with a number or a lone
// 合计), and the data rows after them without repeats of the header (page breaks).
struct SplitRows {
  std::vector<const GridRow*> header;
  std::vector<const GridRow*> data;
  std::size_t width = 0;  // most cells in any row
};
SplitRows split_header(const std::vector<const GridRow*>& rows);

void read_classified(Context& ctx, const Segment& seg, ClassifiedTable& table);
void read_fiscal_summary(Context& ctx, const Segment& seg, FiscalSummary& table);
void read_department_summary(Context& ctx, const Segment& seg, DepartmentSummary& table);
void read_three_public(Context& ctx, const Segment& seg, ThreePublicTable& table);
void read_performance_overall(Context& ctx, const Segment& seg, PerformanceOverall& table);
// One segment may hold more than one project when a table lost its title in extraction.
void read_performance_projects(Context& ctx, const Segment& seg, int year,
                               std::vector<ProjectPerformance>& out);

}  // namespace budgetcheck::recognise_detail
