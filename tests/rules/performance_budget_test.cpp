#include <catch2/catch.hpp>

#include "rules/performance_test_support.hpp"

using namespace budgetcheck;
using test::amount;
using test::ProjectJson;

TEST_CASE("performance-budget passes when 当年预算 = 本级安排 + 上级补助", "[rules][BC302]") {
  ProjectJson own;  // 25.65 = 25.65 + blank
  ProjectJson higher;
  higher.code = "50011023T000003526103";
  higher.budget = "\"200.00\"";
  higher.own_arrangement = "null";
  higher.higher_subsidy = "\"200.00\"";
  ProjectJson both;
  both.code = "50011023T000003526104";
  both.budget = "\"30.00\"";
  both.own_arrangement = "\"10.00\"";
  both.higher_subsidy = "\"20.00\"";
  const RuleResult result = test::run_rule("BC302", test::projects_document({own, higher, both}));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
  CHECK(result.checks == 3);
}

TEST_CASE("performance-budget reports a 当年预算 that is not the sum of its sources",
          "[rules][BC302]") {
  ProjectJson p;
  p.budget = "\"200.00\"";
  p.own_arrangement = "null";
  p.higher_subsidy = "\"150.00\"";
  const RuleResult result = test::run_rule("BC302", test::projects_document({p}));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC302");
  CHECK(f.table == TableKind::PerformanceProjects);
  CHECK(f.row_code == "50011021T000000052342");
  CHECK(f.row_name == "参战参核军人生活补助");
  CHECK(f.expected == amount("150.00"));
  CHECK(f.actual == amount("200.00"));
  CHECK(f.difference == amount("50.00"));
  CHECK(f.expected_formula == "本级安排 + 上级补助");
  CHECK(f.where.pointer == "/tables/performance_projects/0/budget");
}

TEST_CASE("performance-budget: a difference within rounding is info", "[rules][BC302]") {
  ProjectJson p;  // tolerance ½·0.01·(2 + 1) = 0.015
  p.budget = "\"30.01\"";
  p.own_arrangement = "\"10.00\"";
  p.higher_subsidy = "\"20.00\"";
  const RuleResult result = test::run_rule("BC302", test::projects_document({p}));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].within_rounding);
  CHECK(result.findings[0].severity == Severity::Info);
  CHECK(result.status == RuleStatus::Passed);
}

TEST_CASE("performance-budget skips projects without figures", "[rules][BC302]") {
  ProjectJson p;
  p.budget = "null";
  p.own_arrangement = "null";
  const RuleResult result = test::run_rule("BC302", test::projects_document({p}));
  CHECK(result.status == RuleStatus::NotApplicable);
  CHECK(test::run_rule("BC302", test::load_tables("")).status == RuleStatus::NotApplicable);
}

TEST_CASE("performance-budget skips a 当年预算 published without its sources", "[rules][BC302]") {
  ProjectJson p;
  p.budget = "\"3,200,000.00\"";
  p.own_arrangement = "null";
  p.higher_subsidy = "null";
  const RuleResult result = test::run_rule("BC302", test::projects_document({p}));
  CHECK(result.status == RuleStatus::NotApplicable);
  CHECK(result.findings.empty());
}
