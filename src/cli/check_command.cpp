// budgetcheck check FILE...: load → rules → report.

#include <unistd.h>

#include <iostream>
#include <sstream>

#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/import/input.hpp"
#include "budgetcheck/report/json_report.hpp"
#include "budgetcheck/report/text_report.hpp"
#include "budgetcheck/rules/engine.hpp"

namespace budgetcheck {

int run_check(const CheckOptions& options) {
  const RuleCatalogue catalogue = make_rule_catalogue();
  const SettingsResult resolved = resolve_settings(options.selection, options.files, catalogue);
  if (!resolved.settings) {
    for (const auto& error : resolved.errors)
      std::cerr << "budgetcheck: error: " << error << "\n";
    return 2;
  }
  const EffectiveSettings& settings = *resolved.settings;
  std::vector<FileReport> files;
  for (const auto& path : options.files) {
    LoadResult loaded = load_input_file(path);
    if (!loaded.ok()) {
      if (loaded.problems.empty())
        loaded.problems.push_back({"the document could not be loaded", SourceLocation{}});
      files.push_back(unreadable_file(path, std::move(loaded.problems)));
      continue;
    }
    files.push_back(
        checked_file(*loaded.document, run_rules(*loaded.document, catalogue, settings.selection)));
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
  // --fail-on: any finding at or above that severity fails the run.
  const std::size_t failing = run.checks.errors +
                              (settings.fail_on <= Severity::Warning ? run.checks.warnings : 0) +
                              (settings.fail_on <= Severity::Info ? run.checks.infos : 0);
  return failing > 0 ? 1 : 0;
}

int run_config_show(const SelectionFlags& flags, const std::vector<std::string>& files) {
  const RuleCatalogue catalogue = make_rule_catalogue();
  const SettingsResult resolved = resolve_settings(flags, files, catalogue);
  if (!resolved.settings) {
    for (const auto& error : resolved.errors)
      std::cerr << "budgetcheck: error: " << error << "\n";
    return 2;
  }
  return emit(settings_json(*resolved.settings, catalogue).dump(2) + "\n", "");
}

}  // namespace budgetcheck
