// Rule selection: which rules run (codes, prefixes, names; ignore wins) and at what severity.

#include "budgetcheck/rules/selection.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "budgetcheck/rules/engine.hpp"
#include "rules/rule_test_support.hpp"

using namespace budgetcheck;

namespace {

std::vector<std::string> selected_codes(const RuleSelection& selection) {
  const RuleCatalogue catalogue = make_rule_catalogue();
  std::vector<std::string> codes;
  for (const auto& rule : catalogue)
    if (is_selected(selection, rule->info()))
      codes.emplace_back(rule->info().code);
  return codes;
}

// 合计 18.00 but the parts add up to 17.00: BC115 fails with one finding.
Document three_public_mismatch() {
  return test::load_tables(R"json("three_public": {
 "total": "18.00", "overseas": null,
 "vehicle_total": "7.00", "vehicle_purchase": null, "vehicle_operation": "7.00",
 "reception": "10.00"})json");
}

}  // namespace

TEST_CASE("selection: an empty select runs every rule", "[rules][selection]") {
  CHECK(selected_codes({}).size() == make_rule_catalogue().size());
}

TEST_CASE("selection: a prefix selects every rule whose code starts with it",
          "[rules][selection]") {
  const auto bc1 = selected_codes({{"BC1"}, {}, {}});
  REQUIRE_FALSE(bc1.empty());
  CHECK(bc1.front() == "BC101");
  CHECK(bc1.back() == "BC136");
  CHECK(std::all_of(bc1.begin(), bc1.end(), [](const auto& c) { return c.rfind("BC1", 0) == 0; }));

  const auto perf = selected_codes({{"bc30"}, {}, {}});  // case ignored
  CHECK(perf.front() == "BC301");
  CHECK(perf.back() == "BC307");
  CHECK(perf.size() == 7);

  CHECK(selected_codes({{"BC115"}, {}, {}}) == std::vector<std::string>{"BC115"});
  CHECK(selected_codes({{"three-public-sum", "BC401"}, {}, {}}) ==
        std::vector<std::string>{"BC115", "BC401"});
}

TEST_CASE("selection: ignore wins over select", "[rules][selection]") {
  const auto codes = selected_codes({{"BC11"}, {"BC115", "basic-split"}, {}});
  CHECK(codes == std::vector<std::string>{"BC111", "BC113", "BC114", "BC116"});
  CHECK(selected_codes({{"BC115"}, {"BC1"}, {}}).empty());
  // Ignore alone: everything but the ignored.
  CHECK(selected_codes({{}, {"BC5"}, {}}).size() == make_rule_catalogue().size() - 3);
}

TEST_CASE("selection: codes and prefixes that match no rule are reported with a suggestion",
          "[rules][selection]") {
  const RuleCatalogue catalogue = make_rule_catalogue();
  CHECK_FALSE(unknown_rule_problem("BC1", catalogue));
  CHECK_FALSE(unknown_rule_problem("functional-rollup", catalogue));
  CHECK(unknown_rule_problem("BC9", catalogue) == "unknown rule code or prefix 'BC9'");
  CHECK(unknown_rule_problem("functional-rolup", catalogue) ==
        "unknown rule code or prefix 'functional-rolup' (did you mean BC101 (functional-rollup)?)");
  // Severity overrides name a single rule: a prefix is not enough.
  CHECK(unknown_rule_problem("BC1", catalogue, false) == "unknown rule 'BC1'");

  const RuleSelection selection{{"BC1", "BC999"}, {"BC11x"}, {{"BC30", Severity::Info}}};
  const auto problems = selection_problems(selection, catalogue);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].find("'BC999'") != std::string::npos);
  CHECK(problems[1].find("'BC11x'") != std::string::npos);
  CHECK(problems[2] == "unknown rule 'BC30' (did you mean BC301 (performance-weights)?)");
}

TEST_CASE("selection: run_rules runs and lists only the selected rules", "[rules][selection]") {
  const RuleCatalogue catalogue = make_rule_catalogue();
  const Document document = three_public_mismatch();
  const DocumentResult all = run_rules(document, catalogue);
  CHECK(all.rules.size() == catalogue.size());

  const DocumentResult one = run_rules(document, catalogue, {{"BC115"}, {}, {}});
  REQUIRE(one.rules.size() == 1);
  CHECK(one.rules[0].rule->code == "BC115");
  CHECK(one.summary.errors == 1);

  const DocumentResult none = run_rules(document, catalogue, {{"BC115"}, {"BC115"}, {}});
  CHECK(none.rules.empty());
  CHECK(none.summary.errors == 0);
}

TEST_CASE("selection: a severity override changes the severity of a rule's findings",
          "[rules][selection]") {
  const RuleCatalogue catalogue = make_rule_catalogue();
  const Document document = three_public_mismatch();
  const RuleSelection warning{{"BC115"}, {}, {{"three-public-sum", Severity::Warning}}};
  const DocumentResult result = run_rules(document, catalogue, warning);
  REQUIRE(result.rules.size() == 1);
  CHECK(result.rules[0].severity == Severity::Warning);
  REQUIRE(result.rules[0].findings.size() == 1);
  CHECK(result.rules[0].findings[0].severity == Severity::Warning);
  CHECK(result.summary.errors == 0);
  CHECK(result.summary.warnings == 1);

  // The later entry for the same rule wins; a warning rule can be raised to error.
  const RuleSelection raised{
      {}, {}, {{"BC115", Severity::Info}, {"bc115", Severity::Error}, {"BC221", Severity::Error}}};
  CHECK(severity_in_force(raised, find_rule(catalogue, "BC115")->info()) == Severity::Error);
  CHECK(severity_in_force(raised, find_rule(catalogue, "BC221")->info()) == Severity::Error);
  CHECK(severity_in_force(raised, find_rule(catalogue, "BC101")->info()) == Severity::Error);
  CHECK(severity_in_force({}, find_rule(catalogue, "BC221")->info()) == Severity::Warning);
}
