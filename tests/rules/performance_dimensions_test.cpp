#include <catch2/catch.hpp>

#include "../../src/rules/performance_dimensions.hpp"
#include "rules/performance_test_support.hpp"

using namespace budgetcheck;
using test::ProjectJson;

TEST_CASE("performance-dimensions passes with 产出, 效益 and 满意度 indicators", "[rules][BC303]") {
  const RuleResult result = test::run_rule("BC303", test::projects_document({ProjectJson{}}));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 3);
}

TEST_CASE("performance-dimensions reports a project without 满意度指标", "[rules][BC303]") {
  ProjectJson p;
  p.indicators.pop_back();
  const RuleResult result = test::run_rule("BC303", test::projects_document({p}));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC303");
  CHECK(f.table == TableKind::PerformanceProjects);
  CHECK(f.row_code == "50011021T000000052342");
  CHECK(f.row_name == "参战参核军人生活补助");
  CHECK(f.message == "项目 50011021T000000052342 参战参核军人生活补助缺少满意度指标");
  CHECK(f.where.pointer == "/tables/performance_projects/0");
}

TEST_CASE("performance-dimensions accepts names without the suffix 指标", "[rules][BC303]") {
  ProjectJson p;
  p.indicators[0].level1 = "产出";
  p.indicators[2].level1 = "满意度";
  CHECK(test::run_rule("BC303", test::projects_document({p})).status == RuleStatus::Passed);
}

TEST_CASE("performance-dimensions requires 成本指标 only when configured", "[rules][BC303]") {
  const Document document = test::projects_document({ProjectJson{}});
  CHECK(test::run(PerformanceDimensions{}, document).status == RuleStatus::Passed);
  const RuleResult result = test::run(PerformanceDimensions{true}, document);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message.ends_with("缺少成本指标"));

  ProjectJson with_cost;
  with_cost.indicators.push_back(
      test::IndicatorJson{"成本指标", "经济成本指标", "人均补助标准", "0", "元", "≤", "556"});
  CHECK(test::run(PerformanceDimensions{true}, test::projects_document({with_cost})).status ==
        RuleStatus::Passed);
}

TEST_CASE("performance-dimensions: a project with no indicators misses every dimension",
          "[rules][BC303]") {
  ProjectJson p;
  p.indicators.clear();
  const RuleResult result = test::run_rule("BC303", test::projects_document({p}));
  CHECK(result.findings.size() == 3);
  CHECK(test::run_rule("BC303", test::load_tables("")).status == RuleStatus::NotApplicable);
}
