#pragma once
// CSV (RFC 4180) → grids. One file per table or one file with several tables one after
// another; several files or a directory of them import as one document (one grid per
// file, in the order given, a directory's files in natural name order). Strict: UTF-8
// only (a BOM is allowed), commas only, every quote balanced; a problem says line:column.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "budgetcheck/import/grid.hpp"
#include "budgetcheck/load/load_problem.hpp"

namespace budgetcheck {

struct CsvOptions {
  std::size_t max_bytes = std::size_t{64} * 1024 * 1024;  // per file
  std::size_t max_records = 200'000;                      // per file
  std::size_t max_fields = 1'000;                         // per record
  // A file whose first non-blank record has more than one non-empty field starts with a
  // header, not a title: a title row is then made from the file name ("一般公共预算财政拨款
  // 支出预算表.csv" → "一般公共预算财政拨款支出预算表"), at line 0, so a sheet exported
  // without its title still names its table. A leading ordinal ("03-", "3_", "3、") is
  // dropped; a name that does not end in 表 ("data.csv") gives no title.
  bool title_from_file_name = true;
};

struct CsvReadResult {
  std::vector<Grid> grids;            // one per file read without problems
  std::vector<LoadProblem> problems;  // where.line:column in the file; where.origin "file.csv:L:C"
  bool ok() const { return problems.empty(); }
};

// Grid rows: one per record that has a non-empty field (blank records are left out; the
// line numbers show the gap). GridRow::line is the record's first line. GridCell::column
// is the 1-based field index, GridCell::line the line the field starts on, origin
// "path:LINE:FIELD". Cell text is unquoted ("" → ") and trimmed; line breaks inside
// quoted fields are kept as "\n".
CsvReadResult read_csv_text(std::string_view bytes, const std::string& path,
                            const CsvOptions& options = {});
CsvReadResult read_csv_file(const std::string& path, const CsvOptions& options = {});
// Several files as one document: grids in the order given.
CsvReadResult read_csv_files(std::span<const std::string> paths, const CsvOptions& options = {});
// Every *.csv (any case) directly in `directory`, in natural name order ("2.csv" before
// "10.csv"); a directory with none is a problem.
CsvReadResult read_csv_directory(const std::string& directory, const CsvOptions& options = {});
// The files read_csv_directory would read, in that order (for messages and `import`).
std::vector<std::string> csv_files_in_directory(const std::string& directory);

}  // namespace budgetcheck
