#include "budgetcheck/rules/catalogue.hpp"

// Within-table arithmetic.
#include "basic_split.hpp"
#include "economic_rollup.hpp"
#include "expenditure_split.hpp"
#include "functional_rollup.hpp"
#include "fund_split.hpp"
#include "income_sources.hpp"
#include "negative_amount.hpp"
#include "three_public_sum.hpp"

// Balances and cross-table agreement.
#include "basic_economic_agreement.hpp"
#include "department_balance.hpp"
#include "fiscal_balance.hpp"
#include "fiscal_summary_agreement.hpp"
#include "general_public_income_agreement.hpp"
#include "income_expenditure_agreement.hpp"
#include "summary_expenditure_agreement.hpp"
#include "summary_income_agreement.hpp"

// Narrative, "三公" / 机关运行 / 采购, crosswalks.
#include "change_parts.hpp"
#include "functional_economic_crosswalk.hpp"
#include "narrative_change.hpp"
#include "narrative_figures.hpp"
#include "office_operation.hpp"
#include "performance_coverage.hpp"
#include "procurement.hpp"
#include "three_public_economic.hpp"
#include "three_public_narrative.hpp"
#include "vehicle_counts.hpp"

// Performance targets.
#include "performance_budget.hpp"
#include "performance_core.hpp"
#include "performance_dimensions.hpp"
#include "performance_framework.hpp"
#include "performance_identity.hpp"
#include "performance_indicator_form.hpp"
#include "performance_weights.hpp"

// Completeness.
#include "empty_table_note.hpp"
#include "header_consistency.hpp"
#include "narrative_sections.hpp"
#include "required_tables.hpp"
#include "template_residue.hpp"

// Classification codes (BC50x).
#include "code_level.hpp"
#include "code_name_mismatch.hpp"
#include "unknown_code.hpp"

// One line per rule, in code order. Adding a rule: its file pair in src/rules/,
// its test in tests/rules/, one line here, then scripts/update-docs.

namespace budgetcheck {

RuleCatalogue make_rule_catalogue(const RuleOptions& options) {
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
  rules.push_back(std::make_unique<NegativeAmount>());
  // Balances (BC12x) and cross-table agreement (BC13x).
  rules.push_back(std::make_unique<DepartmentBalance>());
  rules.push_back(std::make_unique<FiscalBalance>());
  rules.push_back(std::make_unique<SummaryIncomeAgreement>());
  rules.push_back(std::make_unique<SummaryExpenditureAgreement>());
  rules.push_back(std::make_unique<IncomeExpenditureAgreement>());
  rules.push_back(std::make_unique<FiscalSummaryAgreement>());
  rules.push_back(std::make_unique<BasicEconomicAgreement>());
  rules.push_back(std::make_unique<GeneralPublicIncomeAgreement>());
  // Narrative against tables (BC20x), "三公" / 机关运行 / 采购 (BC21x), crosswalks (BC22x).
  rules.push_back(std::make_unique<NarrativeFigures>());
  rules.push_back(std::make_unique<NarrativeChange>());
  rules.push_back(std::make_unique<ChangeParts>());
  rules.push_back(std::make_unique<ThreePublicNarrative>());
  rules.push_back(std::make_unique<OfficeOperation>());
  rules.push_back(std::make_unique<Procurement>());
  rules.push_back(std::make_unique<PerformanceCoverage>());
  rules.push_back(std::make_unique<VehicleCounts>());
  rules.push_back(std::make_unique<ThreePublicEconomic>());
  rules.push_back(std::make_unique<FunctionalEconomicCrosswalk>());
  // Performance targets (BC30x).
  rules.push_back(std::make_unique<PerformanceWeights>());
  rules.push_back(std::make_unique<PerformanceBudget>());
  rules.push_back(std::make_unique<PerformanceDimensions>(options.require_cost_indicators));
  rules.push_back(std::make_unique<PerformanceFramework>());
  rules.push_back(std::make_unique<PerformanceCore>());
  rules.push_back(std::make_unique<PerformanceIndicatorForm>());
  rules.push_back(std::make_unique<PerformanceIdentity>());
  // Completeness (BC40x).
  rules.push_back(std::make_unique<RequiredTables>(RequiredTablesOptions{
      .state_capital = options.require_state_capital_expenditure,
      .procurement = options.require_procurement,
      .performance = options.require_performance}));
  rules.push_back(std::make_unique<EmptyTableNote>());
  rules.push_back(std::make_unique<NarrativeSections>());
  rules.push_back(std::make_unique<HeaderConsistency>());
  rules.push_back(std::make_unique<TemplateResidue>());
  // Classification codes (BC50x).
  rules.push_back(std::make_unique<UnknownCode>());
  rules.push_back(std::make_unique<CodeNameMismatch>());
  rules.push_back(std::make_unique<CodeLevelRule>());
  // clang-format on
  return rules;
}

const Rule* find_rule(const RuleCatalogue& catalogue, std::string_view code_or_name) {
  for (const auto& rule : catalogue)
    if (rule->info().code == code_or_name || rule->info().name == code_or_name)
      return rule.get();
  return nullptr;
}

}  // namespace budgetcheck
