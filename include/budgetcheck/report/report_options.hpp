#pragma once
// What every report writer may be told besides the results: colour for the text report,
// the rule catalogue for formats that describe rules (SARIF), and which language a
// finding's sentence is printed in (the one place that choice is made).

#include <string_view>
#include <vector>

#include "budgetcheck/report/language.hpp"
#include "budgetcheck/rules/finding.hpp"
#include "budgetcheck/rules/rule.hpp"

namespace budgetcheck {

struct ReportOptions {
  bool color = false;                // text report only
  Language language = Language::Zh;  // of finding sentences (and the text report's labels)
  // The rules described by formats that carry a catalogue (SARIF tool.driver.rules), in
  // catalogue order. Empty: the rules that appear in the results, in order of appearance.
  std::vector<const RuleInfo*> rules;
};

// The sentence of a finding as the formats other than text print it: `message_en` for
// English when the rule wrote one, else the Chinese `message`. The choice is made here
// and nowhere else. (Labels of these formats stay Chinese for now.)
std::string_view finding_message(const Finding& finding, const ReportOptions& options);

}  // namespace budgetcheck
