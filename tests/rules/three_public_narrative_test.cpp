#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

constexpr std::string_view kThreePublic = R"json(
  "three_public": {"total": "17.00", "overseas": null, "vehicle_total": "7.00",
                   "vehicle_purchase": null, "vehicle_operation": "7.00", "reception": "10.00"})json";

}  // namespace

TEST_CASE("three-public-narrative: stated figures equal the table, 0 equals blank",
          "[rules][BC211]") {
  const Document doc = load_narrative(R"json(
    {"subject": "three_public_total", "amount": "17", "sentence": "“三公”经费预算 17 万元。"},
    {"subject": "three_public_overseas", "amount": "0", "sentence": "因公出国（境）费用 0 万元。"},
    {"subject": "three_public_reception", "amount": "10", "sentence": "公务接待费 10 万元。"},
    {"subject": "three_public_vehicle_operation", "amount": "7", "sentence": "运行维护费 7 万元。"},
    {"subject": "three_public_vehicle_purchase", "amount": "0", "sentence": "购置费 0 万元。"},
    {"subject": "three_public_vehicle", "amount": "7", "sentence": "购置及运行维护费 7 万元。"}
  )json",
                                      kThreePublic);
  const RuleResult result = run_rule("BC211", doc);
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 6);
}

TEST_CASE("three-public-narrative: a differing figure is an error", "[rules][BC211]") {
  const Document doc = load_narrative(R"json(
    {"subject": "three_public_reception", "amount": "11", "sentence": "公务接待费 11 万元。"}
  )json",
                                      kThreePublic);
  const RuleResult result = run_rule("BC211", doc);
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::ThreePublic);
  CHECK(f.row_name == "公务接待费");
  CHECK(f.expected == amount("10.00"));
  CHECK(f.actual == amount("11"));
  CHECK(f.difference == amount("1"));
  CHECK(f.where.pointer == "/narrative/claims/0");
}

TEST_CASE("three-public-narrative: no table means it cannot run, no claims not applicable",
          "[rules][BC211]") {
  const Document without_table = load_narrative(
      R"json({"subject": "three_public_total", "amount": "17", "sentence": "17 万元。"})json", "");
  CHECK(run_rule("BC211", without_table).status == RuleStatus::CouldNotRun);
  CHECK(run_rule("BC211", load_narrative("", kThreePublic)).status == RuleStatus::NotApplicable);
}
