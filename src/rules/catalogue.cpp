#include "budgetcheck/rules/catalogue.hpp"

// Within-table arithmetic.
#include "basic_split.hpp"
#include "economic_rollup.hpp"
#include "expenditure_split.hpp"
#include "functional_rollup.hpp"
#include "fund_split.hpp"
#include "income_sources.hpp"
#include "three_public_sum.hpp"

// One line per rule, in code order. Adding a rule: its file pair in src/rules/,
// its test in tests/rules/, one line here, then scripts/update-docs.

namespace budgetcheck {

RuleCatalogue make_rule_catalogue() {
  RuleCatalogue rules;
  // clang-format off
  // Within-table arithmetic: roll-ups (BC10x) and row identities (BC11x).
  rules.push_back(std::make_unique<FunctionalRollup>());
  rules.push_back(std::make_unique<EconomicRollup>());
  rules.push_back(std::make_unique<ExpenditureSplit>());
  rules.push_back(std::make_unique<BasicSplit>());
  rules.push_back(std::make_unique<IncomeSources>());
  rules.push_back(std::make_unique<FundSplit>());
  rules.push_back(std::make_unique<ThreePublicSum>());
  // Balances (BC12x) and cross-table agreement (BC13x).
  // Narrative against tables (BC20x), "三公" / 机关运行 / 采购 (BC21x), crosswalks (BC22x).
  // Performance targets (BC30x).
  // Completeness (BC40x).
  // Classification codes (BC50x).
  // clang-format on
  return rules;
}

const Rule* find_rule(const RuleCatalogue& catalogue, std::string_view code_or_name) {
  for (const auto& rule : catalogue)
    if (rule->info().code == code_or_name || rule->info().name == code_or_name) return rule.get();
  return nullptr;
}

}  // namespace budgetcheck
