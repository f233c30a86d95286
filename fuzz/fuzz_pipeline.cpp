// libFuzzer target: any bytes → load → every rule → the report in every format (text with
// and without colour, JSON, and every --format of report_writer.hpp once it exists).
// Whatever the input, each stage must finish.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>
#include <vector>

#include "budgetcheck/load/loader.hpp"
#include "budgetcheck/report/json_report.hpp"
#include "budgetcheck/report/text_report.hpp"
#include "budgetcheck/rules/catalogue.hpp"
#include "budgetcheck/rules/engine.hpp"
#if __has_include("budgetcheck/report/report_writer.hpp")
#include "budgetcheck/report/report_writer.hpp"
#define BUDGETCHECK_FUZZ_ALL_FORMATS 1
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace budgetcheck;
  static const RuleCatalogue catalogue = make_rule_catalogue();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  LoadResult loaded = load_document_text(text, "fuzz.json");
  std::vector<FileReport> files;
  if (loaded.ok())
    files.push_back(checked_file(*loaded.document, run_rules(*loaded.document, catalogue)));
  else
    files.push_back(unreadable_file("fuzz.json", std::move(loaded.problems)));
  std::ostringstream out;
  write_text_report(out, files, TextOptions{false});
  write_text_report(out, files, TextOptions{true});
  write_json_report(out, files);
#ifdef BUDGETCHECK_FUZZ_ALL_FORMATS
  // Every --format the command line offers (junit, sarif, github, gitlab, markdown, ...).
  for (const std::string_view format : report_formats())
    if (!write_report(out, format, files, ReportOptions{}))
      std::abort();
#endif
  if (out.str().empty())
    std::abort();
  return 0;
}
