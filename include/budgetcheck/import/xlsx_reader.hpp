#pragma once
// XLSX workbook → one grid per worksheet, in workbook order. Small and strict: minizip for
// the archive, expat (streaming) for the XML parts. Reads cell text only: shared strings
// (rich text runs joined), inline strings, formula string results, booleans and numbers
// (as exact decimal text, see xlsx_number_text); styles, dates and formulas themselves are
// not read. Merged cells: every cell a merge covers gets the text of its top-left cell, so
// a header label merged over two columns or two rows labels each of them; but a merge whose
// top-left cell is the only text in its row (a title, 单位 or 注 line merged across the
// table) stays a single cell, so the row still reads as one line of text.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/import/grid.hpp"
#include "budgetcheck/load/load_problem.hpp"

namespace budgetcheck {

struct XlsxOptions {
  std::size_t max_file_bytes = std::size_t{64} * 1024 * 1024;    // the .xlsx file itself
  std::size_t max_part_bytes = std::size_t{64} * 1024 * 1024;    // one XML part, uncompressed
  std::size_t max_total_bytes = std::size_t{256} * 1024 * 1024;  // all parts read, uncompressed
  std::size_t max_sheets = 256;
  std::size_t max_rows = 100'000;     // per sheet (highest row number)
  std::size_t max_cells = 2'000'000;  // per workbook, merged-cell fill included
};

struct XlsxReadResult {
  std::vector<Grid> grids;  // one per worksheet (chart sheets have no cells and no grid)
  // where.origin is "Sheet!C5" for a cell, the part name for a part ("xl/workbook.xml"),
  // or the file for the archive; where.line:column is the cell's row:column when known.
  std::vector<LoadProblem> problems;
  bool ok() const { return problems.empty(); }
};

// Grid rows: one per sheet row with a non-empty cell; each row's cells run from column A
// to its last non-empty cell, empty cells included. GridCell::line is the row number,
// ::column the column number (A = 1), ::origin "Sheet1!C5" ('My sheet'!C5 when the name
// needs quoting). Grid::sheet is the sheet name.
XlsxReadResult read_xlsx_file(const std::string& path, const XlsxOptions& options = {});
XlsxReadResult read_xlsx_bytes(std::string_view bytes, const std::string& path,
                               const XlsxOptions& options = {});

// A number as XLSX stores it in <v> ("14348853.34", "1.434885334E7", "0.30000000000000004")
// → plain decimal text as Excel shows it: at most 15 significant digits, rounded half away
// from zero on the decimal digits, no exponent, no trailing zeros after the point, "-0" →
// "0" ("14348853.34", "14348853.34", "0.3"). Purely textual: no binary floating point.
// nullopt when `v` is not a number.
std::optional<std::string> xlsx_number_text(std::string_view v);

// "C5" → {row 5, column 3}; nullopt for anything that is not a cell reference within
// Excel's limits (XFD1048576).
struct SheetCellRef {
  std::uint32_t row = 0;
  std::uint32_t column = 0;
};
std::optional<SheetCellRef> parse_cell_ref(std::string_view ref);
// 3 → "C", 28 → "AB".
std::string column_letters(std::uint32_t column);

}  // namespace budgetcheck
