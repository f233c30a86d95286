#include <catch2/catch.hpp>

#include "rules/performance_test_support.hpp"

using namespace budgetcheck;
using test::amount;
using test::ProjectJson;

TEST_CASE("performance-weights passes when 预算执行率权重 + indicator weights = 100",
          "[rules][BC301]") {
  const RuleResult result = test::run_rule("BC301", test::projects_document({ProjectJson{}}));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
  CHECK(result.checks == 1);
}

TEST_CASE("performance-weights reports a project whose weights total 80", "[rules][BC301]") {
  ProjectJson p;
  p.indicators[0].weight = "20";
  p.indicators[1].weight = "20";
  p.indicators[2].weight = "20";
  p.indicators.push_back(
      test::IndicatorJson{"产出指标", "质量指标", "章节完整率", "10", "%", "≥", "90"});
  const RuleResult result = test::run_rule("BC301", test::projects_document({p}));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC301");
  CHECK(f.severity == Severity::Error);
  CHECK(f.table == TableKind::PerformanceProjects);
  CHECK(f.row_code == "50011021T000000052342");
  CHECK(f.row_name == "参战参核军人生活补助");
  CHECK(f.expected == amount("100"));
  CHECK(f.actual == amount("80"));
  CHECK(f.difference == amount("-20"));
  CHECK(f.expected_formula == "预算执行率权重 + Σ 指标权重 (10 + 20 + 20 + 20 + 10)");
  CHECK(f.where.pointer == "/tables/performance_projects/0");
  CHECK(f.where.line == 3);
}

TEST_CASE("performance-weights judges exactly: 100.5 is not 100", "[rules][BC301]") {
  ProjectJson p;
  p.indicators[2].weight = "30.5";
  const RuleResult result = test::run_rule("BC301", test::projects_document({p}));
  INFO(test::findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].actual == amount("100.5"));
  CHECK(result.findings[0].difference == amount("0.5"));

  ProjectJson exact;  // decimals that total exactly 100
  exact.indicators[1].weight = "29.5";
  exact.indicators[2].weight = "30.5";
  CHECK(test::run_rule("BC301", test::projects_document({exact})).status == RuleStatus::Passed);
}

TEST_CASE("performance-weights without 预算执行率权重", "[rules][BC301]") {
  SECTION("indicator weights alone totalling 100 pass") {
    ProjectJson p;
    p.execution_weight.clear();
    p.indicators[0].weight = "40";
    CHECK(test::run_rule("BC301", test::projects_document({p})).status == RuleStatus::Passed);
  }
  SECTION("less than 100 is an info finding: the missing weight may explain it") {
    ProjectJson p;
    p.execution_weight.clear();
    const RuleResult result = test::run_rule("BC301", test::projects_document({p}));
    INFO(test::findings_text(result));
    CHECK(result.status == RuleStatus::Passed);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Info);
    CHECK(result.findings[0].actual == amount("90"));
  }
  SECTION("more than 100 is an error") {
    ProjectJson p;
    p.execution_weight.clear();
    p.indicators[0].weight = "50";
    const RuleResult result = test::run_rule("BC301", test::projects_document({p}));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == Severity::Error);
    CHECK(result.findings[0].actual == amount("110"));
  }
}

TEST_CASE("performance-weights is not applicable without project tables", "[rules][BC301]") {
  const RuleResult absent = test::run_rule("BC301", test::load_tables(""));
  CHECK(absent.status == RuleStatus::NotApplicable);
  CHECK(absent.reason == "未公开项目支出绩效目标表");
  const RuleResult empty = test::run_rule("BC301", test::projects_document({}));
  CHECK(empty.status == RuleStatus::NotApplicable);
}
