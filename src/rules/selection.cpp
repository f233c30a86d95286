#include "budgetcheck/rules/selection.hpp"

#include "budgetcheck/load/did_you_mean.hpp"

namespace budgetcheck {
namespace {

char upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size())
    return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (upper(a[i]) != upper(b[i]))
      return false;
  return true;
}

bool any_matches(const std::vector<std::string>& patterns, const RuleInfo& rule) {
  for (const auto& p : patterns)
    if (pattern_matches(p, rule))
      return true;
  return false;
}

}  // namespace

bool names_rule(std::string_view name, const RuleInfo& rule) {
  return equal_ignoring_case(name, rule.code) || equal_ignoring_case(name, rule.name);
}

bool pattern_matches(std::string_view pattern, const RuleInfo& rule) {
  if (pattern.empty())
    return false;
  if (names_rule(pattern, rule))
    return true;
  return pattern.size() <= rule.code.size() &&
         equal_ignoring_case(pattern, rule.code.substr(0, pattern.size()));
}

bool is_selected(const RuleSelection& selection, const RuleInfo& rule) {
  if (any_matches(selection.ignore, rule))
    return false;
  return selection.select.empty() || any_matches(selection.select, rule);
}

Severity severity_in_force(const RuleSelection& selection, const RuleInfo& rule) {
  Severity severity = rule.default_severity;
  for (const auto& [name, level] : selection.severity)
    if (names_rule(name, rule))
      severity = level;
  return severity;
}

std::optional<std::string> unknown_rule_problem(std::string_view pattern,
                                                const RuleCatalogue& catalogue, bool allow_prefix) {
  std::vector<std::string_view> candidates;
  for (const auto& rule : catalogue) {
    const RuleInfo& info = rule->info();
    if (allow_prefix ? pattern_matches(pattern, info) : names_rule(pattern, info))
      return std::nullopt;
    candidates.push_back(info.code);
    candidates.push_back(info.name);
  }
  std::string message =
      std::string(allow_prefix ? "unknown rule code or prefix '" : "unknown rule '") +
      std::string(pattern) + "'";
  if (auto near = did_you_mean(pattern, candidates)) {
    for (const auto& rule : catalogue)
      if (names_rule(*near, rule->info())) {
        message += " (did you mean " + std::string(rule->info().code) + " (" +
                   std::string(rule->info().name) + ")?)";
        break;
      }
  }
  return message;
}

std::vector<std::string> selection_problems(const RuleSelection& selection,
                                            const RuleCatalogue& catalogue) {
  std::vector<std::string> problems;
  for (const auto* list : {&selection.select, &selection.ignore})
    for (const auto& pattern : *list)
      if (auto problem = unknown_rule_problem(pattern, catalogue))
        problems.push_back(std::move(*problem));
  for (const auto& entry : selection.severity)
    if (auto problem = unknown_rule_problem(entry.first, catalogue, false))
      problems.push_back(std::move(*problem));
  return problems;
}

}  // namespace budgetcheck
