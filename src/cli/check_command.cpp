// budgetcheck check FILE...: load → rules → report.

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "budgetcheck/cli/batch.hpp"
#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/cli/inputs.hpp"
#include "budgetcheck/import/input.hpp"
#include "budgetcheck/report/json_report.hpp"
#include "budgetcheck/report/text_report.hpp"
#include "budgetcheck/rules/engine.hpp"

namespace budgetcheck {

int run_check(const CheckOptions& options) {
  const RuleCatalogue catalogue = make_rule_catalogue();
  const std::vector<InputFile> inputs = collect_inputs(options.files);
  // Only directories were given and none holds a disclosure: checking nothing is no pass.
  if (inputs.empty()) {
    std::cerr << "budgetcheck: error: no disclosure files found in the directories given\n";
    return 2;
  }
  // Inputs are never modified: -o naming an input (by any path) would replace it.
  for (const auto& input : inputs) {
    std::error_code ec;
    if (!options.output.empty() && std::filesystem::equivalent(input.path, options.output, ec)) {
      std::cerr << "budgetcheck: error: the report would overwrite the input " << input.path
                << "; choose another -o file\n";
      return 2;
    }
  }
  const std::vector<std::string> config_from =
      inputs.empty() ? options.files : std::vector<std::string>{inputs.front().path};
  const SettingsResult resolved = resolve_settings(options.selection, config_from, catalogue);
  if (!resolved.settings) {
    for (const auto& error : resolved.errors)
      std::cerr << "budgetcheck: error: " << error << "\n";
    return 2;
  }
  const EffectiveSettings& settings = *resolved.settings;
  const std::vector<FileReport> files =
      check_inputs(inputs, catalogue, settings.selection, options.jobs);

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
