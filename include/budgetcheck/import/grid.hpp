#pragma once
// What every import source produces: rows of text cells, each remembering where it was
// in the source. Text, CSV and XLSX sources differ only in how they build grids; one
// recogniser (recognise.hpp) finds the standard tables in them and builds the model.

#include <cstdint>
#include <string>
#include <vector>

namespace budgetcheck {

struct GridCell {
  std::string text;          // as read, trimmed of surrounding white space; "" for an empty cell
  std::uint32_t line = 0;    // 1-based: line of a text source, row number of a sheet
  std::uint32_t column = 0;  // 1-based: code-point column in a text line, column number in a sheet
  std::string origin;        // printable place: "12:5" for text, "Sheet1!C5" for a workbook
};

struct GridRow {
  std::vector<GridCell> cells;  // cells of one logical row, in column order; empty cells kept
  std::uint32_t line = 0;       // where the row starts (1-based)
};

// One sheet of a workbook, one CSV file or one text file.
struct Grid {
  std::string source;  // file path as given
  std::string sheet;   // sheet name for workbooks, empty otherwise
  std::vector<GridRow> rows;
};

}  // namespace budgetcheck
