#pragma once
// Tab-separated text, as in the seed disclosure: the 情况说明 from the start to the first
// table title, then the tables with their cells separated by tabs, titles and 单位 lines on
// lines of their own.

#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/import/grid.hpp"
#include "budgetcheck/import/narrative_reader.hpp"

namespace budgetcheck {

struct TabText {
  std::vector<TextLine> narrative;  // lines before the first table title (or "表一" line)
  Grid tables;                      // every later line with text, cells split at tabs
};

// Splits `text` (UTF-8; a BOM and CR line ends are accepted). GridCell::column is the
// code-point column of the cell's first character (of where it would be, for an empty cell),
// origin "LINE:COLUMN".
TabText read_tab_text(std::string_view text, const std::string& source);

// True when a line after the first table title holds a tab.
bool has_tab_separated_tables(std::string_view text);

// Index of the first line (0-based) that is a table title or a "表一" label on its own,
// lines.size() when there is none.
std::size_t first_table_line(const std::vector<std::string>& lines);

}  // namespace budgetcheck
