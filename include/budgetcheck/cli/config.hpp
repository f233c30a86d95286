#pragma once
// Settings for `check` and `config --show` (rule selection, rule options, report language):
// defaults, then the project's budgetcheck.json (found upward from the first input's
// directory), then the command line.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "budgetcheck/report/language.hpp"
#include "budgetcheck/rules/rule_options.hpp"
#include "budgetcheck/rules/selection.hpp"

namespace budgetcheck {

inline constexpr const char* kConfigFileName = "budgetcheck.json";

// What the command line said (empty / false: not given). select and ignore entries may
// be comma-separated lists.
struct SelectionFlags {
  std::vector<std::string> select;    // replaces the config's select
  std::vector<std::string> ignore;    // adds to the config's ignore
  std::vector<std::string> severity;  // "CODE=LEVEL"
  std::string fail_on;                // error | warning | info
  std::string config;                 // --config FILE
  std::string lang;                   // --lang zh|en
  std::vector<std::string> exclude;   // --exclude: adds to the config's exclude
  bool no_config = false;
};

// The settings in force, each with where it came from: "default" (for the language:
// "locale"), the path of the config file, or "command line".
struct EffectiveSettings {
  RuleSelection selection;
  Severity fail_on = Severity::Error;
  std::optional<std::string> config_path;
  std::string select_from = "default";
  std::vector<std::string> ignore_from;    // one per selection.ignore entry
  std::vector<std::string> severity_from;  // one per selection.severity entry
  std::string fail_on_from = "default";
  Language language = Language::Zh;
  std::string language_from = "locale";
  RuleOptions rule_options;
  std::string require_cost_indicators_from = "default";
  std::string require_tables_from = "default";
  // Shell patterns for what directory arguments hold that is not to be checked
  // (collect_inputs), e.g. the reports a batch writes next to its disclosures.
  std::vector<std::string> exclude;
  std::vector<std::string> exclude_from;  // one per exclude entry
};

struct SettingsResult {
  std::optional<EffectiveSettings> settings;
  std::vector<std::string> errors;  // each a full sentence, without "budgetcheck: error: "
};

// The nearest `budgetcheck.json` in `directory` or above it, up to the filesystem root.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& directory);

// Combines defaults, config (explicit, discovered from the first of `files` or the current
// directory, or none) and flags; every rule code, prefix and level is checked. The default
// language is language_from_locale().
SettingsResult resolve_settings(const SelectionFlags& flags, const std::vector<std::string>& files,
                                const RuleCatalogue& catalogue);

// `config --show`: the settings, their origins and the rules they leave in force.
nlohmann::json settings_json(const EffectiveSettings& settings, const RuleCatalogue& catalogue);

}  // namespace budgetcheck
