#include "budgetcheck/cli/app.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

#include "budgetcheck/cli/commands.hpp"
#include "budgetcheck/load/loader.hpp"

namespace budgetcheck {
namespace {

// The same settings options for `check` and `config --show`.
void add_settings_options(CLI::App* command, SelectionFlags& flags) {
  command
      ->add_option("--select", flags.select,
                   "Run only these rules: codes, prefixes (BC1, BC30) or names, comma-separated")
      ->allow_extra_args(false);  // one list per occurrence, never the input files
  command->add_option("--ignore", flags.ignore, "Do not run these rules (wins over --select)")
      ->allow_extra_args(false);
  command
      ->add_option("--severity", flags.severity,
                   "Severity of a rule: CODE=error|warning|info (repeatable)")
      ->allow_extra_args(false);
  command
      ->add_option("--fail-on", flags.fail_on,
                   "Exit 1 on findings at or above this severity (default error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  CLI::Option* config = command->add_option(
      "--config", flags.config, "Use this config file instead of searching for budgetcheck.json");
  command->add_flag("--no-config", flags.no_config, "Ignore budgetcheck.json")->excludes(config);
  command
      ->add_option("--exclude", flags.exclude,
                   "Leave out what a directory holds matching this shell pattern, by name or "
                   "path below the directory, e.g. '*.report.json' (repeatable; adds to "
                   "budgetcheck.json's exclude)")
      ->allow_extra_args(false);  // one pattern per occurrence, never the input files
  command
      ->add_option("--lang", flags.lang,
                   "Report language: zh or en (default: budgetcheck.json, else the locale)")
      ->check(CLI::IsMember({"zh", "en"}));
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{"budgetcheck: checks Chinese government budget disclosures (部门预算/单位预算公开)",
               "budgetcheck"};
  app.set_version_flag("--version", std::string("budgetcheck ") + BUDGETCHECK_VERSION);
  app.require_subcommand(1);

  CheckOptions check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check disclosure files and report findings");
  check_cmd
      ->add_option("files", check.files,
                   "Disclosure files (docs/format.md) and directories (searched for *.json)")
      ->required();
  check_cmd->add_option("-j,--jobs", check.jobs, "Check N files at once (default: all cores)")
      ->check(CLI::PositiveNumber);
  check_cmd
      ->add_option("--format", check.format,
                   "Report format: text, json, junit, sarif, github, gitlab, markdown "
                   "(docs/formats.md)")
      ->check(CLI::IsMember({"text", "json", "junit", "sarif", "github", "gitlab", "markdown"}));
  check_cmd->add_option("--baseline", check.baseline,
                        "Report only findings not recorded in this baseline file");
  check_cmd->add_option("--write-baseline", check.write_baseline,
                        "Record the current findings in FILE (atomically) for --baseline");
  check_cmd->add_flag("--statistics", check.statistics,
                      "Count findings per rule after the report (on standard error for "
                      "machine formats)");
  check_cmd->add_option("-o,--output", check.output,
                        "Write the report to FILE (atomically) instead of standard output");
  // Limits against hostile or broken input (docs/robustness.md); 0 is refused.
  LoadOptions limits;
  std::size_t max_input_mb = limits.max_input_bytes >> 20;
  check_cmd->add_option("--max-input-mb", max_input_mb, "Refuse input files larger than N MiB")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20));
  check_cmd->add_option("--max-depth", limits.max_depth, "Refuse JSON nested deeper than N")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100'000}));
  check_cmd->add_option("--max-rows", limits.max_rows, "Refuse more than N table rows per file")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1'000'000'000}));
  check_cmd->add_option("--color", check.color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  add_settings_options(check_cmd, check.selection);

  RulesOptions rules;
  CLI::App* rules_cmd = app.add_subcommand("rules", "List the rules");
  rules_cmd->add_option("--format", rules.format, "text, json, or markdown (docs/rules.md)")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  rules_cmd->add_option("-o,--output", rules.output, "Write to FILE (atomically)");
  rules_cmd->add_option("--lang", rules.lang, "Summaries in zh or en (default: the locale)")
      ->check(CLI::IsMember({"zh", "en"}));

  std::string rule_code;
  CLI::App* rule_cmd = app.add_subcommand("rule", "Explain one rule");
  rule_cmd->add_option("code", rule_code, "Rule code or name, e.g. BC101 or functional-rollup")
      ->required();
  std::string rule_lang;
  rule_cmd->add_option("--lang", rule_lang, "zh or en (default: the locale)")
      ->check(CLI::IsMember({"zh", "en"}));

  ImportOptions import_options;
  CLI::App* import_cmd = app.add_subcommand(
      "import", "Convert a published text, CSV or XLSX disclosure to the JSON format");
  import_cmd
      ->add_option(
          "source", import_options.source,
          "The disclosure (.txt, .csv, .xlsx, or a directory of .csv files, one table each)")
      ->required();
  import_cmd->add_option("--year", import_options.year,
                         "Budget year, when the source does not state it (CSV, XLSX)");
  import_cmd->add_option("--unit-name", import_options.unit_name,
                         "编制单位, when the source does not state it (CSV, XLSX)");
  import_cmd->add_option("-o,--output", import_options.output,
                         "Write the JSON to FILE (atomically) instead of standard output");

  std::string schema_output;
  CLI::App* schema_cmd =
      app.add_subcommand("schema", "Print the JSON Schema of the disclosure format");
  schema_cmd->add_option("-o,--output", schema_output, "Write to FILE (atomically)");

  SelectionFlags config_flags;
  std::vector<std::string> config_files;
  bool config_show = false;
  CLI::App* config_cmd =
      app.add_subcommand("config", "Show the rule selection settings in force (budgetcheck.json)");
  config_cmd->add_flag("--show", config_show, "Print the effective settings as JSON")->required();
  config_cmd->add_option("files", config_files,
                         "Disclosure files: budgetcheck.json is searched from the first one's "
                         "directory (default: the current directory)");
  add_settings_options(config_cmd, config_flags);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    app.exit(e);  // prints the help of the subcommand asked about
    return 0;
  } catch (const CLI::CallForAllHelp& e) {
    app.exit(e);
    return 0;
  } catch (const CLI::CallForVersion& e) {
    app.exit(e);
    return 0;
  } catch (const CLI::ParseError& e) {
    // CLI11's own exit codes would collide with 1 (= error findings): a bad command
    // line is always 2.
    std::cerr << "budgetcheck: error: " << e.what() << "\n"
              << "Run 'budgetcheck --help' for usage.\n";
    return 2;
  }

  if (check_cmd->parsed()) {
    limits.max_input_bytes = max_input_mb << 20;
    set_run_load_options(limits);  // before any file is loaded, on any thread
    return run_check(check);
  }
  if (rules_cmd->parsed())
    return run_rules_list(rules);
  if (rule_cmd->parsed())
    return run_rule_explain(rule_code, rule_lang);
  if (config_cmd->parsed())
    return run_config_show(config_flags, config_files);
  if (schema_cmd->parsed())
    return run_schema(schema_output);
  if (import_cmd->parsed())
    return run_import(import_options);
  return 2;
}

}  // namespace budgetcheck
