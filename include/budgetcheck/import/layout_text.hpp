#pragma once
// Space-aligned text, as `pdftotext -layout` writes published PDFs (Shanghai style) → the
// narrative lines before the first table, and one Grid per table block. Columns are found
// by the horizontal position of the text: runs of text (separated by two or more spaces,
// or one space between two numbers) are clustered into column bands per table block, and
// every line becomes a GridRow whose cell i is band i, so header rows and data rows share
// column indices. Positions are display columns: CJK and full-width characters count 2,
// as pdftotext lays them out. See docs/import.md, "Space-aligned text (pdftotext -layout)".

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/import/grid.hpp"
#include "budgetcheck/import/narrative_reader.hpp"

namespace budgetcheck {

struct LayoutText {
  // Lines before the first table title, page numbers dropped, form feeds removed, trailing
  // white space trimmed; blank lines kept (they separate paragraphs).
  std::vector<TextLine> narrative;
  // One grid per table block (from a title to the next title), in document order. Its first
  // row is the title (preceded by a "表一"-style label row when one is printed on its own
  // line). Column indices are consistent within one grid, not across grids.
  std::vector<Grid> tables;
};

// Reads pdftotext -layout output. `source` is the file path, copied into every Grid.
LayoutText read_layout_text(std::string_view text, const std::string& source);

// All table rows of `layout` in one grid (titles separate the tables; column indices are
// consistent only between one title row and the next).
Grid layout_rows(const LayoutText& layout);

// True when `text` looks like space-aligned text rather than tab-separated text: no line
// holds a tab, and at least two lines hold three or more runs separated by wide spaces.
bool looks_like_layout_text(std::string_view text);

// ---- pieces, public for the tests -------------------------------------------------------

// Display width of one code point: 2 for CJK and full-width forms, 0 for a form feed, 1
// otherwise.
std::uint32_t display_width(char32_t code_point);
// Display width of a UTF-8 string (invalid bytes count 1 each).
std::uint32_t display_width(std::string_view utf8);

struct LayoutRun {
  std::string text;            // as printed, spaces inside the run kept
  std::uint32_t start = 0;     // display column of the first character (0-based)
  std::uint32_t end = 0;       // display column just after the last character
  std::uint32_t column = 0;    // 1-based code-point column in the source line
  std::size_t byte_begin = 0;  // byte range of the run in the line
  std::size_t byte_end = 0;
};

// Splits one line into runs: a break at two or more spaces (a full-width space counts 2),
// at a single space between two complete numbers ("1,000.00 0.00"), after a 5- or 7-digit
// code followed by CJK text ("2080505 行政运行"; "201 一般公共服务支出" stays one cell, as
// 收支总表 print it) and between text and an amount ("合计 1,000.00"). A single space inside
// a damaged number ("2, 465. 43") does not break it.
std::vector<LayoutRun> split_layout_runs(std::string_view line);

// "14,348,853.34", "0.00", "22,118,861", "204", "-5.00": a complete number (no letters,
// last character a digit).
bool is_layout_number(std::string_view text);

}  // namespace budgetcheck
