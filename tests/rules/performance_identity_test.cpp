#include <catch2/catch.hpp>

#include "rules/performance_test_support.hpp"

using namespace budgetcheck;
using test::ProjectJson;

TEST_CASE("performance-identity passes identified projects with distinct codes", "[rules][BC307]") {
  ProjectJson other;
  other.code = "50011021T000000052350";
  other.name = "困难企业、骨干企业慰问费";
  const RuleResult result =
      test::run_rule("BC307", test::projects_document({ProjectJson{}, other}));
  INFO(test::findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  CHECK(result.checks == 4);
}

TEST_CASE("performance-identity reports a table that lost its header", "[rules][BC307]") {
  ProjectJson lost;
  lost.code.clear();
  lost.name.clear();
  lost.budget.clear();
  lost.own_arrangement.clear();
  lost.execution_weight.clear();
  const RuleResult result = test::run_rule("BC307", test::projects_document({ProjectJson{}, lost}));
  INFO(test::findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  CHECK(f.rule_code == "BC307");
  CHECK(f.table == TableKind::PerformanceProjects);
  CHECK(f.row_code.empty());
  CHECK(f.row_name.empty());
  CHECK(f.where.pointer == "/tables/performance_projects/1");
  CHECK(f.message ==
        "第 2 张项目支出绩效目标表（未载明项目）缺少项目编码、项目名称、当年预算：该表没有表头，"
        "无从知道它属于哪个项目、预算多少");
}

TEST_CASE("performance-identity reports a missing 当年预算 alone", "[rules][BC307]") {
  ProjectJson p;
  p.budget = "null";
  const RuleResult result = test::run_rule("BC307", test::projects_document({p}));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message ==
        "项目 50011021T000000052342 参战参核军人生活补助缺少当年预算");
}

TEST_CASE("performance-identity reports a duplicate 项目编码", "[rules][BC307]") {
  ProjectJson twin;
  twin.name = "另一个项目";
  const RuleResult result = test::run_rule("BC307", test::projects_document({ProjectJson{}, twin}));
  INFO(test::findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].row_name == "另一个项目");
  CHECK(result.findings[0].where.pointer == "/tables/performance_projects/1");
  CHECK(result.findings[0].message.find(
            "与第 1 张项目支出绩效目标表（参战参核军人生活补助）重复") != std::string::npos);
  CHECK(test::run_rule("BC307", test::load_tables("")).status == RuleStatus::NotApplicable);
}
