#pragma once
// The rule catalogue: every rule, in code order. `budgetcheck rules`, `budgetcheck
// rule CODE` and docs/rules.md are generated from it.

#include <memory>
#include <string_view>
#include <vector>

#include "budgetcheck/rules/rule.hpp"
#include "budgetcheck/rules/rule_options.hpp"

namespace budgetcheck {

using RuleCatalogue = std::vector<std::unique_ptr<Rule>>;

// `options` configures the rules whose requirements vary by region (budgetcheck.json).
RuleCatalogue make_rule_catalogue(const RuleOptions& options = {});
const Rule* find_rule(const RuleCatalogue& catalogue, std::string_view code_or_name);

}  // namespace budgetcheck
