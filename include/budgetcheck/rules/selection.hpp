#pragma once
// Which rules run and at what severity, ruff style: `select` and `ignore` hold codes,
// code prefixes ("BC1" = BC101…BC136, "BC30" = the performance rules) or rule names;
// ignore wins over select; an empty select means every rule. No I/O here: the command
// line and budgetcheck.json are read in cli/.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "budgetcheck/rules/catalogue.hpp"

namespace budgetcheck {

struct RuleSelection {
  std::vector<std::string> select;  // empty: every rule
  std::vector<std::string> ignore;
  // Code or name → severity in force; a later entry for the same rule wins.
  std::vector<std::pair<std::string, Severity>> severity;
};

// `pattern` names the rule (code or name, ASCII case ignored) or is a prefix of its code.
bool pattern_matches(std::string_view pattern, const RuleInfo& rule);
// `name` is exactly the rule's code or name (ASCII case ignored): no prefixes.
bool names_rule(std::string_view name, const RuleInfo& rule);

bool is_selected(const RuleSelection& selection, const RuleInfo& rule);
Severity severity_in_force(const RuleSelection& selection, const RuleInfo& rule);

// Why `pattern` matches no rule, with the closest code or name when there is a likely
// one: "unknown rule code or prefix 'BC10x' (did you mean BC101 (functional-rollup)?)".
// std::nullopt when it matches. `allow_prefix` false: only a full code or name will do.
std::optional<std::string> unknown_rule_problem(std::string_view pattern,
                                                const RuleCatalogue& catalogue,
                                                bool allow_prefix = true);

// Every pattern of the selection that matches no rule, each explained as above.
std::vector<std::string> selection_problems(const RuleSelection& selection,
                                            const RuleCatalogue& catalogue);

}  // namespace budgetcheck
