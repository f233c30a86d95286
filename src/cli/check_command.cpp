// budgetcheck check FILE...: load → rules → report.

#include <unistd.h>

#include <sstream>

#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/load/loader.hpp"
#include "budgetcheck/report/json_report.hpp"
#include "budgetcheck/report/text_report.hpp"
#include "budgetcheck/rules/engine.hpp"

namespace budgetcheck {

int run_check(const CheckOptions& options) {
  const RuleCatalogue catalogue = make_rule_catalogue();
  std::vector<FileReport> files;
  for (const auto& path : options.files) {
    LoadResult loaded = load_document_file(path);
    if (!loaded.ok()) {
      if (loaded.problems.empty())
        loaded.problems.push_back({"the document could not be loaded", SourceLocation{}});
      files.push_back(unreadable_file(path, std::move(loaded.problems)));
      continue;
    }
    files.push_back(checked_file(*loaded.document, run_rules(*loaded.document, catalogue)));
  }

  std::ostringstream report;
  if (options.format == "json") {
    write_json_report(report, files);
  } else {
    // Colour only for a person at a terminal, never into a file unless asked.
    const bool to_terminal = options.output.empty() && ::isatty(STDOUT_FILENO) != 0;
    const bool color = options.color == "always" || (options.color == "auto" && to_terminal);
    write_text_report(report, files, TextOptions{color});
  }
  if (const int written = emit(report.str(), options.output); written != 0)
    return written;

  const RunSummary run = summarize_run(files);
  if (run.unreadable > 0)
    return 2;
  return run.checks.errors > 0 ? 1 : 0;
}

}  // namespace budgetcheck
