#include "budgetcheck/import/tab_text.hpp"

#include <fmt/format.h>

#include "import_text.hpp"
#include "table_titles.hpp"

namespace budgetcheck {

namespace {

std::vector<std::string> split_lines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF")
    text.remove_prefix(3);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    std::string line(
        text.substr(start, end == std::string_view::npos ? text.size() - start : end - start));
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    lines.push_back(std::move(line));
    if (end == std::string_view::npos)
      break;
    start = end + 1;
  }
  if (!lines.empty() && lines.back().empty())
    lines.pop_back();  // the final line break ends the last line, it does not start one
  return lines;
}

}  // namespace

std::size_t first_table_line(const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find('\t') != std::string::npos)
      continue;
    const std::string t = import_text::trim(lines[i]);
    if (import_titles::table_label(t) ||
        (import_titles::looks_like_title(t) && import_titles::table_kind_from_title(t)))
      return i;
  }
  return lines.size();
}

TabText read_tab_text(std::string_view text, const std::string& source) {
  TabText out;
  out.tables.source = source;
  const std::vector<std::string> lines = split_lines(text);
  const std::size_t first = first_table_line(lines);
  for (std::size_t i = 0; i < first; ++i)
    out.narrative.push_back(TextLine{lines[i], static_cast<std::uint32_t>(i + 1)});
  for (std::size_t i = first; i < lines.size(); ++i) {
    const auto line_no = static_cast<std::uint32_t>(i + 1);
    GridRow row;
    row.line = line_no;
    bool any = false;
    std::uint32_t column = 1;  // code-point column where the current cell starts
    std::size_t start = 0;
    const std::string& line = lines[i];
    while (true) {
      const std::size_t tab = line.find('\t', start);
      const std::string raw =
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
      // Leading white space is not the cell: its column is that of its first character.
      const auto cps = import_text::code_points(raw);
      std::uint32_t lead = 0;
      while (lead < cps.size() && (cps[lead] == ' ' || cps[lead] == 0x3000))
        ++lead;
      GridCell cell;
      cell.text = import_text::trim(raw);
      cell.line = line_no;
      cell.column = column + (cell.text.empty() ? 0 : lead);
      cell.origin = fmt::format("{}:{}", line_no, cell.column);
      any = any || !cell.text.empty();
      row.cells.push_back(std::move(cell));
      if (tab == std::string::npos)
        break;
      column += static_cast<std::uint32_t>(cps.size()) + 1;
      start = tab + 1;
    }
    if (any)
      out.tables.rows.push_back(std::move(row));
  }
  return out;
}

bool has_tab_separated_tables(std::string_view text) {
  const std::vector<std::string> lines = split_lines(text);
  for (std::size_t i = first_table_line(lines); i < lines.size(); ++i)
    if (lines[i].find('\t') != std::string::npos)
      return true;
  return false;
}

}  // namespace budgetcheck
