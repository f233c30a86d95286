#pragma once
// The subcommands behind run_cli. Each returns the process exit code
// (0 success, 1 error findings, 2 bad input or command line).

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "budgetcheck/cli/config.hpp"

namespace budgetcheck {

struct CheckOptions {
  std::vector<std::string> files;  // files and directories (recursed for *.json)
  unsigned jobs = 0;               // -j: worker threads; 0 = all cores
  std::string format = "text";     // one of report_formats()
  std::string output;              // empty: standard output
  std::string color = "auto";      // auto | always | never
  SelectionFlags selection;        // --select, --ignore, --severity, --fail-on, --config, --exclude
  std::string baseline;            // --baseline FILE: drop the findings recorded there
  std::string write_baseline;      // --write-baseline FILE: record the current findings
  bool statistics = false;         // --statistics: findings per rule after the report
};

struct RulesOptions {
  std::string format = "text";  // text | json | markdown
  std::string output;
  std::string lang;  // zh | en; empty: from the locale
};

int run_check(const CheckOptions& options);
int run_rules_list(const RulesOptions& options);
int run_rule_explain(const std::string& code_or_name);
int run_rule_explain(const std::string& code_or_name, const std::string& lang);
int run_schema(const std::string& output);
// `config --show [FILE...]`: the effective settings as JSON, with where each came from.
int run_config_show(const SelectionFlags& flags, const std::vector<std::string>& files);

struct ImportOptions {
  std::string source;                    // .txt, .csv, .xlsx (or .json, normalised)
  std::string output;                    // -o FILE (atomically); empty: standard output
  std::optional<int> year;               // --year, for sources without a heading
  std::optional<std::string> unit_name;  // --unit-name, likewise
};
// `import SOURCE -o unit.json`: the source as budgetcheck/1 JSON; 2 with every problem listed
// (and nothing written) when it cannot be imported.
int run_import(const ImportOptions& options);

// Writes `content` to standard output, or atomically to `output_path`.
// Returns 0, or 2 after saying why on standard error.
int emit(const std::string& content, const std::string& output_path);
// The same, the content written by `write` as it goes (reports: never held whole).
int emit(const std::function<void(std::ostream&)>& write, const std::string& output_path);

}  // namespace budgetcheck
