// budgetcheck import SOURCE -o unit.json: a published text, CSV or workbook → the JSON format.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/import/document_json.hpp"
#include "budgetcheck/import/input.hpp"

namespace budgetcheck {

namespace {

// "seed.txt:215:6: message (at /tables/…)": the source position first, as compilers do.
std::string describe(const std::string& path, const LoadProblem& p) {
  std::string place = path;
  if (!p.where.origin.empty()) {
    // Text sources write "LINE:COL", workbooks "Sheet1!C5"; CSV origins name their file.
    place = p.where.origin.rfind(path, 0) == 0 ? p.where.origin : path + ":" + p.where.origin;
  } else if (p.where.known()) {
    place = fmt::format("{}:{}:{}", path, p.where.line, p.where.column);
  }
  std::string out = fmt::format("{}: error: {}", place, p.message);
  if (!p.where.pointer.empty())
    out += fmt::format(" (at {})", p.where.pointer);
  return out;
}

}  // namespace

int run_import(const ImportOptions& options) {
  std::error_code ec;
  const bool directory = std::filesystem::is_directory(options.source, ec);
  if (!directory && input_kind(options.source) == InputKind::Unknown) {
    std::cerr << "budgetcheck: error: cannot import `" << options.source
              << "`: expected a .txt, .csv, .xlsx or .json file, or a directory of .csv files\n";
    return 2;
  }
  // A directory is one document whose tables are its CSV files (one table per file).
  const ImportHints hints{options.year, options.unit_name};
  LoadResult loaded = directory ? load_csv_directory(options.source, hints)
                                : load_input_file(options.source, run_load_options(), hints);
  if (!loaded.ok()) {
    if (loaded.problems.empty())
      loaded.problems.push_back({"the document could not be imported", SourceLocation{}});
    for (const LoadProblem& p : loaded.problems)
      std::cerr << describe(options.source, p) << "\n";
    std::cerr << fmt::format("budgetcheck: {} problem(s); nothing written\n",
                             loaded.problems.size());
    return 2;
  }
  return emit(write_document_json(*loaded.document), options.output);
}

}  // namespace budgetcheck
