#pragma once
// Runs the catalogue over a document: document in, rule results out. No I/O.

#include <vector>

#include "budgetcheck/model/document.hpp"
#include "budgetcheck/rules/catalogue.hpp"
#include "budgetcheck/rules/rule_context.hpp"
#include "budgetcheck/rules/selection.hpp"

namespace budgetcheck {

struct CheckSummary {
  std::size_t errors = 0, warnings = 0, infos = 0;
  std::size_t passed = 0, failed = 0, not_applicable = 0, could_not_run = 0;
};

struct DocumentResult {
  std::vector<RuleResult> rules;  // one per rule run, in catalogue order
  // Rules left out by --select / --ignore (not run), in catalogue order; the reports say
  // which, so that a clean report is not read as "every rule passed".
  std::vector<const RuleInfo*> deselected;
  CheckSummary summary;
};

DocumentResult run_rules(const Document& document, const RuleCatalogue& catalogue);
// Only the selected rules run (and appear in the result), each at the severity in force.
// Patterns that match no rule select nothing: check selection_problems() first.
DocumentResult run_rules(const Document& document, const RuleCatalogue& catalogue,
                         const RuleSelection& selection);

CheckSummary summarize(const std::vector<RuleResult>& rules);

}  // namespace budgetcheck
