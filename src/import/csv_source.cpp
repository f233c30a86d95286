#include "budgetcheck/import/csv_source.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace budgetcheck {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

LoadProblem problem_at(const std::string& path, std::uint32_t line, std::uint32_t column,
                       std::string message) {
  LoadProblem p;
  p.message = std::move(message);
  p.where.line = line;
  p.where.column = column;
  p.where.origin = path + ":" + std::to_string(line) + ":" + std::to_string(column);
  return p;
}

// Length of the UTF-8 sequence at `s[i]`, or 0 when it is not valid UTF-8 (overlong forms,
// surrogates and values above U+10FFFF included).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80)
    return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0)
      lo = 0xA0;
    if (c == 0xED)
      hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0)
      lo = 0x90;
    if (c == 0xF4)
      hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size())
    return 0;
  if (b(i + 1) < lo || b(i + 1) > hi)
    return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF)
      return 0;
  return n;
}

// The encoding check comes first so that every later position is a code-point column.
std::optional<LoadProblem> check_encoding(std::string_view text, const std::string& path) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return problem_at(
        path, 1, 1, "the file is UTF-16; save it as \"CSV UTF-8\" (budgetcheck reads UTF-8 only)");
  std::uint32_t line = 1, column = 1;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\0')
      return problem_at(path, line, column,
                        "the file contains a NUL byte (UTF-16 or a binary file?); save it as "
                        "\"CSV UTF-8\"");
    const std::size_t n = utf8_length(text, i);
    if (n == 0)
      return problem_at(path, line, column,
                        "the file is not valid UTF-8 here (GBK/GB18030?); save it as \"CSV "
                        "UTF-8\"");
    if (c == '\n') {
      ++line;
      column = 1;
    } else if (c == '\r' && !(i + 1 < text.size() && text[i + 1] == '\n')) {
      ++line;
      column = 1;
    } else if (c != '\r') {
      ++column;
    }
    i += n;
  }
  return std::nullopt;
}

std::string trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && space(s.back()))
    s.remove_suffix(1);
  // U+3000 (ideographic space) pads cells in Chinese sheets as often as ASCII spaces do.
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  while (s.starts_with(kIdeographicSpace))
    s.remove_prefix(3);
  while (s.ends_with(kIdeographicSpace))
    s.remove_suffix(3);
  if (s.size() != 0 && (space(s.front()) || space(s.back())))
    return trim(s);
  return std::string(s);
}

// "一般公共预算财政拨款支出预算表.csv" → "一般公共预算财政拨款支出预算表"; a leading
// ordinal that only sorts the files ("03-", "3_", "3.", "3 ", "3、") is not part of it.
std::string title_from_path(const std::string& path) {
  const std::string stem = std::filesystem::path(path).stem().string();
  std::string_view s = stem;
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9')
    ++digits;
  if (digits == 0 || digits == s.size())
    return stem;
  std::string_view rest = s.substr(digits);
  if (rest.starts_with("\xE3\x80\x81"))  // 、
    rest.remove_prefix(3);
  else if (rest.front() == '-' || rest.front() == '_' || rest.front() == '.' || rest.front() == ' ')
    rest.remove_prefix(1);
  else
    return stem;
  const std::string title = trim(rest);
  return title.empty() ? stem : title;
}

class CsvParser {
 public:
  CsvParser(std::string_view text, const std::string& path, const CsvOptions& options)
      : text_(text), path_(path), options_(options) {}

  CsvReadResult parse() {
    CsvReadResult result;
    Grid grid;
    grid.source = path_;
    while (pos_ < text_.size()) {
      if (records_ == options_.max_records) {
        result.problems.push_back(
            problem_at(path_, line_, column_,
                       "more than " + std::to_string(options_.max_records) + " records (limit)"));
        return result;
      }
      ++records_;
      std::optional<GridRow> row = read_record(result.problems);
      if (!result.problems.empty())
        return result;
      if (row)
        grid.rows.push_back(std::move(*row));
    }
    add_title_from_file_name(grid);
    result.grids.push_back(std::move(grid));
    return result;
  }

 private:
  bool at_line_break() const {
    return pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r');
  }
  void consume_line_break() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')
      ++pos_;
    ++pos_;
    ++line_;
    column_ = 1;
  }
  void advance_char() {
    pos_ += utf8_length(text_, pos_);
    ++column_;
  }

  // One record; nullopt for a blank one (every field empty).
  std::optional<GridRow> read_record(std::vector<LoadProblem>& problems) {
    GridRow row;
    row.line = line_;
    bool any_text = false;
    for (;;) {
      if (row.cells.size() == options_.max_fields) {
        problems.push_back(problem_at(
            path_, line_, column_,
            "more than " + std::to_string(options_.max_fields) + " fields in one record (limit)"));
        return std::nullopt;
      }
      GridCell cell;
      cell.line = line_;
      cell.column = static_cast<std::uint32_t>(row.cells.size() + 1);
      cell.origin = path_ + ":" + std::to_string(line_) + ":" + std::to_string(cell.column);
      std::string raw;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        if (!read_quoted(raw, problems))
          return std::nullopt;
      } else {
        const std::uint32_t start_column = column_;
        while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_break()) {
          if (text_[pos_] == '"') {
            problems.push_back(problem_at(
                path_, line_, column_,
                "a quote inside an unquoted field (field " + std::to_string(cell.column) +
                    " starts at column " + std::to_string(start_column) +
                    "); quote the whole field and double the quote: \"a\"\"b\""));
            return std::nullopt;
          }
          const std::size_t start = pos_;
          advance_char();
          raw.append(text_.substr(start, pos_ - start));
        }
      }
      cell.text = trim(raw);
      any_text = any_text || !cell.text.empty();
      row.cells.push_back(std::move(cell));
      if (pos_ >= text_.size())
        break;
      if (text_[pos_] == ',') {
        advance_char();
        continue;
      }
      consume_line_break();  // at_line_break() holds: fields end at ',' or a line break
      break;
    }
    if (!any_text)
      return std::nullopt;
    return row;
  }

  bool read_quoted(std::string& out, std::vector<LoadProblem>& problems) {
    const std::uint32_t open_line = line_, open_column = column_;
    advance_char();  // the opening quote
    for (;;) {
      if (pos_ >= text_.size()) {
        problems.push_back(problem_at(path_, open_line, open_column,
                                      "a quoted field is never closed (missing '\"')"));
        return false;
      }
      const char c = text_[pos_];
      if (c == '"') {
        advance_char();
        if (pos_ < text_.size() && text_[pos_] == '"') {
          out.push_back('"');
          advance_char();
          continue;
        }
        if (pos_ < text_.size() && text_[pos_] != ',' && !at_line_break()) {
          problems.push_back(problem_at(
              path_, line_, column_,
              "text after the closing quote of a field (a quote inside a quoted field is "
              "written \"\")"));
          return false;
        }
        return true;
      }
      if (c == '\n' || c == '\r') {
        consume_line_break();
        out.push_back('\n');
        continue;
      }
      const std::size_t start = pos_;
      advance_char();
      out.append(text_.substr(start, pos_ - start));
    }
  }

  void add_title_from_file_name(Grid& grid) const {
    if (!options_.title_from_file_name || grid.rows.empty())
      return;
    const auto& first = grid.rows.front().cells;
    const auto non_empty = std::count_if(first.begin(), first.end(),
                                         [](const GridCell& c) { return !c.text.empty(); });
    if (non_empty <= 1)
      return;
    // Only a name that reads as a table title ("…表") stands for one; "data.csv" does not.
    const std::string title_text = title_from_path(path_);
    if (!title_text.ends_with("\xE8\xA1\xA8"))  // 表
      return;
    GridRow title;
    title.line = 0;
    GridCell cell;
    cell.text = title_text;
    cell.line = 0;
    cell.column = 1;
    cell.origin = path_ + " (file name)";
    title.cells.push_back(std::move(cell));
    grid.rows.insert(grid.rows.begin(), std::move(title));
  }

  std::string_view text_;
  const std::string& path_;
  const CsvOptions& options_;
  std::size_t pos_ = 0;
  std::size_t records_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
};

// "10.csv" after "2.csv": digit runs compare by value, everything else bytewise.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  while (i < a.size() && j < b.size()) {
    if (digit(a[i]) && digit(b[j])) {
      std::size_t ie = i, je = j;
      while (ie < a.size() && digit(a[ie]))
        ++ie;
      while (je < b.size() && digit(b[je]))
        ++je;
      std::string_view da(a.data() + i, ie - i), db(b.data() + j, je - j);
      while (da.size() > 1 && da.front() == '0')
        da.remove_prefix(1);
      while (db.size() > 1 && db.front() == '0')
        db.remove_prefix(1);
      if (da.size() != db.size())
        return da.size() < db.size();
      if (da != db)
        return da < db;
      i = ie;
      j = je;
      continue;
    }
    if (a[i] != b[j])
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

void append(CsvReadResult& into, CsvReadResult&& from) {
  for (auto& g : from.grids)
    into.grids.push_back(std::move(g));
  for (auto& p : from.problems)
    into.problems.push_back(std::move(p));
}

}  // namespace

CsvReadResult read_csv_text(std::string_view bytes, const std::string& path,
                            const CsvOptions& options) {
  if (bytes.size() > options.max_bytes) {
    CsvReadResult result;
    result.problems.push_back(problem_at(
        path, 1, 1,
        "the file is larger than " + std::to_string(options.max_bytes) + " bytes (limit)"));
    return result;
  }
  if (bytes.starts_with(kUtf8Bom))
    bytes.remove_prefix(kUtf8Bom.size());
  if (auto encoding = check_encoding(bytes, path)) {
    CsvReadResult result;
    result.problems.push_back(std::move(*encoding));
    return result;
  }
  return CsvParser(bytes, path, options).parse();
}

CsvReadResult read_csv_file(const std::string& path, const CsvOptions& options) {
  CsvReadResult result;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    LoadProblem p;
    p.message = "cannot read " + path + ": not a regular file";
    p.where.origin = path;
    result.problems.push_back(std::move(p));
    return result;
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > options.max_bytes) {
    result.problems.push_back(problem_at(
        path, 1, 1,
        "the file is larger than " + std::to_string(options.max_bytes) + " bytes (limit)"));
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in && !in.eof()) {
    LoadProblem p;
    p.message = "cannot read " + path;
    p.where.origin = path;
    result.problems.push_back(std::move(p));
    return result;
  }
  return read_csv_text(content.str(), path, options);
}

CsvReadResult read_csv_files(std::span<const std::string> paths, const CsvOptions& options) {
  CsvReadResult result;
  for (const auto& path : paths)
    append(result, read_csv_file(path, options));
  return result;
}

std::vector<std::string> csv_files_in_directory(const std::string& directory) {
  std::vector<std::pair<std::string, std::string>> found;  // (file name, path)
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
    if (!entry.is_regular_file(ec))
      continue;
    std::string extension = entry.path().extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".csv")
      found.emplace_back(entry.path().filename().string(), entry.path().string());
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return natural_less(a.first, b.first); });
  std::vector<std::string> paths;
  for (auto& f : found)
    paths.push_back(std::move(f.second));
  return paths;
}

CsvReadResult read_csv_directory(const std::string& directory, const CsvOptions& options) {
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) {
    CsvReadResult result;
    LoadProblem p;
    p.message = "cannot read " + directory + ": not a directory";
    p.where.origin = directory;
    result.problems.push_back(std::move(p));
    return result;
  }
  const auto paths = csv_files_in_directory(directory);
  if (paths.empty()) {
    CsvReadResult result;
    LoadProblem p;
    p.message = "no .csv files in " + directory;
    p.where.origin = directory;
    result.problems.push_back(std::move(p));
    return result;
  }
  return read_csv_files(paths, options);
}

}  // namespace budgetcheck
