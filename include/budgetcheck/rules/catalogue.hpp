#pragma once
// The rule catalogue: every rule, in code order. `budgetcheck rules`, `budgetcheck
// rule CODE` and docs/rules.md are generated from it.

#include <memory>
#include <string_view>
#include <vector>

#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

using RuleCatalogue = std::vector<std::unique_ptr<Rule>>;

RuleCatalogue make_rule_catalogue();
const Rule* find_rule(const RuleCatalogue& catalogue, std::string_view code_or_name);

}  // namespace budgetcheck
