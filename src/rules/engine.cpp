#include "budgetcheck/rules/engine.hpp"

namespace budgetcheck {

DocumentResult run_rules(const Document& document, const RuleCatalogue& catalogue) {
  return run_rules(document, catalogue, RuleSelection{});
}

DocumentResult run_rules(const Document& document, const RuleCatalogue& catalogue,
                         const RuleSelection& selection) {
  DocumentResult result;
  result.rules.reserve(catalogue.size());
  for (const auto& rule : catalogue) {
    if (!is_selected(selection, rule->info())) {
      result.deselected.push_back(&rule->info());
      continue;
    }
    RuleContext context(document, rule->info(), severity_in_force(selection, rule->info()));
    rule->check(context);
    result.rules.push_back(std::move(context).finish());
  }
  result.summary = summarize(result.rules);
  return result;
}

CheckSummary summarize(const std::vector<RuleResult>& rules) {
  CheckSummary s;
  for (const auto& r : rules) {
    switch (r.status) {
      case RuleStatus::Passed:
        ++s.passed;
        break;
      case RuleStatus::Failed:
        ++s.failed;
        break;
      case RuleStatus::NotApplicable:
        ++s.not_applicable;
        break;
      case RuleStatus::CouldNotRun:
        ++s.could_not_run;
        break;
    }
    for (const auto& f : r.findings)
      count_severity(s, f.severity);
  }
  return s;
}

}  // namespace budgetcheck
