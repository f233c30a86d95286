#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

TEST_CASE("vehicle-counts: totals equal the stated kinds", "[rules][BC215]") {
  const RuleResult result = run_rule("BC215", load_narrative(R"json(
    {"subject": "vehicles_total", "count": 2, "sentence": "共有车辆 2 辆。"},
    {"subject": "vehicles_general", "count": 2, "sentence": "一般公务用车 2 辆。"},
    {"subject": "vehicles_law_enforcement", "count": 0, "sentence": "执勤执法用车 0 辆。"},
    {"subject": "vehicle_purchases_total", "count": 0, "sentence": "购置 0 辆。"},
    {"subject": "vehicle_purchases_general", "count": 0, "sentence": "一般公务用车 0 辆。"}
  )json",
                                                             ""));
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
}

TEST_CASE("vehicle-counts: a total that is not the sum is an error", "[rules][BC215]") {
  const RuleResult result = run_rule("BC215", load_narrative(R"json(
    {"subject": "vehicles_total", "count": 3, "sentence": "共有车辆 3 辆。"},
    {"subject": "vehicles_general", "count": 2, "sentence": "一般公务用车 2 辆。"},
    {"subject": "vehicles_law_enforcement", "count": 0, "sentence": "执勤执法用车 0 辆。"}
  )json",
                                                             ""));
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.severity == Severity::Error);
  CHECK(f.expected == amount("2"));
  CHECK(f.actual == amount("3"));
  CHECK(f.difference == amount("1"));
  CHECK(f.where.pointer == "/narrative/claims/0");
}

TEST_CASE("vehicle-counts: no vehicles stated is not applicable", "[rules][BC215]") {
  CHECK(run_rule("BC215", load_narrative("", "")).status == RuleStatus::NotApplicable);
}
