#pragma once
// The rule catalogue for people and programs: `budgetcheck rules` (text, JSON,
// Markdown — docs/rules.md is the Markdown) and `budgetcheck rule CODE`.
// Everything printed comes from each rule's RuleInfo, so it cannot drift.

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "budgetcheck/report/language.hpp"
#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

// One line per rule: code, name, severity, summary (Chinese or English), aligned.
void write_rule_list_text(std::ostream& out, const std::vector<const RuleInfo*>& rules,
                          Language language = Language::Zh);
// {"rules_format": "budgetcheck-rules/1", "tool": {...}, "rules": [{...every RuleInfo field}]}.
nlohmann::json rule_list_json(const std::vector<const RuleInfo*>& rules);
// The full reference page (docs/rules.md).
void write_rule_reference_markdown(std::ostream& out, const std::vector<const RuleInfo*>& rules);
// One rule in full, for `budgetcheck rule CODE`. The explanation, example and fix exist
// in English only; the Chinese output says so.
void write_rule_text(std::ostream& out, const RuleInfo& rule, Language language = Language::Zh);

}  // namespace budgetcheck
