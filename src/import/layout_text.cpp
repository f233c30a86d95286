// pdftotext -layout text → narrative lines + one grid per table block.
// Steps: split into lines (form feeds mark pages), drop unambiguous page numbers, find
// table titles, then per block: classify lines (title, label, 编制单位/单位 line, note,
// table line), find column bands, lay every table line onto the bands, and merge wrapped
// names into their row.

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <regex>
#include <string_view>

#include "budgetcheck/import/layout_text.hpp"

namespace budgetcheck {

namespace {

struct SourceLine {
  std::string_view raw;  // without the line break (and a trailing '\r')
  std::uint32_t number = 0;
  std::uint32_t page = 0;
  bool page_break_before = false;  // a form feed starts this line
  bool dropped = false;            // a page number
  std::vector<LayoutRun> runs;
  bool blank() const { return runs.empty(); }
};

std::vector<SourceLine> split_lines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF")
    text.remove_prefix(3);
  std::vector<SourceLine> lines;
  std::uint32_t page = 0;
  std::size_t pos = 0;
  std::uint32_t number = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    if (!raw.empty() && raw.back() == '\r')
      raw.remove_suffix(1);
    SourceLine line;
    line.raw = raw;
    line.number = ++number;
    line.page_break_before = raw.find('\f') != std::string_view::npos;
    if (line.page_break_before)
      ++page;
    line.page = page;
    line.runs = split_layout_runs(raw);
    lines.push_back(std::move(line));
    pos = end + 1;
  }
  return lines;
}

std::string_view trimmed(const SourceLine& line) {
  if (line.runs.empty())
    return {};
  const std::size_t begin = line.runs.front().byte_begin;
  return line.raw.substr(begin, line.runs.back().byte_end - begin);
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// Page numbers pdftotext copies from the page footer: "5", "- 5 -", "— 5 —", "第5页",
// "第5页 共20页", "5/20". Dropped only when they are the last text of a page.
bool is_page_number(const SourceLine& line) {
  static const std::regex pattern(
      R"(^(?:(?:-|—|–)?\s*\d{1,4}\s*(?:-|—|–)?|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$)");
  const std::string_view text = trimmed(line);
  return !text.empty() && std::regex_match(text.begin(), text.end(), pattern);
}

void drop_page_numbers(std::vector<SourceLine>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank())
      continue;
    std::size_t next = i + 1;
    while (next < lines.size() && lines[next].blank() && !lines[next].page_break_before)
      ++next;
    const bool last_of_page = next == lines.size() || lines[next].page_break_before;
    if (last_of_page && is_page_number(lines[i]))
      lines[i].dropped = true;
  }
}

bool is_label(std::string_view text) {
  static const std::regex pattern(
      R"(^(?:附)?表\s*(?:\d+(?:-\d+)?|(?:一|二|三|四|五|六|七|八|九|十)+)$)");
  return std::regex_match(text.begin(), text.end(), pattern);
}

// The title text without a continuation mark: "部门支出预算总表（续）" → "部门支出预算总表".
std::string_view title_stem(std::string_view text) {
  for (std::string_view mark : {"（续表）", "(续表)", "（续）", "(续)", "续表", "续"}) {
    if (ends_with(text, mark)) {
      text.remove_suffix(mark.size());
      break;
    }
  }
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  return text;
}

// Only the shape: one run (or a label run and one run) ending in 表, no sentence marks.
std::optional<std::string_view> title_shape(const SourceLine& line) {
  if (line.dropped || line.runs.empty() || line.runs.size() > 2)
    return std::nullopt;
  if (line.runs.size() == 2 && !is_label(line.runs[0].text))
    return std::nullopt;
  const std::string_view text = line.runs.back().text;
  const std::string_view stem = title_stem(text);
  if (!ends_with(stem, "表") || display_width(text) > 90)
    return std::nullopt;
  for (std::string_view mark : {"。", "，", "；", "：", ":", "…", "..", "《", "》"})
    if (contains(text, mark))
      return std::nullopt;
  if (starts_with(text, "注") || starts_with(text, "备注") || starts_with(text, "说明"))
    return std::nullopt;
  return text;
}

bool is_meta(const SourceLine& line) {
  static const std::regex unit(R"(^(?:金额)?单位\s*[：:]\s*(?:元|万元|千元|亿元)$)");
  if (line.runs.empty() || line.runs.size() > 3)
    return false;
  for (const LayoutRun& run : line.runs) {
    if (starts_with(run.text, "编制单位"))
      return true;
    if (std::regex_match(run.text.begin(), run.text.end(), unit))
      return true;
  }
  return false;
}

bool is_note(const SourceLine& line) {
  if (line.runs.empty())
    return false;
  const std::string_view text = line.runs.front().text;
  for (std::string_view prefix :
       {"注：", "注:", "注 ：", "注 :", "备注：", "备注:", "说明：", "说明:"})
    if (starts_with(text, prefix))
      return true;
  return false;
}

bool is_table_line(const SourceLine& line) {
  return !line.blank() && !line.dropped;
}

// A title is confirmed by what follows it: a 单位 line or a line of several runs within the
// next two lines, before any other title-shaped line. This keeps out a 目录 entry or a
// "第二部分 预算表" heading.
bool is_title(const std::vector<SourceLine>& lines, std::size_t i) {
  if (!title_shape(lines[i]))
    return false;
  int seen = 0;
  for (std::size_t j = i + 1; j < lines.size() && seen < 2; ++j) {
    if (!is_table_line(lines[j]))
      continue;
    ++seen;
    if (title_shape(lines[j]))
      return false;
    if (is_meta(lines[j]))
      return true;
    // A header line; not "第二部分  2026年单位预算表".
    if (lines[j].runs.size() >= 2 &&
        std::none_of(lines[j].runs.begin(), lines[j].runs.end(),
                     [](const LayoutRun& run) { return ends_with(run.text, "表"); }))
      return true;
  }
  return false;
}

// Code-point column (1-based) of display column `display` in `raw`; past the end of the line
// the missing characters count as spaces.
std::uint32_t column_at(std::string_view raw, std::uint32_t display) {
  std::uint32_t width = 0;
  std::uint32_t column = 1;
  for (std::size_t pos = 0; pos < raw.size() && width < display; ++column) {
    const unsigned char b = static_cast<unsigned char>(raw[pos]);
    std::size_t length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    length = std::min(length, raw.size() - pos);
    width += display_width(raw.substr(pos, length));
    pos += length;
  }
  return column + (display > width ? display - width : 0);
}

std::string origin_of(std::uint32_t line, std::uint32_t column) {
  return std::to_string(line) + ":" + std::to_string(column);
}

GridCell cell_of(const SourceLine& line, std::string_view text, std::uint32_t column) {
  return {std::string(text), line.number, column, origin_of(line.number, column)};
}

GridRow single_cell_row(const SourceLine& line) {
  GridRow row;
  row.line = line.number;
  row.cells.push_back(cell_of(line, trimmed(line), line.runs.front().column));
  return row;
}

// ---- column bands ----------------------------------------------------------------------

struct Band {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool numeric = false;              // made from numbers
  bool labelled = false;             // a header label sits on it
  bool data_text = false;            // non-numeric text of a data line sits on it
  std::vector<std::uint32_t> lines;  // lines with a run on it
};

std::uint32_t overlap(const Band& band, const LayoutRun& run) {
  const std::uint32_t lo = std::max(band.start, run.start);
  const std::uint32_t hi = std::min(band.end, run.end);
  return hi > lo ? hi - lo : 0;
}

long centre_twice(std::uint32_t start, std::uint32_t end) {
  return static_cast<long>(start) + static_cast<long>(end);
}

// The band a run belongs to: most overlap, else the nearest by centre.
std::size_t band_of(const std::vector<Band>& bands, const LayoutRun& run) {
  std::size_t best = 0;
  std::uint32_t best_overlap = 0;
  for (std::size_t b = 0; b < bands.size(); ++b) {
    const std::uint32_t o = overlap(bands[b], run);
    if (o > best_overlap)
      best = b, best_overlap = o;
  }
  if (best_overlap > 0 || bands.empty())
    return best;
  // Between two bands: text is left-aligned in its cell while header labels are centred, so
  // a cell's text starts before its band; on a near tie the band to the right wins.
  std::optional<std::size_t> left, right;
  for (std::size_t b = 0; b < bands.size(); ++b) {
    if (bands[b].end <= run.start)
      left = b;
    if (bands[b].start >= run.end && !right)
      right = b;
  }
  if (!left)
    return *right;
  if (!right)
    return *left;
  const std::uint32_t to_left = run.start - bands[*left].end;
  const std::uint32_t to_right = bands[*right].start - run.end;
  return to_right <= to_left + 2 ? *right : *left;
}

// "合计" on a line of its own is a row label (of an empty table), not a column header.
bool is_lone_total(const SourceLine& line) {
  if (line.runs.size() != 1)
    return false;
  std::string text;
  for (char c : line.runs[0].text)
    if (c != ' ')
      text += c;
  return text == "合计" || text == "总计" || text == "小计";
}

bool is_data_line(const SourceLine& line) {
  return std::any_of(line.runs.begin(), line.runs.end(),
                     [](const LayoutRun& run) { return is_layout_number(run.text); });
}

std::vector<Band> find_bands(const std::vector<const SourceLine*>& table_lines) {
  std::vector<Band> bands;
  const auto sort_bands = [&] {
    std::sort(bands.begin(), bands.end(),
              [](const Band& a, const Band& b) { return a.start < b.start; });
  };

  // 1. Numbers: right-aligned amounts and left-aligned codes overlap down their column.
  std::vector<LayoutRun> numbers;
  for (const SourceLine* line : table_lines)
    if (is_data_line(*line))
      for (const LayoutRun& run : line->runs)
        if (is_layout_number(run.text))
          numbers.push_back(run);
  std::sort(numbers.begin(), numbers.end(),
            [](const LayoutRun& a, const LayoutRun& b) { return a.start < b.start; });
  for (const LayoutRun& run : numbers) {
    if (!bands.empty() && run.start < bands.back().end)
      bands.back().end = std::max(bands.back().end, run.end);
    else
      bands.push_back({run.start, run.end, true, false, false, {}});
  }

  // 2. Text of data lines (names, categories), widest first: a text band grows with the
  //    names that overlap it alone; text that falls between bands makes its own band.
  std::vector<LayoutRun> texts;
  for (const SourceLine* line : table_lines)
    if (is_data_line(*line))
      for (const LayoutRun& run : line->runs)
        if (!is_layout_number(run.text))
          texts.push_back(run);
  std::stable_sort(texts.begin(), texts.end(), [](const LayoutRun& a, const LayoutRun& b) {
    return a.end - a.start > b.end - b.start;
  });
  for (const LayoutRun& run : texts) {
    std::vector<std::size_t> hit;
    // A name printed against the figures beside it ("其他司法支出 7,770,007.66") touches
    // their band; only a real overlap counts.
    for (std::size_t b = 0; b < bands.size(); ++b)
      if (overlap(bands[b], run) > 0 &&
          (!bands[b].numeric || 2 * overlap(bands[b], run) > run.end - run.start))
        hit.push_back(b);
    if (hit.empty()) {
      bands.push_back({run.start, run.end, false, false, true, {}});
      sort_bands();
    } else if (hit.size() == 1 && !bands[hit[0]].numeric) {
      Band& band = bands[hit[0]];
      band.start = std::min(band.start, run.start);
      band.end = std::max(band.end, run.end);
    }
  }

  // 3. Header labels, narrowest first: a label over no band is a column whose data are
  //    all blank.
  std::vector<LayoutRun> labels;
  for (const SourceLine* line : table_lines)
    if (!is_data_line(*line) && !is_lone_total(*line))
      labels.insert(labels.end(), line->runs.begin(), line->runs.end());
  std::stable_sort(labels.begin(), labels.end(), [](const LayoutRun& a, const LayoutRun& b) {
    return a.end - a.start < b.end - b.start;
  });
  for (const LayoutRun& run : labels) {
    bool hit = false;
    for (Band& band : bands)
      if (overlap(band, run) > 0)
        hit = true;
    if (!hit) {
      bands.push_back({run.start, run.end, false, true, false, {}});
      sort_bands();
    } else {
      bands[band_of(bands, run)].labelled = true;
    }
  }

  // An empty table printed without column headers (only lone "合计" lines) has neither
  // figures nor labels: its runs make one column.
  if (bands.empty())
    for (const SourceLine* line : table_lines)
      for (const LayoutRun& run : line->runs) {
        if (bands.empty())
          bands.push_back({run.start, run.end, false, true, false, {}});
        bands.front().start = std::min(bands.front().start, run.start);
        bands.front().end = std::max(bands.front().end, run.end);
      }

  // 4. A text band without a label, used by a single line, is a stray ("合计" printed
  //    between the code and name columns): its text goes to the nearest band instead.
  for (const SourceLine* line : table_lines)
    for (const LayoutRun& run : line->runs) {
      std::vector<std::uint32_t>& used = bands[band_of(bands, run)].lines;
      if (used.empty() || used.back() != line->number)
        used.push_back(line->number);
    }
  if (bands.size() > 1)
    bands.erase(std::remove_if(bands.begin(), bands.end(),
                               [](const Band& band) {
                                 return !band.numeric && !band.labelled && band.lines.size() <= 1;
                               }),
                bands.end());
  return bands;
}

// ---- rows --------------------------------------------------------------------------------

struct TableRow {
  GridRow row;
  const SourceLine* line = nullptr;
  bool data = false;
  bool after_page_break = false;  // a page break since the previous table line
  std::vector<std::size_t> run_band;
  std::vector<std::uint32_t> cell_end;  // display column after each cell's text, 0 if empty
};

// A group label ("基本支出" over 小计/人员经费/公用经费, "科目编码" over 类/款/项) is printed
// centred over its sub-columns; like a merged cell, it belongs to the first of them.
void place_group_labels(std::vector<TableRow>& rows, const std::vector<Band>& bands) {
  for (std::size_t k = 0; k + 1 < rows.size(); ++k) {
    TableRow& upper = rows[k];
    const TableRow& lower = rows[k + 1];
    if (upper.data || lower.data || lower.after_page_break)
      continue;
    std::vector<bool> in_upper(bands.size(), false), in_lower(bands.size(), false);
    for (std::size_t b : upper.run_band)
      in_upper[b] = true;
    for (std::size_t b : lower.run_band)
      in_lower[b] = true;
    for (std::size_t r = 0; r < upper.run_band.size(); ++r) {
      const std::size_t x = upper.run_band[r];
      if (!in_lower[x])
        continue;
      std::size_t a = x, z = x;
      while (a > 0 && in_lower[a - 1] && !in_upper[a - 1])
        --a;
      while (z + 1 < bands.size() && in_lower[z + 1] && !in_upper[z + 1])
        ++z;
      if (a == z)
        continue;
      const LayoutRun& run = upper.line->runs[r];
      const long centre = centre_twice(run.start, run.end);
      std::size_t best_first = x, best_width = 0;
      for (std::size_t i = a; i <= x; ++i)
        for (std::size_t j = x; j <= z; ++j) {
          const long span = centre_twice(bands[i].start, bands[j].end);
          if (std::labs(span - centre) <= 6 && j - i > best_width)
            best_first = i, best_width = j - i;
        }
      upper.run_band[r] = best_first;
    }
  }
}

void build_cells(TableRow& row, const std::vector<Band>& bands) {
  const SourceLine& line = *row.line;
  row.row.line = line.number;
  row.row.cells.clear();
  row.cell_end.assign(bands.size(), 0);
  for (std::size_t b = 0; b < bands.size(); ++b) {
    std::optional<std::size_t> first, last;
    for (std::size_t r = 0; r < line.runs.size(); ++r)
      if (row.run_band[r] == b) {
        if (!first)
          first = r;
        last = r;
      }
    if (first) {
      const LayoutRun& a = line.runs[*first];
      const LayoutRun& z = line.runs[*last];
      row.cell_end[b] = z.end;
      row.row.cells.push_back(
          cell_of(line, line.raw.substr(a.byte_begin, z.byte_end - a.byte_begin), a.column));
    } else {
      row.row.cells.push_back(cell_of(line, "", column_at(line.raw, bands[b].start)));
    }
  }
}

bool starts_enumeration(std::string_view text) {
  static const std::regex pattern(
      R"(^(?:(?:一|二|三|四|五|六|七|八|九|十)+、|[（(](?:一|二|三|四|五|六|七|八|九|十|\d)+[）)]|\d+[、.．]|其中))");
  return std::regex_search(text.begin(), text.end(), pattern);
}

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string joined(std::string_view head, std::string_view tail) {
  std::string text(head);
  if (!head.empty() && !tail.empty() && is_ascii_alnum(head.back()) && is_ascii_alnum(tail.front()))
    text += ' ';
  text += tail;
  return text;
}

// The band of a line's only text, when the line is a wrapped part of a name: one non-empty
// cell, no number, in a band where data lines have text, not an enumerated item.
std::optional<std::size_t> lone_band(const TableRow& row, const std::vector<Band>& bands) {
  if (row.data)
    return std::nullopt;
  std::optional<std::size_t> band;
  for (std::size_t b = 0; b < row.row.cells.size(); ++b) {
    if (row.row.cells[b].text.empty())
      continue;
    if (band)
      return std::nullopt;
    band = b;
  }
  if (!band || !bands[*band].data_text || starts_enumeration(row.row.cells[*band].text))
    return std::nullopt;
  return band;
}

// Wrapped names: pdftotext prints the second line of a long name on a line of its own
// (top-aligned cells), or the name around a line of figures whose name cell is empty
// (vertically centred cells). A name wraps only when its first line fills the column, so a
// lone part is merged only next to such a line: into the following data row when that row's
// name cell is empty and the part fills the column, else into the preceding data row when
// that row's name fills the column. Anything else stays a row of its own (a "结转下年" line
// with blank figures). Lines after a page break and before the first data row of a page
// (repeated headers) are never merged.
std::vector<TableRow> merge_wrapped_names(std::vector<TableRow> rows,
                                          const std::vector<Band>& bands) {
  std::vector<bool> mergeable(rows.size(), false);
  bool seen_data = false;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].after_page_break)
      seen_data = false;
    if (rows[i].data)
      seen_data = true;
    else if (seen_data && lone_band(rows[i], bands))
      mergeable[i] = true;
  }
  // How far text reaches in each column: the width a wrapped first line fills.
  std::vector<std::uint32_t> extent(bands.size(), 0);
  for (const TableRow& row : rows)
    for (std::size_t b = 0; b < bands.size(); ++b)
      extent[b] = std::max(extent[b], row.cell_end[b]);
  const auto fills = [&](const TableRow& row, std::size_t band) {
    return row.cell_end[band] > 0 && row.cell_end[band] + 3 >= extent[band];
  };
  std::vector<TableRow> out;
  std::vector<std::size_t> pending;  // lone parts waiting for the next data row
  const auto flush_pending_to_previous = [&] {
    const std::size_t first_band = *lone_band(rows[pending.front()], bands);
    if (out.empty() || !out.back().data || !fills(out.back(), first_band)) {
      for (std::size_t p : pending)
        out.push_back(std::move(rows[p]));
      pending.clear();
      return;
    }
    for (std::size_t p : pending) {
      const std::size_t band = *lone_band(rows[p], bands);
      GridCell& cell = out.back().row.cells[band];
      const GridCell& part = rows[p].row.cells[band];
      if (cell.text.empty())
        cell = part;
      else
        cell.text = joined(cell.text, part.text);
    }
    pending.clear();
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (mergeable[i]) {
      pending.push_back(i);
      continue;
    }
    if (!pending.empty()) {
      const std::size_t band = *lone_band(rows[pending.front()], bands);
      const bool same_band = std::all_of(pending.begin(), pending.end(), [&](std::size_t p) {
        return *lone_band(rows[p], bands) == band;
      });
      if (rows[i].data && !rows[i].after_page_break && same_band &&
          rows[i].row.cells[band].text.empty() && fills(rows[pending.front()], band)) {
        GridCell cell = rows[pending.front()].row.cells[band];
        for (std::size_t p = 1; p < pending.size(); ++p)
          cell.text = joined(cell.text, rows[pending[p]].row.cells[band].text);
        rows[i].row.cells[band] = cell;
        rows[i].row.line = rows[pending.front()].row.line;
        rows[i].cell_end[band] = rows[pending.back()].cell_end[band];
        pending.clear();
      } else {
        flush_pending_to_previous();
      }
    }
    out.push_back(std::move(rows[i]));
  }
  if (!pending.empty())
    flush_pending_to_previous();
  return out;
}

// ---- blocks ------------------------------------------------------------------------------

Grid read_block(const std::vector<SourceLine>& lines, std::size_t begin, std::size_t end,
                const std::string& source) {
  Grid grid;
  grid.source = source;

  // Classify; notes continue on following single-run lines aligned with them.
  enum class Kind { Single, Table, Skip };
  std::vector<Kind> kinds(end - begin, Kind::Skip);
  std::vector<std::string> note_text(end - begin);
  // The note line being continued, if any (a sentinel, not std::optional: GCC 12 at -O2
  // reports a false maybe-uninitialized for an optional index here).
  constexpr std::size_t kNoNote = static_cast<std::size_t>(-1);
  std::size_t note = kNoNote;
  for (std::size_t i = begin; i < end; ++i) {
    const SourceLine& line = lines[i];
    Kind& kind = kinds[i - begin];
    if (!is_table_line(line)) {
      if (!line.blank())
        note = kNoNote;
      continue;
    }
    if (note != kNoNote && !line.page_break_before && line.runs.size() == 1 && !is_meta(line) &&
        !is_note(line) && !is_data_line(line) && !title_shape(line) &&
        std::labs(static_cast<long>(line.runs[0].start) -
                  static_cast<long>(lines[note].runs[0].start)) <= 4) {
      note_text[note - begin] += std::string(trimmed(line));
      continue;  // Skip
    }
    note = kNoNote;
    if (i == begin || (i == begin + 1 && title_shape(line)) || is_meta(line) || title_shape(line)) {
      kind = Kind::Single;
    } else if (is_note(line)) {
      kind = Kind::Single;
      note = i;
      note_text[i - begin] = std::string(trimmed(line));
    } else {
      kind = Kind::Table;
    }
  }

  std::vector<const SourceLine*> table_lines;
  for (std::size_t i = begin; i < end; ++i)
    if (kinds[i - begin] == Kind::Table)
      table_lines.push_back(&lines[i]);
  const std::vector<Band> bands = find_bands(table_lines);

  // Rows in order; table rows collected per stretch between single-cell rows.
  std::vector<TableRow> stretch;
  bool page_break = false;
  const auto flush = [&] {
    if (stretch.empty())
      return;
    place_group_labels(stretch, bands);
    for (TableRow& row : stretch)
      build_cells(row, bands);
    for (TableRow& row : merge_wrapped_names(std::move(stretch), bands))
      grid.rows.push_back(std::move(row.row));
    stretch.clear();
  };
  for (std::size_t i = begin; i < end; ++i) {
    const SourceLine& line = lines[i];
    page_break = page_break || line.page_break_before;
    switch (kinds[i - begin]) {
      case Kind::Skip:
        break;
      case Kind::Single: {
        flush();
        GridRow row = single_cell_row(line);
        if (!note_text[i - begin].empty())
          row.cells.front().text = note_text[i - begin];
        grid.rows.push_back(std::move(row));
        page_break = false;
        break;
      }
      case Kind::Table: {
        TableRow row;
        row.line = &line;
        row.data = is_data_line(line);
        row.after_page_break = page_break;
        page_break = false;
        for (const LayoutRun& run : line.runs)
          row.run_band.push_back(band_of(bands, run));
        stretch.push_back(std::move(row));
        break;
      }
    }
  }
  flush();
  return grid;
}

std::string_view title_key(std::string_view title) {
  title = title_stem(title);
  static const std::regex year(R"(^\d{4}年)");
  std::match_results<std::string_view::const_iterator> m;
  if (std::regex_search(title.begin(), title.end(), m, year))
    title.remove_prefix(static_cast<std::size_t>(m.length(0)));
  return title;
}

}  // namespace

LayoutText read_layout_text(std::string_view text, const std::string& source) {
  std::vector<SourceLine> lines = split_lines(text);
  drop_page_numbers(lines);

  // Block starts: confirmed titles, pulled back onto a label line printed just above.
  // A title repeated on a later page ("…表（续）") continues its block.
  std::vector<std::size_t> starts;
  std::string_view current;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!is_title(lines, i))
      continue;
    const std::string_view key = title_key(*title_shape(lines[i]));
    if (!starts.empty() && key == current)
      continue;
    current = key;
    std::size_t start = i;
    for (std::size_t j = i; j-- > 0;) {
      if (lines[j].blank())
        continue;
      if (!lines[j].dropped && lines[j].runs.size() == 1 && is_label(lines[j].runs[0].text))
        start = j;
      break;
    }
    starts.push_back(start);
  }

  LayoutText layout;
  const std::size_t narrative_end = starts.empty() ? lines.size() : starts.front();
  // pdftotext wraps paragraphs at the page's right margin, anywhere in a sentence (even in a
  // number): a line that starts at the left margin right after a line that reaches the right
  // margin continues it, and is joined to it without a separator (Chinese text).
  std::uint32_t left_margin = UINT32_MAX, right_margin = 0;
  for (std::size_t i = 0; i < narrative_end; ++i)
    if (is_table_line(lines[i])) {
      left_margin = std::min(left_margin, lines[i].runs.front().start);
      right_margin = std::max(right_margin, lines[i].runs.back().end);
    }
  // Wrapping needs evidence: several lines reaching the margin (not one centred heading).
  int full_lines = 0;
  for (std::size_t i = 0; i < narrative_end; ++i)
    if (is_table_line(lines[i]) && lines[i].runs.back().end + 4 >= right_margin)
      ++full_lines;
  std::optional<std::size_t> previous;  // last line with text, across page breaks
  for (std::size_t i = 0; i < narrative_end; ++i) {
    if (lines[i].dropped)
      continue;
    if (lines[i].blank() && previous) {
      // Blank lines at the foot of a page, before the page break: page padding.
      std::size_t j = i;
      bool page_break = false;
      while (j < narrative_end && (lines[j].blank() || lines[j].dropped)) {
        page_break = page_break || lines[j].page_break_before;
        ++j;
      }
      if (page_break || (j < narrative_end && lines[j].page_break_before))
        continue;
    }
    std::string line_text;
    for (char c : lines[i].raw)
      if (c != '\f')
        line_text += c;
    while (!line_text.empty() && (line_text.back() == ' ' || line_text.back() == '\t'))
      line_text.pop_back();
    if (lines[i].blank()) {
      layout.narrative.push_back({std::move(line_text), lines[i].number});
      previous.reset();
      continue;
    }
    const bool continues =
        full_lines >= 2 && previous && lines[i].runs.front().start <= left_margin + 1 &&
        lines[*previous].runs.back().end + 4 >= right_margin && !layout.narrative.empty();
    if (continues) {
      layout.narrative.back().text += std::string(trimmed(lines[i]));
    } else {
      layout.narrative.push_back({std::move(line_text), lines[i].number});
    }
    previous = i;
  }
  for (std::size_t s = 0; s < starts.size(); ++s) {
    const std::size_t end = s + 1 < starts.size() ? starts[s + 1] : lines.size();
    layout.tables.push_back(read_block(lines, starts[s], end, source));
  }
  return layout;
}

Grid layout_rows(const LayoutText& layout) {
  Grid all;
  for (const Grid& grid : layout.tables) {
    if (all.source.empty())
      all.source = grid.source;
    all.rows.insert(all.rows.end(), grid.rows.begin(), grid.rows.end());
  }
  return all;
}

bool looks_like_layout_text(std::string_view text) {
  if (text.find('\t') != std::string_view::npos)
    return false;
  int wide_lines = 0;
  std::size_t pos = 0;
  while (pos < text.size() && wide_lines < 2) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos)
      end = text.size();
    if (split_layout_runs(text.substr(pos, end - pos)).size() >= 3)
      ++wide_lines;
    pos = end + 1;
  }
  return wide_lines >= 2;
}

}  // namespace budgetcheck
