#include <catch2/catch.hpp>

#include "rules/narrative_test_support.hpp"

using namespace budgetcheck;
using namespace budgetcheck::test;

namespace {

constexpr std::string_view kClaim =
    R"json({"subject": "performance_amount", "amount": "100", "sentence": "涉及 100 万元。"})json";

std::string tables(std::string_view projects, std::string_view project_total = "100.00") {
  return std::string(R"json(
  "general_public_expenditure": {"columns": ["total", "project"],
    "totals": {"total": ")json") +
         std::string(project_total) + R"(", "project": ")" + std::string(project_total) +
         R"json("}, "rows": []},
  "performance_projects": [)json" +
         std::string(projects) + "]";
}

constexpr std::string_view kTwoProjects = R"json(
  {"code": "P1", "name": "项目一", "budget": "60.00", "objective": "目标一"},
  {"code": "P2", "name": "项目二", "budget": "40.00", "objective": "目标二"})json";

}  // namespace

TEST_CASE("performance-coverage: stated amount = Σ project budgets ≤ 项目支出 passes",
          "[rules][BC214]") {
  const RuleResult result = run_rule("BC214", load_narrative(kClaim, tables(kTwoProjects)));
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  REQUIRE(result.findings.size() == 1);  // the coverage note
  CHECK(result.findings[0].severity == Severity::Info);
  CHECK_THAT(result.findings[0].message, Catch::Contains("100.0%"));
}

TEST_CASE("performance-coverage: a stated amount beyond the project budgets is an error",
          "[rules][BC214]") {
  const RuleResult result = run_rule("BC214", load_narrative(kClaim, tables(R"json(
  {"code": "P1", "name": "项目一", "budget": "60.00", "objective": "目标一"},
  {"code": "P2", "name": "项目二", "budget": "30.00", "objective": "目标二"})json")));
  INFO(findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  const Finding& f = result.findings[0];
  CHECK(f.table == TableKind::PerformanceProjects);
  CHECK(f.expected == amount("90.00"));
  CHECK(f.actual == amount("100"));
  CHECK(f.difference == amount("10"));
  CHECK(f.where.pointer == "/narrative/claims/0");
  // Coverage: 90 / 100 = 90.0 %.
  CHECK_THAT(result.findings.back().message, Catch::Contains("90.0%"));
}

TEST_CASE("performance-coverage: a blank budget makes the sum unknown (warning)",
          "[rules][BC214]") {
  const RuleResult result = run_rule("BC214", load_narrative(kClaim, tables(R"json(
  {"code": "P1", "name": "项目一", "budget": "60.00", "objective": "目标一"},
  {"objective": "保证机关正常运转", "note": "表头缺失"})json")));
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].severity == Severity::Warning);
  CHECK_THAT(result.findings[0].message, Catch::Contains("第 2 张项目支出绩效目标表"));
  CHECK_THAT(result.findings[0].message, Catch::Contains("40.00 万元"));  // what it would need
  CHECK_THAT(result.findings[1].message, Catch::Contains("60.0%"));
}

TEST_CASE(
    "performance-coverage: known budgets above the stated amount are an error even with a blank",
    "[rules][BC214]") {
  const RuleResult result = run_rule("BC214", load_narrative(kClaim, tables(R"json(
  {"code": "P1", "name": "项目一", "budget": "120.00", "objective": "目标一"},
  {"objective": "无预算"})json",
                                                                            "200.00")));
  INFO(findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  CHECK(result.findings[0].severity == Severity::Error);
  CHECK(result.findings[0].expected == amount("120.00"));
}

TEST_CASE("performance-coverage: a stated amount above 项目支出 is an error", "[rules][BC214]") {
  const RuleResult result =
      run_rule("BC214", load_narrative(kClaim, tables(kTwoProjects, "80.00")));
  INFO(findings_text(result));
  REQUIRE(result.status == RuleStatus::Failed);
  bool found = false;
  for (const auto& f : result.findings)
    if (f.table == TableKind::GeneralPublicExpenditure && f.column == Column::Project) {
      found = true;
      CHECK(f.expected == amount("80.00"));
      CHECK(f.difference == amount("20"));
    }
  CHECK(found);
}

TEST_CASE("performance-coverage: coverage rounds half up to one decimal", "[rules][BC214]") {
  // 1/16 = 6.25 % → 6.3 %.
  const RuleResult result = run_rule(
      "BC214",
      load_narrative(
          "",
          tables(
              R"json({"code": "P1", "name": "项目一", "budget": "1.00", "objective": "目标"})json",
              "16.00")));
  INFO(findings_text(result));
  REQUIRE(result.findings.size() == 1);
  CHECK_THAT(result.findings[0].message, Catch::Contains("6.3%"));
}

TEST_CASE("performance-coverage: nothing stated or published is not applicable", "[rules][BC214]") {
  CHECK(run_rule("BC214", load_narrative("", "")).status == RuleStatus::NotApplicable);
}

TEST_CASE("performance-coverage: an unscoped amount is bounded by all funds' 项目支出",
          "[rules][BC214]") {
  // 一般公共预算 项目支出 80, 部门支出总表 项目支出 100: the claim of 100 is within.
  const std::string with_department = tables(kTwoProjects, "80.00") + R"json(,
  "department_expenditure": {"columns": ["total", "project"],
    "totals": {"total": "100.00", "project": "100.00"}, "rows": []})json";
  const RuleResult result = run_rule("BC214", load_narrative(kClaim, with_department));
  INFO(findings_text(result));
  CHECK(result.status == RuleStatus::Passed);
  const RuleResult scoped = run_rule(
      "BC214",
      load_narrative(
          R"json({"subject": "performance_amount", "scope": "general_public", "amount": "100", "sentence": "涉及一般公共预算 100 万元。"})json",
          with_department));
  CHECK(scoped.status == RuleStatus::Failed);
}
