#include <catch2/catch.hpp>

#include "rules/performance_test_support.hpp"

using namespace budgetcheck;
using test::ProjectJson;

TEST_CASE("performance-core passes with one core indicator", "[rules][BC305]") {
  const RuleResult result = test::run_rule("BC305", test::projects_document({ProjectJson{}}));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 1);
}

TEST_CASE("performance-core reports a project without core indicators", "[rules][BC305]") {
  ProjectJson p;
  p.indicators[0].core = false;
  const RuleResult result = test::run_rule("BC305", test::projects_document({ProjectJson{}, p}));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC305");
  CHECK(f.table == TableKind::PerformanceProjects);
  CHECK(f.row_code == "50011021T000000052342");
  CHECK(f.where.pointer == "/tables/performance_projects/1");
  CHECK(f.message ==
        "项目 50011021T000000052342 参战参核军人生活补助未设置核心指标（3 "
        "个指标的是否核心指标均不为“是”）");
}

TEST_CASE("performance-core: no indicators means no core indicator", "[rules][BC305]") {
  ProjectJson p;
  p.indicators.clear();
  const RuleResult result = test::run_rule("BC305", test::projects_document({p}));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message.find("未列出绩效指标") != std::string::npos);
  CHECK(test::run_rule("BC305", test::load_tables("")).status == RuleStatus::NotApplicable);
}
