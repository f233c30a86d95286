#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

TEST_CASE("change-parts: parts of the expenditure and 三公 changes add up", "[rules][BC203]") {
  const Document doc = load_narrative(R"json(
    {"subject": "expenditure_total", "amount": "2465.43", "change": {"direction": "减少", "amount": "6,171.12"}, "sentence": "支出减少。"},
    {"subject": "basic_expenditure", "change": {"direction": "减少", "amount": "132"}, "sentence": "基本支出减少 132 万元。"},
    {"subject": "project_expenditure", "change": {"direction": "减少", "amount": "6,039.12"}, "sentence": "项目支出减少。"},
    {"subject": "three_public_total", "amount": "17", "change": {"direction": "增加", "amount": "1"}, "sentence": "三公增加 1 万元。"},
    {"subject": "three_public_overseas", "amount": "0", "change": {"direction": "持平"}, "sentence": "持平。"},
    {"subject": "three_public_reception", "amount": "10", "change": {"direction": "持平"}, "sentence": "持平。"},
    {"subject": "three_public_vehicle_operation", "amount": "7", "change": {"direction": "增加", "amount": "1"}, "sentence": "增加 1 万元。"},
    {"subject": "three_public_vehicle_purchase", "amount": "0", "change": {"direction": "持平"}, "sentence": "持平。"}
  )json",
                                      "");
  const RuleResult result = run_rule("BC203", doc);
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 2);
}

TEST_CASE("change-parts: parts that do not add up are an error at the whole", "[rules][BC203]") {
  const Document doc = load_narrative(R"json(
    {"subject": "expenditure_total", "amount": "100", "change": {"direction": "减少", "amount": "50"}, "sentence": "支出减少 50 万元。"},
    {"subject": "basic_expenditure", "change": {"direction": "增加", "amount": "10"}, "sentence": "基本支出增加 10 万元。"},
    {"subject": "project_expenditure", "change": {"direction": "减少", "amount": "50"}, "sentence": "项目支出减少 50 万元。"}
  )json",
                                      "");
  const RuleResult result = run_rule("BC203", doc);
  INFO(findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.actual == amount("-50"));
  CHECK(f.expected == amount("-40"));
  CHECK(f.difference == amount("-10"));
  CHECK(f.where.pointer == "/narrative/claims/0/change");
}

TEST_CASE("change-parts: a difference within rounding is info", "[rules][BC203]") {
  // Three figures rounded to 0.01: |Δ| ≤ 0.015 is rounding.
  const Document doc = load_narrative(R"json(
    {"subject": "expenditure_total", "change": {"direction": "增加", "amount": "10.01"}, "sentence": "增加。"},
    {"subject": "basic_expenditure", "change": {"direction": "增加", "amount": "5.00"}, "sentence": "增加。"},
    {"subject": "project_expenditure", "change": {"direction": "增加", "amount": "5.00"}, "sentence": "增加。"}
  )json",
                                      "");
  const RuleResult result = run_rule("BC203", doc);
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].within_rounding);
}

TEST_CASE("change-parts: without every part it is not applicable", "[rules][BC203]") {
  const Document doc = load_narrative(R"json(
    {"subject": "expenditure_total", "change": {"direction": "增加", "amount": "10"}, "sentence": "增加。"},
    {"subject": "basic_expenditure", "change": {"direction": "增加", "amount": "5"}, "sentence": "增加。"}
  )json",
                                      "");
  CHECK(run_rule("BC203", doc).status == RuleStatus::NotApplicable);
}
