#include "budgetcheck/import/input.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "budgetcheck/import/csv_source.hpp"
#include "budgetcheck/import/layout_text.hpp"
#include "budgetcheck/import/narrative_reader.hpp"
#include "budgetcheck/import/recognise.hpp"
#include "budgetcheck/import/tab_text.hpp"
#include "budgetcheck/import/xlsx_reader.hpp"

namespace budgetcheck {

InputKind input_kind(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".json")
    return InputKind::Json;
  if (extension == ".txt")
    return InputKind::Text;
  if (extension == ".csv")
    return InputKind::Csv;
  if (extension == ".xlsx")
    return InputKind::Xlsx;
  return InputKind::Unknown;
}

namespace {

LoadProblem file_problem(const std::string& path, const std::string& message) {
  return LoadProblem{fmt::format("cannot import `{}`: {}", path, message), SourceLocation{}};
}

// The whole file, or a problem (missing, a directory, too large, unreadable).
std::optional<std::string> read_file(const std::string& path, const LoadOptions& options,
                                     std::vector<LoadProblem>& problems) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    const int error = errno;
    problems.push_back(
        file_problem(path, error == ENOENT ? "no such file"
                                           : fmt::format("cannot read: {}", std::strerror(error))));
    return std::nullopt;
  }
  if (!S_ISREG(info.st_mode)) {
    problems.push_back(file_problem(path, "is not a regular file"));
    return std::nullopt;
  }
  if (static_cast<std::uint64_t>(info.st_size) > options.max_input_bytes) {
    problems.push_back(file_problem(path, fmt::format("file is {} bytes, more than the limit of {}",
                                                      info.st_size, options.max_input_bytes)));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string content(static_cast<std::size_t>(info.st_size), '\0');
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  if (!in || static_cast<std::size_t>(in.gcount()) != content.size()) {
    problems.push_back(file_problem(path, "read error"));
    return std::nullopt;
  }
  return content;
}

// Narrative lines + table grids → the document, for every text source.
// The user's hints fill only what the source does not say.
void apply(const ImportHints& given, HeaderHints& hints) {
  if (!hints.year)
    hints.year = given.year;
  if (!hints.unit_name)
    hints.unit_name = given.unit_name;
}

LoadResult import_text_parts(const std::string& path, const std::vector<TextLine>& narrative,
                             const std::vector<Grid>& grids, const ImportHints& given) {
  HeaderHints hints = read_heading(narrative, path);
  apply(given, hints);
  hints.source = fmt::format("imported by budgetcheck from {}", path);
  RecogniseResult recognised = recognise_tables(grids, hints);
  std::vector<LoadProblem> problems = std::move(recognised.problems);
  Document& doc = recognised.document;
  doc.path = path;
  NarrativeReadResult narr = read_narrative(narrative, path);
  doc.narrative = std::move(narr.narrative);
  problems.insert(problems.end(), narr.problems.begin(), narr.problems.end());
  // Stated figures count towards the decimals the document publishes.
  for (const Claim& c : doc.narrative.claims)
    for (const auto& a : {c.amount, c.prior, c.change ? c.change->amount : std::nullopt})
      if (a)
        doc.header.decimals = std::max(doc.header.decimals, std::min(a->decimals_used(), 3));
  return finish_import(std::move(doc), std::move(problems));
}

LoadResult import_text_file(const std::string& path, const LoadOptions& options,
                            const ImportHints& given) {
  LoadResult result;
  const auto text = read_file(path, options, result.problems);
  if (!text)
    return result;
  if (has_tab_separated_tables(*text)) {
    TabText parts = read_tab_text(*text, path);
    return import_text_parts(path, parts.narrative, {parts.tables}, given);
  }
  LayoutText layout = read_layout_text(*text, path);
  return import_text_parts(path, layout.narrative, layout.tables, given);
}

// Grids without a narrative (CSV files, workbooks) → the document.
LoadResult import_grids(const std::string& path, const std::vector<Grid>& grids,
                        const ImportHints& given) {
  HeaderHints hints;
  apply(given, hints);
  hints.source = fmt::format("imported by budgetcheck from {}", path);
  RecogniseResult recognised = recognise_tables(grids, hints);
  recognised.document.path = path;
  return finish_import(std::move(recognised.document), std::move(recognised.problems));
}

LoadResult import_csv_file(const std::string& path, const ImportHints& given) {
  CsvReadResult csv = read_csv_file(path);
  if (!csv.ok()) {
    LoadResult result;
    result.problems = std::move(csv.problems);
    return result;
  }
  return import_grids(path, csv.grids, given);
}

LoadResult import_xlsx_file(const std::string& path, const ImportHints& given) {
  XlsxReadResult xlsx = read_xlsx_file(path);
  if (!xlsx.ok()) {
    LoadResult result;
    result.problems = std::move(xlsx.problems);
    return result;
  }
  return import_grids(path, xlsx.grids, given);
}

}  // namespace

LoadResult load_csv_directory(const std::string& directory, const ImportHints& hints) {
  CsvReadResult csv = read_csv_directory(directory);
  if (!csv.ok()) {
    LoadResult result;
    result.problems = std::move(csv.problems);
    return result;
  }
  return import_grids(directory, csv.grids, hints);
}

LoadResult load_input_file(const std::string& path) {
  return load_input_file(path, run_load_options());
}

LoadResult load_input_file(const std::string& path, const LoadOptions& options) {
  return load_input_file(path, options, ImportHints{});
}

LoadResult load_input_file(const std::string& path, const LoadOptions& options,
                           const ImportHints& hints) {
  switch (input_kind(path)) {
    case InputKind::Text:
      return import_text_file(path, options, hints);
    case InputKind::Csv:
      return import_csv_file(path, hints);
    case InputKind::Xlsx:
      return import_xlsx_file(path, hints);
    default:
      return load_document_file(path, options);
  }
}

}  // namespace budgetcheck
