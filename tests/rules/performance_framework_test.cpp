#include <catch2/catch.hpp>

#include "rules/performance_test_support.hpp"

using namespace budgetcheck;
using test::ProjectJson;

TEST_CASE("performance-framework passes standard 二级指标, with or without 指标",
          "[rules][BC304]") {
  ProjectJson p;
  p.indicators[0].level2 = "数量";
  p.indicators.push_back(
      test::IndicatorJson{"成本指标", "生态环境成本指标", "排放", "0", "吨", "≤", "1"});
  p.indicators.push_back(
      test::IndicatorJson{"效益指标", "可持续影响指标", "带动发展", "0", "项", "≥", "1"});
  const RuleResult result = test::run_rule("BC304", test::projects_document({p}));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.findings.empty());
  CHECK(result.checks == 5);
}

TEST_CASE("performance-framework reports 效果指标 under 产出指标 as info", "[rules][BC304]") {
  ProjectJson p;
  p.indicators[0].level2 = "效果指标";
  p.indicators[0].level3 = "缓解企业资金压力";
  const RuleResult result = test::run_rule("BC304", test::projects_document({p}));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);  // info findings never fail a rule
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC304");
  CHECK(f.severity == Severity::Info);
  CHECK(f.table == TableKind::PerformanceProjects);
  CHECK(f.row_code == "50011021T000000052342");
  CHECK(f.where.pointer == "/tables/performance_projects/0/indicators/0");
  CHECK(
      f.message ==
      "项目 50011021T000000052342 参战参核军人生活补助的指标“缓解企业资金压力”：二级指标“效果指标”"
      "不属于产出指标的标准二级指标（数量指标、质量指标、时效指标、成本指标）");
}

TEST_CASE("performance-framework: 满意度指标 under 满意度指标 and unknown 一级指标",
          "[rules][BC304]") {
  ProjectJson p;
  p.indicators[2].level2 = "满意度指标";
  p.indicators[1].level1 = "效果指标";
  const RuleResult result = test::run_rule("BC304", test::projects_document({p}));
  INFO(test::findings_text(result));
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].message.find("一级指标“效果指标”不是标准一级指标") != std::string::npos);
  CHECK(result.findings[1].message.find("（服务对象满意度指标）") != std::string::npos);
}

TEST_CASE("performance-framework checks the 整体绩效目标表 too", "[rules][BC304]") {
  const Document document = test::load_tables(R"json(
"performance_overall": {"indicators": [
  {"level1": "产出指标", "level2": "安全指标", "level3": "安全事故数", "weight": 100, "unit": "起",
   "nature": "=", "value": "0", "core": true}]})json");
  const RuleResult result = test::run_rule("BC304", document);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].table == TableKind::PerformanceOverall);
  CHECK(result.findings[0].where.pointer == "/tables/performance_overall/indicators/0");
}

TEST_CASE("performance-framework is not applicable without indicators", "[rules][BC304]") {
  CHECK(test::run_rule("BC304", test::load_tables("")).status == RuleStatus::NotApplicable);
}
