#include "budgetcheck/cli/config.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "budgetcheck/load/did_you_mean.hpp"

namespace budgetcheck {
namespace fs = std::filesystem;
namespace {

constexpr const char* kCommandLine = "command line";

std::optional<Severity> parse_level(const std::string& text, const std::string& where,
                                    std::vector<std::string>& errors) {
  if (auto level = severity_from_key(text))
    return level;
  errors.push_back(where + ": unknown severity '" + text + "' (use error, warning or info)");
  return std::nullopt;
}

// A JSON array of strings, or an error naming the key.
std::vector<std::string> string_list(const nlohmann::json& value, const std::string& where,
                                     std::vector<std::string>& errors,
                                     std::string_view items = "rule codes, prefixes or names") {
  std::vector<std::string> out;
  if (!value.is_array()) {
    errors.push_back(where + " must be a list of " + std::string(items));
    return out;
  }
  for (const auto& item : value) {
    if (!item.is_string()) {
      errors.push_back(where + " must be a list of " + std::string(items));
      return {};
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

// "require_tables": ["state_capital_expenditure", "procurement", "performance"]: tables
// beyond the national eight that this region requires (rule BC401).
void read_required_tables(const nlohmann::json& value, const std::string& origin,
                          EffectiveSettings& s, std::vector<std::string>& errors) {
  const std::string where = origin + ": \"require_tables\"";
  const std::string allowed = "state_capital_expenditure, procurement, performance";
  if (!value.is_array()) {
    errors.push_back(where + " must be a list of table names (" + allowed + ")");
    return;
  }
  RuleOptions& o = s.rule_options;
  o.require_state_capital_expenditure = o.require_procurement = o.require_performance = false;
  for (const auto& item : value) {
    const std::string name = item.is_string() ? item.get<std::string>() : item.dump();
    if (name == "state_capital_expenditure")
      o.require_state_capital_expenditure = true;
    else if (name == "procurement")
      o.require_procurement = true;
    else if (name == "performance")
      o.require_performance = true;
    else
      errors.push_back(where + ": unknown table '" + name + "' (use " + allowed + ")");
  }
  s.require_tables_from = origin;
}

void read_config(const fs::path& path, EffectiveSettings& s, std::vector<std::string>& errors) {
  const std::string origin = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back("cannot read config file " + origin);
    return;
  }
  std::ostringstream text;
  text << in.rdbuf();
  nlohmann::json config;
  try {
    config = nlohmann::json::parse(text.str());
  } catch (const nlohmann::json::parse_error& e) {
    errors.push_back(origin + ": invalid JSON: " + e.what());
    return;
  }
  if (!config.is_object()) {
    errors.push_back(origin + ": the config must be a JSON object");
    return;
  }
  static const std::vector<std::string_view> keys = {
      "select",         "ignore", "severity", "fail_on", "lang", "require_cost_indicators",
      "require_tables", "exclude"};
  for (const auto& [key, value] : config.items()) {
    if (key == "select") {
      s.selection.select = string_list(value, origin + ": \"select\"", errors);
      s.select_from = origin;
    } else if (key == "ignore") {
      for (auto& code : string_list(value, origin + ": \"ignore\"", errors)) {
        s.selection.ignore.push_back(std::move(code));
        s.ignore_from.push_back(origin);
      }
    } else if (key == "severity") {
      if (!value.is_object()) {
        errors.push_back(origin +
                         ": \"severity\" must be an object such as {\"BC214\": \"warning\"}");
        continue;
      }
      for (const auto& [code, level] : value.items()) {
        const std::string where = origin + ": \"severity\" of " + code;
        if (!level.is_string()) {
          errors.push_back(where + " must be \"error\", \"warning\" or \"info\"");
          continue;
        }
        if (auto parsed = parse_level(level.get<std::string>(), where, errors)) {
          s.selection.severity.emplace_back(code, *parsed);
          s.severity_from.push_back(origin);
        }
      }
    } else if (key == "fail_on") {
      if (!value.is_string()) {
        errors.push_back(origin + ": \"fail_on\" must be \"error\", \"warning\" or \"info\"");
        continue;
      }
      if (auto parsed = parse_level(value.get<std::string>(), origin + ": \"fail_on\"", errors)) {
        s.fail_on = *parsed;
        s.fail_on_from = origin;
      }
    } else if (key == "lang") {
      const auto language =
          value.is_string() ? language_from_key(value.get<std::string>()) : std::nullopt;
      if (!language) {
        errors.push_back(origin + ": \"lang\" must be \"zh\" or \"en\"");
        continue;
      }
      s.language = *language;
      s.language_from = origin;
    } else if (key == "require_cost_indicators") {
      if (!value.is_boolean()) {
        errors.push_back(origin + ": \"require_cost_indicators\" must be true or false");
        continue;
      }
      s.rule_options.require_cost_indicators = value.get<bool>();
      s.require_cost_indicators_from = origin;
    } else if (key == "require_tables") {
      read_required_tables(value, origin, s, errors);
    } else if (key == "exclude") {
      for (auto& pattern : string_list(value, origin + ": \"exclude\"", errors,
                                       "shell patterns such as \"*.report.json\"")) {
        s.exclude.push_back(std::move(pattern));
        s.exclude_from.push_back(origin);
      }
    } else {
      std::string message = origin + ": unknown key \"" + key + "\"";
      if (auto near = did_you_mean(key, keys))
        message += " (did you mean \"" + std::string(*near) + "\"?)";
      errors.push_back(message +
                       "; known keys: select, ignore, severity, fail_on, lang, "
                       "require_cost_indicators, require_tables, exclude");
    }
  }
}

// "BC1,BC30" → BC1, BC30 (blank entries dropped).
std::vector<std::string> split_commas(const std::vector<std::string>& lists) {
  std::vector<std::string> out;
  for (const auto& list : lists) {
    std::size_t start = 0;
    while (start <= list.size()) {
      const std::size_t comma = std::min(list.find(',', start), list.size());
      if (comma > start)
        out.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

void apply_flags(const SelectionFlags& flags, EffectiveSettings& s,
                 std::vector<std::string>& errors) {
  if (!flags.select.empty()) {
    s.selection.select = split_commas(flags.select);
    s.select_from = kCommandLine;
  }
  for (const auto& code : split_commas(flags.ignore)) {
    s.selection.ignore.push_back(code);
    s.ignore_from.push_back(kCommandLine);
  }
  for (const auto& entry : flags.severity) {
    const auto eq = entry.find('=');
    if (eq == std::string::npos || eq == 0) {
      errors.push_back("--severity wants CODE=LEVEL (e.g. BC214=warning), not '" + entry + "'");
      continue;
    }
    const std::string code = entry.substr(0, eq);
    if (auto level = parse_level(entry.substr(eq + 1), "--severity " + code, errors)) {
      s.selection.severity.emplace_back(code, *level);
      s.severity_from.push_back(kCommandLine);
    }
  }
  for (const auto& pattern : flags.exclude) {
    s.exclude.push_back(pattern);
    s.exclude_from.push_back(kCommandLine);
  }
  if (!flags.lang.empty()) {
    if (auto language = language_from_key(flags.lang)) {
      s.language = *language;
      s.language_from = kCommandLine;
    } else {
      errors.push_back("--lang must be zh or en, not '" + flags.lang + "'");
    }
  }
  if (!flags.fail_on.empty()) {
    if (auto level = parse_level(flags.fail_on, "--fail-on", errors)) {
      s.fail_on = *level;
      s.fail_on_from = kCommandLine;
    }
  }
}

// Unknown codes, said with where they were written.
void check_codes(const EffectiveSettings& s, const RuleCatalogue& catalogue,
                 std::vector<std::string>& errors) {
  const auto check = [&](const std::string& pattern, const std::string& from, const char* what,
                         bool allow_prefix) {
    if (auto problem = unknown_rule_problem(pattern, catalogue, allow_prefix))
      errors.push_back(*problem + " in " + what + " (" + from + ")");
  };
  for (const auto& code : s.selection.select)
    check(code, s.select_from, "select", true);
  for (std::size_t i = 0; i < s.selection.ignore.size(); ++i)
    check(s.selection.ignore[i], s.ignore_from[i], "ignore", true);
  for (std::size_t i = 0; i < s.selection.severity.size(); ++i)
    check(s.selection.severity[i].first, s.severity_from[i], "severity", false);
}

}  // namespace

std::optional<fs::path> find_config(const fs::path& directory) {
  std::error_code ec;
  fs::path dir = fs::absolute(directory, ec).lexically_normal();
  if (ec)
    return std::nullopt;
  while (true) {
    const fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec))
      return candidate;
    if (!dir.has_parent_path() || dir.parent_path() == dir)
      return std::nullopt;
    dir = dir.parent_path();
  }
}

SettingsResult resolve_settings(const SelectionFlags& flags, const std::vector<std::string>& files,
                                const RuleCatalogue& catalogue) {
  SettingsResult result;
  EffectiveSettings s;
  s.language = language_from_locale();
  if (!flags.config.empty()) {
    s.config_path = flags.config;
  } else if (!flags.no_config) {
    std::error_code ec;
    const fs::path start =
        files.empty() ? fs::current_path(ec) : fs::absolute(files.front(), ec).parent_path();
    if (auto found = find_config(start))
      s.config_path = found->string();
  }
  if (s.config_path)
    read_config(*s.config_path, s, result.errors);
  apply_flags(flags, s, result.errors);
  check_codes(s, catalogue, result.errors);
  if (result.errors.empty())
    result.settings = std::move(s);
  return result;
}

nlohmann::json settings_json(const EffectiveSettings& s, const RuleCatalogue& catalogue) {
  nlohmann::json out;
  out["config"] = s.config_path ? nlohmann::json(*s.config_path) : nlohmann::json(nullptr);
  out["select"] = {{"value", s.selection.select}, {"from", s.select_from}};
  out["ignore"] = nlohmann::json::array();
  for (std::size_t i = 0; i < s.selection.ignore.size(); ++i)
    out["ignore"].push_back({{"value", s.selection.ignore[i]}, {"from", s.ignore_from[i]}});
  out["severity"] = nlohmann::json::array();
  for (std::size_t i = 0; i < s.selection.severity.size(); ++i)
    out["severity"].push_back({{"rule", s.selection.severity[i].first},
                               {"value", severity_key(s.selection.severity[i].second)},
                               {"from", s.severity_from[i]}});
  out["fail_on"] = {{"value", severity_key(s.fail_on)}, {"from", s.fail_on_from}};
  out["lang"] = {{"value", language_key(s.language)}, {"from", s.language_from}};
  out["require_cost_indicators"] = {{"value", s.rule_options.require_cost_indicators},
                                    {"from", s.require_cost_indicators_from}};
  nlohmann::json tables = nlohmann::json::array();
  if (s.rule_options.require_state_capital_expenditure)
    tables.push_back("state_capital_expenditure");
  if (s.rule_options.require_procurement)
    tables.push_back("procurement");
  if (s.rule_options.require_performance)
    tables.push_back("performance");
  out["require_tables"] = {{"value", tables}, {"from", s.require_tables_from}};
  out["exclude"] = nlohmann::json::array();
  for (std::size_t i = 0; i < s.exclude.size(); ++i)
    out["exclude"].push_back({{"value", s.exclude[i]}, {"from", s.exclude_from[i]}});
  out["rules"] = nlohmann::json::array();
  for (const auto& rule : catalogue)
    if (is_selected(s.selection, rule->info()))
      out["rules"].push_back(
          {{"code", rule->info().code},
           {"name", rule->info().name},
           {"severity", severity_key(severity_in_force(s.selection, rule->info()))}});
  return out;
}

}  // namespace budgetcheck
