// Each libFuzzer target's body, one function per target (fuzz/fuzz_<name>.cpp calls
// fuzz_<name>). The test suite replays every kept crash input (tests/regressions/
// <target>-…) through the same function, so a fix is checked on the path that found it.
// Each returns whether the stage kept its contract (a document exactly when there are no
// problems, a report always); a crash or sanitizer error is the other way to fail.
#pragma once

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include "budgetcheck/import/csv_source.hpp"
#include "budgetcheck/import/layout_text.hpp"
#include "budgetcheck/import/narrative_reader.hpp"
#include "budgetcheck/import/recognise.hpp"
#include "budgetcheck/import/tab_text.hpp"
#include "budgetcheck/import/xlsx_reader.hpp"
#include "budgetcheck/load/loader.hpp"
#include "budgetcheck/report/json_report.hpp"
#include "budgetcheck/report/report_writer.hpp"
#include "budgetcheck/report/text_report.hpp"
#include "budgetcheck/rules/catalogue.hpp"
#include "budgetcheck/rules/engine.hpp"

namespace budgetcheck::fuzz {

// Recognised tables → the loader's checks (finish_import).
inline bool finish_keeps_contract(RecogniseResult recognised) {
  const LoadResult loaded =
      finish_import(std::move(recognised.document), std::move(recognised.problems));
  return loaded.document.has_value() == loaded.problems.empty();
}

// Sources without a heading: the year as `import --year` gives it.
inline HeaderHints year_only_hints() {
  HeaderHints hints;
  hints.year = 2026;
  return hints;
}

// Any bytes → the strict loader → a Document or problems, each with a message.
inline bool fuzz_loader(std::string_view bytes) {
  const LoadResult result = load_document_text(bytes, "fuzz.json");
  if (result.document.has_value() != result.problems.empty())
    return false;
  return std::none_of(result.problems.begin(), result.problems.end(),
                      [](const auto& problem) { return problem.message.empty(); });
}

// Any bytes → load → every rule → the report in every format: each stage finishes.
inline bool fuzz_pipeline(std::string_view bytes) {
  static const RuleCatalogue catalogue = make_rule_catalogue();
  LoadResult loaded = load_document_text(bytes, "fuzz.json");
  std::vector<FileReport> files;
  if (loaded.ok())
    files.push_back(checked_file(*loaded.document, run_rules(*loaded.document, catalogue)));
  else
    files.push_back(unreadable_file("fuzz.json", std::move(loaded.problems)));
  std::ostringstream out;
  write_text_report(out, files, TextOptions{false});
  write_text_report(out, files, TextOptions{true});
  write_json_report(out, files);
  for (const std::string_view format : report_formats())
    if (!write_report(out, format, files, ReportOptions{}))
      return false;
  return !out.str().empty();
}

// Any bytes → the CSV source (RFC 4180, UTF-8) → table recogniser → loader's checks.
inline bool fuzz_csv(std::string_view bytes) {
  const CsvReadResult read = read_csv_text(bytes, "fuzz.csv");
  return !read.ok() || finish_keeps_contract(recognise_tables(read.grids, year_only_hints()));
}

// Any bytes → the XLSX reader (minizip + expat) → table recogniser → loader's checks.
inline bool fuzz_xlsx(std::string_view bytes) {
  const XlsxReadResult read = read_xlsx_bytes(bytes, "fuzz.xlsx");
  return !read.ok() || finish_keeps_contract(recognise_tables(read.grids, year_only_hints()));
}

// Any bytes → the tab-separated text importer (as the seed disclosure is published) →
// heading, table recogniser → loader's checks.
inline bool fuzz_tab_text(std::string_view text) {
  const TabText tab = read_tab_text(text, "fuzz.txt");
  const HeaderHints hints = read_heading(tab.narrative, "fuzz.txt");
  return finish_keeps_contract(recognise_tables({tab.tables}, hints));
}

// Any bytes → the space-aligned text importer (pdftotext -layout output) → heading, table
// recogniser → loader's checks.
inline bool fuzz_layout_text(std::string_view text) {
  const LayoutText layout = read_layout_text(text, "fuzz.txt");
  (void)layout_rows(layout);
  const HeaderHints hints = read_heading(layout.narrative, "fuzz.txt");
  return finish_keeps_contract(recognise_tables(layout.tables, hints));
}

// Any bytes, split into lines → the 情况说明 reader → a Narrative or problems.
inline bool fuzz_narrative(std::string_view text) {
  std::vector<TextLine> lines;
  std::uint32_t number = 1;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(TextLine{std::string(text.substr(start, end - start)), number++});
    start = end + 1;
  }
  (void)read_narrative(lines, "fuzz.txt");
  return true;
}

// Every target by the name its libFuzzer binary and its kept inputs carry.
struct NamedTarget {
  std::string_view name;
  bool (*run)(std::string_view);
};
inline constexpr NamedTarget kTargets[] = {
    {"fuzz_loader", fuzz_loader},
    {"fuzz_pipeline", fuzz_pipeline},
    {"fuzz_csv", fuzz_csv},
    {"fuzz_xlsx", fuzz_xlsx},
    {"fuzz_tab_text", fuzz_tab_text},
    {"fuzz_layout_text", fuzz_layout_text},
    {"fuzz_narrative", fuzz_narrative},
};

}  // namespace budgetcheck::fuzz
