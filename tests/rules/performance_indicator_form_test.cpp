#include <catch2/catch.hpp>

#include "rules/performance_test_support.hpp"

using namespace budgetcheck;
using test::IndicatorJson;
using test::ProjectJson;

namespace {

RuleResult run_with(const IndicatorJson& indicator) {
  ProjectJson p;
  p.indicators = {indicator};
  return test::run_rule("BC306", test::projects_document({p}));
}

}  // namespace

TEST_CASE("performance-indicator-form passes well-formed indicators", "[rules][BC306]") {
  ProjectJson p;
  p.indicators.push_back(
      IndicatorJson{"效益指标", "社会效益指标", "社会稳定", "5", "", "定性", "好"});
  p.indicators.push_back(IndicatorJson{"产出指标", "数量指标", "租金", "5", "万元", "≤", "4.5"});
  p.indicators.push_back(IndicatorJson{"产出指标", "质量指标", "合格率", "5", "%", "=", "100"});
  p.indicators.push_back(IndicatorJson{"产出指标", "质量指标", "事故率", "5", "%", "=", "0"});
  const RuleResult result = test::run_rule("BC306", test::projects_document({p}));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 7);
}

TEST_CASE("performance-indicator-form reports an unknown 指标性质", "[rules][BC306]") {
  IndicatorJson i;
  i.nature = "大约";
  const RuleResult result = run_with(i);
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC306");
  CHECK(f.table == TableKind::PerformanceProjects);
  CHECK(f.row_code == "50011021T000000052342");
  CHECK(f.where.pointer == "/tables/performance_projects/0/indicators/0");
  CHECK(f.message.ends_with("指标性质“大约”既不是比较符号（≥ ≤ = > <）也不是定性词"));
}

TEST_CASE("performance-indicator-form: a comparison needs a number", "[rules][BC306]") {
  IndicatorJson i;
  i.value = "90%";
  const RuleResult result = run_with(i);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message.ends_with("指标性质为“≥”，指标值“90%”应为数字"));
  i.value = "";
  REQUIRE(run_with(i).findings.size() == 1);
  i.nature = "定性";  // a qualitative target may be any text
  i.value = "全部";
  CHECK(run_with(i).findings.empty());
}

TEST_CASE("performance-indicator-form: percentages lie within 0-100", "[rules][BC306]") {
  IndicatorJson i;
  i.unit = "%";
  i.value = "100";
  CHECK(run_with(i).findings.empty());
  i.value = "100.01";
  REQUIRE(run_with(i).findings.size() == 1);
  i.value = "-1";
  REQUIRE(run_with(i).findings.size() == 1);
  i.unit = "人";  // not a percentage: any number
  i.value = "280000000";
  CHECK(run_with(i).findings.empty());
}

TEST_CASE("performance-indicator-form: weight present and positive", "[rules][BC306]") {
  IndicatorJson i;
  i.weight = "";
  RuleResult result = run_with(i);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message.ends_with("未填指标权重"));
  i.weight = "0";
  result = run_with(i);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message.ends_with("指标权重应大于 0，实为 0"));
}

TEST_CASE("performance-indicator-form reports every problem of an indicator", "[rules][BC306]") {
  IndicatorJson i;
  i.nature = "";
  i.weight = "";
  CHECK(run_with(i).findings.size() == 2);
  CHECK(test::run_rule("BC306", test::load_tables("")).status == RuleStatus::NotApplicable);
}
