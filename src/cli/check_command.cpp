// budgetcheck check FILE|DIR...: collect inputs → load → rules (in parallel) → report.

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "budgetcheck/cli/batch.hpp"
#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/cli/inputs.hpp"
#include "budgetcheck/report/baseline.hpp"
#include "budgetcheck/report/report_writer.hpp"
#include "budgetcheck/report/statistics.hpp"
#include "budgetcheck/rules/engine.hpp"

namespace budgetcheck {

int run_check(const CheckOptions& options) {
  // The command line admits only these; a caller of run_check() may not have asked it.
  if (!is_report_format(options.format)) {
    std::cerr << "budgetcheck: error: unknown report format " << options.format << "\n";
    return 2;
  }
  const RuleCatalogue default_catalogue = make_rule_catalogue();
  std::vector<InputFile> inputs = collect_inputs(options.files, options.selection.exclude);
  // Only directories were given and none holds a disclosure: checking nothing is no pass.
  const auto nothing_found = [] {
    std::cerr << "budgetcheck: error: no disclosure files found in the directories given\n";
    return 2;
  };
  if (inputs.empty())
    return nothing_found();
  // budgetcheck.json is searched from the first file found (inside a directory argument);
  // its own `exclude` patterns then apply, with the command line's, to a fresh listing.
  const SettingsResult resolved =
      resolve_settings(options.selection, {inputs.front().path}, default_catalogue);
  if (!resolved.settings) {
    for (const auto& error : resolved.errors)
      std::cerr << "budgetcheck: error: " << error << "\n";
    return 2;
  }
  const EffectiveSettings& settings = *resolved.settings;
  // The file's patterns come first, the command line's after them.
  const bool file_excludes = settings.exclude.size() > options.selection.exclude.size();
  if (file_excludes) {
    inputs = collect_inputs(options.files, settings.exclude);
    if (inputs.empty())
      return nothing_found();
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
  // --baseline is read before any file is checked: a bad one stops the run at once.
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    BaselineRead read = read_baseline_file(options.baseline);
    if (!read.baseline) {
      std::cerr << "budgetcheck: error: " << read.error << "\n";
      return 2;
    }
    baseline = std::move(read.baseline);
  }
  // The same rules, configured as budgetcheck.json says (e.g. require_cost_indicators).
  const RuleCatalogue catalogue = make_rule_catalogue(settings.rule_options);

  ReportOptions report_options;
  // Colour only for a person at a terminal, never into a file unless asked.
  const bool to_terminal = options.output.empty() && ::isatty(STDOUT_FILENO) != 0;
  report_options.color = options.color == "always" || (options.color == "auto" && to_terminal);
  report_options.language = settings.language;
  for (const auto& rule : catalogue)
    report_options.rules.push_back(&rule->info());
  // --statistics: part of a report people read; on standard error beside a machine format.
  // A batch's text report always ends with them: the run summary counts files, these the
  // findings by rule.
  const bool with_statistics =
      options.statistics || (options.format == "text" && inputs.size() > 1);

  // Each file's report is written as soon as it and the ones before it are checked, and
  // then dropped: only counts (and, for --write-baseline, the findings' entries) are kept.
  RunSummary run;
  StatisticsCounter statistics;
  BaselineRecorder recorded;  // every finding, before --baseline drops the ones it records
  std::optional<BaselineFilter> known;
  if (baseline)
    known.emplace(*baseline);
  const auto write = [&](std::ostream& report) {
    const std::unique_ptr<ReportStream> stream =
        make_report_stream(report, options.format, report_options);
    check_inputs(inputs, catalogue, settings.selection, options.jobs, [&](FileReport&& file) {
      if (!options.write_baseline.empty())
        recorded.add(file);
      if (known)
        known->apply(file);
      if (with_statistics)
        statistics.add(file);
      run.add(file);
      stream->file(file);
    });
    stream->finish(run);
    if (with_statistics && options.format == "markdown")
      write_statistics_markdown(report, statistics.result());
    else if (with_statistics && is_human_format(options.format))
      write_statistics_text(report << '\n', statistics.result());
  };
  if (const int written = emit(write, options.output); written != 0)
    return written;  // no report, so no baseline either
  if (!options.write_baseline.empty()) {
    if (const auto error = recorded.write_file(options.write_baseline)) {
      std::cerr << "budgetcheck: error: " << *error << "\n";
      return 2;
    }
  }
  if (known) {
    const BaselineMatch match = known->match();
    std::cerr << "budgetcheck: baseline " << options.baseline << ": " << match.suppressed
              << " recorded finding(s) not reported, " << match.stale
              << " recorded finding(s) no longer found\n";
  }
  if (options.statistics && !is_human_format(options.format))
    write_statistics_text(std::cerr, statistics.result());

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
